/** Interval maths on epoch-ms pairs: the sort-and-sweep primitives behind free/busy and room checks. */

/** A half-open span of time [start, end) in epoch ms; empty when end <= start. */
export type Interval = readonly [start: number, end: number];

/** Any list → sorted, disjoint, non-touching, non-empty intervals, so later checks can be linear or binary searches. */
export function normalize(list: readonly Interval[]): Interval[] {
  const sorted = list.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

/** Everyone's busy time as one normalized list (any inputs), so one binary search answers "is anyone busy". */
export function union(...lists: readonly (readonly Interval[])[]): Interval[] {
  return normalize(lists.flat());
}

/** Time covered by both normalized lists, in one linear merge. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i][0], b[j][0]);
    const e = Math.min(a[i][1], b[j][1]);
    if (s < e) out.push([s, e]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return out;
}

/** Time in `from` not in `remove` (both normalized), in one linear merge: free time minus closures. */
export function subtract(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [s0, e] of from) {
    let s = s0;
    while (j < remove.length && remove[j][1] <= s) j++;
    let k = j;
    while (k < remove.length && remove[k][0] < e) {
      if (remove[k][0] > s) out.push([s, remove[k][0]]);
      if (remove[k][1] > s) s = remove[k][1];
      if (s >= e) break;
      k++;
    }
    if (s < e) out.push([s, e]);
    j = k; // remove[k] may reach into the next `from` interval
  }
  return out;
}

/** The free gaps of a normalized busy list inside a window, as people read a calendar. */
export function complementWithin(busy: readonly Interval[], window: Interval): Interval[] {
  return window[1] > window[0] ? subtract([window], busy) : [];
}

/** True when two half-open intervals share an instant ([1,2) and [2,3) do not; empty ones never do). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] < a[1] && b[0] < b[1] && a[0] < b[1] && b[0] < a[1];
}

/** True when `slot` overlaps nothing in a normalized busy list, by binary search: O(log n) per candidate. */
export function isFree(busy: readonly Interval[], slot: Interval): boolean {
  if (slot[1] <= slot[0]) return true;
  // First interval ending after the slot starts; normalized lists have increasing ends too.
  let lo = 0;
  let hi = busy.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (busy[mid][1] > slot[0]) hi = mid;
    else lo = mid + 1;
  }
  return lo === busy.length || busy[lo][0] >= slot[1];
}
