import { tryEdtfBounds } from "../../dates/edtf-bounds.js";
import type { TemporalLink } from "../../schema/temporal-link.js";
import { shownId } from "../../shared/quoted-value.js";
import type { Check, CheckProblem } from "../check.js";
import { orderPoints, type PointEdge } from "../point-order.js";

/** A constraint between the start (`s`) and end (`e`) of a link's source (`a`) and target (`b`). */
type Constraint = readonly [from: "as" | "ae" | "bs" | "be", relation: "<" | "<=" | "=", to: "as" | "ae" | "bs" | "be"];

/**
 * What each TimeML relation says about the ends of the two intervals it relates (Allen's interval algebra, as
 * TimeML's SputLink closure reads TLINKs); DURING is read as inclusion, its weakest reading.
 */
const RELATION_CONSTRAINTS: Readonly<Record<TemporalLink["relation"], readonly Constraint[]>> = {
  BEFORE: [["ae", "<", "bs"]],
  AFTER: [["be", "<", "as"]],
  IBEFORE: [["ae", "=", "bs"]],
  IAFTER: [["be", "=", "as"]],
  INCLUDES: [
    ["as", "<=", "bs"],
    ["be", "<=", "ae"],
  ],
  IS_INCLUDED: [
    ["bs", "<=", "as"],
    ["ae", "<=", "be"],
  ],
  DURING: [
    ["bs", "<=", "as"],
    ["ae", "<=", "be"],
  ],
  SIMULTANEOUS: [
    ["as", "=", "bs"],
    ["ae", "=", "be"],
  ],
  IDENTITY: [
    ["as", "=", "bs"],
    ["ae", "=", "be"],
  ],
  BEGINS: [
    ["as", "=", "bs"],
    ["ae", "<=", "be"],
  ],
  BEGUN_BY: [
    ["as", "=", "bs"],
    ["be", "<=", "ae"],
  ],
  ENDS: [
    ["ae", "=", "be"],
    ["bs", "<=", "as"],
  ],
  ENDED_BY: [
    ["ae", "=", "be"],
    ["as", "<=", "bs"],
  ],
};

/** How many records of a cycle a message names. */
const SHOWN = 6;

/** Where a point constraint comes from: a link (by index), or the fact that a record starts before it ends. */
type EdgeSource = { readonly link: number } | { readonly record: string };

/** A point in time: the start or the end of a record. */
interface Point {
  readonly id: string;
  readonly end: "start" | "end";
}

/** An instant as a message prints it: the day, with the time of day only when it is needed to tell two apart. */
function instant(milliseconds: number, other: number): string {
  const iso = new Date(milliseconds).toISOString();
  const sameDay =
    Number.isFinite(other) &&
    Math.abs(other) <= 8.64e15 &&
    new Date(other).toISOString().slice(0, 10) === iso.slice(0, 10);
  return sameDay ? iso : iso.slice(0, 10);
}

/**
 * The values that fix a record's start and end, for the temporal expressions (DATE and TIME) and the publication
 * date: a value with no `mod` is exactly the interval it denotes (`2021` starts on 1 January and ends on 31
 * December); `START`, `MID` and `END` lie within it; other mods (`BEFORE`, `APPROX`, ...) fix nothing.
 */
function fixedTimes(
  document: Parameters<Check["run"]>[0]["document"],
): Map<string, { min: number; max: number; exact: boolean }> {
  const times = new Map<string, { min: number; max: number; exact: boolean }>();
  const add = (id: string, value: string, exact: boolean) => {
    const bounds = tryEdtfBounds(value);
    if (!bounds || bounds.min === null || bounds.max === null || Number.isNaN(bounds.min) || Number.isNaN(bounds.max))
      return;
    // A reversed interval is intervals-ordered's to report; it fixes nothing here.
    if (bounds.min > bounds.max) return;
    times.set(id, { min: bounds.min, max: bounds.max, exact });
  };
  const publication = document.document.publicationDate;
  add(publication.id, publication.value, true);
  for (const expression of document.temporalExpressions) {
    if (expression.type !== "DATE" && expression.type !== "TIME") continue;
    const { mod } = expression;
    if (mod === undefined) add(expression.id, expression.value, true);
    else if (mod === "START" || mod === "MID" || mod === "END") add(expression.id, expression.value, false);
  }
  return times;
}

/**
 * Temporal links agree with each other and with the dates they relate, as TimeML's closure (SputLink) would find:
 * no link relates a record to itself, no chain of links puts a record before itself (`a BEFORE b`, `b BEFORE a`),
 * and no link or chain contradicts the values of the temporal expressions and publication date it relates (`1999
 * AFTER 2021`). Each link becomes constraints on the start and end points of its two records; time is linear in the
 * number of links.
 */
