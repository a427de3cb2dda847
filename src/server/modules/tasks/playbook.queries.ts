/** SQL of editing playbooks: one playbook, its steps replaced at once, renames at a version, deletion. */
import type { Db } from '../../db/database';
import type { PlaybookRow, PlaybookStepRow } from '../../db/tables';

/** One playbook by id. */
export async function playbookById(db: Db, id: string): Promise<PlaybookRow | undefined> {
  return db.selectFrom('playbooks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation's playbook stored under a key (built-in keys, live or `deleted:`). */
export async function playbookByKey(db: Db, orgId: string, key: string): Promise<PlaybookRow | undefined> {
  return db.selectFrom('playbooks').selectAll().where('org_id', '=', orgId).where('key', '=', key).executeTakeFirst();
}

/** A playbook's steps in order. */
export async function stepsOfPlaybook(db: Db, playbookId: string): Promise<PlaybookStepRow[]> {
  return db.selectFrom('playbook_steps').selectAll().where('playbook_id', '=', playbookId).orderBy('sort_order').execute();
}

/** Stores a new playbook row. */
export async function insertPlaybookRow(db: Db, row: PlaybookRow): Promise<void> {
  await db.insertInto('playbooks').values(row).execute();
}

/** Changes a playbook read at `version` (its `updated_at`); false when someone changed it first. */
export async function updatePlaybookAt(db: Db, id: string, version: number, patch: Partial<Pick<PlaybookRow, 'key' | 'name_zh' | 'name_en' | 'updated_at'>>): Promise<boolean> {
  const r = await db.updateTable('playbooks').set(patch).where('id', '=', id).where('updated_at', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces a playbook's steps with the given rows (in the caller's transaction). */
export async function replaceStepRows(db: Db, playbookId: string, rows: readonly PlaybookStepRow[]): Promise<void> {
  await db.deleteFrom('playbook_steps').where('playbook_id', '=', playbookId).execute();
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('playbook_steps').values(rows.slice(i, i + 100)).execute();
}

/** Removes a playbook and its steps (tasks made from it keep their own copy). */
export async function deletePlaybookRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('playbook_steps').where('playbook_id', '=', id).execute();
  await db.deleteFrom('playbooks').where('id', '=', id).execute();
}
