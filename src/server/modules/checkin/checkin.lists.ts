/** Check-in lists of a meeting (main entry, meals, sessions, shuttles, materials pickup): who may pass, exits, re-entry, when it is open. */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { CheckinList, checkinListInputSchema } from '../../../shared/checkin';
import type { Db } from '../../db/database';
import type { CheckinListRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import * as q from './checkin.queries';

/** Body of creating or changing a list (defaults applied). */
export type ListInput = z.output<typeof checkinListInputSchema>;

/** A list row as the API returns it. */
export function toList(r: CheckinListRow): CheckinList {
  return {
    id: r.id, meetingId: r.meeting_id, name: r.name, kind: r.kind as CheckinList['kind'], agendaItemId: r.agenda_item_id,
    allowedRoles: r.allowed_roles_json ? JSON.parse(r.allowed_roles_json) : null, allowedGroups: r.allowed_groups_json ? JSON.parse(r.allowed_groups_json) : null,
    trackExit: r.track_exit === 1, allowReentry: r.allow_reentry === 1, opensAt: r.opens_at === null ? null : Number(r.opens_at), closesAt: r.closes_at === null ? null : Number(r.closes_at),
    version: r.version,
  };
}

/**
 * The id of a meeting's default 主会场签到 list, derived from the meeting's: two processes reading a meeting with no list at once both
 * insert the same row and the second insert does nothing, so there is never a second default list.
 */
export function defaultListId(meetingId: string): string {
  const h = createHash('sha256').update(`huiwu checkin main ${meetingId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The meeting's lists; a meeting without any gets the default 主会场签到 (everyone, no exits) on first read. */
export async function ensureLists(db: Db, meeting: { id: string; org_id: string }, now: number): Promise<CheckinListRow[]> {
  const rows = await q.listLists(db, meeting.id);
  if (rows.length) return rows;
  await q.insertList(db, {
    id: defaultListId(meeting.id), org_id: meeting.org_id, meeting_id: meeting.id, name: '主会场签到', kind: 'main', agenda_item_id: null, allowed_roles_json: null,
    allowed_groups_json: null, track_exit: 0, allow_reentry: 0, opens_at: null, closes_at: null, sort_order: 10, version: 1, created_at: now, updated_at: now,
  });
  return q.listLists(db, meeting.id);
}

/** The meeting of the caller's organisation, or 404. */
export async function meetingOf(ctx: Ctx, db: Db, meetingId: string) {
  return ownRow(ctx, await q.findMeeting(db, meetingId));
}

/** The lists of a meeting. */
export async function listCheckinLists(ctx: Ctx, meetingId: string): Promise<CheckinList[]> {
  authorize(ctx, 'meeting.read');
  const meeting = await meetingOf(ctx, ctx.db, meetingId);
  return (await ensureLists(ctx.db, meeting, ctx.now())).map(toList);
}

async function checkInput(db: Db, meetingId: string, input: ListInput): Promise<void> {
  if (input.opensAt !== null && input.closesAt !== null && input.closesAt <= input.opensAt) throw invalid('closesAt', 'end_before_start');
  if (input.agendaItemId && !(await q.agendaItemExists(db, meetingId, input.agendaItemId))) throw invalid('agendaItemId', 'unknown_reference');
  if (input.allowReentry && !input.trackExit) throw invalid('allowReentry', 'reentry_needs_exit');
}

function columns(input: ListInput) {
  return {
    name: input.name, kind: input.kind, agenda_item_id: input.agendaItemId ?? null,
    allowed_roles_json: input.allowedRoles ? JSON.stringify([...new Set(input.allowedRoles)]) : null,
    allowed_groups_json: input.allowedGroups ? JSON.stringify([...new Set(input.allowedGroups)]) : null,
    track_exit: input.trackExit ? 1 : 0, allow_reentry: input.allowReentry ? 1 : 0, opens_at: input.opensAt ?? null, closes_at: input.closesAt ?? null,
  };
}

/** Adds a list; returns the meeting's lists. */
export async function createCheckinList(ctx: Ctx, meetingId: string, input: ListInput): Promise<CheckinList[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await meetingOf(ctx, trx, meetingId);
    await ensureLists(trx, meeting, ctx.now());
    await checkInput(trx, meetingId, input);
    const now = ctx.now();
    const row: CheckinListRow = {
      id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, ...columns(input), sort_order: (await q.maxSortOrder(trx, meetingId)) + 10, version: 1, created_at: now, updated_at: now,
    };
    await q.insertList(trx, row);
    await recordAudit(trx, ctx, { action: 'checkin.list_create', entityType: 'meeting', entityId: meetingId, after: toList(row) });
    return (await q.listLists(trx, meetingId)).map(toList);
  });
}

async function ownList(ctx: Ctx, db: Db, id: string): Promise<CheckinListRow> {
  return ownRow(ctx, await q.findList(db, id));
}

/** Changes a list at the version the caller saw (409 when someone changed it since); returns the meeting's lists. */
export async function updateCheckinList(ctx: Ctx, id: string, input: ListInput & { version: number }): Promise<CheckinList[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await ownList(ctx, trx, id);
    await checkInput(trx, before.meeting_id, input);
    if (!(await q.updateList(trx, id, input.version, { ...columns(input), updated_at: ctx.now() }))) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'checkin.list_update', entityType: 'meeting', entityId: before.meeting_id, before: toList(before), after: { id, ...input } });
    return (await q.listLists(trx, before.meeting_id)).map(toList);
  });
}

/** Removes a list nobody has checked in on yet (a list with check-ins is part of the record); returns the meeting's lists. */
export async function deleteCheckinList(ctx: Ctx, id: string, version?: number): Promise<CheckinList[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await ownList(ctx, trx, id);
    if (version !== undefined && version !== before.version) throw new AppError('conflict');
    if ((await q.attendanceCount(trx, id)) > 0) throw invalid('id', 'checkin_list_used');
    await q.deleteList(trx, id);
    await recordAudit(trx, ctx, { action: 'checkin.list_delete', entityType: 'meeting', entityId: before.meeting_id, before: toList(before) });
    return (await q.listLists(trx, before.meeting_id)).map(toList);
  });
}

/** A list of the caller's organisation, or 404 (notFound when it is of another meeting than asked). */
export async function listOfMeeting(ctx: Ctx, meetingId: string, listId: string | undefined): Promise<CheckinListRow> {
  const meeting = await meetingOf(ctx, ctx.db, meetingId);
  const lists = await ensureLists(ctx.db, meeting, ctx.now());
  if (!listId) return lists.find((l) => l.kind === 'main') ?? lists[0];
  const list = lists.find((l) => l.id === listId);
  if (!list) throw notFound();
  return list;
}
