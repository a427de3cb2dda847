/** What the door page shows now: the booking in (or nearest to) its check-in window and whether it can be checked in. */
import type { Booking } from '../../../shared/bookings';

/** The state of the door's booking. */
export type DoorState =
  | { kind: 'none' }
  | { kind: 'open'; booking: Booking }
  | { kind: 'early'; booking: Booking; opensAt: number }
  | { kind: 'late'; booking: Booking }
  | { kind: 'checked_in'; booking: Booking }
  | { kind: 'released'; booking: Booking }
  | { kind: 'pending'; booking: Booking }
  | { kind: 'held'; booking: Booking };

/** Picks the booking of the moment: the first not yet over whose window has opened, else the next one. */
export function doorState(bookings: readonly Booking[], now: number, beforeMin: number, afterMin: number): DoorState {
  const before = beforeMin * 60_000;
  const after = afterMin * 60_000;
  const left = [...bookings].filter((b) => b.endAt > now).sort((a, b) => a.startAt - b.startAt);
  const current = left.find((b) => b.startAt - before <= now);
  const b = current ?? left[0];
  if (!b) return { kind: 'none' };
  if (b.status === 'released') return { kind: 'released', booking: b };
  if (b.checkedInAt) return { kind: 'checked_in', booking: b };
  if (b.status === 'pending') return { kind: 'pending', booking: b };
  if (b.status === 'held') return { kind: 'held', booking: b };
  if (now < b.startAt - before) return { kind: 'early', booking: b, opensAt: b.startAt - before };
  if (now > b.startAt + after) return { kind: 'late', booking: b };
  return { kind: 'open', booking: b };
}
