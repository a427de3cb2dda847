/** The agenda item form: its values (start as a picker in the meeting's zone, end and duration kept in sync), to and from the API, and the live checks. */
import type { Dayjs } from 'dayjs';
import type { AgendaItem, AgendaItemInput, AgendaKind } from '../../../shared/agenda';
import { agendaWarnings, withPresenterNames, type AgendaWarning, type CheckedItem, type CheckedMeeting } from '../../../shared/agenda-checks';
import type { Meeting } from '../../../shared/meetings';
import { isMultiDepartment } from '../../../shared/policy';
import { msToPicker, pickerToMs } from '../../app/datetime';
import { MINUTE, minutesBetween } from './agenda-time';

/** Where an item takes place: the meeting's own place, a room of the registry, or a place written in. */
export type WhereMode = 'main' | 'venue' | 'place';

/** What the form holds. `duration` (minutes) is what is saved; `end` is the same thing as a clock time. */
export type ItemFormValues = {
  kind: AgendaKind;
  title: string;
  start: Dayjs | null;
  end: Dayjs | null;
  duration: number | null;
  where: WhereMode;
  venueId: string | null;
  place: string;
  presenterIds: string[];
  materials: string;
  notes: string;
};

/** The id the item being added goes by in the live checks. */
export const NEW_ITEM_ID = '__new__';

/** Default length of a new item, in minutes. */
export const DEFAULT_MINUTES = 30;

const blank = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The instant of `end`'s clock time on `start`'s day, in the meeting's zone. */
function endOnStartDay(start: Dayjs, end: Dayjs, zone: string): number {
  return pickerToMs(start.hour(end.hour()).minute(end.minute()).second(0), zone);
}

/** A stored item as form values. */
export function itemToValues(item: AgendaItem, zone: string): ItemFormValues {
  return {
    kind: item.kind, title: item.title, start: msToPicker(item.startAt, zone), end: msToPicker(item.endAt, zone), duration: minutesBetween(item.startAt, item.endAt),
    where: item.venueId ? 'venue' : item.place ? 'place' : 'main', venueId: item.venueId, place: item.place ?? '',
    presenterIds: [...item.presenterIds], materials: item.materials ?? '', notes: item.notes ?? '',
  };
}

/** A new item is appended: it starts where the last item ends (when the meeting starts, on an empty agenda) and lasts half an hour. */
export function newItemValues(items: readonly Pick<AgendaItem, 'endAt'>[], meeting: Pick<Meeting, 'startAt'>, zone: string): ItemFormValues {
  const lastEnd = items.reduce((m, i) => Math.max(m, i.endAt), 0);
  const startAt = lastEnd || meeting.startAt;
  return {
    kind: 'speech', title: '', start: msToPicker(startAt, zone), end: msToPicker(startAt + DEFAULT_MINUTES * MINUTE, zone), duration: DEFAULT_MINUTES,
    where: 'main', venueId: null, place: '', presenterIds: [], materials: '', notes: '',
  };
}

/**
 * The fields to set after a change, so end and duration agree: a new start or duration moves the end;
 * a new end (on the start's day) changes the duration, or clears it when the end is not after the start.
 */
export function syncTimes(changed: Partial<ItemFormValues>, v: Partial<ItemFormValues>, zone: string): Partial<ItemFormValues> {
  const start = v.start;
  if (!start) return {};
  const startAt = pickerToMs(start.second(0), zone);
  if ('end' in changed) {
    if (!v.end) return { duration: null };
    const minutes = minutesBetween(startAt, endOnStartDay(start, v.end, zone));
    return { duration: minutes > 0 ? minutes : null };
  }
  if ('start' in changed || 'duration' in changed) {
    const d = v.duration;
    if (typeof d === 'number' && Number.isFinite(d) && d > 0) return { end: msToPicker(startAt + Math.round(d) * MINUTE, zone) };
  }
  return {};
}

/** The start and end instants the form means (end from the duration, else from the end time); undefined without a start. */
export function valuesToSpan(v: Partial<ItemFormValues>, zone: string): { startAt: number; endAt: number } | undefined {
  if (!v.start) return undefined;
  const startAt = pickerToMs(v.start.second(0), zone);
  const d = v.duration;
  if (typeof d === 'number' && Number.isFinite(d) && d > 0) return { startAt, endAt: startAt + Math.round(d) * MINUTE };
  return { startAt, endAt: v.end ? endOnStartDay(v.start, v.end, zone) : startAt };
}

/** The body to save (checked by the shared schema before it goes). */
export function valuesToBody(v: Partial<ItemFormValues>, zone: string): AgendaItemInput {
  const span = valuesToSpan(v, zone) ?? { startAt: Number.NaN, endAt: Number.NaN };
  const where = v.where ?? 'main';
  return {
    kind: v.kind ?? 'other', title: (v.title ?? '').trim(), ...span,
    venueId: where === 'venue' ? v.venueId ?? null : null,
    place: where === 'place' ? blank(v.place) : null,
    presenterIds: [...new Set(v.presenterIds ?? [])],
    materials: blank(v.materials), notes: blank(v.notes),
  };
}

/** Where a field error of the API lands on the form. */
export function itemFieldMap(field: string): string[] | undefined {
  const head = field.split('.')[0];
  if (head === 'startAt') return ['start'];
  if (head === 'endAt') return ['end'];
  if (['kind', 'title', 'venueId', 'place', 'presenterIds', 'materials', 'notes'].includes(head)) return [head];
  return undefined;
}

/** The meeting as the checks see it (the organisation's allowed start times apply to multi-department meetings). */
export function checkedMeeting(m: Pick<Meeting, 'startAt' | 'endAt' | 'timeZone' | 'kind' | 'departmentId' | 'participatingDepartmentIds'>, startTimes: readonly string[]): CheckedMeeting {
  const departmentIds = [...(m.departmentId ? [m.departmentId] : []), ...m.participatingDepartmentIds];
  return { startAt: m.startAt, endAt: m.endAt, timeZone: m.timeZone, multiDepartment: isMultiDepartment({ kind: m.kind, departmentIds }), startTimes };
}

/** The warnings of the saved items with the one being edited (or added) as the form has it now: the same checks the server runs on save. */
export function liveWarnings(
  saved: readonly AgendaItem[], editedId: string | undefined, edited: AgendaItemInput | undefined, meeting: CheckedMeeting,
): AgendaWarning[] {
  const others: CheckedItem[] = saved.filter((i) => i.id !== editedId);
  const draft = edited && Number.isFinite(edited.startAt) && Number.isFinite(edited.endAt) && edited.endAt > edited.startAt
    ? [{ id: editedId ?? NEW_ITEM_ID, title: edited.title || '…', startAt: edited.startAt, endAt: edited.endAt, venueId: edited.venueId ?? null, presenterIds: edited.presenterIds, kind: edited.kind }]
    : saved.filter((i) => i.id === editedId);
  return withPresenterNames(agendaWarnings([...others, ...draft], meeting), saved);
}
