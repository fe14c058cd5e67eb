import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import type { Mention } from "../../schema/entity.js";
import type { Span } from "../../schema/span.js";
import { escapeHtml } from "../html.js";
import { type LayerId, layerRank } from "./layers.js";
import type { MarkedSpan } from "./nested-spans.js";
import { cardId, nameIn } from "./record-cards.js";

/** The HTML id of an entity's `index`-th mention. */
export function mentionKey(entityId: string, index: number): string {
  return `${entityId}--mention-${index + 1}`;
}

/** A visible label at the end of a span; hidden from assistive technology, which reads the card instead. */
function tag(text: string): string {
  return `<span class="tag" aria-hidden="true">${escapeHtml(text)}</span>`;
}

/** A span of a record: focusable in its first fragment, described by the record's card. */
function marked(
  layer: LayerId,
  key: string,
  span: Span,
  recordId: string,
  classes: string,
  extra: { suffix?: string; label?: string; style?: string } = {},
): MarkedSpan {
  const label = extra.label === undefined ? "" : ` aria-label="${escapeHtml(extra.label)}"`;
  return {
    key,
    start: span.start,
    end: span.end,
    layerRank: layerRank(layer),
    attributes:
      `class="mark l-${layer} ${classes}" data-layer="${layer}" data-record="${escapeHtml(recordId)}" ` +
      `data-card="${cardId(recordId)}"${extra.style === undefined ? "" : ` style="${extra.style}"`}`,
    firstAttributes: `tabindex="0" aria-describedby="${cardId(recordId)}"${label}`,
    prefix: "",
    suffix: extra.suffix ?? "",
  };
}

/** How a mention refers: a pronoun, a metonymy or an adjective are marked apart from a plain name. */
function mentionForm(mention: Mention): { classes: string; label: string } {
  if (mention.pronoun === true) return { classes: "pronoun", label: "pronoun" };
  if (mention.metonymy !== undefined) return { classes: "metonymy", label: `metonymy: ${mention.metonymy.type}` };
  if (mention.adjectival === true) return { classes: "adjectival", label: "adjective" };
  return { classes: "", label: "" };
}

/** The distance between two spans, 0 when they touch or overlap. */
function distance(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/**
 * The key of the speaker's mention nearest to a quote's cue, or undefined when the speaker is the author or is
 * never mentioned.
 */
export function speakerMentionKey(document: AnnotatedDocument, speaker: string, cue: Span): string | undefined {
  const entity = document.entities.find((candidate) => candidate.id === speaker);
  if (entity === undefined || entity.mentions.length === 0) return undefined;
  let best = 0;
  entity.mentions.forEach((mention, index) => {
    const current = entity.mentions[best] as Mention;
    if (distance(mention.span, cue) < distance(current.span, cue)) best = index;
  });
  return mentionKey(entity.id, best);
}

/** The factuality label of a claim: the author's view, and the claimant's when it differs. */
function factualityLabel(author: string, claimant: string, claimantName: string): string {
  return author === claimant ? author : `${author} · ${claimantName} ${claimant}`;
}

/**
 * The nesting level of each span among its own kind: 0 for a span that contains no other, else one more than the
 * highest level it contains. Claims are underlined `level` steps below the text, so nested underlines never coincide.
 *
 * @param spans - Spans of one kind.
 * @returns The level of each, in the same order.
 *
 * @example
 * nestingLevels([{ start: 0, end: 10, exact: "" }, { start: 2, end: 5, exact: "" }, { start: 6, end: 8, exact: "" }])
 * //=> [1, 0, 0]
 */
export function nestingLevels(spans: readonly Span[]): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => spanLength(spans[a]) - spanLength(spans[b]));
  const levels = spans.map(() => 0);
  for (const index of order) {
    const outer = spans[index] as Span;
    for (const inner of order) {
      const span = spans[inner] as Span;
      const contained = inner !== index && span.start >= outer.start && span.end <= outer.end;
      if (contained && spanLength(span) < spanLength(outer)) {
        levels[index] = Math.max(levels[index] as number, (levels[inner] as number) + 1);
      }
    }
  }
  return levels;
}

