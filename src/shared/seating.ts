/**
 * 座次 (seating): the rostrum (主席台) order by protocol rank, audience blocks by unit, and the plan documents server and web share.
 *
 * Directions: seats are numbered from the AUDIENCE's left (facing the rostrum), on the rostrum and in the hall alike, so seat 1 is
 * always on the same side of the room. The seated leaders face the audience, so the leaders' left is the audience's right.
 *
 * Rostrum rule (`honourSide: 'left'`, 左为上, the Chinese government convention): rank 1 sits in the centre; 2 on 1's left
 * (leaders' view), 3 on 1's right, then alternating outward, even ranks on the honour side. With an even count 1 and 2 share the
 * two centre seats, 2 on 1's left. Seen from the audience: 7 seats read 7 5 3 1 2 4 6, 8 seats read 7 5 3 1 2 4 6 8.
 * `honourSide: 'right'` (右为上, the international convention) is the mirror image.
 *
 * Two-leader variant (`evenRule: 'two_leaders'`, 双首长居中): with an even count the centre LINE is the place of honour; rank 1 takes
 * the centre seat on its honour side and rank 2 the other centre seat, then odd ranks continue on the honour side and even ranks on
 * the other. 左为上 with 8 seats reads 8 6 4 2 1 3 5 7 from the audience (1 right of the centre line as the audience sees it).
 * Odd counts are the same under both rules (there is one centre seat). Auto-assign is in seating-assign.ts, name ordering in seating-order.ts.
 */
import { z } from 'zod';
import { PARTICIPANT_ROLES } from './participants';

/** Where a seat is: on the rostrum (主席台) or in the hall. */
export const SEAT_AREAS = ['rostrum', 'audience'] as const;
/** One area. */
export type SeatArea = (typeof SEAT_AREAS)[number];
/** 左为上 (the leaders' left is senior) or 右为上 (their right is). */
export const HONOUR_SIDES = ['left', 'right'] as const;
/** The even-count rule: the standard (2 on 1's senior side) or the two-leader variant (1 on the senior side of the centre line). */
export const EVEN_RULES = ['standard', 'two_leaders'] as const;
/** How audience blocks are ordered: the organiser's own list, stroke count of the name (笔画), or pinyin. */
export const BLOCK_ORDERS = ['list', 'strokes', 'pinyin'] as const;
/** What forms an audience block: the person's unit, their department, or the participant's group (人群类别). */
export const BLOCK_BY = ['unit', 'department', 'group'] as const;

/** The largest hall a plan describes (rows, seats per row); 100 × 100 covers a 2,000-seat forum. */
export const MAX_ROWS = 100;
/** Seats in one row at most. */
export const MAX_SEATS_PER_ROW = 100;

const seatKey = z.string().regex(/^[1-9]\d{0,2}-[1-9]\d{0,2}$/, { message: 'seat_key' });

/** How a plan seats people (settings_json). */
export const seatingSettingsSchema = z.object({
  honourSide: z.enum(HONOUR_SIDES).default('left'),
  evenRule: z.enum(EVEN_RULES).default('standard'),
  blockBy: z.enum(BLOCK_BY).default('unit'),
  blockOrder: z.enum(BLOCK_ORDERS).default('strokes'),
  /** For `blockOrder: 'list'`: block names in order; blocks not listed follow, by stroke count. */
  blockList: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
  /** Roles that get no seat from auto-assign (会务人员 serve, they do not sit). */
  excludeRoles: z.array(z.enum(PARTICIPANT_ROLES)).max(PARTICIPANT_ROLES.length).default(['staff']),
  /** Leave out people who declined or are on leave. */
  skipAbsent: z.boolean().default(true),
});
/** Plan settings. */
export type SeatingSettings = z.infer<typeof seatingSettingsSchema>;

/** The room (layout_json): rostrum rows (seats in each, front first), the hall's rows × seats, aisles, and seats kept empty. */
export const seatingLayoutSchema = z
  .object({
    rostrumRows: z.array(z.number().int().min(1).max(40)).max(4).default([7]),
    rows: z.number().int().min(1).max(MAX_ROWS),
    seatsPerRow: z.number().int().min(1).max(MAX_SEATS_PER_ROW),
    /** An aisle after seat n (counted from the audience's left). */
    aisles: z.array(z.number().int().min(1).max(MAX_SEATS_PER_ROW)).max(10).default([]),
    /** Seats kept empty ("row-seat"): the press, late guests, a camera. */
    reserved: z.array(seatKey).max(MAX_ROWS * MAX_SEATS_PER_ROW).default([]),
  })
  .superRefine((l, ctx) => {
    l.aisles.forEach((a, i) => {
      if (a >= l.seatsPerRow) ctx.addIssue({ code: 'custom', path: ['aisles', i], message: 'seat_outside' });
    });
    l.reserved.forEach((k, i) => {
      const [row, seat] = k.split('-').map(Number);
      if (row > l.rows || seat > l.seatsPerRow) ctx.addIssue({ code: 'custom', path: ['reserved', i], message: 'seat_outside' });
    });
  });
