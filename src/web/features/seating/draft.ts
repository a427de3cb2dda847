/** Edits of a seating draft in the browser: move or swap a person, take a seat away, reserve seats, colours of blocks. Pure, so tested alone. */
import { seatKeyOf, type SeatArea, type SeatAssignment, type SeatingLayout } from '../../../shared/seating';

/** A seat, on the rostrum or in the hall. */
export type Spot = { area: SeatArea; row: number; seat: number };

const same = (a: Spot, b: Spot) => a.area === b.area && a.row === b.row && a.seat === b.seat;

/** The drag-and-drop id of a seat, and back. */
export const spotId = (s: Spot) => `seat|${s.area}|${s.row}|${s.seat}`;
/** The seat a drop target id names, or null. */
export function spotOf(id: string): Spot | null {
  const m = /^seat\|(rostrum|audience)\|(\d+)\|(\d+)$/.exec(id);
  return m ? { area: m[1] as SeatArea, row: Number(m[2]), seat: Number(m[3]) } : null;
}

/** Puts a person on a seat. Someone already there takes the person's old seat (a swap), or loses theirs when the person had none. */
export function placeAt(assignments: readonly SeatAssignment[], participantId: string, to: Spot): SeatAssignment[] {
  const from = assignments.find((a) => a.participantId === participantId);
  if (from && same(from, to)) return [...assignments];
  const occupant = assignments.find((a) => same(a, to));
  const out: SeatAssignment[] = [];
  for (const a of assignments) {
    if (a.participantId === participantId) continue;
    if (occupant && a.participantId === occupant.participantId) {
      if (from) out.push({ area: from.area, row: from.row, seat: from.seat, participantId: occupant.participantId });
      continue;
    }
    out.push(a);
  }
  out.push({ ...to, participantId });
  return out;
}

/** Takes a person's seat away. */
export function unseat(assignments: readonly SeatAssignment[], participantId: string): SeatAssignment[] {
  return assignments.filter((a) => a.participantId !== participantId);
}

/** Reserves a free hall seat or frees a reserved one; reserving an occupied seat moves its occupant to the unseated list. */
export function toggleReserved(layout: SeatingLayout, assignments: readonly SeatAssignment[], row: number, seat: number) {
  const key = seatKeyOf(row, seat);
  const reserved = layout.reserved.includes(key);
  return {
    layout: { ...layout, reserved: reserved ? layout.reserved.filter((k) => k !== key) : [...layout.reserved, key] },
    assignments: reserved ? [...assignments] : assignments.filter((a) => !(a.area === 'audience' && a.row === row && a.seat === seat)),
  };
}

/** Seats that still exist after the layout shrank (people on removed seats become unseated). */
export function withinLayout(layout: SeatingLayout, assignments: readonly SeatAssignment[]): SeatAssignment[] {
  const reserved = new Set(layout.reserved);
  return assignments.filter((a) => a.area === 'rostrum'
    ? a.row <= layout.rostrumRows.length && a.seat <= layout.rostrumRows[a.row - 1]
    : a.row <= layout.rows && a.seat <= layout.seatsPerRow && !reserved.has(seatKeyOf(a.row, a.seat)));
}

const PALETTE = ['#e6f4ff', '#f6ffed', '#fff7e6', '#f9f0ff', '#e6fffb', '#fff0f6', '#fcffe6', '#fff1f0', '#f0f5ff', '#feffe6'];
const BORDERS = ['#69b1ff', '#95de64', '#ffc069', '#b37feb', '#5cdbd3', '#ff85c0', '#d3f261', '#ff7875', '#85a5ff', '#fff566'];

/** Background and border of the n-th block, repeating after ten. */
export function blockColours(index: number): { background: string; borderColor: string } {
  const i = ((index % PALETTE.length) + PALETTE.length) % PALETTE.length;
  return { background: PALETTE[i], borderColor: BORDERS[i] };
}
