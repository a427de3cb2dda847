/** When a meeting moves, its room bookings follow: each is moved to the meeting's new time if the room is free then. */
import type { z } from 'zod';
import type { seriesResultSchema } from '../../../shared/bookings';
import { LIVE_STATUSES } from '../../../shared/bookings';
import { reasonMessage } from '../../../shared/errors';
import { writeTransaction } from '../../db/database';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { meetingBrief } from '../meetings';
import { findAlternatives } from './booking.alternatives';
import { blockingOf } from './booking.conflict';
import { toBooking } from './booking.dto';
import { validateBooking } from './booking.prepare';
import * as q from './booking.queries';
import { managesBooking } from './booking.service';

type Result = z.infer<typeof seriesResultSchema>;

/** Moves the meeting's live bookings that no longer match its time; the ones that cannot move are listed with why and alternatives. */
export async function followMeeting(ctx: Ctx, meetingId: string): Promise<Result> {
  authorize(ctx, 'booking.create');
  const m = await meetingBrief(ctx.db, ctx.actor.orgId, meetingId);
  if (!m) throw notFound();
  const result: Result = { booked: [], conflicts: [] };
  await writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const live = await q.listBookings(trx, ctx.actor.orgId, { from: 0, to: Number.MAX_SAFE_INTEGER, meetingId, statuses: LIVE_STATUSES });
    for (const b of live.filter((x) => x.start_at !== m.start_at || x.end_at !== m.end_at)) {
      if (b.booked_by !== ctx.actor.userId && !(await managesBooking(trx, ctx, b.venue_id))) throw new AppError('forbidden');
      const req = { venueId: b.venue_id, meetingId, title: b.title, startAt: m.start_at, endAt: m.end_at, layout: b.layout, attendeeCount: b.attendee_count, status: 'confirmed' as const };
      const base = { meetingId, startAt: m.start_at, endAt: m.end_at };
      const { problems, prepared } = await validateBooking(trx, ctx, req, b.booked_by);
      if (!prepared) {
        const p = problems[0];
        result.conflicts.push({ ...base, reason: p.reason, message: reasonMessage(p.field, p.reason, ctx.lang, p.params, 'booking'), blocking: null, alternatives: await findAlternatives(trx, ctx, req) });
        continue;
      }
      const { block_start, block_end } = prepared.row;
      const [blocking] = await q.liveOverlapping(trx, b.venue_id, block_start, block_end, b.id);
      const moved = !blocking && (await q.updateBookingAtVersion(trx, b.id, b.version, { start_at: m.start_at, end_at: m.end_at, block_start, block_end, checked_in_at: null, updated_at: ctx.now() }).catch((err) => {
        if (q.isOverlapViolation(err)) return false;
        throw err;
      }));
      if (!moved) {
        const [now] = blocking ? [blocking] : await q.liveOverlapping(trx, b.venue_id, block_start, block_end, b.id);
        result.conflicts.push({ ...base, reason: 'booked', message: now ? `${now.title}（${now.booked_by_name ?? ''}）` : '', blocking: now ? blockingOf(now) : null, alternatives: await findAlternatives(trx, ctx, req) });
        continue;
      }
      const after = toBooking((await q.findBooking(trx, b.id))!);
      await recordAudit(trx, ctx, { action: 'booking.move', entityType: 'booking', entityId: b.id, before: toBooking(b), after });
      result.booked.push(after);
    }
  });
  return result;
}