export const temporalLinksConsistent: Check = {
  name: "temporal-links-consistent",
  description:
    "No temporal link relates a record to itself, links form no BEFORE/AFTER cycle, and they agree with the values of the dates they relate.",
  run({ document }) {
    const problems: CheckProblem[] = [];
    const links = document.temporalLinks;
    const points: Point[] = [];
    const pointOf = new Map<string, number>();
    const pointsOf = (id: string): { start: number; end: number } => {
      let start = pointOf.get(id);
      if (start === undefined) {
        start = points.length;
        pointOf.set(id, start);
        points.push({ id, end: "start" }, { id, end: "end" });
      }
      return { start, end: start + 1 };
    };
    const edges: PointEdge<EdgeSource>[] = [];
    links.forEach((link, index) => {
      if (link.source === link.target) {
        problems.push({
          path: ["temporalLinks", index, "target"],
          message: `relates ${shownId(link.source)} to itself`,
          tip: "a link relates two different events or times",
        });
        return;
      }
      const a = pointsOf(link.source);
      const b = pointsOf(link.target);
      const at = { as: a.start, ae: a.end, bs: b.start, be: b.end };
      for (const [from, relation, to] of RELATION_CONSTRAINTS[link.relation]) {
        edges.push({ from: at[from], to: at[to], strict: relation === "<", source: { link: index } });
        if (relation === "=") edges.push({ from: at[to], to: at[from], strict: false, source: { link: index } });
      }
    });
    if (edges.length === 0) return problems;
    for (const [id, start] of pointOf)
      edges.push({ from: start, to: start + 1, strict: false, source: { record: id } });

    const earliest = new Array<number>(points.length).fill(Number.NEGATIVE_INFINITY);
    const latest = new Array<number>(points.length).fill(Number.POSITIVE_INFINITY);
    for (const [id, time] of fixedTimes(document)) {
      const start = pointOf.get(id);
      if (start === undefined) continue;
      // Exact: the start is the value's first instant and the end its last; otherwise both lie within the value.
      // An open end (`../2021-09-09`) is infinite and fixes nothing on its side.
      earliest[start] = time.min;
      latest[start + 1] = time.max;
      latest[start] = time.exact && Number.isFinite(time.min) ? time.min : time.max;
      earliest[start + 1] = time.exact && Number.isFinite(time.max) ? time.max : time.min;
    }

    const { cycles, contradictions } = orderPoints(points.length, edges, earliest, latest);
    const reported = new Set<number>();
    const name = (point: number) => `the ${points[point]?.end} of ${shownId(points[point]?.id ?? "")}`;
    // The records of each cycle, named once per cycle (a long cycle has one list, not one per link).
    const listedCycles = new Map<readonly number[], string>();
    const listCycle = (members: readonly number[]) => {
      let listed = listedCycles.get(members);
      if (listed === undefined) {
        const records: string[] = [];
        for (const point of members) {
          const id = shownId(points[point]?.id as string);
          if (records.at(-1) !== id && !records.includes(id)) records.push(id);
          if (records.length > SHOWN) break;
        }
        const more = members.length / 2 > SHOWN ? ", …" : "";
        listed = records.slice(0, SHOWN).join(", ") + more;
        listedCycles.set(members, listed);
      }
      return listed;
    };
    for (const { edge, points: members } of cycles) {
      if (!("link" in edge.source) || reported.has(edge.source.link)) continue;
      reported.add(edge.source.link);
      const listed = listCycle(members);
      const link = links[edge.source.link] as TemporalLink;
      problems.push({
        path: ["temporalLinks", edge.source.link, "relation"],
        message: `${shownId(link.source)} ${link.relation} ${shownId(link.target)} closes a cycle: with the other links between ${listed}, ${name(edge.from)} would come before itself`,
        tip: "one of the links in the cycle has the wrong relation or direction",
      });
    }
    for (const { edge, earliest: from, latest: to } of contradictions) {
      if (!("link" in edge.source) || reported.has(edge.source.link)) continue;
      reported.add(edge.source.link);
      const link = links[edge.source.link] as TemporalLink;
      const order = edge.strict ? "before" : "no later than";
      problems.push({
        path: ["temporalLinks", edge.source.link, "relation"],
        message: `${shownId(link.source)} ${link.relation} ${shownId(link.target)} contradicts the dates: ${name(edge.from)} (no earlier than ${instant(from, to)}) would have to come ${order} ${name(edge.to)} (no later than ${instant(to, from)})`,
        tip: "check the link's relation and direction, and the values of the dates it relates (directly or through other links)",
      });
    }
    return problems;
  },
};
