/** Playbooks: the seed's flows installed per organisation, and applying one to a meeting as dated, owned tasks. */
import { DEFAULT_PLAYBOOKS } from '../../../shared/playbook-defaults';
import type { Playbook } from '../../../shared/playbook-steps';
import { dueAt, type Task } from '../../../shared/tasks';
import type { Db } from '../../db/database';
import type { PlaybookStepRow, TaskRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { findMeetingRow } from '../notices/notice.queries';
import { builtInKeyOf, isDeletedBuiltIn, toPlaybook } from './playbook.dto';
import { toTask } from './task.dto';
import * as q from './task.queries';

/** Installs the built-in playbooks an organisation has never had (one it deleted stays deleted until reset). */
export async function ensureDefaultPlaybooks(db: Db, orgId: string, now: number): Promise<void> {
  const have = new Set((await q.listPlaybooks(db, orgId)).map((p) => builtInKeyOf(p.key) ?? p.key));
  for (const def of DEFAULT_PLAYBOOKS.filter((d) => !have.has(d.key))) {
    const id = newId();
    const steps: PlaybookStepRow[] = def.steps.map((s, i) => ({
      id: newId(), org_id: orgId, playbook_id: id, key: s.key, sort_order: i, phase: s.phase, group_name: s.group, title: s.title, description: s.description,
      owner_role: s.ownerRole, anchor: s.anchor, offset_days: s.offsetDays, due_time: s.dueTime, evidence: s.evidence, depends_on_json: JSON.stringify(s.dependsOn), duration_days: s.durationDays,
    }));
    await q.insertPlaybook(db, { id, org_id: orgId, key: def.key, name_zh: def.name['zh-CN'], name_en: def.name.en, created_at: now, updated_at: now }, steps);
  }
}

/** The organisation's playbooks with their steps; shipped step text reads in the caller's language (an organisation's own text as written). */
export async function listPlaybooks(ctx: Ctx): Promise<Playbook[]> {
  authorize(ctx, 'meeting.read');
  await ctx.db.transaction().execute((trx) => ensureDefaultPlaybooks(trx, ctx.actor.orgId, ctx.now()));
  const shipped = DEFAULT_PLAYBOOKS.map((d) => d.key as string);
  const rank = (key: string) => (shipped.includes(key) ? shipped.indexOf(key) : shipped.length);
  // The shipped ones first in the handbook's order, then the organisation's own by creation.
  const playbooks = (await q.listPlaybooks(ctx.db, ctx.actor.orgId)).filter((p) => !isDeletedBuiltIn(p.key)).sort((a, b) => rank(a.key) - rank(b.key));
  const steps = await q.stepsOf(ctx.db, playbooks.map((p) => p.id));
  return playbooks.map((p) => toPlaybook(p, steps, ctx.lang, true));
}

/**
 * Creates the meeting's tasks from a playbook: each due at its offset from the meeting's start or end (calendar days in the meeting's zone),
 * owned by the first active user holding the step's role; dependencies point at the new tasks. Applying the same playbook twice is refused.
 */
export async function applyPlaybook(ctx: Ctx, meetingId: string, playbookId: string): Promise<Task[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = ownRow(ctx, await findMeetingRow(trx, meetingId));
    await ensureDefaultPlaybooks(trx, ctx.actor.orgId, ctx.now());
    const playbook = await q.findPlaybook(trx, playbookId);
    if (!playbook || playbook.org_id !== ctx.actor.orgId || isDeletedBuiltIn(playbook.key)) throw invalid('playbookId', 'unknown_reference');
    if (await q.hasPlaybookTasks(trx, meetingId, playbookId)) throw invalid('playbookId', 'playbook_applied');
    const steps = await q.stepsOf(trx, [playbookId]);
    const owners = new Map<string, string | null>();
    for (const role of new Set(steps.map((s) => s.owner_role))) owners.set(role, await q.firstUserWithRole(trx, ctx.actor.orgId, role));
    const idOfKey = new Map(steps.map((s) => [s.key, newId()]));
    const now = ctx.now();
    const rows: TaskRow[] = steps.map((s) => ({
      id: idOfKey.get(s.key)!, org_id: ctx.actor.orgId, meeting_id: meetingId, playbook_id: playbookId, step_key: s.key, parent_task_id: null, sort_order: s.sort_order,
      phase: s.phase, group_name: s.group_name, title: s.title, description: s.description, owner_role: s.owner_role, owner_user_id: owners.get(s.owner_role) ?? null,
      anchor: s.anchor, offset_days: s.offset_days, due_time: s.due_time, due_at: dueAt(s.anchor === 'end' ? meeting.end_at : meeting.start_at, s.offset_days, s.due_time, meeting.time_zone),
      status: 'open', evidence: s.evidence, done_at: null, done_by: null, done_note: null,
      depends_on_json: JSON.stringify((JSON.parse(s.depends_on_json) as string[]).map((k) => idOfKey.get(k)).filter(Boolean)), reminded_soon_at: null, reminded_overdue_at: null, version: 1, created_at: now, updated_at: now, duration_days: s.duration_days,
    }));
    await q.insertTasks(trx, rows);
    await recordAudit(trx, ctx, { action: 'meeting.playbook_apply', entityType: 'meeting', entityId: meetingId, after: { playbook: playbook.key, tasks: rows.length } });
    return (await q.tasksOfMeeting(trx, meetingId)).map((r) => toTask(r, now, ctx.lang));
  });
}
