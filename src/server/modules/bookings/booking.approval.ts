/** Approval of bookings of venues that require it: the venue's managers (or an admin) decide; the booker is told. */
import type { Booking } from '../../../shared/bookings';
import { writeTransaction } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { closeByEvidence } from '../tasks/task.evidence';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { notify } from '../notifications';
import { orgSettings } from '../org';
import { venuesManagedBy } from '../venues';
import { toBooking } from './booking.dto';
import * as q from './booking.queries';
import { offerFreedSlot } from './booking.waitlist';
import { systemNote } from '../../../shared/task-notes';

/** Pending bookings the caller may decide: of the venues they manage, or all for an admin. */
export async function approvalInbox(ctx: Ctx): Promise<Booking[]> {
  authorize(ctx, 'booking.create');
  const admin = ctx.actor.roles.includes('admin');
  const venueIds = admin ? undefined : await venuesManagedBy(ctx.db, ctx.actor.userId);
  const rows = await q.listBookings(ctx.db, ctx.actor.orgId, { from: ctx.now() - 86_400_000, to: Number.MAX_SAFE_INTEGER, statuses: ['pending'], venueIds });
  return rows.map(toBooking);
}

/** Approves or rejects a pending booking; a rejection needs a reason and frees the slot for the waitlist. */
export async function decideBooking(ctx: Ctx, id: string, decision: 'approve' | 'reject', reason?: string | null): Promise<Booking> {
  authorize(ctx, 'booking.create');
  if (decision === 'reject' && !reason) throw invalid('reason', 'reason_required');
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const row = ownRow(ctx, await q.findBooking(trx, id));
    const may = ctx.actor.roles.includes('admin') || (await venuesManagedBy(trx, ctx.actor.userId)).includes(row.venue_id);
    if (!may) throw new AppError('forbidden');
    if (row.status !== 'pending') throw invalid('status', 'booking_not_live', { status: row.status });
    const now = ctx.now();
    const status = decision === 'approve' ? 'confirmed' : 'rejected';
    if (!(await q.updateBookingAtVersion(trx, id, row.version, { status, decided_by: ctx.actor.userId, decision_reason: reason ?? null, updated_at: now }))) {
      throw new AppError('conflict');
    }
    const after = toBooking((await q.findBooking(trx, id))!);
    await recordAudit(trx, ctx, { action: `booking.${decision}`, entityType: 'booking', entityId: id, before: { status: 'pending' }, after: { status, reason } });
    if (status === 'confirmed' && row.meeting_id) await closeByEvidence(trx, row.meeting_id, 'venue_booked', systemNote('venue_approved', { venue: row.venue_name }), now);
    const { timeZone } = await orgSettings(trx, ctx.actor.orgId);
    await notify(trx, {
      orgId: ctx.actor.orgId, userIds: [row.booked_by], kind: decision === 'approve' ? 'booking_approved' : 'booking_rejected', link: `/rooms/bookings/${id}`, now,
      params: { venue: row.venue_name, reason: reason ?? '', startAt: row.start_at, endAt: row.end_at, timeZone },
    });
    if (decision === 'reject') await offerFreedSlot(trx, ctx.actor.orgId, row.venue_id, row.block_start, row.block_end, now);
    return after;
  });
}
