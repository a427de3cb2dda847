/** Booking a venue for a series: every occurrence from one on, in one transaction; the ones that cannot be booked are listed with why and with alternatives. */
import type { z } from 'zod';
import type { bookSeriesSchema, seriesResultSchema } from '../../../shared/bookings';
import { reasonMessage } from '../../../shared/errors';
import { writeTransaction } from '../../db/database';
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { meetingBrief, occurrencesFrom } from '../meetings';
import { findAlternatives } from './booking.alternatives';
import { blockingOf } from './booking.conflict';
import { validateBooking } from './booking.prepare';
import * as q from './booking.queries';
import { insertPrepared } from './booking.service';

type Result = z.infer<typeof seriesResultSchema>;

/** Books the venue for this occurrence and every later one that is not cancelled and not already booked there. */
export async function bookSeries(ctx: Ctx, input: z.infer<typeof bookSeriesSchema>): Promise<Result> {
  authorize(ctx, 'booking.create');
  const first = await meetingBrief(ctx.db, ctx.actor.orgId, input.meetingId);
  if (!first) throw invalid('meetingId', 'unknown_reference');
  if (!first.series_id) throw invalid('meetingId', 'not_in_series');
  const occurrences = (await occurrencesFrom(ctx.db, first.series_id, first.occurrence_index ?? 0)).filter((o) => o.status !== 'cancelled');
  // An occurrence that already holds a room (this one or another) is left as it is.
  const live = await q.listBookings(ctx.db, ctx.actor.orgId, { from: first.start_at, to: Number.MAX_SAFE_INTEGER, statuses: ['pending', 'tentative', 'confirmed', 'held'] });
  const roomOf = new Map(live.filter((b) => b.meeting_id).map((b) => [b.meeting_id!, b]));
  const result: Result = { booked: [], conflicts: [] };
  await writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    for (const o of occurrences) {
      const base = { meetingId: o.id, startAt: o.start_at, endAt: o.end_at };
      const existing = roomOf.get(o.id);
      if (existing?.venue_id === input.venueId) continue;
      if (existing) {
        result.conflicts.push({ ...base, reason: 'already_booked', message: reasonMessage('venueId', 'already_booked', ctx.lang, { venue: existing.venue_name }), blocking: null, alternatives: [] });
        continue;
      }
      const req = { venueId: input.venueId, meetingId: o.id, startAt: o.start_at, endAt: o.end_at, layout: input.layout, attendeeCount: input.attendeeCount ?? o.expected_size, status: input.status };
      const { problems, prepared } = await validateBooking(trx, ctx, req);
      if (!prepared) {
        const p = problems[0];
        result.conflicts.push({ ...base, reason: p.reason, message: reasonMessage(p.field, p.reason, ctx.lang, p.params, 'booking'), blocking: null, alternatives: await findAlternatives(trx, ctx, req) });
        continue;
      }
      const booked = await insertPrepared(trx, ctx, prepared);
      if (booked) {
        result.booked.push(booked);
        continue;
      }
      const [blocking] = await q.liveOverlapping(trx, input.venueId, prepared.row.block_start, prepared.row.block_end);
      result.conflicts.push({
        ...base, reason: 'booked', message: blocking ? `${blocking.title}（${blocking.booked_by_name ?? ''}）` : '',
        blocking: blocking ? blockingOf(blocking) : null, alternatives: await findAlternatives(trx, ctx, req),
      });
    }
  });
  return result;
}
