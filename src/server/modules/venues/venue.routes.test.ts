import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { venueInput } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { COLUMNS } from './venue.xlsx';

let t: TestApp;
let admin: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, t.org, 'admin');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const upload = (as: Caller, body: Buffer, dryRun = false) =>
  t.app.inject({ method: 'POST', url: `/api/venues/import${dryRun ? '?dryRun=true' : ''}`, headers: { cookie: as.cookie, 'x-csrf-token': as.csrf, 'content-type': XLSX }, payload: body });

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('主要会议场所明细表');
  ws.addRow(['主要会议场所明细表']);
  ws.addRow([...COLUMNS]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('venue registry', () => {
  it('403 for a member creating; 400 names the missing capacity and a bad phone; duplicate name refused', async () => {
    expect((await call(t.app, 'POST', '/api/venues', { as: member, body: venueInput() })).statusCode).toBe(403);
    const bad = await call(t.app, 'POST', '/api/venues', { as: admin, body: { ...venueInput(), capacities: {}, contactPhone: '12345' } });
    expect(bad.data.error.fields.map((f: { field: string; reason: string }) => `${f.field}:${f.reason}`).sort()).toEqual(['capacities:capacity_required', 'contactPhone:phone']);
    await call(t.app, 'POST', '/api/venues', { as: admin, body: venueInput({ name: '一号厅' }) });
    const dup = await call(t.app, 'POST', '/api/venues', { as: admin, body: venueInput({ name: '一号厅' }) });
    expect(dup.data.error.fields[0]).toMatchObject({ field: 'name', reason: 'duplicate', message: '会场名称已被使用' });
  });

  it('shows the rules in force: internal rooms get the organisation defaults, external venues none', async () => {
    const inside = await call(t.app, 'POST', '/api/venues', { as: admin, body: venueInput({ rules: { maxMinutes: 120 } }) });
    expect(inside.data.effectiveRules).toEqual({ bookableStart: '07:00', bookableEnd: '23:00', minMinutes: 30, maxMinutes: 120, maxAdvanceDays: 7, setupMinutes: 0, cleanupMinutes: 0 });
    const hotel = await call(t.app, 'POST', '/api/venues', { as: admin, body: venueInput({ kind: 'external' }) });
    expect(hotel.data.effectiveRules).toMatchObject({ bookableStart: null, maxMinutes: null, maxAdvanceDays: null });
    expect(hotel.data.checkinRequired).toBe(false);
    const stale = await call(t.app, 'PUT', `/api/venues/${inside.data.id}`, { as: admin, body: { ...venueInput({ name: inside.data.name }), version: 7 } });
    expect(stale.statusCode).toBe(409);
  });

  it('exports 主要会议场所明细表 and imports it back: changed rows update, new rows are added', async () => {
    await call(t.app, 'POST', '/api/venues', { as: admin, body: venueInput({ name: '国际会议中心', kind: 'external', capacities: { theatre: 800, banquet: 500 }, equipment: ['led_wall', 'interpretation'], costDayFen: 8_800_050, contactPhone: '010-62781234' }) });
    const res = await t.app.inject({ method: 'GET', url: '/api/venues/export.xlsx', headers: { cookie: member.cookie } });
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).values).toEqual([undefined, ...COLUMNS]);
    const row = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(2).value === '国际会议中心')!;
    expect([row.getCell(3).value, row.getCell(7).value, row.getCell(11).value, row.getCell(12).value, row.getCell(14).value]).toEqual(['外部', 800, 500, 'LED屏、同声传译', 88000.5]);
    row.getCell(7).value = 900;
    ws.addRow([null, '二号厅', '内部', 'A座', '2F', null, null, null, null, 16, null, '投影仪、白板', 0, null, null, null, '否', '是', null]);
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(member, edited)).statusCode).toBe(403);
    const dry = await upload(admin, edited, true);
    expect(dry.json()).toMatchObject({ dryRun: true, created: 1 });
    const done = await upload(admin, edited);
    expect(done.json()).toMatchObject({ created: 1, updated: 1, dryRun: false });
    const again = await upload(admin, edited);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: again.json().rows });
    const list = (await call(t.app, 'GET', '/api/venues', { as: member })).data;
    expect(list.find((v: { name: string }) => v.name === '国际会议中心')).toMatchObject({ capacities: { theatre: 900, banquet: 500 }, costDayFen: 8_800_050 });
    expect(list.find((v: { name: string }) => v.name === '二号厅')).toMatchObject({ capacities: { boardroom: 16 }, equipment: ['projector', 'whiteboard'], costHalfDayFen: 0 });
  });

  it('a sheet with mistakes lists every bad cell by row and column and imports nothing', async () => {
    const before = (await call(t.app, 'GET', '/api/venues', { as: admin })).data.length;
    const file = await sheet([
      [1, '三号厅', '内部', null, null, null, 50, null, null, null, null, null, 100.123, null, null, '12345', '否', '是', null],
      [2, '', '内部', null, null, null, 20],
      [3, '四号厅', '室外', null, null, null, null],
      [4, '三号厅', '内部', null, null, null, 30, null, null, null, null, null, null, null, null, null, '也许'],
    ]);
    const res = await upload(admin, file);
    expect(res.statusCode).toBe(400);
    const rows = res.json().error.details.rows.map((p: { row: number; column: string }) => `${p.row}:${p.column}`);
    expect(rows).toEqual(expect.arrayContaining(['3:半天费用（元）', '3:联系电话', '4:场所名称', '5:类型', '5:剧院式…宴会式', '6:需审批', '6:场所名称']));
    expect(res.json().error.message).toMatch(/处错误，未导入任何数据/);
    expect((await call(t.app, 'GET', '/api/venues', { as: admin })).data.length).toBe(before);
    const notExcel = await upload(admin, Buffer.from('hello'));
    expect(notExcel.json().error.details.rows[0].message).toBe('不是有效的 Excel (.xlsx) 文件');
  });
});
