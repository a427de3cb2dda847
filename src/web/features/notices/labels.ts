/** Colours and shared-label lookups of the notice, participant and reply-slip screens (texts live in the notices locale files). */
import type { CompletenessItem, DeliveryStatus, NoticeStatus } from '../../../shared/notices';
import { ROLE_LABELS, type ParticipantRole } from '../../../shared/participants';
import { ATTENDANCE_LABELS, LODGING_LABELS, TRAVEL_MODE_LABELS, type Attendance } from '../../../shared/rsvp';
import { currentLang } from '../../app/i18n';

/** Tag colour of each notice state. */
export const NOTICE_STATUS_COLORS: Record<NoticeStatus, string> = {
  draft: 'default',
  pending_approval: 'gold',
  approved: 'blue',
  rejected: 'red',
  queued: 'processing',
  sent: 'green',
  cancelled: 'default',
};

/** Colour of each delivery state (tags and the progress bar). */
export const DELIVERY_COLORS: Record<DeliveryStatus, string> = {
  queued: '#d9d9d9',
  sent: '#1677ff',
  failed: '#ff4d4f',
  read: '#13c2c2',
  answered: '#52c41a',
};

/** Tag colour of each attendance state. */
export const ATTENDANCE_COLORS: Record<Attendance, string> = {
  invited: 'default',
  confirmed: 'green',
  declined: 'red',
  substitute: 'blue',
  leave: 'orange',
  tentative: 'gold',
};

/** Role name in the current language, from the shared table the server's lists use. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role as ParticipantRole]?.[currentLang()] ?? role;
}

/** Attendance in the current language. */
export function attendanceLabel(a: string): string {
  return ATTENDANCE_LABELS[a as Attendance]?.[currentLang()] ?? a;
}

/** 单住 / 拼住 / 不住宿 in the current language. */
export function lodgingLabel(need: keyof typeof LODGING_LABELS): string {
  return LODGING_LABELS[need][currentLang()];
}

/** 高铁 / 航班 / … in the current language. */
export function travelModeLabel(mode: keyof typeof TRAVEL_MODE_LABELS): string {
  return TRAVEL_MODE_LABELS[mode][currentLang()];
}

/** Locale key of a completeness item's name (会议目的, 起止时间, …). */
export function itemKey(item: CompletenessItem): string {
  return `notices.item.${item}`;
}
