import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../platform/table-file';
import { buildMeeting, buildPerson } from '../../testing/factories';
import { createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { EXPORT_COLUMNS, LIST_COLUMNS } from './participant.xlsx';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/samples');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const forumXlsx = fs.readFileSync(path.join(DATA, 'forum-attendees-800.xlsx'));
const forumCsv = fs.readFileSync(path.join(DATA, 'forum-attendees-800.csv'));
const withErrors = fs.readFileSync(path.join(DATA, 'forum-attendees-with-errors.xlsx'));

let t: TestApp;
let organiser: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

const upload = (as: Caller | null, meetingId: string, body: Buffer, opts: { dryRun?: boolean; type?: string } = {}) =>
  t.app.inject({
    method: 'POST', url: `/api/meetings/${meetingId}/participants/import${opts.dryRun ? '?dryRun=true' : ''}`, payload: body,
    headers: { ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}), 'content-type': opts.type ?? XLSX },
  });
const exportOf = (as: Caller | null, meetingId: string) => t.app.inject({ method: 'GET', url: `/api/meetings/${meetingId}/participants/export.xlsx`, headers: as ? { cookie: as.cookie } : {} });

const participantsOf = (meetingId: string) =>
  t.database.db.selectFrom('meeting_participants as mp').innerJoin('people as p', 'p.id', 'mp.person_id')
    .select(['mp.id', 'p.name', 'p.phone', 'p.kind', 'p.unit', 'p.title', 'p.gender', 'p.category', 'mp.role', 'mp.group_name', 'mp.attendance', 'mp.reply_json'])
    .where('mp.meeting_id', '=', meetingId).orderBy('mp.created_at').orderBy('mp.id').execute();
