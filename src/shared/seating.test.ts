import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentProblems, needsSeat, rostrumOrder, rowPlacement, seatKeyOf, seatLabel, seatingLayoutSchema, updateSeatingPlanSchema, type RostrumRule, type SeatingLayout,
} from './seating';
import { autoAssign, defaultLayout, type SeatCandidate } from './seating-assign';

const left: RostrumRule = { honourSide: 'left', evenRule: 'standard' };
const right: RostrumRule = { honourSide: 'right', evenRule: 'standard' };
const twoLeaders: RostrumRule = { honourSide: 'left', evenRule: 'two_leaders' };

describe('rostrum order (主席台, seen from the audience)', () => {
  it('reads the issue’s examples under 左为上: 7 → 7 5 3 1 2 4 6, 8 → 7 5 3 1 2 4 6 8', () => {
    expect(rostrumOrder(7, left).join(' ')).toBe('7 5 3 1 2 4 6');
    expect(rostrumOrder(8, left).join(' ')).toBe('7 5 3 1 2 4 6 8');
  });

  it('1 to 12 seats under 左为上', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => rostrumOrder(n, left).join(' '))).toEqual([
      '1', '1 2', '3 1 2', '3 1 2 4', '5 3 1 2 4', '5 3 1 2 4 6', '7 5 3 1 2 4 6', '7 5 3 1 2 4 6 8', '9 7 5 3 1 2 4 6 8',
      '9 7 5 3 1 2 4 6 8 10', '11 9 7 5 3 1 2 4 6 8 10', '11 9 7 5 3 1 2 4 6 8 10 12',
    ]);
  });

  it('右为上 is the mirror image', () => {
    expect(rostrumOrder(7, right).join(' ')).toBe('6 4 2 1 3 5 7');
    expect(rostrumOrder(8, right).join(' ')).toBe('8 6 4 2 1 3 5 7');
    for (let n = 1; n <= 12; n++) expect(rostrumOrder(n, right)).toEqual([...rostrumOrder(n, left)].reverse());
  });

  it('the two-leader variant: even counts put 1 on the honour side of the centre line, odd counts are unchanged', () => {
    expect(rostrumOrder(2, twoLeaders).join(' ')).toBe('2 1');
    expect(rostrumOrder(4, twoLeaders).join(' ')).toBe('4 2 1 3');
    expect(rostrumOrder(6, twoLeaders).join(' ')).toBe('6 4 2 1 3 5');
    expect(rostrumOrder(8, twoLeaders).join(' ')).toBe('8 6 4 2 1 3 5 7');
    for (const n of [1, 3, 5, 7, 9, 11]) expect(rostrumOrder(n, twoLeaders)).toEqual(rostrumOrder(n, left));
    expect(rostrumOrder(8, { honourSide: 'right', evenRule: 'two_leaders' }).join(' ')).toBe('7 5 3 1 2 4 6 8');
  });

  it('is a permutation whose neighbours of 1 are 2 and 3 (for n ≥ 3) under every rule', () => {
    for (const rule of [left, right, twoLeaders]) {
      for (let n = 1; n <= 40; n++) {
        const seq = rostrumOrder(n, rule);
        expect([...seq].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        const i = seq.indexOf(1);
        if (n >= 3) expect([seq[i - 1], seq[i + 1]].sort()).toEqual([2, 3]);
      }
    }
  });

  it('fewer people than seats sit centred on the row’s place of honour', () => {
    // 7 seats, 3 leaders: seats 3 4 5 (from the audience's left) hold 3 1 2.
    expect(rowPlacement(7, 3, left)).toEqual([4, 5, 3]);
    // 7 seats, 4 leaders: 1 stays on the true centre (seat 4).
    expect(rowPlacement(7, 4, left)[0]).toBe(4);
    expect(rowPlacement(8, 8, left)).toEqual([4, 5, 3, 6, 2, 7, 1, 8]);
    expect(rowPlacement(5, 9, left)).toHaveLength(5);
  });
});

const hall = (over: Partial<SeatingLayout> = {}): SeatingLayout => ({ rostrumRows: [5], rows: 4, seatsPerRow: 6, aisles: [3], reserved: [], ...over });
const cand = (id: string, block: string, rank: number | null = null): SeatCandidate => ({ participantId: id, block, rank });

