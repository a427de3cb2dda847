/** Checks a requested booking against the venue (rules, closures, capacity, equipment) and builds its row. */
import type { BookingStatus } from '../../../shared/bookings';
import { checkBookingRules, type EffectiveRules } from '../../../shared/venues';
import type { Db } from '../../db/database';
import type { BookingRow, VenueRow } from '../../db/tables';
import type { Ctx } from '../../platform/context';
import { AppError, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { meetingBrief } from '../meetings';
import { capacitiesOf, closuresIn, equipmentOf, venueForBooking } from '../venues';

/** What someone asks for. */
export type BookingRequest = {
  venueId: string;
  meetingId?: string | null;
  title?: string;
  startAt: number;
  endAt: number;
  layout?: string | null;
  attendeeCount?: number | null;
  equipment?: readonly string[];
  status: 'tentative' | 'confirmed';
};

/** A request found acceptable (apart from overlaps, which the write decides): the row to insert and its venue. */
export type Prepared = { row: BookingRow; venue: VenueRow; rules: EffectiveRules; timeZone: string; managerIds: string[]; serviceIds: string[] };

/** The problems of a request, or the prepared row. `bookedBy` defaults to the actor. */
export async function validateBooking(db: Db, ctx: Ctx, req: BookingRequest, bookedBy = ctx.actor.userId): Promise<{ problems: FieldProblem[]; prepared?: Prepared }> {
  const fail = (p: FieldProblem) => ({ problems: [p] });
  const v = await venueForBooking(db, ctx, req.venueId).catch(() => undefined);
  if (!v) return fail({ field: 'venueId', reason: 'unknown_reference' });
  if (v.row.is_active !== 1) return fail({ field: 'venueId', reason: 'venue_inactive' });
  let title = req.title;
  if (req.meetingId) {
    const meeting = await meetingBrief(db, ctx.actor.orgId, req.meetingId);
    if (!meeting) return fail({ field: 'meetingId', reason: 'unknown_reference' });
    title ??= meeting.title;
  }
  if (!title) return fail({ field: 'title', reason: 'required' });

  const now = ctx.now();
  const problems: FieldProblem[] = checkBookingRules(v.rules, req, now, v.timeZone);
  const caps = capacitiesOf(v.row);
  if (req.layout && caps[req.layout] === undefined) problems.push({ field: 'layout', reason: 'no_layout' });
  const cap = req.layout ? caps[req.layout] : Math.max(0, ...Object.values(caps));
  if (req.attendeeCount && cap !== undefined && req.attendeeCount > cap) {
    problems.push({ field: 'attendeeCount', reason: 'over_capacity', params: { max: cap, layout: req.layout ?? '' } });
  }
  const has = new Set(equipmentOf(v.row));
  const missing = (req.equipment ?? []).filter((e) => !has.has(e));
  if (missing.length) problems.push({ field: 'equipment', reason: 'missing_equipment', params: { items: missing.join(', ') } });

  const blockStart = req.startAt - v.rules.setupMinutes * 60_000;
  const blockEnd = req.endAt + v.rules.cleanupMinutes * 60_000;
  const closures = await closuresIn(db, ctx.actor.orgId, blockStart, blockEnd, v.row.id);
  if (closures.length) problems.push({ field: 'startAt', reason: 'venue_closed', params: { reason: closures[0].reason } });
  if (problems.length) return { problems };

  const managerIds = v.members.filter((m) => m.role === 'manager').map((m) => m.user_id);
  const serviceIds = v.members.filter((m) => m.role === 'service').map((m) => m.user_id);
  const approves = ctx.actor.roles.includes('admin') || managerIds.includes(ctx.actor.userId);
  const status: BookingStatus = v.row.requires_approval === 1 && !approves ? 'pending' : req.status;
  const row: BookingRow = {
    id: newId(), org_id: ctx.actor.orgId, venue_id: v.row.id, meeting_id: req.meetingId ?? null, title, start_at: req.startAt, end_at: req.endAt,
    block_start: blockStart, block_end: blockEnd, status, layout: req.layout ?? null, attendee_count: req.attendeeCount ?? null, booked_by: bookedBy,
    hold_expires_at: null, checked_in_at: null, checked_in_by: null, decided_by: null, decision_reason: null, cancel_reason: null,
    created_at: now, updated_at: now, version: 1,
  };
  return { problems: [], prepared: { row, venue: v.row, rules: v.rules, timeZone: v.timeZone, managerIds, serviceIds } };
}

/** The prepared row, or a 400 naming every problem. */
export async function prepareBooking(db: Db, ctx: Ctx, req: BookingRequest, bookedBy?: string): Promise<Prepared> {
  const { problems, prepared } = await validateBooking(db, ctx, req, bookedBy);
  if (!prepared) throw new AppError('validation', { fields: problems });
  return prepared;
}