const peopleCount = async () => Number((await t.database.db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', t.org.id).executeTakeFirstOrThrow()).n);

/** A sheet's rows as text, header first, the first `width` columns. */
async function sheetRows(file: Buffer, width: number): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((r) => out.push(Array.from({ length: width }, (_, i) => cellText((r.getCell(i + 1).value as never) ?? null))));
  return out;
}

describe('参会人员名单 import and export', () => {
  it('401 without a session, 403 for a member, 404 for another organisation\'s meeting, 400 for a file that is not a table', async () => {
    const meeting = await buildMeeting(t.database, t.org);
    const foreign = await buildMeeting(t.database, t.otherOrg);
    expect((await upload(null, meeting.id, forumXlsx)).statusCode).toBe(401);
    expect((await exportOf(null, meeting.id)).statusCode).toBe(401);
    expect((await upload(member, meeting.id, forumXlsx)).statusCode).toBe(403);
    expect((await upload(organiser, foreign.id, forumXlsx)).statusCode).toBe(404);
    expect((await exportOf(member, foreign.id)).statusCode).toBe(404);
    const junk = await upload(organiser, meeting.id, Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.details.errors.map((e: { reason: string }) => e.reason)).toEqual(['import_not_table']);
    const noPhone = await upload(organiser, meeting.id, Buffer.from('序号,姓名\n1,张三\n'), { type: 'text/csv' });
    expect(noPhone.json().error.details.errors[0]).toMatchObject({ row: 0, reason: 'import_missing_columns', message: '缺少列：手机' });
  });

  it('reports exactly the 8 mistakes of forum-attendees-with-errors.xlsx by row and column, and imports nothing', async () => {
    const meeting = await buildMeeting(t.database, t.org);
    const people = await peopleCount();
    const res = await upload(organiser, meeting.id, withErrors);
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as { row: number; column: string; field: string; reason: string; message: string }[];
    expect(errors.map((e) => `${e.row}:${e.column}:${e.reason}`)).toEqual([
      '4:手机:mobile', '7:姓名:required', '9:手机:duplicate_in_file', '11:邮箱:invalid_email', '13:参会角色:invalid_option',
      '15:抵达日期:date', '17:返程日期:departure_before_arrival', '19:性别:invalid_option',
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      '手机应为 11 位手机号', '姓名为必填项', '手机与第 8 行重复', '邮箱不是有效的邮箱地址', expect.stringMatching(/^参会角色的取值无效，可选：主持人、汇报人、参会人/),
      '抵达日期不是有效的日期（如 2027-03-16）', '返程时间不能早于抵达时间', '性别的取值无效，可选：男、女',
    ]);
    expect(res.json().error.message).toBe('请检查填写的内容：导入文件有 8 处错误，未导入任何数据。第 4 行「手机」手机应为 11 位手机号');
    const dry = await upload(organiser, meeting.id, withErrors, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, total: 20, created: 12, errors: expect.any(Array) });
    expect(dry.json().errors).toHaveLength(8);
    expect(await participantsOf(meeting.id)).toHaveLength(0);
    expect(await peopleCount()).toBe(people);
  });

  it('imports the 800 of the forum (xlsx and csv alike), re-imports without duplicates, and round-trips through the export', async () => {
    const forum = await buildMeeting(t.database, t.org, { title: '2027 数字经济论坛' });
    const people = await peopleCount();
    const dry = await upload(organiser, forum.id, forumXlsx, { dryRun: true });
    expect(dry.json()).toEqual({ dryRun: true, total: 800, created: 800, updated: 0, unchanged: 0, peopleCreated: 800, errors: [] });
    expect(await participantsOf(forum.id)).toHaveLength(0);

    const started = performance.now();
    const res = await upload(organiser, forum.id, forumXlsx);
    const ms = Math.round(performance.now() - started);
    console.info(`[${t.database.dialect}] imported 800 rows (.xlsx) in ${ms} ms`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, total: 800, created: 800, peopleCreated: 800 });
    expect(ms).toBeLessThan(5000);
    const rows = await participantsOf(forum.id);
    expect(rows).toHaveLength(800);
    expect(await peopleCount()).toBe(people + 800);
    const su = rows[0];
    expect(su).toMatchObject({
      name: '苏军洋', phone: '15701518416', kind: 'external', unit: '中关村管委会／人力资源部', title: '高级工程师', gender: 'female', category: 'guest',
      role: 'participant', group_name: 'VIP嘉宾', attendance: 'invited',
    });
    expect(JSON.parse(su.reply_json!)).toEqual({
      arrival: { date: '2027-03-16', time: '17:55', mode: 'train', number: 'G4529', station: '北京南站' },
      departure: { date: '2027-03-17', time: '13:30' },
      lodging: { need: 'shared' },
      dietary: { halal: false, vegetarian: false, allergies: '花生过敏', other: null },
    });
    const roles = new Map<string, number>();
    for (const r of rows) roles.set(r.role, (roles.get(r.role) ?? 0) + 1);
    expect(Object.fromEntries(roles)).toEqual({ participant: 646, observer: 47, guest_speaker: 26, media: 22, sponsor: 22, presenter: 22, staff: 15 });
    const audit = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'meeting.participant_import').where('entity_id', '=', forum.id).execute();
    expect(audit.map((a) => JSON.parse(a.after_json!))).toEqual([{ dryRun: false, total: 800, created: 800, updated: 0, unchanged: 0, peopleCreated: 800 }]);

    const again = await upload(organiser, forum.id, forumXlsx);
    expect(again.json()).toEqual({ dryRun: false, total: 800, created: 0, updated: 0, unchanged: 800, peopleCreated: 0, errors: [] });
    expect(await participantsOf(forum.id)).toHaveLength(800);

    // The CSV of the same list, into a second meeting: the same people (found by mobile), the same roles, groups and replies.
    const other = await buildMeeting(t.database, t.org);
    const startedCsv = performance.now();
    const fromCsv = await upload(organiser, other.id, forumCsv, { type: 'text/csv' });
    console.info(`[${t.database.dialect}] imported 800 rows (.csv) in ${Math.round(performance.now() - startedCsv)} ms`);
    expect(fromCsv.json()).toMatchObject({ created: 800, peopleCreated: 0 });
    const strip = (r: (typeof rows)[number]) => ({ ...r, id: undefined });
    expect((await participantsOf(other.id)).map(strip)).toEqual(rows.map(strip));

    // Answered on someone's behalf: the export shows it; the list's columns still round-trip, and re-importing the export changes nothing.
    const leave = { ...JSON.parse(rows[1].reply_json!), attendance: 'leave', leaveReason: '出差' };
    await t.database.db.updateTable('meeting_participants').set({ attendance: 'leave', reply_json: JSON.stringify(leave), answered_at: Date.UTC(2027, 2, 1, 2, 5), answered_by_user_id: organiser.userId }).where('id', '=', rows[1].id).execute();
    const exported = await exportOf(member, forum.id);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(encodeURIComponent('2027 数字经济论坛-参会人员名单.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const out = await sheetRows(Buffer.from(exported.rawPayload), EXPORT_COLUMNS.length);
    expect(out[0]).toEqual([...EXPORT_COLUMNS]);
    expect(out.map((r) => r.slice(0, LIST_COLUMNS.length))).toEqual(await sheetRows(forumXlsx, LIST_COLUMNS.length));
    expect(out[1].slice(LIST_COLUMNS.length)).toEqual(['待回复', '', '', '', '']);
    expect(out[2].slice(LIST_COLUMNS.length)).toEqual(['请假', '2027-03-01 10:05', '是', '', '出差']);
    const reimported = await upload(organiser, forum.id, Buffer.from(exported.rawPayload));
    expect(reimported.json()).toMatchObject({ created: 0, updated: 0, unchanged: 800 });
    const kept = (await participantsOf(forum.id))[1];
    expect(kept.attendance).toBe('leave');
    expect(JSON.parse(kept.reply_json!)).toEqual(leave);
  });

  it('reads Excel dates and times given as date cells (wall dates, read in UTC) and phones given as numbers', async () => {
    const meeting = await buildMeeting(t.database, t.org);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow([...LIST_COLUMNS]);
    ws.addRow([1, '方雅琴', '女', '新华社', null, '记者', 13911112222, 'fang@example.com', '媒体', '媒体', new Date(Date.UTC(2027, 2, 15)), new Date(Date.UTC(1899, 11, 30, 9, 5)), '航班', 'CA1234', '首都国际机场T3', new Date(Date.UTC(2027, 2, 17)), new Date(Date.UTC(1899, 11, 30, 18, 0)), '单住', '清真、素食', '需要采访证']);
    const res = await upload(organiser, meeting.id, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.json()).toMatchObject({ created: 1, peopleCreated: 1 });
    const [row] = await participantsOf(meeting.id);
    expect(row).toMatchObject({ name: '方雅琴', phone: '13911112222', unit: '新华社', role: 'media', category: 'media' });
    expect(JSON.parse(row.reply_json!)).toEqual({
      arrival: { date: '2027-03-15', time: '09:05', mode: 'flight', number: 'CA1234', station: '首都国际机场T3' },
      departure: { date: '2027-03-17', time: '18:00' }, lodging: { need: 'single' }, dietary: { halal: true, vegetarian: true, allergies: null, other: null }, note: '需要采访证',
    });
  });

  it('finds people of the directory by mobile (staff keep their own details) and refuses a mobile registered under another name', async () => {
    const meeting = await buildMeeting(t.database, t.org);
    const wang = await buildPerson(t.database.db, t.org.id, '王 芳');
    const li = await buildPerson(t.database.db, t.org.id, '李雷');
    await t.database.db.updateTable('people').set({ phone: '13800000001', title: '主任' }).where('id', '=', wang).execute();
    await t.database.db.updateTable('people').set({ phone: '13800000002' }).where('id', '=', li).execute();
    const list = (second: string) => Buffer.from(`${LIST_COLUMNS.join(',')}\n1,王芳,女,本单位,办公室,科员,13800000001,wf@example.com,主持人,,,,,,,,,,,\n2,${second},男,,,,+86 138-0000-0002,,,,,,,,,,,,,\n`);
    const refused = await upload(organiser, meeting.id, list('韩梅梅'), { type: 'text/csv' });
    expect(refused.json().error.details.errors).toEqual([{ row: 3, column: '手机', field: 'phone', reason: 'phone_other_person', message: '手机已登记为「李雷」的号码' }]);
    const done = await upload(organiser, meeting.id, list('李雷'), { type: 'text/csv' });
    expect(done.json()).toMatchObject({ created: 2, peopleCreated: 0 });
    const rows = await participantsOf(meeting.id);
    expect(rows.map((r) => [r.name, r.role, r.kind, r.unit, r.title, r.gender, r.reply_json])).toEqual([['王 芳', 'host', 'staff', null, '主任', 'female', null], ['李雷', 'participant', 'staff', null, null, 'male', null]]);
  });
});
