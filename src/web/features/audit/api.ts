/** The audit log (admins): query keys and the page hook. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { TRANSITIONS } from '../../../shared/meetings';
import { api } from '../../app/api-client';

/** One audit entry: who changed what, when, and the before/after snapshots. */
export type AuditEntry = {
  id: string;
  at: number;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

/** Filters of the audit page. */
export type AuditFilter = { entityType?: string; entityId?: string; actorUserId?: string; action?: string; from?: number; to?: number; limit: number; offset: number };

/** Entity types the server records (labels in the locale files). */
export const AUDIT_ENTITY_TYPES = ['meeting', 'person', 'department', 'user', 'invitation', 'organisation', 'venue', 'booking'] as const;

/** Actions the server records, for the filter. */
export const AUDIT_ACTIONS: readonly string[] = [
  'meeting.create', 'meeting.create_series', 'meeting.update',
  ...Object.keys(TRANSITIONS).map((a) => `meeting.${a}`),
  'person.create', 'person.update', 'department.create', 'department.update', 'org.update', 'org.logo', 'org.logo.delete', 'person.photo',
  'user.login', 'user.password', 'user.update', 'invitation.create', 'invitation.revoke', 'invitation.accept',
  'meeting.participant_add', 'meeting.participant_remove',
  'venue.create', 'venue.update', 'venue.import', 'venue.close', 'venue.reopen', 'waitlist.join',
  'booking.create', 'booking.cancel', 'booking.approve', 'booking.reject', 'booking.checkin', 'booking.accept_hold', 'booking.service_request', 'booking.service_status',
];

/** Query keys of this feature. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};

/** A page of entries, newest first. */
export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.list(filter),
    queryFn: () => api.get<{ items: AuditEntry[]; total: number }>('/api/audit', filter),
    placeholderData: keepPreviousData,
  });
}
