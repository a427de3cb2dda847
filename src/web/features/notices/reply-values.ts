/** The reply form's values (pickers hold dayjs) to and from the reply slip body the API takes. */
import dayjs, { type Dayjs } from 'dayjs';
import type { LODGING_NEEDS, PAYMENT_STATUSES, REPLY_ATTENDANCE, TRAVEL_MODES } from '../../../shared/rsvp';
import type { FieldMap } from '../../app/form-errors';
import type { ReplyBody } from './rsvp-api';

type TravelValues = { date?: Dayjs | null; time?: Dayjs | null; mode?: (typeof TRAVEL_MODES)[number] | null; number?: string; station?: string };

/** What the form holds. */
export type ReplyFormValues = {
  attendance?: (typeof REPLY_ATTENDANCE)[number];
  substitute?: { name?: string; title?: string; phone?: string };
  leaveReason?: string;
  arrival?: TravelValues;
  departure?: TravelValues;
  lodging?: { need?: (typeof LODGING_NEEDS)[number] | null; nights?: Dayjs[]; shareWith?: string };
  dietary?: { halal?: boolean; vegetarian?: boolean; allergies?: string; other?: string };
  payment?: { status?: (typeof PAYMENT_STATUSES)[number] | null; invoiceTitle?: string; taxId?: string };
  companions?: { name?: string; phone?: string; relation?: string }[];
  note?: string;
};

/** Attendances for which travel, lodging and diet are asked. */
export const COMING: readonly string[] = ['confirmed', 'substitute', 'tentative'];

const blank = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);
const day = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s) : null);
const clock = (s: string | null | undefined): Dayjs | null => (s ? dayjs(`2000-01-01T${s}`) : null);

function travelOut(v: TravelValues | undefined): ReplyBody['arrival'] {
  if (!v) return null;
  const filled = v.date || v.time || v.mode || blank(v.number) || blank(v.station);
  if (!filled) return null;
  // A leg without its date is sent as it is: the server (and the shared check) names the missing date.
  return { date: v.date ? v.date.format('YYYY-MM-DD') : '', time: v.time ? v.time.format('HH:mm') : null, mode: v.mode ?? null, number: blank(v.number), station: blank(v.station) };
}

function travelIn(v: ReplyBody['arrival']): TravelValues | undefined {
  if (!v) return undefined;
  return { date: day(v.date), time: clock(v.time), mode: v.mode ?? null, number: v.number ?? '', station: v.station ?? '' };
}

/** The body to send; parts that do not apply to the attendance (or are empty) are left out. */
export function valuesToReply(v: ReplyFormValues, paid: boolean): ReplyBody {
  const attendance = v.attendance ?? ('' as ReplyBody['attendance']);
  const coming = COMING.includes(attendance);
  const out: ReplyBody = { attendance, note: blank(v.note) };
  if (attendance === 'substitute') {
    out.substitute = { name: v.substitute?.name?.trim() ?? '', title: blank(v.substitute?.title), phone: blank(v.substitute?.phone) };
  }
  if (attendance === 'leave') out.leaveReason = blank(v.leaveReason);
  if (coming) {
    out.arrival = travelOut(v.arrival);
    out.departure = travelOut(v.departure);
    if (v.lodging?.need) {
      out.lodging = {
        need: v.lodging.need,
        nights: v.lodging.need === 'none' ? [] : [...new Set((v.lodging.nights ?? []).map((d) => d.format('YYYY-MM-DD')))].sort(),
        shareWith: v.lodging.need === 'shared' ? blank(v.lodging.shareWith) : null,
      };
    }
    const d = v.dietary ?? {};
    if (d.halal || d.vegetarian || blank(d.allergies) || blank(d.other)) {
      out.dietary = { halal: !!d.halal, vegetarian: !!d.vegetarian, allergies: blank(d.allergies), other: blank(d.other) };
    }
    const companions = (v.companions ?? []).filter((c) => blank(c?.name) || blank(c?.phone) || blank(c?.relation));
    if (companions.length) out.companions = companions.map((c) => ({ name: c.name?.trim() ?? '', phone: blank(c.phone), relation: blank(c.relation) }));
  }
  if (paid && attendance !== 'declined' && v.payment?.status) {
    out.payment = { status: v.payment.status, invoiceTitle: blank(v.payment.invoiceTitle), taxId: blank(v.payment.taxId) };
  }
  return out;
}

/** The form's starting values from a stored reply (or an empty one). */
export function replyToValues(r: Partial<ReplyBody> | null | undefined): ReplyFormValues {
  if (!r) return { attendance: 'confirmed', companions: [] };
  return {
    attendance: r.attendance,
    substitute: r.substitute ? { name: r.substitute.name, title: r.substitute.title ?? '', phone: r.substitute.phone ?? '' } : undefined,
    leaveReason: r.leaveReason ?? '',
    arrival: travelIn(r.arrival),
    departure: travelIn(r.departure),
    lodging: r.lodging ? { need: r.lodging.need, nights: (r.lodging.nights ?? []).map((s) => dayjs(s)), shareWith: r.lodging.shareWith ?? '' } : undefined,
    dietary: r.dietary ? { halal: !!r.dietary.halal, vegetarian: !!r.dietary.vegetarian, allergies: r.dietary.allergies ?? '', other: r.dietary.other ?? '' } : undefined,
    payment: r.payment ? { status: r.payment.status, invoiceTitle: r.payment.invoiceTitle ?? '', taxId: r.payment.taxId ?? '' } : undefined,
    companions: (r.companions ?? []).map((c) => ({ name: c.name, phone: c.phone ?? '', relation: c.relation ?? '' })),
    note: r.note ?? '',
  };
}

/** API field → form path: list indices stay (companions.1.phone is the second row's phone) except a last one (lodging.nights.0 is the nights picker). */
export const replyFieldMap: FieldMap = (field) => {
  const parts: (string | number)[] = field.split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  while (parts.length > 1 && typeof parts[parts.length - 1] === 'number') parts.pop();
  return parts;
};
