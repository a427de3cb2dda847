import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrate';
import { openTestDatabase, type TestDatabase } from '../testing/test-db';
import { initSecrets } from '../platform/secrets';
import { TEST_SECRET_KEY } from '../testing/test-app';
import { seedDemo } from './seed-demo';

let database: TestDatabase;
const now = DateTime.fromISO('2026-11-27T10:00', { zone: 'Asia/Shanghai' }).toMillis();
beforeAll(async () => {
  database = await openTestDatabase();
  initSecrets(Buffer.from(TEST_SECRET_KEY, 'hex'));
  await seedDemo(database, now);
});
afterAll(() => database.dispose());

const local = (ms: number) => DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' });

describe('demo data', () => {
  it('has the 800 sample attendees on the forum, imported with their roles and 人群类别', async () => {
    const forum = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'forum').executeTakeFirstOrThrow();
    const rows = await database.db.selectFrom('meeting_participants').select(['role', 'group_name']).where('meeting_id', '=', forum.id).execute();
    expect(rows).toHaveLength(800);
    expect(new Set(rows.map((r) => r.group_name))).toContain('VIP嘉宾');
    expect(rows.filter((r) => r.role === 'guest_speaker').length).toBeGreaterThan(0);
  });

  it('has a logo for the print pages (an SVG the logo check accepts)', async () => {
    const logo = await database.db.selectFrom('org_logos').selectAll().executeTakeFirstOrThrow();
    expect(logo.mime).toBe('image/svg+xml');
    expect(Buffer.from(logo.content).toString('utf8')).toContain('华信');
  });

  it('has the seed’s all-hands with its 8:30–17:00 agenda, approved by the leader', async () => {
    const m = await database.db.selectFrom('meetings').selectAll().where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    expect(m.status).toBe('notified');
    expect([local(m.start_at).toFormat('HH:mm'), local(m.end_at).toFormat('HH:mm')]).toEqual(['08:30', '17:00']);
    expect(m.notes).toContain('16:30-17:00 会议总结和表彰');
    expect(m.start_at).toBeGreaterThan(now);
    expect(m.start_at - now).toBeLessThan(60 * 86_400_000);
  });

  it('has the all-hands notice sent to its staff, with replies taken on the phone', async () => {
    const m = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    const notice = await database.db.selectFrom('notices').selectAll().where('meeting_id', '=', m.id).executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ kind: 'meeting', status: 'queued', doc_number: '华信办〔2026〕12号' });
    const deliveries = await database.db.selectFrom('deliveries').select(['channel']).where('notice_id', '=', notice.id).execute();
    expect(deliveries.filter((d) => d.channel === 'email')).toHaveLength(11);
    const answered = await database.db.selectFrom('meeting_participants').select(['attendance', 'answered_by_user_id']).where('meeting_id', '=', m.id).where('attendance', '!=', 'invited').execute();
    expect(answered.map((a) => a.attendance).sort()).toEqual(['confirmed', 'confirmed', 'leave', 'substitute']);
    expect(answered.every((a) => a.answered_by_user_id)).toBe(true);
  });

  it('has the seed’s all-hands agenda as ten items, published as version 1', async () => {
    const m = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    const items = await database.db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', m.id).orderBy('start_at').execute();
    expect(items.map((i) => `${local(Number(i.start_at)).toFormat('H:mm')} ${i.kind} ${i.title}`).slice(0, 2)).toEqual(['8:30 sign_in 会议签到', '9:00 opening 公司领导致辞，总结过去一年的工作成绩']);
    expect(items).toHaveLength(10);
    const versions = await database.db.selectFrom('agenda_versions').select('version').where('meeting_id', '=', m.id).execute();
    expect(versions.map((v) => v.version)).toEqual([1]);
  });

  it('has the internal flow applied to the all-hands, with the agenda and notice tasks closed by their evidence', async () => {
    const m = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    const tasks = await database.db.selectFrom('tasks').selectAll().where('meeting_id', '=', m.id).execute();
    expect(tasks.length).toBeGreaterThan(10);
    const byEvidence = Object.fromEntries(tasks.filter((t) => t.evidence).map((t) => [t.evidence, t.status]));
    expect(byEvidence).toMatchObject({ agenda_published: 'done', notice_sent: 'done' });
  });

  it('has the all-hands agenda as materials (Word for participants, the deck for presenters), named in the notice and opened by some', async () => {
    const m = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    const materials = await database.db.selectFrom('materials').select(['title', 'format', 'visibility']).where('meeting_id', '=', m.id).orderBy('created_at').execute();
    expect(materials).toEqual([{ title: '会议议程', format: 'docx', visibility: 'participants' }, { title: '会议议程（大屏PPT）', format: 'pptx', visibility: 'presenters' }]);
    const delivery = await database.db.selectFrom('deliveries').select('body').where('meeting_id', '=', m.id).where('channel', '=', 'email').executeTakeFirstOrThrow();
    expect(delivery.body).toContain('四、会议材料：《会议议程》，请通过回执链接查看下载');
    expect(await database.db.selectFrom('material_opens').select('id').where('meeting_id', '=', m.id).execute()).toHaveLength(3);
  });

  it('has a weekly 总经理室会议 series of 26 Mondays at 09:10, all approved', async () => {
    const rows = await database.db.selectFrom('meetings').selectAll().where('title', '=', '总经理室会议').orderBy('start_at').execute();
    expect(rows).toHaveLength(26);
    expect(new Set(rows.map((r) => local(r.start_at).toFormat('ccc HH:mm')))).toEqual(new Set(['Mon 09:10']));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['approved']));
  });

  it('has an external three-day forum for 800 about four months out, awaiting approval', async () => {
    const f = await database.db.selectFrom('meetings').selectAll().where('kind', '=', 'forum').executeTakeFirstOrThrow();
    expect(f).toMatchObject({ scope: 'external', expected_size: 800, status: 'planned' });
    expect(Math.round((f.end_at - f.start_at) / 86_400_000)).toBe(2);
  });

  it('has the venue registry, with the weekly meeting booked into 第一会议室 every week and the all-hands in 多功能厅', async () => {
    const venues = await database.db.selectFrom('venues').select(['id', 'name']).execute();
    expect(venues).toHaveLength(7);
    const room = venues.find((v) => v.name === '总部 12 层第一会议室')!;
    const weekly = await database.db.selectFrom('bookings').select('status').where('venue_id', '=', room.id).execute();
    expect(weekly).toHaveLength(26);
    const hall = venues.find((v) => v.name === '总部一层多功能厅')!;
    const allHands = await database.db.selectFrom('bookings').selectAll().where('venue_id', '=', hall.id).executeTakeFirstOrThrow();
    expect(allHands.block_end - allHands.block_start).toBe((8.5 + 1.5) * 3_600_000);
  });

  it('has the all-hands 主会场签到 and 午餐 lists with a morning of check-ins and one flagged duplicate', async () => {
    const m = await database.db.selectFrom('meetings').select('id').where('kind', '=', 'all_hands').executeTakeFirstOrThrow();
    const lists = await database.db.selectFrom('checkin_lists').select(['id', 'name', 'kind']).where('meeting_id', '=', m.id).orderBy('sort_order').execute();
    expect(lists.map((l) => [l.name, l.kind])).toEqual([['主会场签到', 'main'], ['午餐', 'meal']]);
    const attendance = await database.db.selectFrom('checkin_attendance').select('list_id').where('meeting_id', '=', m.id).execute();
    expect(attendance.filter((a) => a.list_id === lists[0].id)).toHaveLength(6);
    expect(attendance.filter((a) => a.list_id === lists[1].id)).toHaveLength(3);
    const scans = await database.db.selectFrom('checkin_scans').select(['method', 'flagged']).where('meeting_id', '=', m.id).execute();
    expect(scans.filter((s) => s.flagged)).toHaveLength(1);
    expect(scans.filter((s) => s.method === 'makeup')).toHaveLength(1);
  });

  it('covers the other states, and migrating again changes nothing', async () => {
    const states = await database.db.selectFrom('meetings').select('status').distinct().execute();
    expect(states.map((s) => s.status).sort()).toEqual(['approved', 'cancelled', 'closed', 'draft', 'notified', 'planned']);
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
