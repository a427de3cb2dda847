/** The run of show on the day: the current item, its countdown, overruns, and the actual start and end of each item. */
import type { AgendaItem } from '../../../shared/agenda';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { notify } from '../notifications';
import { toItems } from './agenda.dto';
import * as q from './agenda.queries';

/** What the run-of-show page shows. */
export type LiveAgenda = { now: number; items: AgendaItem[]; currentId: string | null; nextId: string | null; remainingMs: number | null; overrunMs: number };

/** The item running now: the one started and not finished, else the planned one for this moment. */
export async function liveAgenda(ctx: Ctx, meetingId: string): Promise<LiveAgenda> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await q.findMeeting(ctx.db, meetingId));
  const items = await toItems(ctx.db, ctx.actor.orgId, meetingId, await q.listItems(ctx.db, meetingId));
  const now = ctx.now();
  const running = items.find((i) => i.actualStartAt !== null && i.actualEndAt === null);
  const current = running ?? items.find((i) => i.actualEndAt === null && i.startAt <= now && now < i.endAt) ?? null;
  const next = items.find((i) => i.actualStartAt === null && i.startAt >= (current?.startAt ?? now) && i.id !== current?.id) ?? null;
  const end = current ? (current.actualStartAt ?? current.startAt) + (current.endAt - current.startAt) : null;
  return { now, items, currentId: current?.id ?? null, nextId: next?.id ?? null, remainingMs: end === null ? null : end - now, overrunMs: end === null ? 0 : Math.max(0, now - end) };
}

async function item(ctx: Ctx, meetingId: string, itemId: string) {
  const meeting = ownRow(ctx, await q.findMeeting(ctx.db, meetingId));
  const row = await q.findItem(ctx.db, itemId);
  if (!row || row.meeting_id !== meetingId) throw notFound();
  return { meeting, row };
}

/** Records that an item started now; a running item is finished at the same moment. */
export async function startItem(ctx: Ctx, meetingId: string, itemId: string): Promise<LiveAgenda> {
  authorize(ctx, 'agenda.run');
  const { row } = await item(ctx, meetingId, itemId);
  if (row.actual_start_at !== null) throw invalid('itemId', 'item_already_started');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of await q.listItems(trx, meetingId)) {
      if (r.actual_start_at !== null && r.actual_end_at === null) await finish(ctx, trx, meetingId, r.id, now);
    }
    await q.updateItem(trx, itemId, { actual_start_at: now, updated_at: now });
    await recordAudit(trx, ctx, { action: 'agenda.item_start', entityType: 'meeting', entityId: meetingId, after: { itemId, at: now } });
  });
  return liveAgenda(ctx, meetingId);
}

async function finish(ctx: Ctx, trx: typeof ctx.db, meetingId: string, itemId: string, now: number): Promise<void> {
  const row = (await q.findItem(trx, itemId))!;
  await q.updateItem(trx, itemId, { actual_end_at: now, updated_at: now });
  const planned = Number(row.end_at) - Number(row.start_at);
  const over = now - Number(row.actual_start_at ?? row.start_at) - planned;
  if (over >= 60_000) {
    // The host and the 会务人员 hear of an overrun as it ends, so the next items can be tightened.
    const meeting = (await q.findMeeting(trx, meetingId))!;
    const people = (await q.participantsOf(trx, meetingId)).filter((p) => (p.role === 'host' || p.role === 'staff') && p.user_id);
    await notify(trx, { orgId: ctx.actor.orgId, userIds: [...people.map((p) => p.user_id!), ...(meeting.created_by ? [meeting.created_by] : [])], kind: 'agenda_overrun', params: { title: meeting.title, item: row.title, minutes: Math.round(over / 60_000) }, link: `/meetings/${meetingId}/run`, now });
  }
  await recordAudit(trx, ctx, { action: 'agenda.item_finish', entityType: 'meeting', entityId: meetingId, after: { itemId, at: now, overrunMs: Math.max(0, over) } });
}

/** Records that an item ended now. */
export async function finishItem(ctx: Ctx, meetingId: string, itemId: string): Promise<LiveAgenda> {
  authorize(ctx, 'agenda.run');
  const { row } = await item(ctx, meetingId, itemId);
  if (row.actual_start_at === null) throw invalid('itemId', 'item_not_started');
  if (row.actual_end_at !== null) throw invalid('itemId', 'item_already_finished');
  await ctx.db.transaction().execute((trx) => finish(ctx, trx, meetingId, itemId, ctx.now()));
  return liveAgenda(ctx, meetingId);
}
