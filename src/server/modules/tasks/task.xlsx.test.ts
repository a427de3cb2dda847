import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DIVISION_COLUMNS, HEADER_ROW, divisionSheet, type DivisionRow } from './task.xlsx';

const at = (iso: string, zone = 'Asia/Shanghai') => DateTime.fromISO(iso, { zone }).toMillis();

const meeting = { title: '2026年度全员大会', startAt: at('2026-12-07T09:10'), endAt: at('2026-12-07T17:00'), timeZone: 'Asia/Shanghai', orgName: '联想电脑公司企划办' };
const now = at('2026-12-03T09:00');

const row = (group: string, task: string, more: Partial<DivisionRow> = {}): DivisionRow => ({
  group, task, owner: '王秘书', phone: '13800000000', dueAt: at('2026-12-05T17:00'), status: 'open', phase: 'before', evidence: null, ...more,
});

const rows: DivisionRow[] = [
  row('会务组', '会议场所选定', { dueAt: at('2026-11-23T17:00'), status: 'done', evidence: 'venue_booked' }),
  row('后勤保障组', '设备准备', { owner: '李师傅', phone: '010-88880000', dueAt: at('2026-12-01T17:00') }),
  row('会务组', '会议通知草拟', { dueAt: at('2026-11-27T17:00'), status: 'done', evidence: 'notice_sent' }),
  row('财务组', '费用报销', { owner: null, phone: null, dueAt: at('2026-12-14T17:00'), phase: 'after' }),
  row('会务组', '会务总结', { dueAt: at('2026-12-17T17:00'), phase: 'after', evidence: '纪要已分发' }),
  row('后勤保障组', '会议室保障', { dueAt: at('2026-12-07T08:00'), phase: 'during', status: 'cancelled' }),
];

async function load(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

const texts = (ws: ExcelJS.Worksheet, n: number) => DIVISION_COLUMNS.map((_, i) => ws.getRow(n).getCell(i + 1).text);

describe('divisionSheet', () => {
  it('writes the title across the sheet and the subtitle with the meeting time and the unit', async () => {
    const ws = await load(await divisionSheet(meeting, rows, { now }));
    expect(ws.name).toBe('会务分工明细表');
    expect(ws.getCell('A1').text).toBe('2026年度全员大会会务分工明细表');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A1:I1');
    expect(ws.getCell('A2').text).toMatch(/^会议时间：2026年12月7日 .* 09:10–17:00$/);
    expect(ws.getCell('G2').text).toBe('制表单位：联想电脑公司企划办');
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  it('writes the header, frozen, bordered and repeated on every printed page', async () => {
    const ws = await load(await divisionSheet(meeting, rows, { now }));
    expect(texts(ws, HEADER_ROW)).toEqual(['序号', '分组', '工作任务', '阶段', '负责人', '联系电话', '完成时限', '状态', '备注']);
    expect(ws.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(HEADER_ROW).getCell(9).border?.right?.style).toBe('thin');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
  });

  it('groups rows by 分组 in first-appearance order and merges each group cell over its rows', async () => {
    const ws = await load(await divisionSheet(meeting, rows, { now }));
    const body = [4, 5, 6, 7, 8, 9].map((n) => texts(ws, n));
    expect(body.map((r) => [r[0], r[2]])).toEqual([
      ['1', '会议场所选定'], ['2', '会议通知草拟'], ['3', '会务总结'], ['4', '设备准备'], ['5', '会议室保障'], ['6', '费用报销'],
    ]);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['B4:B6', 'B7:B8']));
    expect(merges.some((m) => m.startsWith('B9'))).toBe(false);
    expect(ws.getCell('B4').text).toBe('会务组');
    expect(ws.getCell('B7').text).toBe('后勤保障组');
    expect(ws.getCell('B9').text).toBe('财务组');
    expect(ws.getCell('B5').isMerged).toBe(true);
    expect(ws.getCell('B5').master.address).toBe('B4');
    expect(ws.rowCount).toBe(9);
  });

  it('writes phases, owners, phones and remarks as the secretariat reads them', async () => {
    const ws = await load(await divisionSheet(meeting, rows, { now }));
    expect(texts(ws, 4)).toEqual(['1', '会务组', '会议场所选定', '会前', '王秘书', '13800000000', '2026-11-23 17:00', '已完成', '完成依据：会场已预订']);
    expect(texts(ws, 6).slice(3)).toEqual(['会后', '王秘书', '13800000000', '2026-12-17 17:00', '未完成', '纪要已分发']);
    expect(texts(ws, 8).slice(3, 8)).toEqual(['会中', '王秘书', '13800000000', '2026-12-07 08:00', '已取消']);
    expect(texts(ws, 9).slice(3, 8)).toEqual(['会后', '', '', '2026-12-14 17:00', '未完成']);
    expect(ws.getCell('F7').text).toBe('010-88880000');
  });

  it('marks an open task past its deadline 已逾期 in red, and only that one', async () => {
    const ws = await load(await divisionSheet(meeting, rows, { now }));
    expect(ws.getCell('C7').text).toBe('设备准备');
    expect(ws.getCell('H7').text).toBe('已逾期');
    expect(ws.getCell('H7').font?.color?.argb).toBe('FFFF0000');
    expect(ws.getCell('G7').font?.color?.argb).toBe('FFFF0000');
    // Done before a past deadline, cancelled, and open with the deadline ahead: not overdue.
    expect(ws.getCell('H4').text).toBe('已完成');
    expect(ws.getCell('H8').text).toBe('已取消');
    expect(ws.getCell('H9').text).toBe('未完成');
    for (const a of ['H4', 'H8', 'H9']) expect(ws.getCell(a).font?.color?.argb).not.toBe('FFFF0000');
  });

  it('shows deadlines in the meeting zone, not the server one', async () => {
    const zone = 'America/New_York';
    const m = { ...meeting, startAt: at('2026-07-01T09:00', zone), endAt: at('2026-07-02T17:00', zone), timeZone: zone };
    const due = at('2026-06-30T23:30', zone);
    const ws = await load(await divisionSheet(m, [row('会务组', '食品采买', { dueAt: due })], { now: due - 1 }));
    expect(ws.getCell('G4').text).toBe('2026-06-30 23:30');
    expect(DateTime.fromMillis(due, { zone: 'Asia/Shanghai' }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-07-01 11:30');
    expect(ws.getCell('A2').text).toContain('（America/New_York）');
    expect(ws.getCell('H4').text).toBe('未完成');
  });

  it('writes the title, subtitle and header for a meeting without tasks', async () => {
    const ws = await load(await divisionSheet(meeting, [], { now }));
    expect(ws.rowCount).toBe(HEADER_ROW);
    expect(texts(ws, HEADER_ROW)[2]).toBe('工作任务');
  });
});
