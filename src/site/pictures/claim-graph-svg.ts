import dagre from "@dagrejs/dagre";
import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Claim, ClaimRelation } from "../../schema/claim.js";
import { escapeHtml } from "../html.js";
import { nameIn } from "../reading-view/record-cards.js";

const NODE_WIDTH = 250;
const LINE = 15;
/** About 6.5 px a character at 12 px: lines stay inside the node with a margin. */
const CHARACTERS_PER_LINE = 34;
const STATEMENT_LINES = 3;

/** Colour and line of a FactBank value, as in the reading view: colour for polarity, dashes for certainty. */
const FACTUALITY_STROKE: Record<string, { colour: string; dash: string }> = {
  "CT+": { colour: "#0072b2", dash: "" },
  "PR+": { colour: "#0072b2", dash: "6 3" },
  "PS+": { colour: "#009e73", dash: "2 3" },
  "CT-": { colour: "#d55e00", dash: "" },
  "PR-": { colour: "#d55e00", dash: "6 3" },
  "PS-": { colour: "#cc79a7", dash: "2 3" },
  CTu: { colour: "#000000", dash: "" },
  Uu: { colour: "#777777", dash: "2 3" },
};

/** How each relation is drawn. */
const RELATION_STYLE: Record<ClaimRelation["type"], { colour: string; dash: string; width: number }> = {
  supports: { colour: "#009e73", dash: "", width: 2 },
  contradicts: { colour: "#d55e00", dash: "7 4", width: 3 },
  qualifies: { colour: "#555555", dash: "2 3", width: 2 },
};

/**
 * Text broken into lines of at most `width` characters at spaces, at most `lines` lines (the last ends with `…`
 * when text is left over).
 *
 * @example
 * wrapText("the quick brown fox jumps", 10, 2)
 * //=> ["the quick", "brown fox…"]
 */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (next.length <= width || line === "") {
      line = next;
      continue;
    }
    out.push(line);
    line = word;
    if (out.length === lines) break;
  }
  if (out.length < lines && line !== "") out.push(line);
  else if (out.length === lines && line !== "")
    out[lines - 1] = `${(out[lines - 1] as string).replace(/[.,;:]?$/, "")}…`;
  return out.map((text) => (text.length > width ? `${text.slice(0, width - 1)}…` : text));
}

/** The header line of a claim's node: who claims it and how factual it is. */
function header(document: AnnotatedDocument, claim: Claim): string {
  const { author, claimant } = claim.factuality;
  const name = nameIn(document, claim.claimant);
  return author === claimant ? `${name} · ${author}` : `${name} · author ${author}, claimant ${claimant}`;
}

/**
 * The claim graph of a document as SVG: every claim that supports, contradicts or qualifies another (or is the
 * target of one) as a node with its claimant, factuality and statement, linked into the reading view; the
 * relations as styled, labelled arrows. Laid out at build time by dagre (left to right).
 *
 * @param document - A validated document.
 * @param href - The link of a claim (into the reading view).
 * @returns The SVG element, or an empty string when no claim is related to another.
 */
export function claimGraphSvg(document: AnnotatedDocument, href: (id: string) => string): string {
  const claims = new Map(document.claims.map((claim) => [claim.id, claim]));
  const relations = document.claims.flatMap((claim) =>
    claim.relations
      .filter((relation) => claims.has(relation.target))
      .map((relation) => ({ source: claim.id, relation })),
  );
  if (relations.length === 0) return "";
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 90, edgesep: 12, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, string[]>();
  const headerLines = new Map<string, number>();
  for (const id of new Set(relations.flatMap(({ source, relation }) => [source, relation.target]))) {
    const claim = claims.get(id) as Claim;
    const heading = wrapText(header(document, claim), CHARACTERS_PER_LINE, 2);
    const text = [...heading, ...wrapText(claim.statement, CHARACTERS_PER_LINE, STATEMENT_LINES)];
    headerLines.set(id, heading.length);
    lines.set(id, text);
    graph.setNode(id, { width: NODE_WIDTH, height: text.length * LINE + 14 });
  }
  relations.forEach(({ source, relation }, index) => {
    graph.setEdge(source, relation.target, { width: 76, height: 14, labelpos: "c" }, `r${index}`);
  });
  dagre.layout(graph);
  const { width = 0, height = 0 } = graph.graph();
  const prefix = `claims-${document.document.id}`;
  const markers = Object.entries(RELATION_STYLE)
    .map(
      ([type, style]) =>
        `<marker id="${prefix}-${type}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${style.colour}"/></marker>`,
    )
    .join("");
  const edges = relations.map(({ source, relation }, index) => {
    const edge = graph.edge({ v: source, w: relation.target, name: `r${index}` });
    const style = RELATION_STYLE[relation.type];
    const points = (edge.points ?? [])
      .map((point: { x: number; y: number }) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`)
      .join(" ");
    const tip = `${source} ${relation.type} ${relation.target}${relation.reason ? `: ${relation.reason}` : ""}`;
    return (
      `<g class="edge ${relation.type}"><title>${escapeHtml(tip)}</title>` +
      `<polyline points="${points}" fill="none" stroke="${style.colour}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""} marker-end="url(#${prefix}-${relation.type})"/>` +
      `<rect class="edge-label-box" x="${((edge.x ?? 0) - 38).toFixed(1)}" y="${((edge.y ?? 0) - 8).toFixed(1)}" width="76" height="15" rx="3"/>` +
      `<text class="edge-label" x="${(edge.x ?? 0).toFixed(1)}" y="${((edge.y ?? 0) + 3.5).toFixed(1)}" text-anchor="middle" style="fill:${style.colour}">${relation.type}</text></g>`
    );
  });
  const nodes = [...lines].map(([id, text]) => {
    const node = graph.node(id);
    const claim = claims.get(id) as Claim;
    const stroke = FACTUALITY_STROKE[claim.factuality.author] ?? { colour: "#000", dash: "" };
    const left = node.x - node.width / 2;
    const top = node.y - node.height / 2;
    const tspans = text
      .map(
        (line, index) =>
          `<tspan x="${(left + 8).toFixed(1)}" y="${(top + 16 + index * LINE).toFixed(1)}"${index < (headerLines.get(id) ?? 1) ? ' class="node-header"' : ""}>${escapeHtml(line)}</tspan>`,
      )
      .join("");
    return (
      `<a class="node" href="${href(id)}" data-claim="${id}"><title>${escapeHtml(`${claim.statement} (${id})`)}</title>` +
      `<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${node.width}" height="${node.height}" rx="5" stroke="${stroke.colour}"${stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : ""}/>` +
      `<text>${tspans}</text></a>`
    );
  });
  const title = `Claim graph of “${document.document.title}”`;
  return `<svg class="newsfacts-claim-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" aria-labelledby="${prefix}-title"><title id="${prefix}-title">${escapeHtml(title)}</title><style>
.newsfacts-claim-graph text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #1b1b1b; }
.newsfacts-claim-graph .node-header { font-weight: 600; }
.newsfacts-claim-graph .node rect { fill: #fff; stroke-width: 2.5; }
.newsfacts-claim-graph .node:hover rect, .newsfacts-claim-graph .node:focus-visible rect { fill: #f0f6fb; stroke-width: 4; }
.newsfacts-claim-graph .edge-label-box { fill: #fff; }
.newsfacts-claim-graph .edge-label { font-weight: 600; font-size: 11px; }
</style><defs>${markers}</defs>
${edges.join("\n")}
${nodes.join("\n")}
</svg>`;
}