/** A room layout. */
export type SeatingLayout = z.infer<typeof seatingLayoutSchema>;

/** One person on one seat; `seat` counts from the audience's left. */
export const seatAssignmentSchema = z.object({
  area: z.enum(SEAT_AREAS),
  row: z.number().int().min(1).max(MAX_ROWS),
  seat: z.number().int().min(1).max(MAX_SEATS_PER_ROW),
  participantId: z.string().min(1).max(64),
});
/** One assignment. */
export type SeatAssignment = z.infer<typeof seatAssignmentSchema>;

/** A field problem of a plan document: the path (e.g. `assignments.3.seat`) and the reason key. */
export type PlanProblem = { path: (string | number)[]; reason: string };

/** The key of an audience seat, as `reserved` holds it. */
export const seatKeyOf = (row: number, seat: number): string => `${row}-${seat}`;

/** What is wrong with the assignments in this layout: seats outside it, reserved seats, a seat taken twice, a person seated twice. */
export function assignmentProblems(layout: SeatingLayout, assignments: readonly SeatAssignment[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const reserved = new Set(layout.reserved);
  const seats = new Set<string>();
  const people = new Set<string>();
  assignments.forEach((a, i) => {
    const rowCount = a.area === 'rostrum' ? layout.rostrumRows.length : layout.rows;
    const seatCount = a.area === 'rostrum' ? layout.rostrumRows[a.row - 1] ?? 0 : layout.seatsPerRow;
    const key = `${a.area}:${a.row}-${a.seat}`;
    if (a.row > rowCount) problems.push({ path: ['assignments', i, 'row'], reason: 'seat_outside' });
    else if (a.seat > seatCount) problems.push({ path: ['assignments', i, 'seat'], reason: 'seat_outside' });
    else if (a.area === 'audience' && reserved.has(seatKeyOf(a.row, a.seat))) problems.push({ path: ['assignments', i, 'seat'], reason: 'seat_reserved' });
    else if (seats.has(key)) problems.push({ path: ['assignments', i, 'seat'], reason: 'seat_taken' });
    if (people.has(a.participantId)) problems.push({ path: ['assignments', i, 'participantId'], reason: 'seated_twice' });
    seats.add(key);
    people.add(a.participantId);
  });
  return problems;
}

const planName = z.string().trim().min(1).max(60);

/** Body of `POST /api/meetings/:id/seating-plans`: a name, the venue (its capacity suggests the hall), optional settings and layout. */
export const createSeatingPlanSchema = z.object({
  name: planName,
  venueId: z.string().min(1).max(64).nullable().default(null),
  settings: seatingSettingsSchema.optional(),
  layout: seatingLayoutSchema.optional(),
});
/** Create input. */
export type CreateSeatingPlanInput = z.infer<typeof createSeatingPlanSchema>;

/** Body of `PUT /api/seating-plans/:id`: the whole plan with the version it was read at; assignments are checked against the layout. */
export const updateSeatingPlanSchema = z
  .object({
    version: z.number().int().min(1),
    name: planName,
    venueId: z.string().min(1).max(64).nullable(),
    settings: seatingSettingsSchema,
    layout: seatingLayoutSchema,
    assignments: z.array(seatAssignmentSchema).max(MAX_ROWS * MAX_SEATS_PER_ROW + 160),
  })
  .superRefine((p, ctx) => {
    for (const problem of assignmentProblems(p.layout, p.assignments)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.reason });
  });
/** Update input. */
export type UpdateSeatingPlanInput = z.infer<typeof updateSeatingPlanSchema>;

/** Body of `POST /api/seating-plans/:id/auto-assign`. */
export const autoAssignSchema = z.object({ version: z.number().int().min(1) });

/** Body of `PUT /api/meetings/:id/protocol-ranks`: participants in rank order (1 first); everyone else becomes unranked. */
export const protocolRanksSchema = z.object({ participantIds: z.array(z.string().min(1).max(64)).max(500) });

/** A participant as the seating editor and the prints need them. */
export const seatPersonSchema = z.object({
  participantId: z.string(), name: z.string(), unit: z.string().nullable(), departmentName: z.string().nullable(), title: z.string().nullable(),
  role: z.enum(PARTICIPANT_ROLES), groupName: z.string().nullable(), attendance: z.string(), rank: z.number().nullable(),
});
/** One seat person. */
export type SeatPerson = z.infer<typeof seatPersonSchema>;

