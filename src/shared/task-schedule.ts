/**
 * The critical path of a deadline-driven task plan (会务分工时间线): each task is a bar of `durationDays` calendar days
 * ending at its due date, in the meeting's zone. A forward pass from today gives each open task its earliest finish; a
 * backward pass from the due dates gives its latest finish; the difference is its slack. The open tasks with the least
 * slack are the critical path; those with negative slack cannot meet their due date ("at risk").
 *
 * All arithmetic runs on the zone's wall clock (an instant's local reading as if it were UTC), so that a duration of
 * two days is two calendar days across a daylight-saving change, and slacks along a chain compare exactly.
 */
import { DateTime } from 'luxon';

const DAY = 86_400_000;

/** What the schedule reads of a task (a `Task` fits). */
export type SchedulableTask = {
  id: string; dueAt: number; status: 'open' | 'done' | 'cancelled'; doneAt: number | null; dependsOn: readonly string[]; durationDays: number;
};

/** One task's place in the schedule; instants are epoch ms. The earliest/latest fields are null for cancelled tasks, latest and slack also for done ones. */
export type TaskScheduleEntry = {
  id: string;
  /** The planned bar: `durationDays` calendar days before the due date … the due date. */
  start: number;
  end: number;
  earliestStart: number | null;
  earliestFinish: number | null;
  latestStart: number | null;
  latestFinish: number | null;
  /** Latest finish − earliest finish, in ms (an hour off whole days across a daylight-saving change). */
  slackMs: number | null;
  /** The same in calendar days of the zone (fractional when today's time of day is involved). */
  slackDays: number | null;
  /** On the least-slack chain(s). */
  critical: boolean;
  /** Negative slack: cannot meet its due date given its dependencies and today. */
  atRisk: boolean;
  /** Open dependencies already past their due date. */
  blockedBy: string[];
};

/** A dependency edge: `to` depends on `from` (`from` has to finish first). */
export type ScheduleEdge = { from: string; to: string; critical: boolean };

/** The whole schedule. */
export type TaskSchedule = {
  entries: Record<string, TaskScheduleEntry>;
  /** Non-cancelled tasks, dependencies first (ties by planned start, due date, id). */
  order: string[];
  /** The critical tasks, dependencies first. */
  criticalPath: string[];
  /** The least slack of an open task, in calendar days; null without open tasks. */
  minSlackDays: number | null;
  /** Edges between non-cancelled tasks that the schedule used. */
  edges: ScheduleEdge[];
  /** Edges left out because they closed a cycle (`to` depends on `from`, ignored). */
  cycleEdges: { from: string; to: string }[];
};

/** Options: the clock and the meeting's IANA zone. */
export type ScheduleOptions = { now: number; zone: string };

