/** Task rows as the API returns them. */
import type { Lang } from '../../../shared/errors';
import { builtInGroup, builtInText } from '../../../shared/playbook-defaults-en';
import { renderTaskNote } from '../../../shared/task-notes';
import type { Task } from '../../../shared/tasks';
import type { TaskRow } from '../../db/tables';

/** A row with its meeting title and owner name as a DTO; a step's shipped Chinese text reads in `lang` (text changed by the organisation as written). */
export function toTask(r: TaskRow & { meeting_title: string; owner_name: string | null }, now: number, lang: Lang): Task {
  return {
    id: r.id, meetingId: r.meeting_id, meetingTitle: r.meeting_title, stepKey: r.step_key, parentTaskId: r.parent_task_id, phase: r.phase as Task['phase'], group: builtInGroup(r.group_name, lang),
    title: builtInText(r.step_key, r.title, lang), description: builtInText(r.step_key, r.description, lang), ownerRole: r.owner_role, ownerUserId: r.owner_user_id, ownerName: r.owner_name, dueAt: Number(r.due_at), status: r.status as Task['status'],
    evidence: r.evidence, doneAt: r.done_at === null ? null : Number(r.done_at), doneBy: r.done_by, doneNote: r.done_note === null ? null : renderTaskNote(r.done_note, lang), dependsOn: JSON.parse(r.depends_on_json) as string[],
    overdue: r.status === 'open' && Number(r.due_at) < now, version: r.version, durationDays: r.duration_days,
  };
}
