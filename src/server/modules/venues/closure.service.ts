/** Venue closures: periods a venue cannot be booked (renovation, reserved for an event). */
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import * as q from './venue.queries';

/** A closure DTO. */
export type Closure = { id: string; venueId: string; startAt: number; endAt: number; reason: string };

const toClosure = (r: { id: string; venue_id: string; start_at: number; end_at: number; reason: string }): Closure => ({
  id: r.id, venueId: r.venue_id, startAt: r.start_at, endAt: r.end_at, reason: r.reason,
});

/** Closures of the organisation's venues in a range. */
export async function listClosures(ctx: Ctx, from: number, to: number, venueId?: string): Promise<Closure[]> {
  authorize(ctx, 'venue.read');
  return (await q.closuresIn(ctx.db, ctx.actor.orgId, from, to, venueId)).map(toClosure);
}

/** Closes a venue for a period; existing bookings stay (the grid shows them over the closure for staff to move). */
export async function addClosure(ctx: Ctx, venueId: string, input: { startAt: number; endAt: number; reason: string }): Promise<Closure> {
  authorize(ctx, 'venue.manage');
  return ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await q.findVenue(trx, venueId));
    const row = { id: newId(), org_id: ctx.actor.orgId, venue_id: venueId, start_at: input.startAt, end_at: input.endAt, reason: input.reason, created_by: ctx.actor.userId, created_at: ctx.now() };
    await q.insertClosure(trx, row);
    await recordAudit(trx, ctx, { action: 'venue.close', entityType: 'venue', entityId: venueId, after: toClosure(row) });
    return toClosure(row);
  });
}

/** Reopens: removes a closure. */
export async function removeClosure(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'venue.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findClosure(trx, id));
    await q.deleteClosure(trx, id);
    await recordAudit(trx, ctx, { action: 'venue.reopen', entityType: 'venue', entityId: row.venue_id, before: toClosure(row) });
  });
}
