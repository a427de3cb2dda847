import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { checkinMeeting, listsOf, postScans } from './checkin.fixture';
import { SHEET_COLUMNS, SHEET_HEADER_ROW } from './checkin.sheet';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

const day = DateTime.now().setZone('Asia/Shanghai').plus({ days: 3 }).startOf('day');
const at = (hh: number, mm: number) => day.set({ hour: hh, minute: mm }).toMillis();
const people = [
  { name: '王丽华', role: 'host', group: '公司领导', title: '副总裁' }, { name: '周涛', group: '部门负责人', unit: '研发中心' }, { name: '李娜', group: '公司领导', title: '总经理' },
  { name: '赵强', group: '部门负责人', attendance: 'leave' }, { name: '<b>钱进</b>', role: 'media', group: '媒体', unit: '日报社' },
];

async function setUp() {
  const m = await checkinMeeting(t, people, { title: '2026 年度全员大会', startAt: at(8, 30), endAt: at(17, 0), place: '总部一层多功能厅' });
  const [main] = await listsOf(t, staff, m.meeting.id);
  await postScans(t, staff, [
    { listId: main.id, pass: m.pass(0), scannedAt: at(8, 41) }, { listId: main.id, participantId: m.ids[1], method: 'manual', scannedAt: at(8, 52) },
    { listId: main.id, participantId: m.ids[4], method: 'makeup', reason: '会后补签：现场签到表漏签', scannedAt: at(17, 20) },
    { listId: main.id, pass: m.pass(0), scannedAt: at(9, 5), deviceId: 'desk-2' },
  ]);
  return { ...m, main };
}

describe('签到表', () => {
  it('401/404 first; the Excel sheet parses back with title, header, times, methods and a blank 签名 column', async () => {
    const { meeting, main } = await setUp();
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/sheet.xlsx`)).statusCode).toBe(401);
    expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/sheet.xlsx?listId=nope`, { as: organiser })).statusCode).toBe(404);
    const res = await t.app.inject({ method: 'GET', url: `/api/meetings/${meeting.id}/checkin/sheet.xlsx?listId=${main.id}`, headers: { cookie: member.cookie } });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('2026 年度全员大会签到表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('签到表');
    expect(ws.getCell('A1').text).toBe('2026 年度全员大会签到表');
    expect(ws.getCell('A2').text).toMatch(/^会议时间：\d{4}年\d+月\d+日 .* 08:30–17:00　地点：总部一层多功能厅$/);
    expect(ws.getCell('G2').text).toBe('应到 4 人，实到 3 人');
    const row = (n: number) => SHEET_COLUMNS.map((_c, i) => ws.getRow(n).getCell(i + 1).text);
    expect(row(SHEET_HEADER_ROW)).toEqual(['序号', '姓名', '单位', '职务/角色', '人群类别', '签到时间', '方式', '补签原因', '签名']);
    expect([1, 2, 3, 4, 5].map((i) => row(SHEET_HEADER_ROW + i))).toEqual([
      ['1', '王丽华', '华信科技集团', '副总裁', '公司领导', '08:41', '扫码', '', ''],
      ['2', '李娜', '华信科技集团', '总经理', '公司领导', '', '', '', ''],
      ['3', '周涛', '研发中心', '参会人', '部门负责人', '08:52', '人工', '', ''],
      ['4', '赵强', '华信科技集团', '参会人', '部门负责人', '（请假）', '', '', ''],
      ['5', '<b>钱进</b>', '日报社', '媒体', '媒体', '17:20', '补签', '会后补签：现场签到表漏签', ''],
    ]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${SHEET_HEADER_ROW}:${SHEET_HEADER_ROW}`);
    expect(ws.getRow(SHEET_HEADER_ROW + 1).getCell(9).border?.right?.style).toBe('thin');
  });

  it('the printable page: A4, header repeated on each page, page numbers, escaped text; a list other than the main one is named', async () => {
    const { meeting, pass } = await setUp();
    const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: { name: '午餐', kind: 'meal', allowedGroups: ['公司领导'] } })).data;
    await postScans(t, staff, [{ listId: lists[1].id, pass: pass(2), scannedAt: at(12, 3) }]);
    const html = await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/sheet.html?listId=${lists[1].id}`, { as: member });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<title>2026 年度全员大会签到表（午餐）</title>');
    expect(html.body).toContain('@page { size: A4');
    expect(html.body).toContain('counter(page)');
    expect(html.body).toContain('thead { display: table-header-group; }');
    expect(html.body).toContain('应到 2 人，实到 1 人');
    expect(html.body).toContain('<td class="c5">12:03</td>');
    expect(html.body).not.toContain('周涛');
    const main = await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/sheet.html`, { as: member });
    expect(main.body).toContain('&lt;b&gt;钱进&lt;/b&gt;');
    expect(main.body).not.toContain('<b>钱进');
  });
});
