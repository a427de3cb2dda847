/** Editing the agenda draft: items with times, rooms and presenters, and the checks shown as it is edited. */
import type { Agenda, AgendaItemInput } from '../../../shared/agenda';
import { agendaWarnings, withPresenterNames, type AgendaWarning } from '../../../shared/agenda-checks';
import { isMultiDepartment } from '../../../shared/policy';
import type { MeetingKind } from '../../../shared/meetings';
import type { Db } from '../../db/database';
import type { AgendaItemRow, MeetingRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parsePolicy } from '../org';
import { presentersOf, toItems } from './agenda.dto';
import * as q from './agenda.queries';

/** States in which the agenda may be edited. */
const EDITABLE = ['draft', 'planned', 'approved', 'notified', 'in_progress'];

/** The agenda warnings of a set of rows for a meeting. */
export async function warningsFor(db: Db, meeting: MeetingRow, rows: readonly AgendaItemRow[]): Promise<AgendaWarning[]> {
  const org = await q.orgRow(db, meeting.org_id);
  const policy = parsePolicy(org.policy_json);
  const departmentIds = [...(meeting.department_id ? [meeting.department_id] : []), ...(await q.meetingDepartmentIds(db, meeting.id))];
  return agendaWarnings(
    rows.map((r) => ({ id: r.id, title: r.title, startAt: Number(r.start_at), endAt: Number(r.end_at), venueId: r.venue_id, presenterIds: presentersOf(r), kind: r.kind })),
    { startAt: meeting.start_at, endAt: meeting.end_at, timeZone: meeting.time_zone, multiDepartment: isMultiDepartment({ kind: meeting.kind as MeetingKind, departmentIds }), startTimes: policy.multiDepartmentStartTimes },
  );
}

/** The agenda of a meeting: draft items, their warnings, whether they differ from the published version, and the versions. */
export async function getAgenda(ctx: Ctx, meetingId: string, db: Db = ctx.db): Promise<Agenda & { warnings: AgendaWarning[] }> {
  authorize(ctx, 'meeting.read');
  const meeting = ownRow(ctx, await q.findMeeting(db, meetingId));
  const rows = await q.listItems(db, meetingId);
  const versions = await q.listVersions(db, meetingId);
  const items = await toItems(db, ctx.actor.orgId, meetingId, rows);
  const published = versions[0] ? (JSON.parse(versions[0].items_json) as unknown[]) : null;
  return {
    meetingId, items, warnings: withPresenterNames(await warningsFor(db, meeting, rows), items),
    dirty: published ? JSON.stringify(comparable(items)) !== JSON.stringify(comparable(published as typeof items)) : items.length > 0,
    publishedVersion: versions[0]?.version ?? null,
    versions: versions.map((v) => ({ version: v.version, publishedAt: Number(v.published_at), publishedBy: v.published_by, publishedByName: v.published_by_name, changes: JSON.parse(v.changes_json) })),
  };
}

/** The parts of items a publication is about (not the actual times recorded on the day). */
export function comparable(items: readonly { id: string; kind: string; title: string; startAt: number; endAt: number; venueId: string | null; place: string | null; presenterIds: string[] }[]) {
  return items.map((i) => [i.id, i.kind, i.title, i.startAt, i.endAt, i.venueId, i.place, i.presenterIds]);
}

async function editableMeeting(ctx: Ctx, db: Db, meetingId: string): Promise<MeetingRow> {
  const meeting = ownRow(ctx, await q.findMeeting(db, meetingId));
  if (!EDITABLE.includes(meeting.status)) throw invalid('status', 'agenda_not_editable');
  return meeting;
}

async function checkRefs(db: Db, ctx: Ctx, meetingId: string, input: AgendaItemInput): Promise<void> {
  if (input.venueId && !(await q.venueNames(db, ctx.actor.orgId, [input.venueId])).size) throw invalid('venueId', 'unknown_reference');
  const participants = new Set((await q.participantsOf(db, meetingId)).map((p) => p.id));
  const unknown = input.presenterIds.findIndex((p) => !participants.has(p));
  if (unknown >= 0) throw invalid(`presenterIds.${unknown}`, 'not_a_participant');
}

function columns(input: AgendaItemInput): Omit<AgendaItemRow, 'id' | 'org_id' | 'meeting_id' | 'sort_order' | 'actual_start_at' | 'actual_end_at' | 'created_at' | 'updated_at'> {
  return {
    kind: input.kind, title: input.title, start_at: input.startAt, end_at: input.endAt, venue_id: input.venueId ?? null, place: input.place ?? null,
    presenter_ids_json: JSON.stringify([...new Set(input.presenterIds)]), materials: input.materials ?? null, notes: input.notes ?? null,
  };
}

/** Adds an item to the draft. */
export async function addItem(ctx: Ctx, meetingId: string, input: AgendaItemInput) {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    await editableMeeting(ctx, trx, meetingId);
    await checkRefs(trx, ctx, meetingId, input);
    const now = ctx.now();
    const row: AgendaItemRow = { id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, sort_order: 0, ...columns(input), actual_start_at: null, actual_end_at: null, created_at: now, updated_at: now };
    await q.insertItems(trx, [row]);
    await recordAudit(trx, ctx, { action: 'agenda.item_add', entityType: 'meeting', entityId: meetingId, after: { itemId: row.id, ...input } });
    return getAgenda(ctx, meetingId, trx);
  });
}

/** Changes an item of the draft. */
export async function updateItem(ctx: Ctx, meetingId: string, itemId: string, input: AgendaItemInput) {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    await editableMeeting(ctx, trx, meetingId);
    const before = await q.findItem(trx, itemId);
    if (!before || before.meeting_id !== meetingId) throw notFound();
    await checkRefs(trx, ctx, meetingId, input);
    await q.updateItem(trx, itemId, { ...columns(input), updated_at: ctx.now() });
    await recordAudit(trx, ctx, { action: 'agenda.item_update', entityType: 'meeting', entityId: meetingId, before: { itemId, title: before.title, startAt: before.start_at, endAt: before.end_at }, after: { itemId, ...input } });
    return getAgenda(ctx, meetingId, trx);
  });
}

/** Removes an item from the draft. */
export async function deleteItem(ctx: Ctx, meetingId: string, itemId: string) {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    await editableMeeting(ctx, trx, meetingId);
    const before = await q.findItem(trx, itemId);
    if (!before || before.meeting_id !== meetingId) throw notFound();
    await q.deleteItem(trx, itemId);
    await recordAudit(trx, ctx, { action: 'agenda.item_remove', entityType: 'meeting', entityId: meetingId, before: { itemId, title: before.title } });
    return getAgenda(ctx, meetingId, trx);
  });
}
