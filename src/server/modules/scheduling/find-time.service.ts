/** Find a time: reads everyone's meetings and every room's bookings in the window, then runs the pure search. */
import { z } from 'zod';
import { findTimes, type RoomCandidate, type RoomLayout } from '../../../shared/find-time';
import type { Interval } from '../../../shared/intervals';
import { MEETING_KINDS } from '../../../shared/meetings';
import { isMultiDepartment } from '../../../shared/policy';
import { effectiveRules, LAYOUTS } from '../../../shared/venues';
import { reasonMessage } from '../../../shared/errors';
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { liveBlocks } from '../bookings';
import { busyOfPeople } from '../meetings';
import { peopleNames } from '../people';
import { orgSettings } from '../org';
import { capacitiesOf, closuresIn, equipmentOf, rulesOf, venueRows } from '../venues';

const id = z.string().min(1).max(64);
/** The longest window one search may cover. */
export const MAX_WINDOW_DAYS = 31;

/** Body of `POST /api/find-time`. */
export const findTimeSchema = z.object({
  requiredPersonIds: z.array(id).max(2000).default([]),
  optionalPersonIds: z.array(id).max(2000).default([]),
  durationMinutes: z.number().int().min(5).max(24 * 60),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  kind: z.enum(MEETING_KINDS).optional(),
  departmentIds: z.array(id).max(200).default([]),
  room: z.object({ capacity: z.number().int().min(1).max(100000), layout: z.enum(LAYOUTS).optional(), equipment: z.array(z.string().min(1).max(40)).max(20).optional() }).optional(),
  excludeMeetingId: id.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** The answer: ranked suggestions, or the reason nothing fits. */
export const findTimeResultSchema = z.object({
  suggestions: z.array(z.object({
    startAt: z.number(), endAt: z.number(), venueId: z.string().nullable(), venueName: z.string().nullable(),
    otherVenues: z.array(z.object({ id: z.string(), name: z.string() })), optionalFree: z.number(), optionalFreeNames: z.array(z.string()),
  })),
  reason: z.enum(['window_empty', 'required_busy', 'no_room_fits', 'room_rules', 'rooms_busy']).optional(),
  reasonMessage: z.string().optional(),
  candidatesChecked: z.number(),
});

/** Suggests times (and rooms) where every required person is free, within working hours and the start-time policy. */
export async function findTime(ctx: Ctx, input: z.infer<typeof findTimeSchema>): Promise<z.infer<typeof findTimeResultSchema>> {
  authorize(ctx, 'meeting.read');
  if (input.to <= input.from) throw invalid('to', 'end_before_start');
  if (input.to - input.from > MAX_WINDOW_DAYS * 86_400_000) throw invalid('to', 'too_big', { max: `${MAX_WINDOW_DAYS} d` });
  const { policy, timeZone } = await orgSettings(ctx.db, ctx.actor.orgId);
  const people = [...new Set([...input.requiredPersonIds, ...input.optionalPersonIds])];
  const busyRows = await busyOfPeople(ctx.db, ctx.actor.orgId, people, input.from, input.to + 86_400_000, input.excludeMeetingId);
  const busyOf = new Map<string, Interval[]>();
  for (const r of busyRows) {
    const list = busyOf.get(r.person_id);
    if (list) list.push([r.start_at, r.end_at]);
    else busyOf.set(r.person_id, [[r.start_at, r.end_at]]);
  }

  const rooms: RoomCandidate[] = [];
  const names = new Map<string, string>();
  if (input.room) {
    const venues = await venueRows(ctx.db, ctx.actor.orgId, true);
    const range: [number, number] = [input.from - 86_400_000, input.to + 86_400_000];
    const blocks = await liveBlocks(ctx.db, ctx.actor.orgId, range[0], range[1]);
    const closures = await closuresIn(ctx.db, ctx.actor.orgId, range[0], range[1]);
    const busyByVenue = groupByVenue(blocks.map((b) => ({ venue_id: b.venue_id, span: [b.block_start, b.block_end] as const })));
    const closedByVenue = groupByVenue(closures.map((c) => ({ venue_id: c.venue_id, span: [c.start_at, c.end_at] as const })));
    for (const v of venues) {
      const rules = effectiveRules(v.kind, rulesOf(v), policy);
      names.set(v.id, v.name);
      rooms.push({
        id: v.id,
        capacities: capacitiesOf(v) as Partial<Record<RoomLayout, number>>,
        equipment: equipmentOf(v),
        busy: busyByVenue.get(v.id) ?? [],
        closures: closedByVenue.get(v.id) ?? [],
        rules: {
          bookableStart: rules.bookableStart ?? '00:00', bookableEnd: rules.bookableEnd ?? '24:00', minMinutes: rules.minMinutes,
          maxMinutes: rules.maxMinutes ?? Number.MAX_SAFE_INTEGER, maxAdvanceDays: rules.maxAdvanceDays, setupMinutes: rules.setupMinutes, cleanupMinutes: rules.cleanupMinutes,
        },
      });
    }
  }
  const multi = isMultiDepartment({ kind: input.kind ?? 'report', departmentIds: input.departmentIds });
  const result = findTimes({
    now: ctx.now(), timeZone, window: [input.from, input.to], durationMinutes: input.durationMinutes,
    required: input.requiredPersonIds.map((p) => busyOf.get(p) ?? []), optional: input.optionalPersonIds.map((p) => busyOf.get(p) ?? []),
    workingHours: { start: policy.workdayStart, end: policy.workdayEnd, weekdays: policy.workdays },
    startTimes: multi ? policy.multiDepartmentStartTimes : undefined, room: input.room, rooms, limit: input.limit,
  });
  const personNames = await peopleNames(ctx.db, ctx.actor.orgId, input.optionalPersonIds);
  return {
    candidatesChecked: result.candidatesChecked,
    ...(result.reason ? { reason: result.reason, reasonMessage: reasonMessage('startAt', `no_fit_${result.reason}`, ctx.lang) } : {}),
    suggestions: result.suggestions.map((s) => ({
      startAt: s.start, endAt: s.end, venueId: s.roomId, venueName: s.roomId ? (names.get(s.roomId) ?? null) : null,
      otherVenues: s.otherRoomIds.slice(0, 5).map((id) => ({ id, name: names.get(id) ?? id })),
      optionalFree: s.optionalFree, optionalFreeNames: s.optionalFreeIndexes.map((i) => personNames.get(input.optionalPersonIds[i]) ?? ''),
    })),
  };
}

function groupByVenue(rows: readonly { venue_id: string; span: Interval }[]): Map<string, Interval[]> {
  const out = new Map<string, Interval[]>();
  for (const r of rows) {
    const list = out.get(r.venue_id);
    if (list) list.push(r.span);
    else out.set(r.venue_id, [r.span]);
  }
  return out;
}
