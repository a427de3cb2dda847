import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complementWithin, intersect, isFree, normalize, overlaps, subtract, union, type Interval } from './intervals';

// The brute-force model: an interval list is the set of integer points it covers on a small grid.
const GRID = 200;
const points = (list: readonly Interval[]) => {
  const set = new Set<number>();
  for (const [s, e] of list) for (let p = Math.max(0, s); p < Math.min(GRID, e); p++) set.add(p);
  return set;
};
const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
const interval = fc.tuple(fc.integer({ min: -10, max: GRID + 10 }), fc.integer({ min: -10, max: GRID + 10 })) as fc.Arbitrary<Interval>;
const list = fc.array(interval, { maxLength: 12 });
const inGrid = (l: readonly Interval[]) => l.map(([s, e]) => [Math.max(0, s), Math.min(GRID, e)] as Interval);

const isNormalized = (l: readonly Interval[]) =>
  l.every(([s, e], i) => s < e && (i === 0 || l[i - 1][1] < s));

describe('normalize', () => {
  it('drops empty and inverted intervals, sorts, and merges overlapping and touching ones', () => {
    expect(normalize([[5, 7], [1, 3], [3, 4], [9, 9], [12, 10], [6, 8], [20, 30], [21, 22]])).toEqual([[1, 4], [5, 8], [20, 30]]);
    expect(normalize([])).toEqual([]);
  });

  it('property: covers the same points, is sorted, disjoint and non-touching, and is idempotent', () => {
    fc.assert(
      fc.property(list, (l) => {
        const n = normalize(inGrid(l));
        expect(isNormalized(n)).toBe(true);
        expect(sorted(points(n))).toEqual(sorted(points(l)));
        expect(normalize(n)).toEqual(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('set operations', () => {
  it('union, intersect, subtract and complement on a small example', () => {
    const a = normalize([[0, 10], [20, 30]]);
    const b = normalize([[5, 25], [30, 40]]);
    expect(union(a, b)).toEqual([[0, 40]]);
    expect(intersect(a, b)).toEqual([[5, 10], [20, 25]]);
    expect(subtract(a, b)).toEqual([[0, 5], [25, 30]]);
    expect(subtract(b, a)).toEqual([[10, 20], [30, 40]]);
    expect(complementWithin(a, [5, 35])).toEqual([[10, 20], [30, 35]]);
    expect(complementWithin(a, [35, 5])).toEqual([]);
    expect(complementWithin([], [1, 2])).toEqual([[1, 2]]);
  });

  it('property: agree with set operations on points and return normalized lists', () => {
    fc.assert(
      fc.property(list, list, list, interval, (l1, l2, l3, w) => {
        const [a, b, c] = [l1, l2, l3].map((l) => normalize(inGrid(l)));
        const [pa, pb, pc] = [a, b, c].map(points);
        const u = union(l1, l2, l3);
        expect(isNormalized(u)).toBe(true);
        expect(sorted(points(u))).toEqual(sorted(new Set([...pa, ...pb, ...pc])));
        const i = intersect(a, b);
        expect(isNormalized(i)).toBe(true);
        expect(sorted(points(i))).toEqual(sorted(pa).filter((p) => pb.has(p)));
        const d = subtract(a, b);
        expect(isNormalized(d)).toBe(true);
        expect(sorted(points(d))).toEqual(sorted(pa).filter((p) => !pb.has(p)));
        const win = inGrid([w])[0];
        const gaps = complementWithin(a, win);
        expect(isNormalized(gaps)).toBe(true);
        expect(sorted(points(gaps))).toEqual(sorted(points([win])).filter((p) => !pa.has(p)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('overlaps and isFree', () => {
  it('treat intervals as half-open: touching is not overlapping', () => {
    expect(overlaps([1, 2], [2, 3])).toBe(false);
    expect(overlaps([2, 3], [1, 2])).toBe(false);
    expect(overlaps([1, 3], [2, 4])).toBe(true);
    expect(overlaps([1, 10], [4, 5])).toBe(true);
    expect(overlaps([4, 4], [1, 10])).toBe(false);
    const busy = normalize([[10, 20], [30, 40]]);
    expect(isFree(busy, [20, 30])).toBe(true);
    expect(isFree(busy, [19, 30])).toBe(false);
    expect(isFree(busy, [20, 31])).toBe(false);
    expect(isFree(busy, [0, 10])).toBe(true);
    expect(isFree(busy, [40, 50])).toBe(true);
    expect(isFree(busy, [15, 15])).toBe(true);
    expect(isFree([], [0, 1])).toBe(true);
  });

  it('property: isFree and overlaps agree with the points model', () => {
    fc.assert(
      fc.property(list, interval, (l, slot) => {
        const busy = normalize(inGrid(l));
        const pb = points(busy);
        const [s, e] = inGrid([slot])[0];
        let free = true;
        for (let p = s; p < e; p++) if (pb.has(p)) free = false;
        expect(isFree(busy, [s, e])).toBe(free);
        expect(busy.some((b) => overlaps(b, [s, e]))).toBe(!free);
      }),
      { numRuns: 500 },
    );
  });
});
