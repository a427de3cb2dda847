import { describe, expect, it } from 'vitest';
import type { SeatAssignment, SeatingLayout } from '../../../shared/seating';
import { placeAt, spotId, spotOf, toggleReserved, unseat, withinLayout } from './draft';

const a = (participantId: string, row: number, seat: number, area: 'rostrum' | 'audience' = 'audience'): SeatAssignment => ({ area, row, seat, participantId });
const layout: SeatingLayout = { rostrumRows: [3], rows: 2, seatsPerRow: 3, aisles: [], reserved: [] };
const sorted = (xs: SeatAssignment[]) => xs.map((x) => `${x.participantId}@${x.area[0]}${x.row}-${x.seat}`).sort();

describe('seating draft edits', () => {
  it('moves to a free seat, swaps with an occupant, and seats someone from the list by unseating the occupant', () => {
    const start = [a('p', 1, 1), a('q', 1, 2)];
    expect(sorted(placeAt(start, 'p', { area: 'audience', row: 2, seat: 3 }))).toEqual(['p@a2-3', 'q@a1-2']);
    expect(sorted(placeAt(start, 'p', { area: 'audience', row: 1, seat: 2 }))).toEqual(['p@a1-2', 'q@a1-1']);
    expect(sorted(placeAt(start, 'r', { area: 'rostrum', row: 1, seat: 2 }))).toEqual(['p@a1-1', 'q@a1-2', 'r@r1-2']);
    expect(sorted(placeAt(start, 'r', { area: 'audience', row: 1, seat: 1 }))).toEqual(['q@a1-2', 'r@a1-1']);
    expect(sorted(unseat(start, 'p'))).toEqual(['q@a1-2']);
  });

  it('reserving an occupied seat frees it; seats outside a smaller layout are dropped', () => {
    const r = toggleReserved(layout, [a('p', 1, 1)], 1, 1);
    expect(r).toEqual({ layout: { ...layout, reserved: ['1-1'] }, assignments: [] });
    expect(toggleReserved(r.layout, [], 1, 1).layout.reserved).toEqual([]);
    expect(sorted(withinLayout({ ...layout, rows: 1, rostrumRows: [2] }, [a('p', 2, 1), a('q', 1, 3), a('r', 1, 3, 'rostrum'), a('s', 1, 2, 'rostrum')]))).toEqual(['q@a1-3', 's@r1-2']);
  });

  it('drop ids round-trip', () => {
    expect(spotOf(spotId({ area: 'rostrum', row: 1, seat: 7 }))).toEqual({ area: 'rostrum', row: 1, seat: 7 });
    expect(spotOf('person|x')).toBeNull();
  });
});
