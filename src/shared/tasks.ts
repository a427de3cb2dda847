/** Tasks (会务分工): due-date arithmetic in the meeting's zone, states, and the schemas server and web share. */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** A task's state. */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
/** Phases of the handbook: 会前, 会中, 会后. */
export const TASK_PHASES = ['before', 'during', 'after'] as const;

/**
 * The due instant: the anchor's local date in the meeting's zone, moved by whole calendar days, at the step's wall time.
 * Calendar days, not 24-hour periods, so T-14 at 17:00 stays 17:00 across a daylight-saving change.
 */
export function dueAt(anchorMs: number, offsetDays: number, dueTime: string, zone: string): number {
  const [h, m] = dueTime.split(':').map(Number);
  return DateTime.fromMillis(anchorMs, { zone }).startOf('day').plus({ days: offsetDays }).set({ hour: h, minute: m, second: 0, millisecond: 0 }).toMillis();
}

/** A task as the API returns it. */
export const taskSchema = z.object({
  id: z.string(), meetingId: z.string(), meetingTitle: z.string(), stepKey: z.string().nullable(), parentTaskId: z.string().nullable(),
  phase: z.enum(TASK_PHASES), group: z.string(), title: z.string(), description: z.string(), ownerRole: z.string(), ownerUserId: z.string().nullable(), ownerName: z.string().nullable(),
  dueAt: z.number(), status: z.enum(TASK_STATUSES), evidence: z.string().nullable(), doneAt: z.number().nullable(), doneBy: z.string().nullable(), doneNote: z.string().nullable(),
  dependsOn: z.array(z.string()), overdue: z.boolean(), version: z.number(),
  /** Days of work ending at the due date. */
  durationDays: z.number(),
});
/** A task. */
export type Task = z.infer<typeof taskSchema>;

/** Body of `PATCH /api/tasks/:id`. */
export const updateTaskSchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(TASK_STATUSES).optional(),
  ownerUserId: z.string().min(1).max(64).nullable().optional(),
  dueAt: z.number().int().min(0).optional(),
  title: z.string().trim().min(1).max(200).optional(),
  note: z.string().trim().max(500).nullable().optional(),
  durationDays: z.number().int().min(1).max(365).optional(),
});

/** Body of `POST /api/meetings/:id/tasks` (a task added by hand). */
export const createTaskSchema = z.object({
  phase: z.enum(TASK_PHASES), group: z.string().trim().min(1).max(30), title: z.string().trim().min(1).max(200), description: z.string().trim().max(2000).default(''),
  ownerUserId: z.string().min(1).max(64).nullable().optional(), dueAt: z.number().int().min(0), durationDays: z.number().int().min(1).max(365).default(1),
});

/** Body of `POST /api/tasks/:id/split`: the parts, each with its own owner and due date when given. */
export const splitTaskSchema = z.object({
  version: z.number().int().min(1),
  parts: z.array(z.object({
    title: z.string().trim().min(1).max(200), ownerUserId: z.string().min(1).max(64).nullable().optional(), dueAt: z.number().int().min(0).optional(),
    durationDays: z.number().int().min(1).max(365).optional(),
  })).min(1).max(20),
});

/** A meeting's health from its tasks: red when something is overdue, amber when something is due within two days, else green. */
export function taskHealth(tasks: readonly { status: string; dueAt: number }[], now: number): 'green' | 'amber' | 'red' | null {
  const open = tasks.filter((t) => t.status === 'open');
  if (tasks.length === 0) return null;
  if (open.some((t) => t.dueAt < now)) return 'red';
  if (open.some((t) => t.dueAt < now + 2 * 86_400_000)) return 'amber';
  return 'green';
}
