/** The meeting form's values and their conversion to and from the API's fields (times by wall clock in the meeting's zone). */
import type { Dayjs } from 'dayjs';
import type { Meeting, MeetingKind, MeetingScope } from '../../../shared/meetings';
import type { PolicySubject } from '../../../shared/policy';
import { msToPicker, pickerToMs } from '../../app/datetime';
import type { ApplyTo } from './api';
import type { RepeatValues } from './rrule';

/** Everything the form holds. */
export type MeetingFormValues = RepeatValues & {
  title?: string;
  theme?: string | null;
  purpose?: string | null;
  kind?: MeetingKind;
  scope?: MeetingScope;
  startAt?: Dayjs | null;
  endAt?: Dayjs | null;
  timeZone: string;
  place?: string | null;
  hostPersonId?: string | null;
  departmentId?: string | null;
  participatingDepartmentIds?: string[];
  expectedSize?: number | null;
  notes?: string | null;
  applyTo?: ApplyTo;
};

/** The plan fields as the API takes them (startAt/endAt undefined when not picked, so validation says "required"). */
export type MeetingFields = {
  title: string;
  theme: string | null;
  purpose: string | null;
  kind?: MeetingKind;
  scope?: MeetingScope;
  startAt?: number;
  endAt?: number;
  timeZone: string;
  place: string | null;
  hostPersonId: string | null;
  departmentId: string | null;
  participatingDepartmentIds: string[];
  expectedSize: number | null;
  notes: string | null;
};

const textOrNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Values of a new meeting: the organisation's zone, an internal regular meeting, repeat off. */
export function newMeetingValues(orgZone: string): MeetingFormValues {
  return { timeZone: orgZone, kind: 'regular', scope: 'internal', participatingDepartmentIds: [], repeat: 'none', endMode: 'until' };
}

/** Values for editing a stored meeting; the pickers show its wall-clock time in its own zone. */
export function meetingToValues(m: Meeting): MeetingFormValues {
  return {
    title: m.title,
    theme: m.theme,
    purpose: m.purpose,
    kind: m.kind,
    scope: m.scope,
    startAt: msToPicker(m.startAt, m.timeZone),
    endAt: msToPicker(m.endAt, m.timeZone),
    timeZone: m.timeZone,
    place: m.place,
    hostPersonId: m.hostPersonId,
    departmentId: m.departmentId,
    participatingDepartmentIds: m.participatingDepartmentIds,
    expectedSize: m.expectedSize,
    notes: m.notes,
    repeat: 'none',
    applyTo: 'occurrence',
  };
}

/** The form's values as API fields. */
export function valuesToFields(v: MeetingFormValues): MeetingFields {
  return {
    title: (v.title ?? '').trim(),
    theme: textOrNull(v.theme),
    purpose: textOrNull(v.purpose),
    kind: v.kind,
    scope: v.scope,
    startAt: v.startAt ? pickerToMs(v.startAt, v.timeZone) : undefined,
    endAt: v.endAt ? pickerToMs(v.endAt, v.timeZone) : undefined,
    timeZone: v.timeZone,
    place: textOrNull(v.place),
    hostPersonId: v.hostPersonId ?? null,
    departmentId: v.departmentId ?? null,
    participatingDepartmentIds: v.participatingDepartmentIds ?? [],
    expectedSize: typeof v.expectedSize === 'number' ? v.expectedSize : null,
    notes: textOrNull(v.notes),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only the fields that differ from the stored meeting: a series edit "from this one on" then changes just those. */
export function changedFields(f: MeetingFields, m: Meeting): Partial<MeetingFields> {
  const out: Partial<MeetingFields> = {};
  const keys = ['title', 'theme', 'purpose', 'kind', 'scope', 'startAt', 'endAt', 'timeZone', 'place', 'hostPersonId', 'departmentId', 'expectedSize', 'notes'] as const;
  for (const k of keys) {
    if (f[k] !== m[k]) (out as Record<string, unknown>)[k] = f[k];
  }
  if (!sameSet(f.participatingDepartmentIds, m.participatingDepartmentIds)) out.participatingDepartmentIds = f.participatingDepartmentIds;
  return out;
}

/** What the policy check needs, or undefined until kind and start are known. */
export function policySubject(f: Pick<MeetingFields, 'kind' | 'startAt' | 'timeZone' | 'departmentId' | 'participatingDepartmentIds' | 'expectedSize'>, plannedAt: number): PolicySubject | undefined {
  if (!f.kind || f.startAt === undefined) return undefined;
  return {
    kind: f.kind,
    startAt: f.startAt,
    timeZone: f.timeZone,
    departmentIds: [...(f.departmentId ? [f.departmentId] : []), ...f.participatingDepartmentIds],
    expectedSize: f.expectedSize,
    plannedAt,
  };
}
