/** The reply form's values and the reply body: both ways, plus where the API's field errors go on the form. */
import dayjs, { type Dayjs } from 'dayjs';
import { DateTime } from 'luxon';
import type { Lang } from '../../../shared/errors';
import type { LODGING_NEEDS, PAYMENT_STATUSES, REPLY_ATTENDANCE, Reply, TRAVEL_MODES } from '../../../shared/rsvp';
import { toNamePath, type FieldMap } from '../../app/form-errors';
import type { ReplyBody } from './api';

type Text = string | null | undefined;

/** One leg of travel as the form holds it (pickers hold Dayjs). */
export type TravelValues = { date?: Dayjs | null; time?: Dayjs | null; mode?: (typeof TRAVEL_MODES)[number] | null; number?: Text; station?: Text };
/** One companion row. */
export type CompanionValues = { name?: Text; phone?: Text; relation?: Text };

/** Everything the reply form holds. */
export type ReplyValues = {
  attendance?: (typeof REPLY_ATTENDANCE)[number];
  substitute?: { name?: Text; title?: Text; phone?: Text };
  leaveReason?: Text;
  arrival?: TravelValues;
  departure?: TravelValues;
  lodging?: { need?: (typeof LODGING_NEEDS)[number]; nights?: string[]; shareWith?: Text };
  dietary?: { halal?: boolean; vegetarian?: boolean; allergies?: Text; other?: Text };
  payment?: { status?: (typeof PAYMENT_STATUSES)[number]; invoiceTitle?: Text; taxId?: Text };
  companions?: CompanionValues[];
  note?: Text;
};

/** Most companions a reply may bring. */
export const MAX_COMPANIONS = 5;

const orNull = (s: Text) => (s && s.trim() ? s.trim() : null);

/** True when the answer means someone comes (travel, lodging, diet and companions then apply). */
export function comes(attendance: ReplyValues['attendance']): boolean {
  return attendance === 'confirmed' || attendance === 'substitute' || attendance === 'tentative';
}

function travelOut(v: TravelValues | undefined): ReplyBody['arrival'] {
  if (!v) return null;
  const rest = { time: v.time ? v.time.format('HH:mm') : null, mode: v.mode ?? null, number: orNull(v.number), station: orNull(v.station) };
  // A leg with details but no date is still sent, so the date gets its "required" message.
  if (!v.date && !rest.time && !rest.mode && !rest.number && !rest.station) return null;
  return { date: v.date ? v.date.format('YYYY-MM-DD') : '', ...rest };
}

/** The body to PUT; sections that do not apply to the answer (travel and payment when declining, payment when free) are left out. */
export function toReply(v: ReplyValues, paid: boolean): ReplyBody {
  const attending = comes(v.attendance);
  const body: ReplyBody = { attendance: v.attendance as ReplyBody['attendance'], note: orNull(v.note) };
  if (v.attendance === 'substitute') {
    body.substitute = { name: (v.substitute?.name ?? '').trim(), title: orNull(v.substitute?.title), phone: orNull(v.substitute?.phone) };
  }
  if (v.attendance === 'leave') body.leaveReason = orNull(v.leaveReason);
  if (attending) {
    body.arrival = travelOut(v.arrival);
    body.departure = travelOut(v.departure);
    const need = v.lodging?.need;
    body.lodging = need
      ? { need, nights: need === 'none' ? [] : [...(v.lodging?.nights ?? [])].sort(), shareWith: need === 'shared' ? orNull(v.lodging?.shareWith) : null }
      : null;
    const d = v.dietary ?? {};
    body.dietary = d.halal || d.vegetarian || orNull(d.allergies) || orNull(d.other)
      ? { halal: !!d.halal, vegetarian: !!d.vegetarian, allergies: orNull(d.allergies), other: orNull(d.other) }
      : null;
    body.companions = (v.companions ?? [])
      .filter((c) => orNull(c?.name) || orNull(c?.phone) || orNull(c?.relation))
      .map((c) => ({ name: (c.name ?? '').trim(), phone: orNull(c.phone), relation: orNull(c.relation) }));
  }
  if (attending && paid && v.payment?.status) body.payment = { status: v.payment.status, invoiceTitle: orNull(v.payment.invoiceTitle), taxId: orNull(v.payment.taxId) };
  return body;
}