describe('auto-assign', () => {
  it('ranks fill the rostrum rows (first row the top ranks), overflow sits centred in the front row of the hall', () => {
    const people = Array.from({ length: 9 }, (_, i) => cand(`r${i + 1}`, 'x', i + 1));
    const { assignments } = autoAssign(people, hall({ rostrumRows: [3, 4] }), left, ['x']);
    const at = (id: string) => assignments.find((a) => a.participantId === id)!;
    expect(['r1', 'r2', 'r3'].map((id) => [at(id).row, at(id).seat])).toEqual([[1, 2], [1, 3], [1, 1]]);
    expect(['r4', 'r5', 'r6', 'r7'].map((id) => at(id).row)).toEqual([2, 2, 2, 2]);
    expect(at('r4').seat).toBe(2);
    expect([at('r8'), at('r9')].map((a) => [a.area, a.row, a.seat])).toEqual([['audience', 1, 3], ['audience', 1, 4]]);
  });

  it('blocks come in the given order, front to back, the first row from the honour side, rows snaking, reserved seats skipped', () => {
    const people = [cand('b1', 'B'), cand('a1', 'A'), cand('a2', 'A'), cand('b2', 'B')];
    const { assignments, fillOrder } = autoAssign(people, hall({ rows: 2, seatsPerRow: 4, reserved: ['1-4'] }), left, ['A', 'B']);
    // B (2 people) would leave one of them alone in the last seat of row 1, so it starts row 2, which runs back the other way.
    expect(fillOrder).toEqual(['1-3', '1-2', '2-1', '2-2']);
    expect(assignments.map((a) => `${a.participantId}@${a.row}-${a.seat}`)).toEqual(['a1@1-3', 'a2@1-2', 'b1@2-1', 'b2@2-2']);
    const mirrored = autoAssign(people, hall({ rows: 2, seatsPerRow: 4 }), right, ['A', 'B']);
    expect(mirrored.fillOrder.slice(0, 2)).toEqual(['1-1', '1-2']);
  });

  it('keeps a block whole by starting a new row when it would not fit, unless that leaves someone without a seat', () => {
    const people = [cand('a1', 'A'), cand('a2', 'A'), cand('a3', 'A'), cand('a4', 'A'), cand('b1', 'B'), cand('b2', 'B'), cand('b3', 'B')];
    const roomy = autoAssign(people, hall({ rostrumRows: [], rows: 3, seatsPerRow: 5 }), right, ['A', 'B']);
    expect(roomy.assignments.filter((a) => a.participantId.startsWith('b')).map((a) => a.row)).toEqual([2, 2, 2]);
    // A longer tail runs on into the next row, right behind the block's end.
    const long = [cand('a1', 'A'), cand('a2', 'A'), ...Array.from({ length: 6 }, (_, i) => cand(`b${i}`, 'B'))];
    expect(autoAssign(long, hall({ rostrumRows: [], rows: 2, seatsPerRow: 5 }), right, ['A', 'B']).fillOrder).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '2-5', '2-4', '2-3']);
    const tight = autoAssign(people, hall({ rostrumRows: [], rows: 2, seatsPerRow: 4 }), right, ['A', 'B']);
    expect(tight.unassigned).toEqual([]);
    expect(tight.fillOrder).toHaveLength(7);
  });

  it('says who got no seat when the hall is full', () => {
    const people = Array.from({ length: 6 }, (_, i) => cand(`p${i}`, 'A'));
    expect(autoAssign(people, hall({ rostrumRows: [], rows: 1, seatsPerRow: 4 }), left, ['A']).unassigned).toEqual(['p4', 'p5']);
  });

  const layoutArb = fc.record({
    rostrumRows: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 3 }),
    rows: fc.integer({ min: 1, max: 8 }),
    seatsPerRow: fc.integer({ min: 1, max: 12 }),
  }).chain((l) => fc.record({
    rostrumRows: fc.constant(l.rostrumRows), rows: fc.constant(l.rows), seatsPerRow: fc.constant(l.seatsPerRow), aisles: fc.constant<number[]>([]),
    reserved: fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: l.rows }), fc.integer({ min: 1, max: l.seatsPerRow })).map(([r, s]) => seatKeyOf(r, s)), { maxLength: 10 }),
  }));
  const peopleArb = fc.array(fc.record({ block: fc.constantFrom('A', 'B', 'C', 'D'), rank: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null, freq: 3 }) }), { maxLength: 80 })
    .map((ps) => ps.map((p, i) => cand(`p${i}`, p.block, p.rank)));

  it('properties: one seat per person at most, one person per seat, reserved seats empty, everyone seated while seats last, order kept', () => {
    fc.assert(fc.property(layoutArb, peopleArb, fc.constantFrom(left, right, twoLeaders), (layout, people, rule) => {
      const blockOrder = ['C', 'A', 'D', 'B'];
      const { assignments, unassigned, fillOrder } = autoAssign(people, layout, rule, blockOrder);
      expect(assignmentProblems(layout, assignments)).toEqual([]);
      const ids = [...assignments.map((a) => a.participantId), ...unassigned];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(people.length);
      // Only ranked people sit on the rostrum; everyone else needs a seat in the hall.
      const rankedCount = people.filter((p) => p.rank !== null).length;
      const onRostrum = Math.min(rankedCount, layout.rostrumRows.reduce((a, b) => a + b, 0));
      expect(unassigned.length).toBe(Math.max(0, people.length - onRostrum - (layout.rows * layout.seatsPerRow - layout.reserved.length)));
      const reserved = new Set(layout.reserved);
      expect(assignments.some((a) => a.area === 'audience' && reserved.has(seatKeyOf(a.row, a.seat)))).toBe(false);
      // Ranks: the rostrum holds the best ranks, its first row better than its second.
      const seatOf = new Map(assignments.map((a) => [a.participantId, a]));
      const rankOf = (id: string) => people.find((p) => p.participantId === id)!.rank;
      const rostrum = assignments.filter((a) => a.area === 'rostrum').map((a) => ({ row: a.row, rank: rankOf(a.participantId)! }));
      const otherRanked = people.filter((p) => p.rank !== null && seatOf.get(p.participantId)?.area !== 'rostrum').map((p) => p.rank!);
      for (const x of rostrum) {
        expect(otherRanked.every((r) => r >= x.rank)).toBe(true);
        for (const y of rostrum) if (x.row < y.row) expect(x.rank).toBeLessThanOrEqual(y.rank);
      }
      // Blocks: in the fill order, every seat of an earlier block comes before every seat of a later one.
      const index = new Map(fillOrder.map((k, i) => [k, i]));
      const byBlock = blockOrder.map((b) => people.filter((p) => p.rank === null && p.block === b && seatOf.has(p.participantId))
        .map((p) => index.get(seatKeyOf(seatOf.get(p.participantId)!.row, seatOf.get(p.participantId)!.seat))!));
      for (let i = 0; i < byBlock.length; i++) for (let j = i + 1; j < byBlock.length; j++) {
        if (byBlock[i].length && byBlock[j].length) expect(Math.max(...byBlock[i])).toBeLessThan(Math.min(...byBlock[j]));
      }
    }), { numRuns: 300 });
  });
});

