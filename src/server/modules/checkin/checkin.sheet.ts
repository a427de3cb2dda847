/** 签到表: everyone expected on a list with when and how they signed in, as an Excel sheet and a printable page (part of the 报销 file). */
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { isOnList } from '../../../shared/checkin';
import { ROLE_LABELS, type ParticipantRole } from '../../../shared/participants';
import { DEFAULT_TIME_ZONE, formatRange } from '../../../shared/time';
import { officeSheet } from '../../platform/xlsx';
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { listOfMeeting, meetingOf, toList } from './checkin.lists';
import * as q from './checkin.queries';

/** One person on the sheet; `at` null = not signed in (`note` says 请假 / 不参加 when they said so). */
export type SheetRow = { name: string; unit: string | null; title: string; group: string | null; at: number | null; method: string | null; reason: string | null; note: string | null };

/** What the sheet is about. */
export type SheetHead = { title: string; listName: string; isMain: boolean; startAt: number; endAt: number; timeZone: string; place: string | null; orgName: string };

/** The header row, in column order. */
export const SHEET_COLUMNS = ['序号', '姓名', '单位', '职务/角色', '人群类别', '签到时间', '方式', '补签原因', '签名'] as const;
/** How each method reads. */
export const METHOD_LABELS: Record<string, string> = { qr: '扫码', manual: '人工', makeup: '补签' };
const NOTES: Record<string, string> = { leave: '请假', declined: '不参加' };

/** Rows of title, subtitle and header; data starts after `SHEET_HEADER_ROW`. */
export const SHEET_HEADER_ROW = 3;

/** The sheet's title: 「…签到表」, with the list's name unless it is the main entry. */
export function sheetTitle(h: SheetHead): string {
  return `${h.title}签到表${h.isMain ? '' : `（${h.listName}）`}`;
}

/** The sign-in time as the sheet shows it: HH:mm, with the date when the meeting spans days. */
export function sheetTime(at: number, h: SheetHead): string {
  const zone = h.timeZone || DEFAULT_TIME_ZONE;
  const oneDay = DateTime.fromMillis(h.startAt, { zone }).hasSame(DateTime.fromMillis(h.endAt, { zone }), 'day');
  return DateTime.fromMillis(at, { zone }).toFormat(oneDay ? 'HH:mm' : 'M月d日 HH:mm');
}

/** 会议时间 and 地点 line. */
export function sheetWhen(h: SheetHead): string {
  return `会议时间：${formatRange(h.startAt, h.endAt, h.timeZone || DEFAULT_TIME_ZONE, 'zh-CN')}${h.place ? `　地点：${h.place}` : ''}`;
}

/** The sheet's data: those expected on the list (and anyone signed in on it), group by group in the order of the participant list. */
export async function sheetData(ctx: Ctx, meetingId: string, listId?: string): Promise<{ head: SheetHead; rows: SheetRow[] }> {
  authorize(ctx, 'meeting.read');
  const meeting = await meetingOf(ctx, ctx.db, meetingId);
  const list = await listOfMeeting(ctx, meetingId, listId);
  const rules = toList(list);
  const people = await q.participantsOfMeeting(ctx.db, meetingId);
  const signed = new Map((await q.attendanceWithFirstScan(ctx.db, list.id)).map((a) => [a.participant_id, a]));
  const shown = people.filter((p) => signed.has(p.id) || isOnList(rules, { role: p.role, groupName: p.group_name }));
  const groups = [...new Set(shown.map((p) => p.group_name ?? ''))];
  shown.sort((a, b) => groups.indexOf(a.group_name ?? '') - groups.indexOf(b.group_name ?? ''));
  const rows = shown.map((p): SheetRow => {
    const a = signed.get(p.id);
    return {
      name: p.name, unit: p.unit, title: p.title || (ROLE_LABELS[p.role as ParticipantRole]?.['zh-CN'] ?? p.role), group: p.group_name,
      at: a ? Number(a.first_at) : null, method: a ? a.method : null, reason: a?.method === 'makeup' ? a.reason : null, note: a ? null : NOTES[p.attendance] ?? null,
    };
  });
  const head: SheetHead = {
    title: meeting.title, listName: list.name, isMain: list.kind === 'main', startAt: Number(meeting.start_at), endAt: Number(meeting.end_at), timeZone: meeting.time_zone,
    place: meeting.place, orgName: await q.orgName(ctx.db, meeting.org_id),
  };
  return { head, rows };
}

const thin: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const WIDTHS = [6, 10, 22, 14, 14, 12, 7, 18, 16];

/** Writes the sheet: title, subtitle (time, place, 应到/实到), the header frozen and repeated on each printed page, one row per person. */
export async function signInSheet(head: SheetHead, rows: readonly SheetRow[]): Promise<Buffer> {
  const last = SHEET_COLUMNS.length;
  const { wb, ws } = officeSheet({ sheetName: '签到表', title: sheetTitle(head), widths: WIDTHS, headerRow: SHEET_HEADER_ROW, orientation: 'portrait' });

  const when = ws.getCell(2, 1);
  when.value = sheetWhen(head);
  ws.mergeCells(2, 1, 2, 6);
  when.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  const count = ws.getCell(2, 7);
  count.value = `应到 ${rows.filter((r) => !r.note).length} 人，实到 ${rows.filter((r) => r.at !== null).length} 人`;
  ws.mergeCells(2, 7, 2, last);
  count.alignment = { horizontal: 'right', vertical: 'middle' };
  ws.getRow(2).height = 22;

  const header = ws.getRow(SHEET_HEADER_ROW);
  header.values = [...SHEET_COLUMNS];
  header.height = 22;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
    c.alignment = { horizontal: 'center', vertical: 'middle' };
    c.border = thin;
  });

  rows.forEach((r, i) => {
    const row = ws.getRow(SHEET_HEADER_ROW + 1 + i);
    row.values = [i + 1, r.name, r.unit ?? '', r.title, r.group ?? '', r.at !== null ? sheetTime(r.at, head) : r.note ? `（${r.note}）` : '', r.method ? METHOD_LABELS[r.method] ?? r.method : '', r.reason ?? '', ''];
    row.height = 26;
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = thin;
      cell.alignment = { vertical: 'middle', horizontal: [1, 2, 5, 6, 7].includes(c) ? 'center' : 'left', wrapText: c === 3 || c === 8 };
    }
    if (r.at === null && r.note) row.getCell(6).font = { color: { argb: 'FF8C8C8C' } };
  });
  ws.pageSetup.printArea = `A1:I${SHEET_HEADER_ROW + rows.length}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