function travelIn(t: Reply['arrival']): TravelValues | undefined {
  if (!t) return undefined;
  return { date: dayjs(t.date), time: t.time ? dayjs(`2000-01-01T${t.time}`) : null, mode: t.mode ?? null, number: t.number, station: t.station };
}

/** Form values from a stored reply (the server keeps it as sent). */
export function fromReply(reply: Reply | null | undefined): ReplyValues {
  if (!reply) return { companions: [] };
  return {
    attendance: reply.attendance,
    substitute: reply.substitute ?? undefined,
    leaveReason: reply.leaveReason,
    arrival: travelIn(reply.arrival),
    departure: travelIn(reply.departure),
    lodging: reply.lodging ?? undefined,
    dietary: reply.dietary ?? undefined,
    payment: reply.payment ?? undefined,
    companions: reply.companions ?? [],
    note: reply.note,
  };
}

/** Where an API field goes: `companions.1.phone` onto that row's item, `lodging.nights.2` onto the nights. */
export const replyFieldMap: FieldMap = (field) => {
  const parts = field.split('.').filter(Boolean);
  if (parts[0] === 'companions' && parts.length >= 3 && /^\d+$/.test(parts[1])) return ['companions', Number(parts[1]), parts[2]];
  if (parts[0] === 'lodging' && parts[1] === 'nights') return ['lodging', 'nights'];
  return toNamePath(field);
};

/** The calendar days a night may be booked for: the meeting's days, one before and one after (`YYYY-MM-DD` in the meeting's zone). */
export function nightOptions(startAt: number, endAt: number, zone: string): string[] {
  const first = DateTime.fromMillis(startAt, { zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromMillis(endAt, { zone }).startOf('day').plus({ days: 1 });
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 31; d = d.plus({ days: 1 })) days.push(d.toFormat('yyyy-MM-dd'));
  return days;
}

/** `3月28日 周日` or `Sun 28 Mar` of a `YYYY-MM-DD` day. */
export function dayLabel(iso: string, lang: Lang): string {
  const d = DateTime.fromISO(iso).setLocale(lang);
  return lang === 'zh-CN' ? d.toFormat('M月d日 ccc') : d.toFormat('ccc d LLL');
}

/** `2027年3月29日（周一）` or `Mon 29 Mar 2027` of a `YYYY-MM-DD` day. */
export function dateLabel(iso: string, lang: Lang): string {
  const d = DateTime.fromISO(iso).setLocale(lang);
  return lang === 'zh-CN' ? d.toFormat('yyyy年M月d日（ccc）') : d.toFormat('ccc d LLL yyyy');
}

/** An instant with weekday in a zone: `2027年3月29日（周一）09:00` or `Mon 29 Mar 2027, 09:00`. */
export function instantLabel(ms: number, zone: string, lang: Lang): string {
  const d = DateTime.fromMillis(ms, { zone }).setLocale(lang);
  return lang === 'zh-CN' ? d.toFormat('yyyy年M月d日（ccc）HH:mm') : d.toFormat('ccc d LLL yyyy, HH:mm');
}

/** A meeting's time span: the end's date only when it is another day. */
export function spanLabel(startAt: number, endAt: number, zone: string, lang: Lang): string {
  const s = DateTime.fromMillis(startAt, { zone }).setLocale(lang);
  const e = DateTime.fromMillis(endAt, { zone }).setLocale(lang);
  const start = instantLabel(startAt, zone, lang);
  if (s.hasSame(e, 'day')) return `${start}–${e.toFormat('HH:mm')}`;
  const end = lang === 'zh-CN' ? e.toFormat(s.hasSame(e, 'year') ? 'M月d日（ccc）HH:mm' : 'yyyy年M月d日（ccc）HH:mm') : e.toFormat('ccc d LLL yyyy, HH:mm');
  return lang === 'zh-CN' ? `${start} 至 ${end}` : `${start} – ${end}`;
}
