/** SQL for meetings, their series, participating departments and transitions. */
import type { Db } from '../../db/database';
import { containsText } from '../../db/sql';
import type { MeetingRow, MeetingSeriesRow, MeetingTransitionRow } from '../../db/tables';

/** A meeting row with the names the list and detail show. */
export type MeetingWithNames = MeetingRow & { host_name: string | null; department_name: string | null; series_rule: string | null };

/** Filters of the meeting list. */
export type MeetingFilter = {
  status?: string; kind?: string; departmentId?: string; from?: number; to?: number; q?: string; seriesId?: string; limit: number; offset: number;
};

function withNames(db: Db) {
  return db
    .selectFrom('meetings as m')
    .leftJoin('people as p', 'p.id', 'm.host_person_id')
    .leftJoin('departments as d', 'd.id', 'm.department_id')
    .leftJoin('meeting_series as s', 's.id', 'm.series_id');
}

/** A page of an organisation's meetings by start time, and the total matching. */
export async function listMeetings(db: Db, orgId: string, f: MeetingFilter): Promise<{ rows: MeetingWithNames[]; total: number }> {
  const base = withNames(db)
    .where('m.org_id', '=', orgId)
    .$if(!!f.status, (qb) => qb.where('m.status', '=', f.status!))
    .$if(!!f.kind, (qb) => qb.where('m.kind', '=', f.kind!))
    .$if(!!f.seriesId, (qb) => qb.where('m.series_id', '=', f.seriesId!))
    .$if(!!f.departmentId, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('m.department_id', '=', f.departmentId!),
          eb.exists(eb.selectFrom('meeting_departments as md').select('md.meeting_id').whereRef('md.meeting_id', '=', 'm.id').where('md.department_id', '=', f.departmentId!)),
        ]),
      ),
    )
    .$if(f.from !== undefined, (qb) => qb.where('m.end_at', '>', f.from!))
    .$if(f.to !== undefined, (qb) => qb.where('m.start_at', '<', f.to!))
    .$if(!!f.q, (qb) => qb.where(containsText('m.title', f.q!)));
  const rows = await base
    .selectAll('m')
    .select(['p.name as host_name', 'd.name as department_name', 's.rrule as series_rule'])
    .orderBy('m.start_at')
    .orderBy('m.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

/** One meeting with names. */
export async function findMeeting(db: Db, id: string): Promise<MeetingWithNames | undefined> {
  return withNames(db)
    .selectAll('m')
    .select(['p.name as host_name', 'd.name as department_name', 's.rrule as series_rule'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Participating department ids of each meeting. */
export async function departmentsOf(db: Db, meetingIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(meetingIds.map((id) => [id, []]));
  if (meetingIds.length === 0) return map;
  const rows = await db.selectFrom('meeting_departments').select(['meeting_id', 'department_id']).where('meeting_id', 'in', meetingIds).execute();
  for (const r of rows) map.get(r.meeting_id)?.push(r.department_id);
  return map;
}

/** Stores meetings (one, or every occurrence of a series). */
export async function insertMeetings(db: Db, rows: readonly MeetingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('meetings').values(rows.slice(i, i + 100)).execute();
}

/** Replaces the participating departments of meetings. */
export async function setDepartments(db: Db, orgId: string, meetingIds: readonly string[], departmentIds: readonly string[]): Promise<void> {
  if (meetingIds.length === 0) return;
  await db.deleteFrom('meeting_departments').where('meeting_id', 'in', meetingIds).execute();
  const values = meetingIds.flatMap((meeting_id) => departmentIds.map((department_id) => ({ meeting_id, org_id: orgId, department_id })));
  for (let i = 0; i < values.length; i += 300) await db.insertInto('meeting_departments').values(values.slice(i, i + 300)).execute();
}

/** Writes a change if the row is still at `version`; false when someone else changed it first. */
export async function updateMeetingAtVersion(db: Db, id: string, version: number, patch: Partial<MeetingRow>): Promise<boolean> {
  const r = await db
    .updateTable('meetings')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Later occurrences of a series (by index), oldest first. */
export async function laterOccurrences(db: Db, seriesId: string, fromIndex: number): Promise<MeetingRow[]> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('occurrence_index', '>', fromIndex)
    .orderBy('occurrence_index')
    .execute();
}

/** Stores a series rule. */
export async function insertSeries(db: Db, row: MeetingSeriesRow): Promise<void> {
  await db.insertInto('meeting_series').values(row).execute();
}

/** Records a state change. */
export async function insertTransition(db: Db, row: MeetingTransitionRow): Promise<void> {
  await db.insertInto('meeting_transitions').values(row).execute();
}

/** The state changes of a meeting with who made them, oldest first. */
export async function listTransitions(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_transitions as t')
    .leftJoin('users as u', 'u.id', 't.actor_user_id')
    .select(['t.id', 't.action', 't.from_status', 't.to_status', 't.reason', 't.at', 'u.display_name as actor_name'])
    .where('t.meeting_id', '=', meetingId)
    .orderBy('t.at')
    .orderBy('t.id')
    .execute();
}

/** Per meeting: how many tasks it has and when its earliest open task is due (the list's health dot). */
export async function taskSummaries(db: Db, meetingIds: readonly string[]): Promise<Map<string, { total: number; nextDue: number | null }>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db.selectFrom('tasks')
    .select((eb) => ['meeting_id', eb.fn.countAll<number>().as('n'), eb.fn.min(eb.case().when('status', '=', 'open').then(eb.ref('due_at')).end()).as('next_due')])
    .where('meeting_id', 'in', meetingIds).groupBy('meeting_id').execute();
  return new Map(rows.map((r) => [r.meeting_id, { total: Number(r.n), nextDue: r.next_due === null ? null : Number(r.next_due) }]));
}
