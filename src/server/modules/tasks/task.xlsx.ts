/** 会务分工明细表: a meeting's tasks as the handbook's appendix lays them out, group by group, ready to print on A4 (in Chinese, or English for English readers). */
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { EVIDENCE_KINDS, EVIDENCE_LABELS, type EvidenceKind } from '../../../shared/playbook-defaults';
import type { Lang } from '../../../shared/errors';
import { DEFAULT_TIME_ZONE, formatRange } from '../../../shared/time';
import { officeSheet } from '../../platform/xlsx';

/** One row of the sheet. */
export type DivisionRow = {
  group: string; task: string; owner: string | null; phone: string | null; dueAt: number;
  status: 'open' | 'done' | 'cancelled'; phase: 'before' | 'during' | 'after'; evidence: string | null;
};

/** The meeting the sheet is for. */
export type DivisionMeeting = { title: string; startAt: number; endAt: number; timeZone: string; orgName: string };

/** Every word the sheet prints, per language (the Chinese is the handbook's form). */
export const DIVISION_WORDS = {
  'zh-CN': {
    name: '会务分工明细表', title: (meeting: string) => `${meeting}会务分工明细表`, when: '会议时间：', by: '制表单位：', ungrouped: '未分组', evidence: '完成依据：',
    columns: ['序号', '分组', '工作任务', '阶段', '负责人', '联系电话', '完成时限', '状态', '备注'],
    phase: { before: '会前', during: '会中', after: '会后' },
    status: { open: '未完成', done: '已完成', cancelled: '已取消', overdue: '已逾期' },
  },
  en: {
    name: 'Division of labour', title: (meeting: string) => `${meeting}: division of labour`, when: 'Meeting: ', by: 'Prepared by: ', ungrouped: 'No group', evidence: 'Done by: ',
    columns: ['No.', 'Group', 'Task', 'Phase', 'Owner', 'Phone', 'Due', 'Status', 'Notes'],
    phase: { before: 'Before', during: 'During', after: 'After' },
    status: { open: 'Open', done: 'Done', cancelled: 'Cancelled', overdue: 'Overdue' },
  },
} as const;

/** The header row, in column order (Chinese). */
export const DIVISION_COLUMNS = DIVISION_WORDS['zh-CN'].columns;

/** The rows of the title, subtitle and header; data starts on the row after `HEADER_ROW`. */
export const HEADER_ROW = 3;

const WIDTHS = [6, 12, 30, 7, 10, 15, 17, 9, 26];
const RED = 'FFFF0000';
const GREY = 'FF8C8C8C';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};

const isEvidenceKind = (v: string): v is EvidenceKind => (EVIDENCE_KINDS as readonly string[]).includes(v);

/** The 备注 text: an evidence kind in words, anything else as given. */
function remark(evidence: string | null, lang: Lang): string {
  if (!evidence) return '';
  return isEvidenceKind(evidence) ? `${DIVISION_WORDS[lang].evidence}${EVIDENCE_LABELS[evidence][lang]}` : evidence;
}

/**
 * Writes the sheet: title and subtitle rows, the header (frozen and repeated on every printed page), then the rows
 * grouped by 分组 in the order each group first appears, the group cell merged over its rows. Deadlines are shown in the
 * meeting's zone as `yyyy-MM-dd HH:mm`; an open task due before `now` reads 已逾期 in red.
 */
export async function divisionSheet(meeting: DivisionMeeting, rows: DivisionRow[], options: { now?: number; lang?: Lang } = {}): Promise<Buffer> {
  const now = options.now ?? Date.now();
  const lang = options.lang ?? 'zh-CN';
  const words = DIVISION_WORDS[lang];
  const zone = meeting.timeZone || DEFAULT_TIME_ZONE;
  const last = words.columns.length;

  const { wb, ws } = officeSheet({ sheetName: words.name, title: words.title(meeting.title), widths: WIDTHS, headerRow: HEADER_ROW, orientation: 'landscape' });

  // Subtitle: when (in the meeting's zone, named when it is not the default) and who drew it up.
  const zoneNote = zone === DEFAULT_TIME_ZONE ? '' : lang === 'zh-CN' ? `（${zone}）` : ` (${zone})`;
  const when = ws.getCell(2, 1);
  when.value = `${words.when}${formatRange(meeting.startAt, meeting.endAt, zone, lang)}${zoneNote}`;
  ws.mergeCells(2, 1, 2, 6);
  when.alignment = { horizontal: 'left', vertical: 'middle' };
  const by = ws.getCell(2, 7);
  by.value = `${words.by}${meeting.orgName}`;
  ws.mergeCells(2, 7, 2, last);
  by.alignment = { horizontal: 'right', vertical: 'middle' };
  ws.getRow(2).height = 20;

  // Header.
  const header = ws.getRow(HEADER_ROW);
  header.values = [...words.columns];
  header.height = 22;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
    c.alignment = { horizontal: 'center', vertical: 'middle' };
    c.border = thin;
  });

  // Rows, group by group.
  const groups = new Map<string, DivisionRow[]>();
  for (const r of rows) {
    const key = r.group.trim() || words.ungrouped;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  let n = HEADER_ROW;
  let seq = 0;
  for (const [group, list] of groups) {
    const first = n + 1;
    for (const r of list) {
      n += 1;
      seq += 1;
      const overdue = r.status === 'open' && r.dueAt < now;
      const row = ws.getRow(n);
      row.values = [
        seq, group, r.task, words.phase[r.phase] ?? r.phase, r.owner ?? '', r.phone ?? '',
        DateTime.fromMillis(r.dueAt, { zone }).toFormat('yyyy-MM-dd HH:mm'),
        overdue ? words.status.overdue : words.status[r.status] ?? r.status, remark(r.evidence, lang),
      ];
      for (let c = 1; c <= last; c++) {
        const cell = row.getCell(c);
        cell.border = thin;
        cell.alignment = { vertical: 'middle', horizontal: [1, 2, 4, 7, 8].includes(c) ? 'center' : 'left', wrapText: c === 3 || c === 9 };
      }
      row.getCell(6).numFmt = '@';
      if (overdue) for (const c of [7, 8]) row.getCell(c).font = { color: { argb: RED }, bold: c === 8 };
      if (r.status === 'cancelled') for (let c = 3; c <= last; c++) row.getCell(c).font = { color: { argb: GREY }, strike: c === 3 };
    }
    if (n > first) ws.mergeCells(first, 2, n, 2);
  }
  ws.pageSetup.printArea = `A1:I${n}`;

  return Buffer.from(await wb.xlsx.writeBuffer());
}
