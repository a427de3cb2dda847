/** Checks shown while an agenda is edited (room overlaps, items outside the meeting, presenter clashes, gaps, the multi-department start time); pure, so the server and the web form run the same code. */
import { clockTime, toWallTime } from './time';

/** The warning codes, in the order results list them. */
export const AGENDA_WARNING_CODES = ['room_overlap', 'outside_meeting', 'presenter_clash', 'gap', 'start_time_rule'] as const;
/** One warning code. */
export type AgendaWarningCode = (typeof AGENDA_WARNING_CODES)[number];

/** One agenda problem: a code the web translates, the item(s) concerned, and values for the message. */
export type AgendaWarning = { code: AgendaWarningCode; itemIds: string[]; params: Record<string, string | number> };
/** What the checks need of each item. */
export type CheckedItem = { id: string; title: string; startAt: number; endAt: number; venueId: string | null; presenterIds: readonly string[]; kind: string };
/** What they need of the meeting. */
export type CheckedMeeting = { startAt: number; endAt: number; timeZone: string; multiDepartment: boolean; startTimes: readonly string[] };

/** Options: holes shorter than `minGapMinutes` (default 1, never below 1) are not reported as gaps. */
export type AgendaCheckOptions = { minGapMinutes?: number };

/** An item with its place in start order and its local day. */
type Ranked = { item: CheckedItem; rank: number; day: string };
/** A warning with the key that orders it within its code. */
type Keyed = { warning: AgendaWarning; key: readonly (number | string)[] };

const MINUTE = 60_000;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const venueKey = (v: string | null): string => (v === null ? '' : `\u0001${v}`);

/** Total order on items: start, end, then the other fields, so the input order never shows in the output. */
function compareItems(a: CheckedItem, b: CheckedItem): number {
  return (
    a.startAt - b.startAt || a.endAt - b.endAt || cmp(a.id, b.id) || cmp(a.title, b.title) || cmp(venueKey(a.venueId), venueKey(b.venueId)) ||
    cmp(a.kind, b.kind) || cmp(a.presenterIds.join('\u0000'), b.presenterIds.join('\u0000'))
  );
}

/** The local date (`y-m-d`) of an instant in a zone. */
function localDay(ms: number, zone: string): string {
  const w = toWallTime(ms, zone);
  return `${w.year}-${w.month}-${w.day}`;
}

/** True when two items share some time; touching (one ends as the other starts) is not overlapping. */
function overlaps(a: CheckedItem, b: CheckedItem): boolean {
  return a.startAt < b.endAt && b.startAt < a.endAt;
}

/** Every overlapping pair of a start-ordered list, each once, earlier first. */
function overlappingPairs(sorted: readonly Ranked[]): [Ranked, Ranked][] {
  const pairs: [Ranked, Ranked][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].item.startAt < sorted[i].item.endAt; j++) {
      if (overlaps(sorted[i].item, sorted[j].item)) pairs.push([sorted[i], sorted[j]]);
    }
  }
  return pairs;
}

/** Groups a list by a key, keeping the list's order inside each group. */
function groupBy<T>(list: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return [...groups.values()];
}

/** The room an item uses; null (the meeting's main room) is one room. */
const roomOf = (r: Ranked): string => JSON.stringify(r.item.venueId);

/** Pairs of items in the same room whose times overlap. */
function roomOverlaps(sorted: readonly Ranked[]): Keyed[] {
  return groupBy(sorted, roomOf).flatMap((room) =>
    overlappingPairs(room).map(([a, b]) => ({
      warning: { code: 'room_overlap' as const, itemIds: [a.item.id, b.item.id], params: { a: a.item.title, b: b.item.title } },
      key: [a.rank, b.rank],
    })),
  );
}

/** Items starting before the meeting starts or ending after it ends. */
function outsideMeeting(sorted: readonly Ranked[], meeting: CheckedMeeting): Keyed[] {
  return sorted
    .filter(({ item }) => item.startAt < meeting.startAt || item.endAt > meeting.endAt)
    .map(({ item, rank }) => ({ warning: { code: 'outside_meeting' as const, itemIds: [item.id], params: { title: item.title } }, key: [rank] }));
}