function spanLength(span: Span | undefined): number {
  return span === undefined ? 0 : span.end - span.start;
}

/**
 * Every span the reading view marks, in all layers: entity mentions (by kind, pronouns and metonymy apart), quote
 * contents and cues (the content ends with links to the speaker's mention and the cue), claim evidence (by the
 * author's factuality), uncertainty cues and scopes, and temporal expressions (with their value).
 *
 * @param document - The document.
 * @returns The spans, in no particular order.
 */
export function markedSpans(document: AnnotatedDocument): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  for (const entity of document.entities) {
    entity.mentions.forEach((mention, index) => {
      const form = mentionForm(mention);
      const label = form.label === "" ? entity.kind : `${entity.kind}, ${form.label}`;
      spans.push(
        marked("entities", mentionKey(entity.id, index), mention.span, entity.id, `k-${entity.kind} ${form.classes}`, {
          suffix: tag(form.label === "" ? entity.kind : `${entity.kind} · ${form.label.replace(/:.*/, "")}`),
          label: `${entity.name} (${label})`,
        }),
      );
    });
  }
  for (const quote of document.quotes) {
    const speaker = nameIn(document, quote.speaker);
    const mention = speakerMentionKey(document, quote.speaker, quote.cue);
    const speakerLink =
      mention === undefined ? escapeHtml(speaker) : `<a href="#${mention}">${escapeHtml(speaker)}</a>`;
    const chip =
      `<span class="chip" data-quote="${quote.id}">${escapeHtml(quote.kind)} quote: ${speakerLink}, ` +
      `<a href="#${quote.id}--cue">${escapeHtml(quote.cue.exact)}</a></span>`;
    spans.push(
      marked("quotes", quote.id, quote.content, quote.id, `quote q-${quote.kind}`, {
        suffix: chip,
        label: `${quote.kind} quote by ${speaker}`,
      }),
      marked("quotes", `${quote.id}--cue`, quote.cue, quote.id, "quote-cue", {
        label: `cue of the quote by ${speaker}`,
      }),
    );
  }
  const claimLevels = nestingLevels(document.claims.map((claim) => claim.evidence));
  document.claims.forEach((claim, index) => {
    const { author, claimant } = claim.factuality;
    const claimantName = nameIn(document, claim.claimant);
    spans.push(
      marked("claims", claim.id, claim.evidence, claim.id, `claim f-${factualityClass(author)}`, {
        suffix: tag(factualityLabel(author, claimant, claimantName)),
        label: `claim by ${claimantName}, author's view ${author}, claimant's view ${claimant}`,
        style: `--level:${claimLevels[index]}`,
      }),
    );
  });
  for (const marker of document.uncertaintyMarkers) {
    spans.push(
      marked("uncertainty", marker.id, marker.cue, marker.id, "hedge-cue", {
        suffix: tag(marker.category),
        label: `${marker.category} cue`,
      }),
      marked("uncertainty", `${marker.id}--scope`, marker.scope, marker.id, "hedge-scope", {
        label: `scope of the ${marker.category} cue “${marker.cue.exact}”`,
      }),
    );
  }
  for (const expression of document.temporalExpressions) {
    spans.push(
      marked("time", expression.id, expression.span, expression.id, `timex t-${expression.type.toLowerCase()}`, {
        suffix: tag(expression.value),
        label: `${expression.type} ${expression.value}`,
      }),
    );
  }
  return spans;
}

/**
 * The CSS class suffix of a FactBank value: `+` and `-` are not allowed in class names.
 *
 * @example
 * factualityClass("PR-")
 * //=> "pr-neg"
 */
export function factualityClass(value: string): string {
  return value.toLowerCase().replace(/\+$/, "-pos").replace(/-$/, "-neg");
}
