/** Calendar feeds: a secret iCalendar URL per venue or person that Outlook, phones and Feishu can subscribe to. */
import { z } from 'zod';
import type { Db } from '../../db/database';
import type { CalendarFeedRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId, newToken } from '../../platform/ids';
import { orgSettings } from '../org';
import { peopleNames } from '../people';
import { findVenueRow } from '../venues';
import { buildIcs, type CalEvent, type CalSeries } from './calendar.ics';
import * as q from './calendar.queries';

/** Body of `POST /api/calendar-feeds`. */
export const createFeedSchema = z.object({ subjectType: z.enum(['venue', 'person']), subjectId: z.string().min(1).max(64) });

/** A feed as the API returns it (its URL is the secret). */
export const feedSchema = z.object({ id: z.string(), subjectType: z.enum(['venue', 'person']), subjectId: z.string(), url: z.string(), createdAt: z.number() });
type Feed = z.infer<typeof feedSchema>;

const PAST_MS = 90 * 86_400_000;
const FUTURE_MS = 400 * 86_400_000;

const toFeed = (r: CalendarFeedRow, publicUrl: string): Feed => ({
  id: r.id, subjectType: r.subject_type as Feed['subjectType'], subjectId: r.subject_id, url: `${publicUrl}/cal/${r.token}.ics`, createdAt: r.created_at,
});

/** Makes a feed: any venue of the organisation; one's own person, or anyone's for organisers and admins. */
export async function createFeed(ctx: Ctx, input: z.infer<typeof createFeedSchema>, publicUrl: string): Promise<Feed> {
  authorize(ctx, 'venue.read');
  if (input.subjectType === 'venue') {
    const venue = await findVenueRow(ctx.db, input.subjectId);
    if (!venue || venue.org_id !== ctx.actor.orgId) throw invalid('subjectId', 'unknown_reference');
  } else {
    if ((await peopleNames(ctx.db, ctx.actor.orgId, [input.subjectId])).size === 0) throw invalid('subjectId', 'unknown_reference');
    const self = ctx.actor.personId === input.subjectId;
    if (!self && !ctx.actor.roles.some((r) => r === 'admin' || r === 'organiser')) throw new AppError('forbidden');
  }
  const row: CalendarFeedRow = { id: newId(), org_id: ctx.actor.orgId, subject_type: input.subjectType, subject_id: input.subjectId, token: newToken(), created_by: ctx.actor.userId, created_at: ctx.now(), revoked_at: null };
  await ctx.db.transaction().execute(async (trx) => {
    await q.insertFeed(trx, row);
    await recordAudit(trx, ctx, { action: 'calendar_feed.create', entityType: input.subjectType, entityId: input.subjectId, after: { feedId: row.id } });
  });
  return toFeed(row, publicUrl);
}

/** The caller's live feeds. */
export async function myFeeds(ctx: Ctx, publicUrl: string): Promise<Feed[]> {
  authorize(ctx, 'venue.read');
  return (await q.feedsOf(ctx.db, ctx.actor.userId)).map((r) => toFeed(r, publicUrl));
}

/** Revokes a feed (its maker or an admin): the URL stops working. */
export async function revokeFeed(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'venue.read');
  const row = ownRow(ctx, await q.findFeed(ctx.db, id));
  if (row.created_by !== ctx.actor.userId && !ctx.actor.roles.includes('admin')) throw new AppError('forbidden');
  await q.revokeFeed(ctx.db, id, ctx.now());
}

type Occurrence = { id: string; title: string; start_at: number; end_at: number; series_id: string | null; occurrence_index: number | null; location: string | null; description: string | null; tentative: boolean };

async function group(db: Db, prefix: string, items: Occurrence[]): Promise<{ singles: CalEvent[]; series: CalSeries[] }> {
  const seriesRows = new Map((await q.seriesByIds(db, [...new Set(items.map((i) => i.series_id).filter((s): s is string => !!s))])).map((s) => [s.id, s]));
  const singles: CalEvent[] = [];
  const series = new Map<string, CalSeries>();
  for (const i of items) {
    const event: CalEvent = { uid: `${prefix}-${i.id}@huiwu`, title: i.title, startAt: i.start_at, endAt: i.end_at, location: i.location, description: i.description, tentative: i.tentative };
    const s = i.series_id ? seriesRows.get(i.series_id) : undefined;
    if (!s || s.dtstart === null || s.duration_ms === null || i.occurrence_index === null) {
      singles.push(event);
      continue;
    }
    const entry = series.get(s.id) ?? { uid: `${prefix}-series-${s.id}@huiwu`, rrule: s.rrule, dtstart: s.dtstart, durationMs: s.duration_ms, zone: s.time_zone, included: new Map() };
    entry.included.set(i.occurrence_index, event);
    series.set(s.id, entry);
  }
  return { singles, series: [...series.values()] };
}

/** The .ics of a live feed, or undefined for an unknown or revoked token. */
export async function renderFeed(db: Db, token: string, now: number): Promise<string | undefined> {
  const feed = await q.findLiveFeed(db, token);
  if (!feed) return undefined;
  const { timeZone } = await orgSettings(db, feed.org_id);
  const [from, to] = [now - PAST_MS, now + FUTURE_MS];
  if (feed.subject_type === 'venue') {
    const venue = await findVenueRow(db, feed.subject_id);
    if (!venue) return undefined;
    const rows = await q.bookingsOfVenue(db, venue.id, from, to);
    const items = rows.map((b) => ({ ...b, location: venue.name, description: b.purpose, tentative: b.status !== 'confirmed' }));
    return buildIcs({ name: `${venue.name} · 会场日程`, zone: timeZone, ...(await group(db, 'booking', items)) });
  }
  const name = (await peopleNames(db, feed.org_id, [feed.subject_id])).get(feed.subject_id) ?? '';
  const rows = await q.meetingsOfPerson(db, feed.org_id, feed.subject_id, from, to);
  const items = rows.map((m) => ({ ...m, location: m.place, description: m.purpose, tentative: m.status === 'draft' || m.status === 'planned' }));
  return buildIcs({ name: `${name} · 会议日程`, zone: timeZone, ...(await group(db, 'meeting', items)) });
}
