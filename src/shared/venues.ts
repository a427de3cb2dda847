/** Venues (会场): layouts, equipment, booking rules and the schemas server and web share. */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { PHONE_PATTERN } from './directory';
import type { OrgPolicy } from './policy';

/** Seating layouts a venue states a capacity for. */
export const LAYOUTS = ['theatre', 'classroom', 'u_shape', 'boardroom', 'banquet'] as const;
/** One layout. */
export type Layout = (typeof LAYOUTS)[number];

/** Equipment a venue may have; free text is allowed too, these are the common ones. */
export const EQUIPMENT = ['projector', 'screen', 'microphone', 'video_conference', 'whiteboard', 'sound_system', 'led_wall', 'interpretation'] as const;

/** Internal rooms follow the organisation's booking defaults; external venues (hotels) have none by default. */
export const VENUE_KINDS = ['internal', 'external'] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'clock_time' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A venue's own rules; an absent key means "the default", `null` means "no limit". */
export const venueRulesSchema = z.object({
  bookableStart: hhmm.nullable().optional(),
  bookableEnd: hhmm.nullable().optional(),
  minMinutes: z.number().int().min(5).max(24 * 60).optional(),
  maxMinutes: z.number().int().min(5).max(14 * 24 * 60).nullable().optional(),
  maxAdvanceDays: z.number().int().min(0).max(3650).nullable().optional(),
  setupMinutes: z.number().int().min(0).max(24 * 60).optional(),
  cleanupMinutes: z.number().int().min(0).max(24 * 60).optional(),
});
/** Rule overrides of one venue. */
export type VenueRules = z.infer<typeof venueRulesSchema>;

/** Rules in force for a venue after defaults; null bookable hours or limits mean none. */
export type EffectiveRules = {
  bookableStart: string | null;
  bookableEnd: string | null;
  minMinutes: number;
  maxMinutes: number | null;
  maxAdvanceDays: number | null;
  setupMinutes: number;
  cleanupMinutes: number;
};

/** Applies a venue's overrides to the defaults for its kind. */
export function effectiveRules(kind: string, own: VenueRules, policy: OrgPolicy): EffectiveRules {
  const internal = kind !== 'external';
  const base: EffectiveRules = {
    bookableStart: internal ? policy.bookingStart : null,
    bookableEnd: internal ? policy.bookingEnd : null,
    minMinutes: policy.bookingMinMinutes,
    maxMinutes: internal ? policy.bookingMaxMinutes : null,
    maxAdvanceDays: internal ? policy.bookingMaxAdvanceDays : null,
    setupMinutes: policy.bookingSetupMinutes,
    cleanupMinutes: policy.bookingCleanupMinutes,
  };
  const picked = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
  return { ...base, ...picked } as EffectiveRules;
}

/** A rule a booking breaks, as a field problem the error table words. */
export type RuleProblem = { field: 'startAt' | 'endAt'; reason: string; params: Record<string, string | number> };

/** Checks duration, bookable hours (local to `zone`), the advance limit and the past. */
export function checkBookingRules(rules: EffectiveRules, slot: { startAt: number; endAt: number }, now: number, zone: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const minutes = (slot.endAt - slot.startAt) / 60_000;
  if (slot.startAt < now - 5 * 60_000) problems.push({ field: 'startAt', reason: 'in_the_past', params: {} });
  if (minutes < rules.minMinutes) problems.push({ field: 'endAt', reason: 'booking_too_short', params: { min: rules.minMinutes } });
  if (rules.maxMinutes !== null && minutes > rules.maxMinutes) problems.push({ field: 'endAt', reason: 'booking_too_long', params: { max: rules.maxMinutes } });
  if (rules.maxAdvanceDays !== null && slot.startAt > now + rules.maxAdvanceDays * 86_400_000) {
    problems.push({ field: 'startAt', reason: 'too_far_ahead', params: { days: rules.maxAdvanceDays } });
  }
  if (rules.bookableStart && rules.bookableEnd) {
    const s = DateTime.fromMillis(slot.startAt, { zone });
    const open = s.set({ hour: +rules.bookableStart.slice(0, 2), minute: +rules.bookableStart.slice(3), second: 0, millisecond: 0 }).toMillis();
    const close = s.set({ hour: +rules.bookableEnd.slice(0, 2), minute: +rules.bookableEnd.slice(3), second: 0, millisecond: 0 }).toMillis();
    if (slot.startAt < open || slot.endAt > close) {
      problems.push({ field: 'startAt', reason: 'outside_bookable_hours', params: { start: rules.bookableStart, end: rules.bookableEnd } });
    }
  }
  return problems;
}

/** Capacity per layout; at least one layout must be given. */
export const capacitiesSchema = z
  .object(Object.fromEntries(LAYOUTS.map((l) => [l, z.number().int().min(1).max(100000).optional()])) as Record<Layout, z.ZodOptional<z.ZodNumber>>)
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'capacity_required' });

/** Body of create/update venue. Money in fen. */
export const venueInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  building: optionalText(100),
  floor: optionalText(30),
  address: optionalText(200),
  kind: z.enum(VENUE_KINDS),
  capacities: capacitiesSchema,
  equipment: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  costHalfDayFen: z.number().int().min(0).max(1e11).nullable().optional(),
  costDayFen: z.number().int().min(0).max(1e11).nullable().optional(),
  contactName: optionalText(50),
  contactPhone: z.string().trim().regex(PHONE_PATTERN, { message: 'phone' }).nullable().optional().or(z.literal('').transform(() => null)),
  notes: optionalText(2000),
  rules: venueRulesSchema.default({}),
  requiresApproval: z.boolean().default(false),
  checkinRequired: z.boolean().optional(),
  isActive: z.boolean().default(true),
  managerUserIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  serviceUserIds: z.array(z.string().min(1).max(64)).max(50).default([]),
});
/** Venue input. */
export type VenueInput = z.infer<typeof venueInputSchema>;

/** A venue as the API returns it, with its rules in force. */
export const venueSchema = z.object({
  id: z.string(),
  name: z.string(),
  building: z.string().nullable(),
  floor: z.string().nullable(),
  address: z.string().nullable(),
  kind: z.enum(VENUE_KINDS),
  capacities: z.record(z.string(), z.number()),
  equipment: z.array(z.string()),
  costHalfDayFen: z.number().nullable(),
  costDayFen: z.number().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  notes: z.string().nullable(),
  rules: venueRulesSchema,
  effectiveRules: z.object({
    bookableStart: z.string().nullable(), bookableEnd: z.string().nullable(), minMinutes: z.number(), maxMinutes: z.number().nullable(),
    maxAdvanceDays: z.number().nullable(), setupMinutes: z.number(), cleanupMinutes: z.number(),
  }),
  requiresApproval: z.boolean(),
  checkinRequired: z.boolean(),
  isActive: z.boolean(),
  managerUserIds: z.array(z.string()),
  serviceUserIds: z.array(z.string()),
  version: z.number(),
});
/** A venue DTO. */
export type Venue = z.infer<typeof venueSchema>;

/** Body of `POST /api/venues/:id/closures`. */
export const closureInputSchema = z
  .object({ startAt: z.number().int().min(0), endAt: z.number().int().min(0), reason: z.string().trim().min(1).max(200) })
  .refine((v) => v.endAt > v.startAt, { message: 'end_before_start', path: ['endAt'] });

/** A closure as the API returns it. */
export const closureSchema = z.object({ id: z.string(), venueId: z.string(), startAt: z.number(), endAt: z.number(), reason: z.string() });
