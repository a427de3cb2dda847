/** Task rows as the API returns them. */
import type { Task } from '../../../shared/tasks';
import type { TaskRow } from '../../db/tables';

/** A row with its meeting title and owner name as a DTO. */
export function toTask(r: TaskRow & { meeting_title: string; owner_name: string | null }, now: number): Task {
  return {
    id: r.id, meetingId: r.meeting_id, meetingTitle: r.meeting_title, stepKey: r.step_key, parentTaskId: r.parent_task_id, phase: r.phase as Task['phase'], group: r.group_name,
    title: r.title, description: r.description, ownerRole: r.owner_role, ownerUserId: r.owner_user_id, ownerName: r.owner_name, dueAt: Number(r.due_at), status: r.status as Task['status'],
    evidence: r.evidence, doneAt: r.done_at === null ? null : Number(r.done_at), doneBy: r.done_by, doneNote: r.done_note, dependsOn: JSON.parse(r.depends_on_json) as string[],
    overdue: r.status === 'open' && Number(r.due_at) < now, version: r.version, durationDays: r.duration_days,
  };
}
