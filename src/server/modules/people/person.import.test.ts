import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDepartment } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { decryptText } from '../../platform/secrets';

let t: TestApp;
let organiser: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  member = await signIn(t, t.org, 'member');
  await buildDepartment(t.database.db, t.org.id, '办公室');
  await buildDepartment(t.database.db, t.org.id, '研发中心');
  await buildDepartment(t.database.db, t.otherOrg.id, '财务部');
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['姓名', '类别（内部/外部）', '部门', '单位', '职务', '性别', '手机', '邮箱', '外部类别', '身份证号'];
const upload = (as: Caller | null, body: Buffer, opts: { dryRun?: boolean; type?: string } = {}) =>
  t.app.inject({
    method: 'POST', url: `/api/people/import${opts.dryRun ? '?dryRun=true' : ''}`, payload: body,
    headers: { ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}), 'content-type': opts.type ?? XLSX },
  });

async function sheet(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员通讯录');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const peopleCount = async () => (await call(t.app, 'GET', '/api/people?limit=500', { as: organiser })).data.total as number;
const byName = async (name: string) => (await call(t.app, 'GET', `/api/people?q=${encodeURIComponent(name)}`, { as: organiser })).data.items[0];

describe('directory import and export', () => {
  it('401 without a session, 403 for a member; a file that is not a table is a 400 naming the file', async () => {
    const file = await sheet([['王芳', '内部', '办公室', null, '主任', '女', '13800000001', null, null, null]]);
    expect((await upload(null, file)).statusCode).toBe(401);
    expect((await upload(member, file)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/people/export.xlsx' })).statusCode).toBe(401);
    const junk = await upload(organiser, Buffer.from([0, 1, 2, 3, 4]));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.details.errors).toEqual([{ row: 0, column: '', field: 'file', reason: 'import_not_table', message: '不是有效的 Excel (.xlsx) 或 CSV 文件，或找不到表头' }]);
    const headerOnly = await upload(organiser, Buffer.from('姓名,手机\r\n'), { type: 'text/csv' });
    expect(headerOnly.json().error.details.errors[0].reason).toBe('import_no_rows');
  });

  it('lists every bad cell by row and column, and writes nothing', async () => {
    const before = await peopleCount();
    const file = await sheet([
      ['李明', '内部', '办公室', null, '科员', '男', '1380000000', null, null, null],
      ['', '内部', '办公室', null, null, null, '13800000011', null, null, null],
      ['赵丽', '内部', '财务部', null, null, null, '13800000012', 'zhao@', null, null],
      ['钱进', '外部', null, '清华大学', '教授', '男', '13800000012', null, '讲师', '110105194912310021'],
      ['孙悦', '临时', null, null, null, '未知', '13800000014', null, null, '110101********1234'],
    ]);
    const res = await upload(organiser, file);
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as { row: number; column: string; reason: string; message: string }[];
    expect(errors.map((e) => `${e.row}:${e.column}:${e.reason}`).sort()).toEqual([
      '2:手机:phone', '3:姓名:required', '4:部门:unknown_department', '4:邮箱:invalid_email', '5:外部类别:invalid_option', '5:手机:duplicate_in_file', '5:身份证号:id_number',
      '6:性别:invalid_option', '6:类别:invalid_option', '6:身份证号:id_number_masked',
    ].sort());
    expect(errors.find((e) => e.row === 5 && e.column === '手机')!.message).toBe('手机与第 4 行重复');
    expect(errors.find((e) => e.row === 4 && e.column === '部门')!.message).toBe('本单位没有名为「财务部」的部门');
    expect(res.json().error.message).toMatch(/导入文件有 10 处错误，未导入任何数据/);
    // A dry run shows the same problems with a 200, so the page can preview them.
    const dry = await upload(organiser, file, { dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, total: 5 });
    expect(dry.json().errors).toHaveLength(10);
    expect(await peopleCount()).toBe(before);
  });

  it('previews, imports (ID numbers sealed), updates by phone from a CSV, exports masked and re-imports the export unchanged', async () => {
    const before = await peopleCount();
    const file = await sheet([
      ['王芳', '内部', '办公室', null, '主任', '女', '13800000001', 'wangfang@example.com', null, '11010519491231002x'],
      ['刘强', '内部', '研发中心', null, '工程师', '男', '+86 138 0000 0002', null, null, null],
      ['黄志强', '外部', null, '清华大学', '教授', '男', '13800000003', null, '演讲嘉宾', null],
      ['陈静', null, null, '新华社', '记者', '女', null, null, '媒体', null],
    ]);
    const dry = await upload(organiser, file, { dryRun: true });
    expect(dry.json()).toEqual({ dryRun: true, total: 4, created: 4, updated: 0, unchanged: 0, errors: [] });
    expect(await peopleCount()).toBe(before);
    const done = await upload(organiser, file);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ dryRun: false, created: 4, updated: 0 });
    const wang = await byName('王芳');
    expect(wang).toMatchObject({ kind: 'staff', departmentName: '办公室', gender: 'female', idNumberMasked: '110105********002X' });
    const stored = await t.database.db.selectFrom('people').select(['id_number_cipher', 'phone']).where('id', '=', wang.id).executeTakeFirstOrThrow();
    expect(stored.id_number_cipher).not.toContain('110105');
    expect(decryptText(stored.id_number_cipher!)).toBe('11010519491231002X');
    expect((await byName('刘强')).phone).toBe('13800000002');
    expect(await byName('陈静')).toMatchObject({ kind: 'external', category: 'media', phone: null });
    const audit = await t.database.db.selectFrom('audit_log').select('after_json').where('action', '=', 'person.import').where('org_id', '=', t.org.id).execute();
    expect(audit.map((a) => JSON.parse(a.after_json!))).toEqual([{ dryRun: false, total: 4, created: 4, updated: 0, unchanged: 0 }]);

    // CSV as Excel writes it: BOM, CRLF, quoted fields with a comma, a quote and a line break.
    const csv = '\uFEFF姓名,类别,部门,单位,职务,性别,手机,邮箱,外部类别,身份证号\r\n'
      + '王芳,内部,办公室,,副主任,女,13800000001,wangfang@example.com,,\r\n'
      + '吴敏,外部,,"北京大学,光华管理学院","教授 ""特聘""\n院长助理",女,13800000005,,嘉宾,\r\n';
    const fromCsv = await upload(organiser, Buffer.from(csv, 'utf8'), { type: 'text/csv' });
    expect(fromCsv.json()).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect(await byName('王芳')).toMatchObject({ title: '副主任', idNumberMasked: '110105********002X' });
    expect(await byName('吴敏')).toMatchObject({ unit: '北京大学,光华管理学院', title: '教授 "特聘"\n院长助理', category: 'guest' });

    const res = await t.app.inject({ method: 'GET', url: '/api/people/export.xlsx', headers: { cookie: member.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADER.slice(0, 8), '外部类别（嘉宾/演讲嘉宾/赞助商/媒体/其他）', '身份证号']);
    const rows = (ws.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    expect(rows.find((r) => r[0] === '王芳')).toEqual(['王芳', '内部', '办公室', undefined, '副主任', '女', '13800000001', 'wangfang@example.com', undefined, '110105********002X']);
    expect(rows.find((r) => r[0] === '黄志强')).toEqual(['黄志强', '外部', undefined, '清华大学', '教授', '男', '13800000003', undefined, '演讲嘉宾']);
    expect(rows.flat().join()).not.toContain('11010519491231002X');

    const again = await upload(organiser, Buffer.from(res.rawPayload));
    expect(again.json()).toEqual({ dryRun: false, total: 5, created: 0, updated: 0, unchanged: 5, errors: [] });
    expect(await peopleCount()).toBe(before + 5);
  });
});