describe('plan documents', () => {
  it('layout errors name the path', () => {
    const r = seatingLayoutSchema.safeParse({ rows: 3, seatsPerRow: 4, aisles: [4], reserved: ['2-2', '4-1', 'x'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['aisles.0:seat_outside', 'reserved.1:seat_outside', 'reserved.2:seat_key']);
    const r2 = seatingLayoutSchema.safeParse({ rows: 3, seatsPerRow: 4, aisles: [4], reserved: ['2-2', '4-1'] });
    expect(r2.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['aisles.0:seat_outside', 'reserved.1:seat_outside']);
  });

  it('assignments: outside, reserved, taken, seated twice', () => {
    const layout = hall({ rostrumRows: [3], reserved: ['1-1'] });
    const problems = assignmentProblems(layout, [
      { area: 'rostrum', row: 1, seat: 4, participantId: 'a' },
      { area: 'rostrum', row: 2, seat: 1, participantId: 'b' },
      { area: 'audience', row: 1, seat: 1, participantId: 'c' },
      { area: 'audience', row: 2, seat: 2, participantId: 'd' },
      { area: 'audience', row: 2, seat: 2, participantId: 'e' },
      { area: 'audience', row: 3, seat: 2, participantId: 'd' },
    ]);
    expect(problems.map((p) => `${p.path.join('.')}:${p.reason}`)).toEqual([
      'assignments.0.seat:seat_outside', 'assignments.1.row:seat_outside', 'assignments.2.seat:seat_reserved', 'assignments.4.seat:seat_taken', 'assignments.5.participantId:seated_twice',
    ]);
    const parsed = updateSeatingPlanSchema.safeParse({ version: 1, name: 'x', venueId: null, settings: {}, layout, assignments: [{ area: 'audience', row: 1, seat: 1, participantId: 'c' }] });
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['assignments', 0, 'seat'], message: 'seat_reserved' });
  });

  it('labels and default layouts', () => {
    expect(seatLabel({ area: 'audience', row: 3, seat: 12 }, 'zh-CN')).toBe('第3排12号');
    expect(seatLabel({ area: 'rostrum', row: 1, seat: 4 }, 'en')).toBe('Rostrum row 1, seat 4');
    const l = defaultLayout(200);
    expect(l.rows * l.seatsPerRow).toBeGreaterThanOrEqual(200);
    expect(seatingLayoutSchema.safeParse(l).success).toBe(true);
    expect(seatingLayoutSchema.safeParse(defaultLayout(null)).success).toBe(true);
  });
});

describe('who the settings seat', () => {
  const settings = { excludeRoles: ['staff' as const, 'media' as const], skipAbsent: true };
  it('leaves out excluded roles and absentees, but never a ranked person', () => {
    expect(needsSeat({ rank: null, role: 'participant', attendance: 'invited' }, settings)).toBe(true);
    expect(needsSeat({ rank: null, role: 'staff', attendance: 'confirmed' }, settings)).toBe(false);
    expect(needsSeat({ rank: 3, role: 'media', attendance: 'confirmed' }, settings)).toBe(true);
    expect(needsSeat({ rank: null, role: 'participant', attendance: 'leave' }, settings)).toBe(false);
    expect(needsSeat({ rank: null, role: 'participant', attendance: 'declined' }, { ...settings, skipAbsent: false })).toBe(true);
  });
});