/** A presenter in two items that overlap in time, in whatever rooms. */
function presenterClashes(sorted: readonly Ranked[]): Keyed[] {
  const byPresenter = new Map<string, Ranked[]>();
  for (const r of sorted) {
    for (const p of new Set(r.item.presenterIds)) {
      const list = byPresenter.get(p);
      if (list) list.push(r);
      else byPresenter.set(p, [r]);
    }
  }
  return [...byPresenter].flatMap(([presenterId, items]) =>
    overlappingPairs(items).map(([a, b]) => ({
      warning: { code: 'presenter_clash' as const, itemIds: [a.item.id, b.item.id], params: { presenterId, a: a.item.title, b: b.item.title } },
      key: [a.rank, b.rank, presenterId],
    })),
  );
}

/** Holes of at least `minMinutes` between consecutive items in one room on one local day (after the latest end so far, so a short item inside a long one makes no hole). */
function gaps(sorted: readonly Ranked[], minMinutes: number): Keyed[] {
  const out: Keyed[] = [];
  for (const group of groupBy(sorted, (r) => `${roomOf(r)}|${r.day}`)) {
    let last = group[0];
    for (const next of group.slice(1)) {
      const hole = next.item.startAt - last.item.endAt;
      const minutes = Math.floor(hole / MINUTE);
      if (hole > 0 && minutes >= minMinutes) {
        out.push({
          warning: { code: 'gap', itemIds: [last.item.id, next.item.id], params: { after: last.item.title, minutes } },
          key: [last.rank, next.rank],
        });
      }
      if (next.item.endAt > last.item.endAt) last = next;
    }
  }
  return out;
}

/** For a multi-department meeting, the first item of each local day other than sign-in must start at an allowed wall time. */
function startTimeRule(sorted: readonly Ranked[], meeting: CheckedMeeting): Keyed[] {
  if (!meeting.multiDepartment || meeting.startTimes.length === 0) return [];
  const allowed = meeting.startTimes.join(' / ');
  return groupBy(
    sorted.filter((r) => r.item.kind !== 'sign_in'),
    (r) => r.day,
  ).flatMap(([first]) => {
    const time = clockTime(first.item.startAt, meeting.timeZone);
    if (meeting.startTimes.includes(time)) return [];
    return [{ warning: { code: 'start_time_rule' as const, itemIds: [first.item.id], params: { title: first.item.title, time, allowed } }, key: [first.rank] }];
  });
}

/** Compares two sort keys element by element (numbers numerically, strings by code unit). */
function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return cmp(String(x), String(y));
  }
  return 0;
}

/** Every agenda problem, by code (in AGENDA_WARNING_CODES order) then by the start of the item(s) concerned; the input order never matters. */
export function agendaWarnings(items: readonly CheckedItem[], meeting: CheckedMeeting, opts: AgendaCheckOptions = {}): AgendaWarning[] {
  const minGap = Math.max(1, opts.minGapMinutes ?? 1);
  const sorted: Ranked[] = [...items].sort(compareItems).map((item, rank) => ({ item, rank, day: localDay(item.startAt, meeting.timeZone) }));
  const keyed = [
    ...roomOverlaps(sorted),
    ...outsideMeeting(sorted, meeting),
    ...presenterClashes(sorted),
    ...gaps(sorted, minGap),
    ...startTimeRule(sorted, meeting),
  ];
  const codeRank = (c: AgendaWarningCode) => AGENDA_WARNING_CODES.indexOf(c);
  return keyed
    .sort((a, b) => codeRank(a.warning.code) - codeRank(b.warning.code) || compareKeys(a.key, b.key))
    .map((k) => k.warning);
}

/** Puts the presenter's name into each presenter clash (the checks see ids; people read names), from items that carry both. */
export function withPresenterNames(warnings: readonly AgendaWarning[], items: readonly { presenterIds: readonly string[]; presenterNames: readonly string[] }[]): AgendaWarning[] {
  const names = new Map<string, string>();
  for (const i of items) i.presenterIds.forEach((id, k) => { if (i.presenterNames[k]) names.set(id, i.presenterNames[k]); });
  return warnings.map((w) => (w.code === 'presenter_clash' ? { ...w, params: { ...w.params, presenter: names.get(String(w.params.presenterId)) ?? '' } } : w));
}
