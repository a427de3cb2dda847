/**
 * Editing an organisation's playbooks (流程模板): create (blank or a copy), rename, replace the ordered steps at the version read,
 * delete, and reset a built-in one to the shipped steps. Tasks already applied to meetings are copies and never change.
 */
import type { z } from 'zod';
import { DEFAULT_PLAYBOOKS } from '../../../shared/playbook-defaults';
import { stepGraphProblems, withStepKeys, type createPlaybookSchema, type Playbook, type PlaybookStepParsed, type renamePlaybookSchema, type replaceStepsSchema } from '../../../shared/playbook-steps';
import type { PlaybookRow, PlaybookStepRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { DELETED_PREFIX, builtInKeyOf, isDeletedBuiltIn, toPlaybook, toPlaybookStep } from './playbook.dto';
import * as pq from './playbook.queries';
import { ensureDefaultPlaybooks } from './task.playbooks';

type StepDef = Omit<PlaybookStepParsed, 'key'> & { key: string };

/** The next version: the clock, but always past the one read (two saves in one millisecond still differ). */
const nextVersion = (row: PlaybookRow, now: number) => Math.max(now, Number(row.updated_at) + 1);

function stepRows(orgId: string, playbookId: string, steps: readonly StepDef[]): PlaybookStepRow[] {
  return steps.map((s, i) => ({
    id: newId(), org_id: orgId, playbook_id: playbookId, key: s.key, sort_order: i, phase: s.phase, group_name: s.group, title: s.title, description: s.description,
    owner_role: s.ownerRole, anchor: s.anchor, offset_days: s.offsetDays, due_time: s.dueTime, evidence: s.evidence, depends_on_json: JSON.stringify(s.dependsOn), duration_days: s.durationDays,
  }));
}

/** A live playbook of the caller's organisation (a deleted built-in one is as missing as any other). */
async function ownPlaybook(ctx: Ctx, db: Ctx['db'], id: string): Promise<PlaybookRow> {
  const row = ownRow(ctx, await pq.playbookById(db, id));
  if (isDeletedBuiltIn(row.key)) throw notFound();
  return row;
}

const summary = (row: PlaybookRow) => ({ key: row.key, nameZh: row.name_zh, nameEn: row.name_en, version: Number(row.updated_at) });

/** One playbook with its steps exactly as stored (the editor's source; lists show shipped text translated). */
export async function getPlaybook(ctx: Ctx, id: string): Promise<Playbook> {
  authorize(ctx, 'meeting.read');
  const row = await ownPlaybook(ctx, ctx.db, id);
  return toPlaybook(row, await pq.stepsOfPlaybook(ctx.db, id), ctx.lang, false);
}

/** Creates a playbook: blank, or with a copy of another playbook's steps (keys kept, so dependencies still hold). */
export async function createPlaybook(ctx: Ctx, input: z.infer<typeof createPlaybookSchema>): Promise<Playbook> {
  authorize(ctx, 'playbook.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    await ensureDefaultPlaybooks(trx, ctx.actor.orgId, now);
    let steps: PlaybookStepRow[] = [];
    if (input.copyFrom) {
      const source = await pq.playbookById(trx, input.copyFrom);
      if (!source || source.org_id !== ctx.actor.orgId || isDeletedBuiltIn(source.key)) throw invalid('copyFrom', 'unknown_reference');
      steps = await pq.stepsOfPlaybook(trx, source.id);
    }
    const id = newId();
    const row: PlaybookRow = { id, org_id: ctx.actor.orgId, key: `custom_${id}`, name_zh: input.nameZh, name_en: input.nameEn, created_at: now, updated_at: now };
    await pq.insertPlaybookRow(trx, row);
    const copies = steps.map((s) => ({ ...s, id: newId(), playbook_id: id }));
    await pq.replaceStepRows(trx, id, copies);
    await recordAudit(trx, ctx, { action: 'playbook.create', entityType: 'playbook', entityId: id, after: { ...summary(row), copyFrom: input.copyFrom ?? null, steps: copies.length } });
    return toPlaybook(row, copies, ctx.lang, false);
  });
}

/** Renames a playbook read at `version`. */
export async function renamePlaybook(ctx: Ctx, id: string, input: z.infer<typeof renamePlaybookSchema>): Promise<Playbook> {
  authorize(ctx, 'playbook.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownPlaybook(ctx, trx, id);
    const next = { ...row, name_zh: input.nameZh, name_en: input.nameEn, updated_at: nextVersion(row, ctx.now()) };
    if (!(await pq.updatePlaybookAt(trx, id, input.version, { name_zh: next.name_zh, name_en: next.name_en, updated_at: next.updated_at }))) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'playbook.rename', entityType: 'playbook', entityId: id, before: summary(row), after: summary(next) });
    return toPlaybook(next, await pq.stepsOfPlaybook(trx, id), ctx.lang, false);
  });
}

