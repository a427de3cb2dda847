/** SQL of playbooks and tasks. */
import type { Db } from '../../db/database';
import type { PlaybookRow, PlaybookStepRow, TaskRow } from '../../db/tables';

/** The organisation's playbooks. */
export async function listPlaybooks(db: Db, orgId: string): Promise<PlaybookRow[]> {
  return db.selectFrom('playbooks').selectAll().where('org_id', '=', orgId).orderBy('created_at').orderBy('key').execute();
}

/** Steps of playbooks in order. */
export async function stepsOf(db: Db, playbookIds: readonly string[]): Promise<PlaybookStepRow[]> {
  if (playbookIds.length === 0) return [];
  return db.selectFrom('playbook_steps').selectAll().where('playbook_id', 'in', playbookIds).orderBy('playbook_id').orderBy('sort_order').execute();
}

/** Stores a playbook with its steps; a playbook of the same key already there is kept (two processes installing at once). */
export async function insertPlaybook(db: Db, row: PlaybookRow, steps: readonly PlaybookStepRow[]): Promise<boolean> {
  const r = await db.insertInto('playbooks').values(row).onConflict((oc) => oc.columns(['org_id', 'key']).doNothing()).executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 1n) !== 1) return false;
  for (let i = 0; i < steps.length; i += 100) await db.insertInto('playbook_steps').values(steps.slice(i, i + 100)).execute();
  return true;
}

/** One playbook. */
export async function findPlaybook(db: Db, id: string): Promise<PlaybookRow | undefined> {
  return db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Tasks of a meeting with owner names, by due time. */
export async function tasksOfMeeting(db: Db, meetingId: string) {
  return withNames(db).where('t.meeting_id', '=', meetingId).orderBy('t.due_at').orderBy('t.sort_order').execute();
}

/** Open tasks of a user across meetings, by due time. */
export async function tasksOfUser(db: Db, userId: string) {
  return withNames(db).where('t.owner_user_id', '=', userId).where('t.status', '=', 'open').orderBy('t.due_at').limit(500).execute();
}

function withNames(db: Db) {
  return db.selectFrom('tasks as t').innerJoin('meetings as m', 'm.id', 't.meeting_id').leftJoin('users as u', 'u.id', 't.owner_user_id')
    .selectAll('t').select(['m.title as meeting_title', 'u.display_name as owner_name']);
}

/** One task. */
export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores tasks. */
export async function insertTasks(db: Db, rows: readonly TaskRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('tasks').values(rows.slice(i, i + 100)).execute();
}

/** Writes a change at a version; false when someone changed it first. */
export async function updateTaskAt(db: Db, id: string, version: number, patch: Partial<TaskRow>): Promise<boolean> {
  const r = await db.updateTable('tasks').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open tasks of a meeting waiting for a kind of evidence. */
export async function openWithEvidence(db: Db, meetingId: string, evidence: string): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('meeting_id', '=', meetingId).where('evidence', '=', evidence).where('status', '=', 'open').execute();
}

/** Open tasks of a meeting (their due dates follow the meeting when it moves). */
export async function openTasks(db: Db, meetingId: string): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('meeting_id', '=', meetingId).where('status', '=', 'open').execute();
}

/** Whether a meeting already has tasks from a playbook. */
export async function hasPlaybookTasks(db: Db, meetingId: string, playbookId: string): Promise<boolean> {
  return !!(await db.selectFrom('tasks').select('id').where('meeting_id', '=', meetingId).where('playbook_id', '=', playbookId).limit(1).executeTakeFirst());
}

/** Active users of the organisation holding a role, first by name (the default owner of a role's tasks). */
export async function firstUserWithRole(db: Db, orgId: string, role: string): Promise<string | null> {
  const r = await db.selectFrom('users as u').innerJoin('user_roles as r', 'r.user_id', 'u.id').select('u.id')
    .where('u.org_id', '=', orgId).where('u.is_active', '=', 1).where('r.role', '=', role).orderBy('u.display_name').limit(1).executeTakeFirst();
  return r?.id ?? null;
}

/** Whether the user is an active account of the organisation. */
export async function isUserOfOrg(db: Db, orgId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('id', '=', userId).where('is_active', '=', 1).executeTakeFirst());
}

/** Tasks of a meeting with the owner's name and phone (the 分工表 lists both). */
export async function tasksOfMeetingWithPhones(db: Db, meetingId: string) {
  return db.selectFrom('tasks as t').leftJoin('users as u', 'u.id', 't.owner_user_id').leftJoin('people as p', 'p.id', 'u.person_id')
    .selectAll('t').select(['u.display_name as owner_name', 'p.phone as owner_phone'])
    .where('t.meeting_id', '=', meetingId).orderBy('t.due_at').orderBy('t.sort_order').execute();
}

/** Sub-tasks of a task. */
export async function childrenOf(db: Db, parentId: string): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('parent_task_id', '=', parentId).orderBy('sort_order').execute();
}
