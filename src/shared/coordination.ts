/** 协调会 (the 会务组's coordination meetings about one meeting): notes and the decisions recorded against its tasks. */
import { z } from 'zod';
import { createTaskSchema } from './tasks';

/** One decision as written: against an existing task, as a new task, or on its own. */
export const decisionInputSchema = z.object({
  text: z.string().trim().min(1).max(500),
  taskId: z.string().min(1).max(64).nullable().optional(),
  newTask: createTaskSchema.optional(),
});

/** Body of creating or replacing a 协调会 note. */
export const coordinationNoteInputSchema = z.object({
  heldAt: z.number().int().min(0),
  title: z.string().trim().min(1).max(200),
  attendees: z.string().trim().max(1000).default(''),
  body: z.string().trim().max(20_000).default(''),
  decisions: z.array(decisionInputSchema).max(100).default([]),
});
/** What the form sends. */
export type CoordinationNoteInput = z.input<typeof coordinationNoteInputSchema>;

/** A decision as the API returns it, with the task it concerns. */
export const decisionSchema = z.object({
  id: z.string(), text: z.string(), taskId: z.string().nullable(), taskTitle: z.string().nullable(), taskStatus: z.string().nullable(), taskOwnerName: z.string().nullable(), taskDueAt: z.number().nullable(),
});
/** A note as the API returns it. */
export const coordinationNoteSchema = z.object({
  id: z.string(), meetingId: z.string(), heldAt: z.number(), title: z.string(), attendees: z.string(), body: z.string(), createdByName: z.string().nullable(),
  createdAt: z.number(), updatedAt: z.number(), decisions: z.array(decisionSchema),
});
/** A 协调会 note. */
export type CoordinationNote = z.infer<typeof coordinationNoteSchema>;
/** A decision. */
export type Decision = z.infer<typeof decisionSchema>;