/**
 * Whether the plan's settings seat this person: ranked people always; otherwise not the roles the settings leave out (工作人员 by
 * default) nor, when the settings say so, people who declined or are on leave. Auto-assign seats these; the editor lists the rest apart.
 */
export function needsSeat(p: Pick<SeatPerson, 'rank' | 'role' | 'attendance'>, settings: Pick<SeatingSettings, 'excludeRoles' | 'skipAbsent'>): boolean {
  if (settings.skipAbsent && (p.attendance === 'declined' || p.attendance === 'leave')) return false;
  return p.rank !== null || !settings.excludeRoles.includes(p.role);
}

/** A plan as the API returns it, with the meeting's people (ranks included) and who auto-assign left without a seat. */
export const seatingPlanSchema = z.object({
  id: z.string(), meetingId: z.string(), venueId: z.string().nullable(), venueName: z.string().nullable(), name: z.string(),
  settings: seatingSettingsSchema, layout: seatingLayoutSchema, assignments: z.array(seatAssignmentSchema),
  version: z.number(), createdAt: z.number(), updatedAt: z.number(),
  people: z.array(seatPersonSchema),
  /** Blocks in the order the settings give (for colours and the legend). */
  blockOrder: z.array(z.string()),
});
/** A plan DTO. */
export type SeatingPlan = z.infer<typeof seatingPlanSchema>;

/** A plan in the meeting's list. */
export const seatingPlanSummarySchema = z.object({ id: z.string(), name: z.string(), venueName: z.string().nullable(), seated: z.number(), version: z.number(), updatedAt: z.number() });

/** A participant's seat, for their pass page (`GET /api/rsvp/:token/seat`). */
export const publicSeatSchema = z.object({
  seats: z.array(z.object({ planName: z.string(), venueName: z.string().nullable(), area: z.enum(SEAT_AREAS), row: z.number(), seat: z.number() })),
});
/** The seats of a pass. */
export type PublicSeats = z.infer<typeof publicSeatSchema>;

/** The block a person falls in under the settings: their unit, department (else unit) or group; '' when none is given. */
export function blockOf(p: Pick<SeatPerson, 'unit' | 'departmentName' | 'groupName'>, settings: Pick<SeatingSettings, 'blockBy'>): string {
  if (settings.blockBy === 'group') return p.groupName ?? '';
  if (settings.blockBy === 'department') return p.departmentName ?? p.unit ?? '';
  return p.unit ?? '';
}

/** A seat in words: 主席台第1排第4座 / 第3排12号 (Rostrum row 1, seat 4 / Row 3, seat 12). */
export function seatLabel(s: { area: SeatArea; row: number; seat: number }, lang: 'zh-CN' | 'en'): string {
  if (lang === 'en') return s.area === 'rostrum' ? `Rostrum row ${s.row}, seat ${s.seat}` : `Row ${s.row}, seat ${s.seat}`;
  return s.area === 'rostrum' ? `主席台第${s.row}排第${s.seat}座` : `第${s.row}排${s.seat}号`;
}

/** The rostrum rule's options. */
export type RostrumRule = { honourSide: (typeof HONOUR_SIDES)[number]; evenRule: (typeof EVEN_RULES)[number] };

/** Ranks 1…n as the audience reads them from its left to its right, e.g. 7 → [7,5,3,1,2,4,6] under 左为上. */
export function rostrumOrder(n: number, rule: RostrumRule): number[] {
  const seq = new Array<number>(n);
  const twoLeaders = rule.evenRule === 'two_leaders' && n % 2 === 0;
  // Positions from the audience's left; under 左为上 the honour side (leaders' left) is towards higher positions.
  const first = twoLeaders ? n / 2 : Math.floor((n - 1) / 2);
  for (let k = 1; k <= n; k++) {
    let pos: number;
    if (k === 1) pos = first;
    else if (twoLeaders) pos = k % 2 === 1 ? first + (k - 1) / 2 : first - k / 2;
    else pos = k % 2 === 0 ? first + k / 2 : first - (k - 1) / 2;
    seq[pos] = k;
  }
  return rule.honourSide === 'left' ? seq : seq.reverse();
}

/** Where ranks 1…count sit in a row of `seats` seats (1-based seat numbers, index = rank − 1), centred on the row's place of honour. */
export function rowPlacement(seats: number, count: number, rule: RostrumRule): number[] {
  const c = Math.min(count, seats);
  const full = rostrumOrder(seats, rule).indexOf(1);
  const own = rostrumOrder(c, rule);
  const offset = Math.max(0, Math.min(seats - c, full - own.indexOf(1)));
  const out = new Array<number>(c);
  own.forEach((rank, i) => (out[rank - 1] = offset + i + 1));
  return out;
}
