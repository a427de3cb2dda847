/** When a slot is taken: the same room a little earlier or later that day, and other rooms that fit at the same time. */
import { DateTime } from 'luxon';
import type { Alternative } from '../../../shared/bookings';
import { isFree, normalize, type Interval } from '../../../shared/intervals';
import { checkBookingRules, effectiveRules } from '../../../shared/venues';
import type { Db } from '../../db/database';
import type { Ctx } from '../../platform/context';
import { orgSettings } from '../org';
import { capacitiesOf, closuresIn, equipmentOf, rulesOf, venueRows } from '../venues';
import { liveBlocks } from './booking.queries';

const STEP = 15 * 60_000;

/** What was asked for, as far as alternatives care. */
export type AltRequest = { venueId: string; startAt: number; endAt: number; layout?: string | null; attendeeCount?: number | null; equipment?: readonly string[] };

/** Up to one earlier and one later slot in the same room, and up to five other rooms, best fit first. */
export async function findAlternatives(db: Db, ctx: Ctx, req: AltRequest): Promise<Alternative[]> {
  const { policy, timeZone } = await orgSettings(db, ctx.actor.orgId);
  const now = ctx.now();
  const duration = req.endAt - req.startAt;
  const day = DateTime.fromMillis(req.startAt, { zone: timeZone }).startOf('day');
  const [dayStart, dayEnd] = [day.toMillis(), day.plus({ days: 1 }).toMillis()];
  const venues = (await venueRows(db, ctx.actor.orgId, true)).map((row) => ({ row, rules: effectiveRules(row.kind, rulesOf(row), policy) }));
  const range: Interval = [Math.min(dayStart, req.startAt) - 86_400_000, Math.max(dayEnd, req.endAt) + 86_400_000];
  const blocks = await liveBlocks(db, ctx.actor.orgId, range[0], range[1]);
  const closures = await closuresIn(db, ctx.actor.orgId, range[0], range[1]);
  const busyOf = new Map<string, Interval[]>();
  for (const b of blocks) busyOf.set(b.venue_id, [...(busyOf.get(b.venue_id) ?? []), [b.block_start, b.block_end]]);
  for (const c of closures) busyOf.set(c.venue_id, [...(busyOf.get(c.venue_id) ?? []), [c.start_at, c.end_at]]);
  const busy = new Map([...busyOf].map(([id, list]) => [id, normalize(list)]));
  const usable = (v: (typeof venues)[number], start: number) => {
    const end = start + duration;
    const block: Interval = [start - v.rules.setupMinutes * 60_000, end + v.rules.cleanupMinutes * 60_000];
    return checkBookingRules(v.rules, { startAt: start, endAt: end }, now, timeZone).length === 0 && isFree(busy.get(v.row.id) ?? [], block);
  };
  const out: Alternative[] = [];
  const self = venues.find((v) => v.row.id === req.venueId);
  if (self) {
    const capacity = req.layout ? (capacitiesOf(self.row)[req.layout] ?? null) : Math.max(...Object.values(capacitiesOf(self.row)));
    const slot = (kind: 'earlier' | 'later', start: number): Alternative => ({ kind, venueId: self.row.id, venueName: self.row.name, startAt: start, endAt: start + duration, capacity });
    const aligned = req.startAt - ((req.startAt - dayStart) % STEP);
    for (let s = aligned === req.startAt ? aligned - STEP : aligned; s >= dayStart; s -= STEP) {
      if (usable(self, s)) { out.push(slot('earlier', s)); break; }
    }
    for (let s = aligned + STEP; s + duration <= dayEnd; s += STEP) {
      if (usable(self, s)) { out.push(slot('later', s)); break; }
    }
  }
  const need = req.attendeeCount ?? 0;
  const others = venues
    .filter((v) => v.row.id !== req.venueId)
    .map((v) => {
      const caps = capacitiesOf(v.row);
      const capacity = req.layout ? caps[req.layout] : Math.max(0, ...Object.values(caps));
      return { v, capacity };
    })
    .filter(({ v, capacity }) => capacity !== undefined && capacity >= need && (req.equipment ?? []).every((e) => equipmentOf(v.row).includes(e)) && usable(v, req.startAt))
    .sort((a, b) => a.capacity! - b.capacity! || a.v.row.name.localeCompare(b.v.row.name))
    .slice(0, 5);
  for (const { v, capacity } of others) out.push({ kind: 'other_room', venueId: v.row.id, venueName: v.row.name, startAt: req.startAt, endAt: req.endAt, capacity: capacity ?? null });
  return out;
}
