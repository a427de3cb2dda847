/**
 * Playbook editing rules shared by server and web: the schemas of a playbook and its steps, and the checks on the step list
 * (duplicate keys, unknown or circular dependencies), so the editor shows live the very errors the API would return.
 */
import { z } from 'zod';
import { DEFAULT_PLAYBOOKS, EVIDENCE_KINDS } from './playbook-defaults';

/** Phases of a step: 会前, 会中, 会后. */
export const STEP_PHASES = ['before', 'during', 'after'] as const;
/** Where a step's due date is counted from. */
export const STEP_ANCHORS = ['start', 'end'] as const;
/** Roles that may own a step (members do no 会务 legwork). */
export const STEP_OWNER_ROLES = ['organiser', 'staff', 'finance', 'leader', 'admin'] as const;
/** Keys of the shipped playbooks (the ones "reset" restores). */
export const BUILT_IN_PLAYBOOK_KEYS = DEFAULT_PLAYBOOKS.map((p) => p.key);
/** Most steps a playbook may hold. */
export const MAX_STEPS = 200;
/** What a step key looks like: stable, referred to by other steps' dependencies. */
export const STEP_KEY_RE = /^[a-z][a-z0-9_]{0,39}$/;

/** One step as the editor sends it; `key` may be left out for a new step (the server gives it one). */
export const playbookStepInputSchema = z.object({
  key: z.string().regex(STEP_KEY_RE, 'step_key').optional(),
  phase: z.enum(STEP_PHASES),
  group: z.string().trim().min(1).max(30),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  ownerRole: z.enum(STEP_OWNER_ROLES),
  anchor: z.enum(STEP_ANCHORS),
  offsetDays: z.number().int().min(-400).max(400),
  dueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'clock_time'),
  evidence: z.enum(EVIDENCE_KINDS).nullable().default(null),
  dependsOn: z.array(z.string().max(40)).max(50).default([]),
  durationDays: z.number().int().min(1).max(365).default(1),
});
/** One step as sent. */
export type PlaybookStepInput = z.input<typeof playbookStepInputSchema>;
/** One step after parsing. */
export type PlaybookStepParsed = z.output<typeof playbookStepInputSchema>;

/** A problem with the step list as a whole, at one step's field. */
export type StepGraphProblem = { index: number; field: 'key' | 'dependsOn'; reason: 'duplicate' | 'unknown_step' | 'dependency_cycle' };

type GraphStep = { key?: unknown; dependsOn?: unknown };

const keyOf = (s: GraphStep): string | undefined => (typeof s?.key === 'string' && s.key !== '' ? s.key : undefined);
const depsOf = (s: GraphStep): string[] => (Array.isArray(s?.dependsOn) ? s.dependsOn.filter((d): d is string => typeof d === 'string') : []);

/**
 * Checks keys and dependencies: a key used twice (`steps.i.key` duplicate, the first keeps it), a dependency listed twice or
 * naming no step (`unknown_step`), and every step on a dependency cycle, a step depending on itself included (`dependency_cycle`).
 * Tolerates half-typed input, so the editor can show these next to field errors.
 */
export function stepGraphProblems(steps: readonly GraphStep[]): StepGraphProblem[] {
  const problems: StepGraphProblem[] = [];
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    const key = keyOf(s);
    if (key === undefined) return;
    if (indexOf.has(key)) problems.push({ index: i, field: 'key', reason: 'duplicate' });
    else indexOf.set(key, i);
  });
  const edges: number[][] = steps.map((s, i) => {
    const deps = depsOf(s);
    if (new Set(deps).size !== deps.length) problems.push({ index: i, field: 'dependsOn', reason: 'duplicate' });
    if (deps.some((d) => !indexOf.has(d))) problems.push({ index: i, field: 'dependsOn', reason: 'unknown_step' });
    return deps.map((d) => indexOf.get(d)).filter((j): j is number => j !== undefined);
  });
  for (const i of onCycles(edges)) problems.push({ index: i, field: 'dependsOn', reason: 'dependency_cycle' });
  return problems.sort((a, b) => a.index - b.index);
}

/** Nodes on a cycle (Tarjan's strongly connected components, iterative so long chains cannot overflow the stack). */
function onCycles(edges: readonly number[][]): number[] {
  const n = edges.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const result: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, next] = frame;
      if (next < edges[v].length) {
        frame[1]++;
        const w = edges[v][next];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) low[work[work.length - 1][0]] = Math.min(low[work[work.length - 1][0]], low[v]);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges[v].includes(v)) result.push(...component);
    }
  }
  return result.sort((a, b) => a - b);
}

/** The list of steps: each step valid, and the list's keys and dependencies consistent (checked even when a step has other errors). */
export const playbookStepsSchema = z.array(playbookStepInputSchema).max(MAX_STEPS).superRefine((steps, ctx) => {
  if (!Array.isArray(steps)) return;
  for (const p of stepGraphProblems(steps)) ctx.addIssue({ code: 'custom', message: p.reason, path: [p.index, p.field] });
}, { when: () => true });

/** The first free `step_N` key: new steps get one, in the editor and on the server alike. */
export function nextStepKey(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`step_${n}`)) n++;
  return `step_${n}`;
}

/** The steps with a key for each one that had none (keys already there never change). */
export function withStepKeys<T extends { key?: string }>(steps: readonly T[]): (T & { key: string })[] {
  const taken = new Set(steps.map((s) => s.key).filter((k): k is string => !!k));
  return steps.map((s) => {
    if (s.key) return s as T & { key: string };
    const key = nextStepKey(taken);
    taken.add(key);
    return { ...s, key };
  });
}

const nameZh = z.string().trim().min(1).max(60);
const nameEn = z.string().trim().max(60).default('');

/** Body of `POST /api/playbooks`: a blank playbook, or a copy of another's steps. */
export const createPlaybookSchema = z.object({ nameZh, nameEn, copyFrom: z.string().min(1).max(64).optional() });
/** Body of `PATCH /api/playbooks/:id` (rename) at the version read. */
export const renamePlaybookSchema = z.object({ version: z.number().int().min(0), nameZh, nameEn });
/** Body of `PUT /api/playbooks/:id/steps`: the whole ordered list at the version read. */
export const replaceStepsSchema = z.object({ version: z.number().int().min(0), steps: playbookStepsSchema });
/** Body of `POST /api/playbooks/reset`: which shipped playbook to restore (deleted or changed). */
export const resetPlaybookSchema = z.object({ builtInKey: z.enum(DEFAULT_PLAYBOOKS.map((p) => p.key) as ['internal', 'external', 'forum']) });

/** A step as the API returns it. */
export const playbookStepSchema = z.object({
  key: z.string(), phase: z.enum(STEP_PHASES), group: z.string(), title: z.string(), description: z.string(), ownerRole: z.string(), anchor: z.enum(STEP_ANCHORS),
  offsetDays: z.number(), dueTime: z.string(), evidence: z.string().nullable(), dependsOn: z.array(z.string()), durationDays: z.number(),
});
/** A step. */
export type PlaybookStep = z.infer<typeof playbookStepSchema>;

/** A playbook as the API returns it; `updatedAt` is the version to send back with a change. */
export const playbookSchema = z.object({
  id: z.string(), key: z.string(), name: z.string(), nameZh: z.string(), nameEn: z.string(), builtIn: z.boolean(), updatedAt: z.number(), steps: z.array(playbookStepSchema),
});
/** A playbook. */
export type Playbook = z.infer<typeof playbookSchema>;
