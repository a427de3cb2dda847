/** The meeting plan: create (one meeting or a series), read, list, and preview policy warnings. */
import type { CreateMeetingInput, ListMeetingsQuery, Meeting } from '../../../shared/meetings';
import { checkMeetingPolicy, type PolicyWarning } from '../../../shared/policy';
import { expandRecurrence, MAX_OCCURRENCES } from '../../../shared/recurrence';
import type { Db } from '../../db/database';
import type { MeetingRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { assertDepartmentsExist, orgSettings } from '../org';
import { assertPersonExists } from '../people';
import { toMeeting } from './meeting.dto';
import * as q from './meeting.queries';

/** References a meeting may hold; each must exist in the actor's organisation. */
export async function checkReferences(
  trx: Db,
  ctx: Ctx,
  input: { hostPersonId?: string | null; departmentId?: string | null; participatingDepartmentIds?: readonly string[] },
): Promise<void> {
  if (input.hostPersonId) await assertPersonExists(trx, ctx.actor.orgId, input.hostPersonId, 'hostPersonId');
  if (input.departmentId) await assertDepartmentsExist(trx, ctx.actor.orgId, [input.departmentId], 'departmentId');
  if (input.participatingDepartmentIds?.length) {
    await assertDepartmentsExist(trx, ctx.actor.orgId, input.participatingDepartmentIds, 'participatingDepartmentIds');
  }
}

/** Loads one meeting as a DTO (within a transaction when given one). */
export async function loadMeeting(ctx: Ctx, id: string, db: Db = ctx.db): Promise<Meeting> {
  const row = ownRow(ctx, await q.findMeeting(db, id));
  const depts = await q.departmentsOf(db, [id]);
  const { policy } = await orgSettings(db, ctx.actor.orgId);
  return toMeeting(row, depts.get(id) ?? [], ctx.actor, policy);
}

/** One meeting with its state history. */
export async function getMeeting(ctx: Ctx, id: string) {
  authorize(ctx, 'meeting.read');
  const meeting = await loadMeeting(ctx, id);
  const history = (await q.listTransitions(ctx.db, id)).map((t) => ({
    id: t.id, action: t.action, fromStatus: t.from_status, toStatus: t.to_status, reason: t.reason, at: t.at, actorName: t.actor_name,
  }));
  return { ...meeting, history };
}

/** The organisation's meetings, filtered. */
export async function listMeetings(ctx: Ctx, f: ListMeetingsQuery): Promise<{ items: Meeting[]; total: number }> {
  authorize(ctx, 'meeting.read');
  const { rows, total } = await q.listMeetings(ctx.db, ctx.actor.orgId, f);
  const depts = await q.departmentsOf(ctx.db, rows.map((r) => r.id));
  const { policy } = await orgSettings(ctx.db, ctx.actor.orgId);
  const tasks = await q.taskSummaries(ctx.db, rows.map((r) => r.id));
  const now = ctx.now();
  return {
    items: rows.map((r) => {
      const s = tasks.get(r.id);
      const taskHealth = !s ? null : s.nextDue === null ? 'green' : s.nextDue < now ? 'red' : s.nextDue < now + 2 * 86_400_000 ? 'amber' : 'green';
      return { ...toMeeting(r, depts.get(r.id) ?? [], ctx.actor, policy), taskHealth };
    }),
    total,
  };
}

/** Policy warnings a meeting would get if saved now (the form shows them before saving). */
export async function previewWarnings(ctx: Ctx, input: CreateMeetingInput): Promise<PolicyWarning[]> {
  authorize(ctx, 'meeting.write');
  const { policy } = await orgSettings(ctx.db, ctx.actor.orgId);
  const departmentIds = [...(input.departmentId ? [input.departmentId] : []), ...(input.participatingDepartmentIds ?? [])];
  return checkMeetingPolicy({ ...input, departmentIds, plannedAt: ctx.now() }, policy);
}

/** The start of every occurrence: one for a single meeting, the expanded rule for a series. */
function occurrenceStarts(input: CreateMeetingInput): number[] {
  if (!input.recurrence) return [input.startAt];
  const x = expandRecurrence(input.recurrence.rrule, input.startAt, input.timeZone);
  if (!x.ok) throw invalid('recurrence.rrule', x.problem, { max: MAX_OCCURRENCES });
  if (x.starts.length === 0) throw invalid('recurrence.rrule', 'rrule_empty');
  return x.starts;
}

/** Creates a draft meeting, or a series of draft occurrences; returns the first. */
export async function createMeeting(ctx: Ctx, input: CreateMeetingInput): Promise<Meeting> {
  authorize(ctx, 'meeting.write');
  const starts = occurrenceStarts(input);
  const duration = input.endAt - input.startAt;
  return ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, ctx, input);
    const now = ctx.now();
    const seriesId = input.recurrence ? newId() : null;
    if (seriesId) {
      await q.insertSeries(trx, {
        id: seriesId, org_id: ctx.actor.orgId, rrule: input.recurrence!.rrule, time_zone: input.timeZone, dtstart: starts[0], duration_ms: duration, created_at: now, updated_at: now,
      });
    }
    const rows: MeetingRow[] = starts.map((start, i) => ({
      id: newId(), org_id: ctx.actor.orgId, series_id: seriesId, occurrence_index: seriesId ? i : null, detached: 0,
      title: input.title, theme: input.theme ?? null, purpose: input.purpose ?? null, kind: input.kind, scope: input.scope,
      status: 'draft', start_at: start, end_at: start + duration, time_zone: input.timeZone, place: input.place ?? null,
      host_person_id: input.hostPersonId ?? null, department_id: input.departmentId ?? null, expected_size: input.expectedSize ?? null,
      notes: input.notes ?? null, cancel_reason: null, created_by: ctx.actor.userId, created_at: now, updated_at: now, version: 1,
    }));
    await q.insertMeetings(trx, rows);
    await q.setDepartments(trx, ctx.actor.orgId, rows.map((r) => r.id), [...new Set(input.participatingDepartmentIds ?? [])]);
    const first = await loadMeeting(ctx, rows[0].id, trx);
    await recordAudit(trx, ctx, {
      action: seriesId ? 'meeting.create_series' : 'meeting.create',
      entityType: 'meeting',
      entityId: first.id,
      after: seriesId ? { ...first, occurrences: rows.length, rrule: input.recurrence!.rrule } : first,
    });
    return first;
  });
}
