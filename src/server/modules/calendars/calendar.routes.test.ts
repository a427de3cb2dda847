import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson, buildVenue, tomorrowAt } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
});
afterAll(() => t.close());

/** Parses a feed with ical.js (an implementation independent of ical-generator) and expands every event. */
function expand(ics: string, until: number) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevents = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const masters = vevents.filter((e) => !e.isRecurrenceException());
  for (const ex of vevents.filter((e) => e.isRecurrenceException())) masters.find((m) => m.uid === ex.uid)!.relateException(ex);
  const out: { title: string; start: string; end: string }[] = [];
  for (const m of masters) {
    if (!m.isRecurring()) {
      out.push({ title: m.summary, start: fmt(m.startDate.toUnixTime()), end: fmt(m.endDate.toUnixTime()) });
      continue;
    }
    const it = m.iterator();
    for (let next = it.next(); next && next.toUnixTime() * 1000 < until; next = it.next()) {
      const d = m.getOccurrenceDetails(next);
      out.push({ title: d.item.summary, start: fmt(d.startDate.toUnixTime()), end: fmt(d.endDate.toUnixTime()) });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}
const fmt = (s: number) => DateTime.fromSeconds(s, { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm');

describe('calendar feeds', () => {
  it('a person’s feed: a series as RRULE with a cancelled occurrence excluded and a moved one overridden, plus a single meeting', async () => {
    const me = await buildPerson(t.database.db, t.org.id, '王秘书');
    const start = tomorrowAt(t.org, 9, 10);
    const series = await call(t.app, 'POST', '/api/meetings', {
      as: organiser, body: { title: '周例会', kind: 'regular', scope: 'internal', startAt: start, endAt: start + 6_600_000, timeZone: 'Asia/Shanghai', hostPersonId: me, place: '第一会议室', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4' } },
    });
    const occ = (await call(t.app, 'GET', `/api/meetings?seriesId=${series.data.seriesId}`, { as: organiser })).data.items;
    await call(t.app, 'POST', `/api/meetings/${occ[1].id}/cancel`, { as: organiser, body: { reason: '出差' } });
    await call(t.app, 'PATCH', `/api/meetings/${occ[2].id}`, { as: organiser, body: { version: occ[2].version, startAt: occ[2].startAt + 5 * 3_600_000, endAt: occ[2].startAt + 6 * 3_600_000 } });
    const single = tomorrowAt(t.org, 15);
    const other = await call(t.app, 'POST', '/api/meetings', { as: organiser, body: { title: '预算会', kind: 'report', scope: 'internal', startAt: single, endAt: single + 3_600_000, timeZone: 'Asia/Shanghai' } });
    await call(t.app, 'POST', `/api/meetings/${other.data.id}/participants`, { as: organiser, body: { personId: me } });

    const feed = await call(t.app, 'POST', '/api/calendar-feeds', { as: organiser, body: { subjectType: 'person', subjectId: me } });
    expect(feed.statusCode).toBe(201);
    const res = await t.app.inject({ method: 'GET', url: new URL(feed.data.url).pathname });
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    expect(res.body).toMatch(/RRULE:FREQ=WEEKLY;COUNT=4/);
    expect(res.body).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T091000/);
    expect(res.body).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Asia\/Shanghai/);
    expect(res.body.match(/^DTSTAMP:.*$/gm)!.every((l: string) => /DTSTAMP:\d{8}T\d{6}Z\r?$/.test(l))).toBe(true);
    const day = (ms: number) => DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toFormat('MM-dd');
    expect(expand(res.body, start + 60 * 86_400_000)).toEqual([
      { title: '周例会', start: `${day(start)} 09:10`, end: `${day(start)} 11:00` },
      { title: '预算会', start: `${day(single)} 15:00`, end: `${day(single)} 16:00` },
      { title: '周例会', start: `${day(occ[2].startAt)} 14:10`, end: `${day(occ[2].startAt)} 15:10` },
      { title: '周例会', start: `${day(occ[3].startAt)} 09:10`, end: `${day(occ[3].startAt)} 11:00` },
    ].sort((a, b) => a.start.localeCompare(b.start)));
  });

  it('a venue’s feed lists its live bookings; a revoked URL is 404; someone else’s person feed is 403', async () => {
    const venueId = await buildVenue(t.database, t.org, { name: '报告厅' });
    await call(t.app, 'POST', '/api/bookings', { as: organiser, body: { venueId, title: '培训', startAt: tomorrowAt(t.org, 10), endAt: tomorrowAt(t.org, 12) } });
    const member = await signIn(t, t.org, 'member');
    const feed = await call(t.app, 'POST', '/api/calendar-feeds', { as: member, body: { subjectType: 'venue', subjectId: venueId } });
    const path = new URL(feed.data.url).pathname;
    const events = expand((await t.app.inject({ method: 'GET', url: path })).body, Date.now() + 30 * 86_400_000);
    expect(events).toEqual([expect.objectContaining({ title: '培训', start: expect.stringMatching(/10:00$/), end: expect.stringMatching(/12:00$/) })]);
    await call(t.app, 'DELETE', `/api/calendar-feeds/${feed.data.id}`, { as: member });
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const someone = await buildPerson(t.database.db, t.org.id);
    expect((await call(t.app, 'POST', '/api/calendar-feeds', { as: member, body: { subjectType: 'person', subjectId: someone } })).statusCode).toBe(403);
  });
});
