/**
 * One ordering constraint between two points in time: `from <= to`, or `from < to` when strict. `source` says where
 * it came from (a link's index), so that a contradiction can be traced back to the records that state it.
 */
export interface PointEdge<Source> {
  readonly from: number;
  readonly to: number;
  readonly strict: boolean;
  readonly source: Source;
}

/** What {@link orderPoints} finds wrong with a set of constraints. */
export interface PointOrderProblems<Source> {
  /** Strict edges that lie on a cycle (a point would come before itself), with the points of their cycle. */
  readonly cycles: readonly { readonly edge: PointEdge<Source>; readonly points: readonly number[] }[];
  /**
   * Edges on a path between two fixed times that leaves too little time between them: with `earliest` the earliest
   * `from` can be and `latest` the latest `to` can be (both in milliseconds), the edge cannot hold.
   */
  readonly contradictions: readonly {
    readonly edge: PointEdge<Source>;
    readonly earliest: number;
    readonly latest: number;
  }[];
}

/**
 * The strongly connected components of a graph (Tarjan's algorithm, with an explicit stack so that a long chain does
 * not overflow the call stack), as a component number per node; components are numbered in reverse topological order.
 */
function components(
  count: number,
  successors: readonly (readonly number[])[],
): { readonly component: Int32Array; readonly found: number } {
  const component = new Int32Array(count).fill(-1);
  const index = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const frames: { node: number; next: number }[] = [];
  let counter = 0;
  let found = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    frames.push({ node: root, next: 0 });
    index[root] = lowLink[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const out = successors[frame.node] ?? [];
      if (frame.next < out.length) {
        const next = out[frame.next++] as number;
        if (index[next] === -1) {
          index[next] = lowLink[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          frames.push({ node: next, next: 0 });
        } else if (onStack[next]) {
          lowLink[frame.node] = Math.min(lowLink[frame.node] as number, index[next] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink[parent.node] = Math.min(lowLink[parent.node] as number, lowLink[frame.node] as number);
      if (lowLink[frame.node] !== index[frame.node]) continue;
      for (;;) {
        const member = stack.pop() as number;
        onStack[member] = 0;
        component[member] = found;
        if (member === frame.node) break;
      }
      found++;
    }
  }
  return { component, found };
}

/**
 * Checks ordering constraints between points in time, some of them fixed to known instants, the way TimeML's
 * closure (SputLink) does for intervals, in time linear in points and edges: equal and `<=` constraints that form a
 * cycle make their points one; a strict constraint inside such a cycle is a contradiction; then the earliest and
 * latest instant each point can take are propagated along the constraints from the fixed bounds, and every edge
 * whose `from` cannot come early enough for its `to` is part of a contradiction with the fixed times.
 *
 * @param count - The number of points (numbered from 0).
 * @param edges - The constraints.
 * @param earliest - The earliest instant each point may take (milliseconds; -Infinity when unknown).
 * @param latest - The latest instant each point may take (milliseconds; Infinity when unknown).
 * @returns The strict edges on cycles and the edges that contradict the fixed times.
 *
 * @example
 * // Point 0 is fixed to 1999, point 1 to 2021; "1 < 0" cannot hold.
 * orderPoints(2, [{ from: 1, to: 0, strict: true, source: "link" }], [1999, 2021], [1999, 2021]).contradictions
 * //=> [{ edge: { from: 1, to: 0, strict: true, source: "link" }, earliest: 2021, latest: 1999 }]
 */
export function orderPoints<Source>(
  count: number,
  edges: readonly PointEdge<Source>[],
  earliest: readonly number[],
  latest: readonly number[],
): PointOrderProblems<Source> {
  const successors: number[][] = Array.from({ length: count }, () => []);
  for (const edge of edges) successors[edge.from]?.push(edge.to);
  const { component, found: componentCount } = components(count, successors);
  const members: number[][] = Array.from({ length: componentCount }, () => []);
  for (let point = 0; point < count; point++) members[component[point] as number]?.push(point);

  const cycles: { edge: PointEdge<Source>; points: number[] }[] = [];
  const broken = new Uint8Array(componentCount);
  for (const edge of edges) {
    const where = component[edge.from] as number;
    if (edge.strict && where === component[edge.to]) {
      broken[where] = 1;
      cycles.push({ edge, points: members[where] ?? [] });
    }
  }

  // The earliest and latest instant of each component: the tightest of its points' own bounds.
  const low = new Float64Array(componentCount).fill(Number.NEGATIVE_INFINITY);
  const high = new Float64Array(componentCount).fill(Number.POSITIVE_INFINITY);
  for (let point = 0; point < count; point++) {
    const where = component[point] as number;
    low[where] = Math.max(low[where] as number, earliest[point] ?? Number.NEGATIVE_INFINITY);
    high[where] = Math.min(high[where] as number, latest[point] ?? Number.POSITIVE_INFINITY);
  }
  // Edges between components, grouped by their `from` component.
  const outgoing: PointEdge<Source>[][] = Array.from({ length: componentCount }, () => []);
  for (const edge of edges) {
    if (component[edge.from] !== component[edge.to]) outgoing[component[edge.from] as number]?.push(edge);
  }
  const gap = (edge: PointEdge<Source>) => (edge.strict ? 1 : 0);
  // Components are numbered in reverse topological order: the highest comes first in time.
  for (let from = componentCount - 1; from >= 0; from--) {
    for (const edge of outgoing[from] ?? []) {
      const to = component[edge.to] as number;
      low[to] = Math.max(low[to] as number, (low[from] as number) + gap(edge));
    }
  }
  for (let from = 0; from < componentCount; from++) {
    for (const edge of outgoing[from] ?? []) {
      const to = component[edge.to] as number;
      high[from] = Math.min(high[from] as number, (high[to] as number) - gap(edge));
    }
  }
  const contradictions: { edge: PointEdge<Source>; earliest: number; latest: number }[] = [];
  for (const edge of edges) {
    const from = component[edge.from] as number;
    const to = component[edge.to] as number;
    if (broken[from] || broken[to]) continue;
    if ((low[from] as number) + gap(edge) > (high[to] as number)) {
      contradictions.push({ edge, earliest: low[from] as number, latest: high[to] as number });
    }
  }
  return { cycles, contradictions };
}
