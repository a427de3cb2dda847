/** The venue form's values and their conversion to and from the API (yuan ↔ fen, "use default" / value / "no limit" rules). */
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldMap } from '../../app/form-errors';
import { toNamePath } from '../../app/form-errors';
import { LAYOUTS, type Layout, type Venue, type VenueRules } from '../../../shared/venues';
import type { VenueBody } from './api';
import { fenToYuan, yuanToFen } from './labels';

/** How a rule is set: the organisation's default, a value of this venue, or no limit at all. */
export type RuleMode = 'default' | 'value' | 'none';

/** Rules a venue may override one by one (bookable hours count as one, start and end together). */
export const RULE_KEYS = ['bookable', 'minMinutes', 'maxMinutes', 'maxAdvanceDays', 'setupMinutes', 'cleanupMinutes'] as const;
/** One overridable rule. */
export type RuleKey = (typeof RULE_KEYS)[number];

/** Rules that may be switched off ("no limit"); the others are a default or a value. */
export const NULLABLE_RULES: readonly RuleKey[] = ['bookable', 'maxMinutes', 'maxAdvanceDays'];

/** Everything the form holds; the cost fields hold yuan under the API's names so server errors land on them. */
export type VenueFormValues = {
  name?: string;
  building?: string | null;
  floor?: string | null;
  address?: string | null;
  kind: 'internal' | 'external';
  capacities: Partial<Record<Layout, number | null>>;
  equipment: string[];
  costHalfDayFen?: number | null;
  costDayFen?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  notes?: string | null;
  rules: { bookableStart?: Dayjs | null; bookableEnd?: Dayjs | null; minMinutes?: number | null; maxMinutes?: number | null; maxAdvanceDays?: number | null; setupMinutes?: number | null; cleanupMinutes?: number | null };
  ruleModes: Record<RuleKey, RuleMode>;
  requiresApproval: boolean;
  checkinRequired: boolean;
  isActive: boolean;
  managerUserIds: string[];
  serviceUserIds: string[];
};

const text = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
const clock = (s: string) => dayjs().hour(Number(s.slice(0, 2))).minute(Number(s.slice(3, 5))).second(0).millisecond(0);
const modeOf = (v: unknown): RuleMode => (v === undefined ? 'default' : v === null ? 'none' : 'value');

/** Values of a new venue: an internal room on the organisation's rules, active, check-in on. */
export function newVenueValues(): VenueFormValues {
  return {
    kind: 'internal',
    capacities: {},
    equipment: [],
    rules: {},
    ruleModes: { bookable: 'default', minMinutes: 'default', maxMinutes: 'default', maxAdvanceDays: 'default', setupMinutes: 'default', cleanupMinutes: 'default' },
    requiresApproval: false,
    checkinRequired: true,
    isActive: true,
    managerUserIds: [],
    serviceUserIds: [],
  };
}

/** Values for editing a stored venue. */
export function venueToValues(v: Venue): VenueFormValues {
  const r = v.rules;
  return {
    name: v.name,
    building: v.building,
    floor: v.floor,
    address: v.address,
    kind: v.kind,
    capacities: Object.fromEntries(LAYOUTS.map((l) => [l, v.capacities[l] ?? null])),
    equipment: v.equipment,
    costHalfDayFen: fenToYuan(v.costHalfDayFen),
    costDayFen: fenToYuan(v.costDayFen),
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    notes: v.notes,
    rules: {
      bookableStart: r.bookableStart ? clock(r.bookableStart) : null,
      bookableEnd: r.bookableEnd ? clock(r.bookableEnd) : null,
      minMinutes: r.minMinutes ?? null,
      maxMinutes: r.maxMinutes ?? null,
      maxAdvanceDays: r.maxAdvanceDays ?? null,
      setupMinutes: r.setupMinutes ?? null,
      cleanupMinutes: r.cleanupMinutes ?? null,
    },
    ruleModes: {
      bookable: modeOf(r.bookableStart),
      minMinutes: modeOf(r.minMinutes),
      maxMinutes: modeOf(r.maxMinutes),
      maxAdvanceDays: modeOf(r.maxAdvanceDays),
      setupMinutes: modeOf(r.setupMinutes),
      cleanupMinutes: modeOf(r.cleanupMinutes),
    },
    requiresApproval: v.requiresApproval,
    checkinRequired: v.checkinRequired,
    isActive: v.isActive,
    managerUserIds: v.managerUserIds,
    serviceUserIds: v.serviceUserIds,
  };
}

function ruleValue(mode: RuleMode, value: number | null | undefined): number | null | undefined {
  if (mode === 'none') return null;
  return mode === 'value' && typeof value === 'number' ? value : undefined;
}

/** Rules set to "value" with nothing entered, as API field names (`rules.minMinutes`). */
export function missingRuleValues(v: VenueFormValues): string[] {
  const m = v.ruleModes;
  const out: string[] = [];
  if (m.bookable === 'value') {
    if (!v.rules.bookableStart) out.push('rules.bookableStart');
    if (!v.rules.bookableEnd) out.push('rules.bookableEnd');
  }
  for (const k of ['minMinutes', 'maxMinutes', 'maxAdvanceDays', 'setupMinutes', 'cleanupMinutes'] as const) {
    if (m[k] === 'value' && typeof v.rules[k] !== 'number') out.push(`rules.${k}`);
  }
  return out;
}

/** The rule overrides as the API takes them: absent = default, null = no limit. */
export function valuesToRules(v: VenueFormValues): VenueRules {
  const m = v.ruleModes;
  const out: Record<string, unknown> = {};
  if (m.bookable === 'none') Object.assign(out, { bookableStart: null, bookableEnd: null });
  if (m.bookable === 'value' && v.rules.bookableStart && v.rules.bookableEnd) {
    out.bookableStart = v.rules.bookableStart.format('HH:mm');
    out.bookableEnd = v.rules.bookableEnd.format('HH:mm');
  }
  for (const k of ['minMinutes', 'maxMinutes', 'maxAdvanceDays', 'setupMinutes', 'cleanupMinutes'] as const) {
    const value = ruleValue(m[k], v.rules[k]);
    if (value !== undefined) out[k] = value;
  }
  return out as VenueRules;
}

/** The form's values as the API's body (money in fen). */
export function valuesToInput(v: VenueFormValues): VenueBody {
  const capacities = Object.fromEntries(Object.entries(v.capacities ?? {}).filter(([, c]) => typeof c === 'number')) as Partial<Record<Layout, number>>;
  return {
    name: (v.name ?? '').trim(),
    building: text(v.building),
    floor: text(v.floor),
    address: text(v.address),
    kind: v.kind,
    capacities,
    equipment: v.equipment ?? [],
    costHalfDayFen: yuanToFen(v.costHalfDayFen),
    costDayFen: yuanToFen(v.costDayFen),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    notes: text(v.notes),
    rules: valuesToRules(v),
    requiresApproval: v.requiresApproval,
    checkinRequired: v.checkinRequired,
    isActive: v.isActive,
    managerUserIds: v.managerUserIds ?? [],
    serviceUserIds: v.serviceUserIds ?? [],
  };
}

/** API fields to form items: "capacity required" goes on the first layout's input. */
export const venueFieldMap: FieldMap = (field) => (field === 'capacities' ? ['capacities', LAYOUTS[0]] : toNamePath(field));
