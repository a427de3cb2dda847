/** What the print pages print, worked out without React: who (all, a group, a role), meal days, pages of N, seats, and QR modules. */
import { DateTime } from 'luxon';
import QRCode from 'qrcode';
import type { Participant } from '../../../shared/participants';
import type { SeatAssignment } from '../../../shared/seating';

/** The print kinds, as the `/print/:meetingId/:kind` route names them. */
export const PRINT_KINDS = ['badges', 'table-cards', 'meal-tickets', 'seat-cards', 'seat-chart'] as const;
/** One kind. */
export type PrintKind = (typeof PRINT_KINDS)[number];
/** Meals a ticket may be for, in the day's order. */
export const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
/** One meal. */
export type Meal = (typeof MEALS)[number];

/** How each kind lays out on A4: orientation and items per sheet. */
export const SHEET: Record<PrintKind, { landscape: boolean; perSheet: number }> = {
  badges: { landscape: false, perSheet: 4 },
  'table-cards': { landscape: true, perSheet: 1 },
  'meal-tickets': { landscape: false, perSheet: 10 },
  'seat-cards': { landscape: false, perSheet: 8 },
  'seat-chart': { landscape: true, perSheet: 1 },
};

/** A person as the prints use them: the participant, their pass token (QR) when known, their dietary marks. */
export type PrintPerson = {
  participantId: string; name: string; unit: string | null; departmentName: string | null; title: string | null; role: string; groupName: string | null;
  token: string | null; dietary: { halal: boolean; vegetarian: boolean } | null;
};

/** Who to print: everyone, one group (人群类别) or one role; written `all`, `group:<name>` or `role:<role>` in the URL. */
export type Who = { kind: 'all' } | { kind: 'group'; value: string } | { kind: 'role'; value: string };

/** Reads `who` from the URL. */
export function parseWho(text: string | null): Who {
  const m = /^(group|role):(.+)$/.exec(text ?? '');
  return m ? { kind: m[1] as 'group' | 'role', value: m[2] } : { kind: 'all' };
}

/** Writes `who` for the URL. */
export const whoText = (w: Who) => (w.kind === 'all' ? 'all' : `${w.kind}:${w.value}`);

/** Participants (with pass tokens where given) as print people, filtered; declined and on-leave people are left out. */
export function printPeople(participants: readonly Participant[], passes: readonly { participantId: string; token: string }[] | null, who: Who): PrintPerson[] {
  const tokens = new Map((passes ?? []).map((p) => [p.participantId, p.token]));
  return participants
    .filter((p) => p.attendance !== 'declined' && p.attendance !== 'leave')
    .filter((p) => who.kind === 'all' || (who.kind === 'group' ? p.groupName === who.value : p.role === who.value))
    .map((p) => {
      const dietary = (p.reply as { dietary?: { halal?: boolean; vegetarian?: boolean } | null } | null)?.dietary;
      return {
        participantId: p.id, name: p.personName, unit: p.unit, departmentName: p.departmentName, title: p.title, role: p.role, groupName: p.groupName,
        token: tokens.get(p.id) ?? null, dietary: dietary ? { halal: !!dietary.halal, vegetarian: !!dietary.vegetarian } : null,
      };
    });
}

/** Items in sheets of `n`. */
export function sheetsOf<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/** Each local day the meeting runs (ISO dates in its zone), first to last. */
export function meetingDays(startAt: number, endAt: number, zone: string): string[] {
  const days: string[] = [];
  let d = DateTime.fromMillis(startAt, { zone }).startOf('day');
  const last = DateTime.fromMillis(Math.max(startAt, endAt - 1), { zone }).startOf('day');
  while (d <= last && days.length < 31) {
    days.push(d.toISODate()!);
    d = d.plus({ days: 1 });
  }
  return days;
}

/** One meal ticket: a person, a day and a meal, numbered across the print run. */
export type MealTicket = { person: PrintPerson; day: string; meal: Meal; no: number };

/** Tickets person by person, then day by day, then meal by meal (so one person's tickets sit together for cutting and handing out). */
export function mealTickets(people: readonly PrintPerson[], days: readonly string[], meals: readonly Meal[]): MealTicket[] {
  const ordered = MEALS.filter((m) => meals.includes(m));
  const out: MealTicket[] = [];
  for (const person of people) for (const day of days) for (const meal of ordered) out.push({ person, day, meal, no: out.length + 1 });
  return out;
}

/** Each person's seat in a plan. */
export function seatsById(assignments: readonly SeatAssignment[]): Map<string, SeatAssignment> {
  return new Map(assignments.map((a) => [a.participantId, a]));
}

/** The dark modules of a QR code for a text (error correction M), for drawing as one SVG path. */
export function qrModules(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  // Runs of dark modules along each row become one rectangle each (a smaller path than one square per module).
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size;) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let end = x;
      while (end < modules.size && modules.get(y, end)) end++;
      path += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  }
  return { size: modules.size, path };
}
