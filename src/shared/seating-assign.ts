/** Auto-assign for 座次: the rostrum by protocol rank, the hall in blocks by unit; who is still without a seat; a default hall. Pure. */
import { MAX_ROWS, MAX_SEATS_PER_ROW, rowPlacement, seatKeyOf, type RostrumRule, type SeatAssignment, type SeatingLayout, type SeatPerson } from './seating';

/** Someone auto-assign may seat: their block (unit, department or group) and protocol rank. */
export type SeatCandidate = { participantId: string; block: string; rank: number | null };

/** What auto-assign made: the seats, who got none (the room is full), and the audience seats in the order blocks filled them. */
export type AutoAssignResult = { assignments: SeatAssignment[]; unassigned: string[]; fillOrder: string[] };

/** Free audience seats of each row (front first), each row starting on the honour side. */
function freeRows(layout: SeatingLayout, rule: RostrumRule): number[][] {
  const reserved = new Set(layout.reserved);
  const rows: number[][] = [];
  for (let r = 1; r <= layout.rows; r++) {
    const seats: number[] = [];
    for (let s = 1; s <= layout.seatsPerRow; s++) if (!reserved.has(seatKeyOf(r, s))) seats.push(s);
    // 左为上: the honour side is the leaders' left, the audience's right, i.e. the high seat numbers.
    rows.push(rule.honourSide === 'left' ? seats.reverse() : seats);
  }
  return rows;
}

/**
 * Seats people: ranked people fill the rostrum rows in rank order (each row by the rostrum rule); ranked people beyond the rostrum sit
 * in the front rows of the hall, centred by the same rule; then blocks follow in `blockOrder`, front to back. The first row fills from
 * the honour side and the rows after it snake back and forth, so a block that runs past the end of a row continues right behind
 * itself. A block is not split to leave one or two of its people alone at the end of a row: it starts the next row instead, as long as
 * everyone still fits (front rows stay full otherwise, 前排坐满). The front rows' seats the ranked people left are used last. Within a
 * block people keep the order given.
 */
export function autoAssign(people: readonly SeatCandidate[], layout: SeatingLayout, rule: RostrumRule, blockOrder: readonly string[]): AutoAssignResult {
  const assignments: SeatAssignment[] = [];
  const ranked = people.map((p, i) => ({ p, i })).filter((x) => x.p.rank !== null).sort((a, b) => a.p.rank! - b.p.rank! || a.i - b.i).map((x) => x.p);
  let next = 0;
  layout.rostrumRows.forEach((seats, r) => {
    const group = ranked.slice(next, next + seats);
    next += group.length;
    rowPlacement(seats, group.length, rule).forEach((seat, i) => assignments.push({ area: 'rostrum', row: r + 1, seat, participantId: group[i].participantId }));
  });
  const vips = ranked.slice(next);
  const rows = freeRows(layout, rule);
  const later: number[][] = [];
  let rowIdx = 0;
  const unassigned: string[] = [];
  for (let v = 0; v < vips.length;) {
    if (rowIdx >= rows.length) {
      unassigned.push(...vips.slice(v).map((p) => p.participantId));
      break;
    }
    const free = [...rows[rowIdx]].sort((a, b) => a - b);
    const group = vips.slice(v, v + free.length);
    const taken = new Set<number>();
    rowPlacement(free.length, group.length, rule).forEach((pos, i) => {
      taken.add(free[pos - 1]);
      assignments.push({ area: 'audience', row: rowIdx + 1, seat: free[pos - 1], participantId: group[i].participantId });
    });
    later.push(rows[rowIdx].filter((s) => !taken.has(s)).map((s) => s + (rowIdx + 1) * 1000));
    v += group.length;
    rowIdx++;
  }
  // The pool: rows after the ranked people's, then what the ranked rows left. Seats are encoded row*1000+seat while filling.
  const snake = (seats: number[], i: number) => (i % 2 === 0 ? seats : [...seats].reverse());
  const pool: number[][] = [...rows.slice(rowIdx).map((seats, i) => snake(seats, i).map((s) => s + (rowIdx + i + 1) * 1000)), ...later.filter((r) => r.length)];
  const order = new Map(blockOrder.map((b, i) => [b, i]));
  const rest = people.filter((p) => p.rank === null);
  const blocks = new Map<string, SeatCandidate[]>();
  for (const p of [...rest].sort((a, b) => (order.get(a.block) ?? 1e9) - (order.get(b.block) ?? 1e9))) {
    if (!blocks.has(p.block)) blocks.set(p.block, []);
    blocks.get(p.block)!.push(p);
  }
  const widest = Math.max(0, ...pool.map((r) => r.length));
  let free = pool.reduce((n, r) => n + r.length, 0);
  let left = rest.length;
  let r = 0;
  let pos = 0;
  const fillOrder: string[] = [];
  for (const members of blocks.values()) {
    const inRow = r < pool.length ? pool[r].length - pos : 0;
    // Only a widow of one or two is avoided: a longer tail simply runs on into the next row, right behind.
    if (pos > 0 && members.length > inRow && inRow < Math.min(3, members.length) && members.length <= widest && free - inRow >= left) {
      free -= inRow;
      r++;
      pos = 0;
    }
    for (const m of members) {
      while (r < pool.length && pos >= pool[r].length) {
        r++;
        pos = 0;
      }
      left--;
      if (r >= pool.length) {
        unassigned.push(m.participantId);
        continue;
      }
      const code = pool[r][pos++];
      free--;
      const seat = { row: Math.floor(code / 1000), seat: code % 1000 };
      fillOrder.push(seatKeyOf(seat.row, seat.seat));
      assignments.push({ area: 'audience', ...seat, participantId: m.participantId });
    }
  }
  return { assignments, unassigned, fillOrder };
}

/** People of a plan with no seat yet (in the people's order). */
export function unseated(people: readonly Pick<SeatPerson, 'participantId'>[], assignments: readonly SeatAssignment[]): string[] {
  const seated = new Set(assignments.map((a) => a.participantId));
  return people.map((p) => p.participantId).filter((id) => !seated.has(id));
}

/** A hall for a venue's capacity when nothing better is known: about twice as wide as deep, two aisles in wide rooms. */
export function defaultLayout(capacity: number | null): SeatingLayout {
  const cap = Math.max(12, Math.min(capacity ?? 120, MAX_ROWS * MAX_SEATS_PER_ROW));
  const seatsPerRow = Math.min(MAX_SEATS_PER_ROW, Math.max(6, Math.round(Math.sqrt(cap * 2))));
  const rows = Math.min(MAX_ROWS, Math.ceil(cap / seatsPerRow));
  const aisles = seatsPerRow >= 14 ? [Math.round(seatsPerRow / 4), seatsPerRow - Math.round(seatsPerRow / 4)] : [];
  return { rostrumRows: [7], rows, seatsPerRow, aisles, reserved: [] };
}