/** Computes the schedule; the result does not depend on the order of `tasks`. */
export function scheduleTasks(tasks: readonly SchedulableTask[], { now, zone }: ScheduleOptions): TaskSchedule {
  const wall = (ms: number) => { const d = DateTime.fromMillis(ms, { zone }); return ms + d.offset * 60_000; };
  const instant = (w: number) => {
    const d = DateTime.fromMillis(w, { zone: 'utc' });
    return DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: d.second, millisecond: d.millisecond }, { zone }).toMillis();
  };

  // Deduplicate by id deterministically (the first after sorting wins), then index.
  const byKey = (a: SchedulableTask, b: SchedulableTask) => a.dueAt - b.dueAt || cmp(a.id, b.id) || a.durationDays - b.durationDays || cmp(a.status, b.status);
  const seen = new Set<string>();
  const sorted = [...tasks].sort(byKey).filter((t) => !seen.has(t.id) && !!seen.add(t.id));
  const live = sorted.filter((t) => t.status !== 'cancelled');
  const task = new Map(live.map((t) => [t.id, t]));
  const dur = (t: SchedulableTask) => Math.max(0, Math.round(t.durationDays)) * DAY;
  const due = new Map(sorted.map((t) => [t.id, wall(t.dueAt)]));
  const pstart = (t: SchedulableTask) => due.get(t.id)! - dur(t);
  const rank = (a: SchedulableTask, b: SchedulableTask) => pstart(a) - pstart(b) || a.dueAt - b.dueAt || cmp(a.id, b.id);

  // Dependencies among live tasks. A cycle is broken at the edge a depth-first walk (from the latest due task, through
  // dependencies latest due first) meets on its stack: in a two-task cycle, the dependency on the later task is dropped.
  const depsOf = (t: SchedulableTask) => [...new Set(t.dependsOn)].filter((d) => task.has(d)).map((d) => task.get(d)!).sort((a, b) => -byKey(a, b));
  const cycleEdges: { from: string; to: string }[] = [];
  const preds = new Map<string, SchedulableTask[]>();
  const state = new Map<string, 1 | 2>();
  for (const root of [...live].reverse()) {
    if (state.has(root.id)) continue;
    // Iterative DFS so a long chain cannot overflow the stack.
    const stack: { t: SchedulableTask; deps: SchedulableTask[]; i: number }[] = [{ t: root, deps: depsOf(root), i: 0 }];
    state.set(root.id, 1);
    preds.set(root.id, []);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.i < top.deps.length) {
        const d = top.deps[top.i++];
        const s = state.get(d.id);
        if (s === 1) { cycleEdges.push({ from: d.id, to: top.t.id }); continue; }
        preds.get(top.t.id)!.push(d);
        if (s === undefined) { state.set(d.id, 1); preds.set(d.id, []); stack.push({ t: d, deps: depsOf(d), i: 0 }); }
      } else {
        state.set(top.t.id, 2);
        stack.pop();
      }
    }
  }
  // A canonical topological order: Kahn's algorithm always taking the earliest-planned ready task.
  const topo = canonicalOrder(live, preds, rank);
  const succs = new Map<string, SchedulableTask[]>(live.map((t) => [t.id, []]));
  for (const t of live) for (const p of preds.get(t.id)!) succs.get(p.id)!.push(t);

  // Forward pass (wall clock).
  const nowW = wall(now);
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  for (const t of topo) {
    if (t.status === 'done') {
      const f = wall(t.doneAt ?? t.dueAt);
      ef.set(t.id, f); es.set(t.id, f - dur(t));
      continue;
    }
    const s = Math.max(nowW, ...preds.get(t.id)!.filter((p) => p.status === 'open').map((p) => ef.get(p.id)!));
    es.set(t.id, s); ef.set(t.id, s + dur(t));
  }
  // Backward pass over open tasks; done successors are finished and constrain nothing.
  const lf = new Map<string, number>();
  const ls = new Map<string, number>();
  for (const t of [...topo].reverse()) {
    if (t.status !== 'open') continue;
    const f = Math.min(due.get(t.id)!, ...succs.get(t.id)!.filter((s) => s.status === 'open').map((s) => ls.get(s.id)!));
    lf.set(t.id, f); ls.set(t.id, f - dur(t));
  }
  const slack = new Map([...lf].map(([id, f]) => [id, f - ef.get(id)!]));
  const minSlack = slack.size > 0 ? Math.min(...slack.values()) : null;
  const isCritical = (id: string) => minSlack !== null && slack.get(id) === minSlack;

  const entries: Record<string, TaskScheduleEntry> = {};
  for (const t of sorted) {
    const open = t.status === 'open';
    const live1 = t.status !== 'cancelled';
    const sl = slack.get(t.id);
    entries[t.id] = {
      id: t.id, start: instant(pstart(t)), end: t.dueAt,
      earliestStart: live1 ? instant(es.get(t.id)!) : null, earliestFinish: live1 ? instant(ef.get(t.id)!) : null,
      latestStart: open ? instant(ls.get(t.id)!) : null, latestFinish: open ? instant(lf.get(t.id)!) : null,
      slackMs: open ? instant(lf.get(t.id)!) - instant(ef.get(t.id)!) : null, slackDays: sl === undefined ? null : sl / DAY,
      critical: open && isCritical(t.id), atRisk: open && sl! < 0,
      blockedBy: open ? preds.get(t.id)!.filter((p) => p.status === 'open' && p.dueAt < now).sort(rank).map((p) => p.id) : [],
    };
  }
  const edges: ScheduleEdge[] = [];
  for (const t of topo) {
    for (const p of [...preds.get(t.id)!].sort(rank)) {
      edges.push({ from: p.id, to: t.id, critical: isCritical(p.id) && isCritical(t.id) && ef.get(p.id) === es.get(t.id) });
    }
  }
  cycleEdges.sort((a, b) => cmp(a.to, b.to) || cmp(a.from, b.from));
  return {
    entries, order: topo.map((t) => t.id), criticalPath: topo.filter((t) => entries[t.id].critical).map((t) => t.id),
    minSlackDays: minSlack === null ? null : minSlack / DAY, edges, cycleEdges,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kahn's algorithm over the acyclic `preds`, always taking the ready task that ranks first. */
function canonicalOrder<T extends { id: string }>(nodes: readonly T[], preds: Map<string, T[]>, rank: (a: T, b: T) => number): T[] {
  const waiting = new Map(nodes.map((n) => [n.id, preds.get(n.id)!.length]));
  const succs = new Map<string, T[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) for (const p of preds.get(n.id)!) succs.get(p.id)!.push(n);
  const ready = nodes.filter((n) => waiting.get(n.id) === 0);
  const out: T[] = [];
  while (ready.length > 0) {
    ready.sort(rank);
    const n = ready.shift()!;
    out.push(n);
    for (const s of succs.get(n.id)!) {
      const left = waiting.get(s.id)! - 1;
      waiting.set(s.id, left);
      if (left === 0) ready.push(s);
    }
  }
  return out;
}