/**
 * Replaces the whole ordered list of steps of a playbook read at `version` (a stale version is a 409); new steps without a key
 * get the first free `step_N`. Meetings that already applied the playbook keep their tasks as they are.
 */
export async function replaceSteps(ctx: Ctx, id: string, input: z.infer<typeof replaceStepsSchema>): Promise<Playbook> {
  authorize(ctx, 'playbook.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownPlaybook(ctx, trx, id);
    const problems = stepGraphProblems(input.steps);
    if (problems.length) throw new AppError('validation', { fields: problems.map((p) => ({ field: `steps.${p.index}.${p.field}`, reason: p.reason })) });
    const before = await pq.stepsOfPlaybook(trx, id);
    const next = { ...row, updated_at: nextVersion(row, ctx.now()) };
    // The version is claimed first, so of two saves at the same version exactly one goes through (the row lock on PostgreSQL).
    if (!(await pq.updatePlaybookAt(trx, id, input.version, { updated_at: next.updated_at }))) throw new AppError('conflict');
    const rows = stepRows(ctx.actor.orgId, id, withStepKeys(input.steps));
    await pq.replaceStepRows(trx, id, rows);
    await recordAudit(trx, ctx, {
      action: 'playbook.steps_replace', entityType: 'playbook', entityId: id,
      before: { ...summary(row), steps: before.map((s) => toPlaybookStep(s)) }, after: { ...summary(next), steps: rows.map((s) => toPlaybookStep(s)) },
    });
    return toPlaybook(next, rows, ctx.lang, false);
  });
}

/** Deletes a playbook. A built-in one leaves a marker so it stays deleted until reset; tasks made from either keep their copy. */
export async function deletePlaybook(ctx: Ctx, id: string): Promise<{ ok: true }> {
  authorize(ctx, 'playbook.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await ownPlaybook(ctx, trx, id);
    const steps = await pq.stepsOfPlaybook(trx, id);
    if (builtInKeyOf(row.key)) {
      if (!(await pq.updatePlaybookAt(trx, id, Number(row.updated_at), { key: `${DELETED_PREFIX}${row.key}`, updated_at: nextVersion(row, ctx.now()) }))) throw new AppError('conflict');
      await pq.replaceStepRows(trx, id, []);
    } else await pq.deletePlaybookRow(trx, id);
    await recordAudit(trx, ctx, { action: 'playbook.delete', entityType: 'playbook', entityId: id, before: { ...summary(row), steps: steps.map((s) => toPlaybookStep(s)) } });
    return { ok: true as const };
  });
}

/** Puts a built-in playbook back as shipped (names and steps), whether it was changed or deleted; it keeps its id. */
export async function resetPlaybook(ctx: Ctx, builtInKey: string): Promise<Playbook> {
  authorize(ctx, 'playbook.manage');
  const def = DEFAULT_PLAYBOOKS.find((p) => p.key === builtInKey);
  if (!def) throw invalid('builtInKey', 'invalid_option', { options: DEFAULT_PLAYBOOKS.map((p) => p.key).join(', ') });
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    await ensureDefaultPlaybooks(trx, ctx.actor.orgId, now);
    const row = (await pq.playbookByKey(trx, ctx.actor.orgId, def.key)) ?? (await pq.playbookByKey(trx, ctx.actor.orgId, `${DELETED_PREFIX}${def.key}`));
    if (!row) throw notFound();
    const before = await pq.stepsOfPlaybook(trx, row.id);
    const next: PlaybookRow = { ...row, key: def.key, name_zh: def.name['zh-CN'], name_en: def.name.en, updated_at: nextVersion(row, now) };
    if (!(await pq.updatePlaybookAt(trx, row.id, Number(row.updated_at), { key: next.key, name_zh: next.name_zh, name_en: next.name_en, updated_at: next.updated_at }))) throw new AppError('conflict');
    const rows = stepRows(ctx.actor.orgId, row.id, def.steps);
    await pq.replaceStepRows(trx, row.id, rows);
    await recordAudit(trx, ctx, {
      action: 'playbook.reset', entityType: 'playbook', entityId: row.id,
      before: { ...summary(row), steps: before.map((s) => toPlaybookStep(s)) }, after: { ...summary(next), steps: rows.length },
    });
    return toPlaybook(next, rows, ctx.lang, false);
  });
}
