/** The booking dialog's values, their conversion to the API body, and the checks the server will make (same wording). */
import type { Dayjs } from 'dayjs';
import type { FieldError } from '../../../shared/errors';
import { reasonMessage } from '../../../shared/errors';
import { checkBookingRules, type Layout, type Venue } from '../../../shared/venues';
import { msToPicker, pickerToMs } from '../../app/datetime';
import { currentLang } from '../../app/i18n';
import type { BookingBody } from './api';

/** What opens the dialog: a room and a time (from a grid cell, a meeting, an alternative), maybe more. */
export type BookingPrefill = {
  venueId?: string;
  startAt: number;
  endAt: number;
  title?: string;
  meetingId?: string | null;
  layout?: Layout | null;
  attendeeCount?: number | null;
  equipment?: string[];
};

/** Everything the dialog holds; times are picker values in the organisation's zone. */
export type BookingFormValues = {
  venueId?: string;
  startAt?: Dayjs | null;
  endAt?: Dayjs | null;
  title?: string;
  meetingId?: string | null;
  layout?: Layout | null;
  attendeeCount?: number | null;
  equipment?: string[];
  status: 'confirmed' | 'tentative';
};

/** Form values from a prefill. */
export function prefillToValues(p: BookingPrefill, zone: string): BookingFormValues {
  return {
    venueId: p.venueId,
    startAt: msToPicker(p.startAt, zone),
    endAt: msToPicker(p.endAt, zone),
    title: p.title ?? '',
    meetingId: p.meetingId ?? null,
    layout: p.layout ?? null,
    attendeeCount: p.attendeeCount ?? null,
    equipment: p.equipment ?? [],
    status: 'confirmed',
  };
}

/** The API body; a blank title is left out so a linked meeting's title is used. */
export function valuesToBody(v: BookingFormValues, zone: string): Partial<BookingBody> {
  const title = v.title?.trim();
  return {
    venueId: v.venueId,
    meetingId: v.meetingId ?? null,
    ...(title ? { title } : {}),
    startAt: v.startAt ? pickerToMs(v.startAt, zone) : undefined,
    endAt: v.endAt ? pickerToMs(v.endAt, zone) : undefined,
    layout: v.layout ?? null,
    attendeeCount: typeof v.attendeeCount === 'number' ? v.attendeeCount : null,
    status: v.status,
    equipment: v.equipment ?? [],
  };
}

/** The venue's rules, capacity and equipment checked as the server checks them, worded as it words them. */
export function venueProblems(body: BookingBody, venue: Venue, now: number, zone: string): FieldError[] {
  const lang = currentLang();
  const out: FieldError[] = [];
  const push = (field: string, reason: string, params: Record<string, string | number> = {}) => {
    if (!out.some((e) => e.field === field)) out.push({ field, reason, params, message: reasonMessage(field, reason, lang, params, 'booking') });
  };
  for (const p of checkBookingRules(venue.effectiveRules, body, now, zone)) push(p.field, p.reason, p.params);
  if (!body.title && !body.meetingId) push('title', 'required');
  const caps = venue.capacities;
  if (body.layout && caps[body.layout] === undefined) push('layout', 'no_layout');
  const cap = body.layout ? caps[body.layout] : Math.max(0, ...Object.values(caps));
  if (body.attendeeCount && cap !== undefined && body.attendeeCount > cap) push('attendeeCount', 'over_capacity', { max: cap, layout: body.layout ?? '' });
  const missing = (body.equipment ?? []).filter((e) => !venue.equipment.includes(e));
  if (missing.length) push('equipment', 'missing_equipment', { items: missing.join(', ') });
  return out;
}

/** The rules of a venue in a line: bookable hours, duration, how far ahead. */
export function rulesSummary(venue: Venue, t: (k: string, o?: Record<string, unknown>) => string): string {
  const r = venue.effectiveRules;
  const parts: string[] = [];
  if (r.bookableStart && r.bookableEnd) parts.push(t('bookings.rules.hours', { start: r.bookableStart, end: r.bookableEnd }));
  parts.push(r.maxMinutes !== null ? t('bookings.rules.duration', { min: r.minMinutes, max: r.maxMinutes }) : t('bookings.rules.minDuration', { min: r.minMinutes }));
  if (r.maxAdvanceDays !== null) parts.push(t('bookings.rules.advance', { days: r.maxAdvanceDays }));
  if (r.setupMinutes || r.cleanupMinutes) parts.push(t('bookings.rules.buffers', { setup: r.setupMinutes, cleanup: r.cleanupMinutes }));
  return parts.join(' · ');
}

/** True when this user's booking of the venue goes to a manager first. */
export function needsApproval(venue: Venue, me: { userId: string; roles: readonly string[] }): boolean {
  return venue.requiresApproval && !me.roles.includes('admin') && !venue.managerUserIds.includes(me.userId);
}
