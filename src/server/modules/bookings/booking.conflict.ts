/** The 409 for a taken slot: which booking is in the way and what else is free. */
import { formatRange } from '../../../shared/time';
import type { Db } from '../../db/database';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { orgSettings } from '../org';
import { findAlternatives, type AltRequest } from './booking.alternatives';
import { liveOverlapping, type BookingWithNames } from './booking.queries';

/** The booking in the way, as the API shows it. */
export function blockingOf(b: BookingWithNames) {
  return { id: b.id, title: b.title, startAt: b.start_at, endAt: b.end_at, status: b.status, bookedByName: b.booked_by_name };
}

/** Builds the conflict error for a request (read after the failed write, so it names whoever won). */
export async function bookingConflict(db: Db, ctx: Ctx, req: AltRequest & { blockStart: number; blockEnd: number }): Promise<AppError> {
  const [blocking] = await liveOverlapping(db, req.venueId, req.blockStart, req.blockEnd);
  const { timeZone } = await orgSettings(db, ctx.actor.orgId);
  const alternatives = await findAlternatives(db, ctx, req);
  return new AppError('booking_conflict', {
    params: blocking
      ? { title: blocking.title, time: formatRange(blocking.start_at, blocking.end_at, timeZone, ctx.lang), by: blocking.booked_by_name ?? '' }
      : { title: '?', time: '', by: '' },
    data: { blocking: blocking ? blockingOf(blocking) : null, alternatives },
  });
}
