/** Turns meeting rows into the API's meeting, with the actor's available actions and the policy warnings. */
import { actionsFrom, EDITABLE_STATUSES, phaseOf, TRANSITIONS, type Meeting, type MeetingKind, type MeetingScope, type MeetingStatus } from '../../../shared/meetings';
import { checkMeetingPolicy, type OrgPolicy } from '../../../shared/policy';
import { hasPermission } from '../../../shared/roles';
import type { Actor } from '../../platform/context';
import type { MeetingWithNames } from './meeting.queries';

/** Policy warnings of a stored meeting; only while it is still being planned. */
export function warningsOf(row: Pick<MeetingWithNames, 'kind' | 'status' | 'start_at' | 'time_zone' | 'expected_size' | 'created_at' | 'department_id'>, departmentIds: readonly string[], policy: OrgPolicy) {
  if (!EDITABLE_STATUSES.includes(row.status as MeetingStatus)) return [];
  return checkMeetingPolicy(
    {
      kind: row.kind as MeetingKind,
      startAt: row.start_at,
      timeZone: row.time_zone,
      departmentIds: row.department_id ? [row.department_id, ...departmentIds] : departmentIds,
      expectedSize: row.expected_size,
      plannedAt: row.created_at,
    },
    policy,
  );
}

/** The DTO of a meeting. */
export function toMeeting(row: MeetingWithNames, departmentIds: readonly string[], actor: Actor, policy: OrgPolicy): Meeting {
  const status = row.status as MeetingStatus;
  return {
    id: row.id,
    title: row.title,
    theme: row.theme,
    purpose: row.purpose,
    kind: row.kind as MeetingKind,
    scope: row.scope as MeetingScope,
    status,
    phase: phaseOf(status),
    startAt: row.start_at,
    endAt: row.end_at,
    timeZone: row.time_zone,
    place: row.place,
    hostPersonId: row.host_person_id,
    hostName: row.host_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    participatingDepartmentIds: [...departmentIds],
    expectedSize: row.expected_size,
    notes: row.notes,
    seriesId: row.series_id,
    seriesRule: row.series_rule,
    detached: row.detached === 1,
    cancelReason: row.cancel_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    actions: actionsFrom(status).filter((a) => hasPermission(actor.roles, TRANSITIONS[a].permission)),
    warnings: warningsOf(row, departmentIds, policy),
  };
}
