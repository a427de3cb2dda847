/** 参会人员名单, the forum list format: its columns, how a row reads into a person, a role and the reply slip's travel parts, and the .xlsx export. */
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { ROLE_LABELS, type ParticipantRole } from '../../../shared/participants';
import { ATTENDANCE_LABELS, LODGING_LABELS, replySchema, TRAVEL_MODE_LABELS, type Attendance, type Reply } from '../../../shared/rsvp';
import { issuesToFieldErrors, type IssueLike } from '../../../shared/zod-issues';
import { cellDate, cellText, cellTime, type Cell, type TableRow } from '../../platform/table-file';
import type { ImportProblem } from '../../platform/table-import';

/** The list's columns, exactly as secretariats keep them. */
export const LIST_COLUMNS = [
  '序号', '姓名', '性别', '单位', '部门', '职务', '手机', '邮箱', '参会角色', '人群类别', '抵达日期', '抵达时间', '交通方式', '车次/航班', '到达站点', '返程日期', '返程时间', '住宿需求', '饮食禁忌', '备注',
] as const;
/** The export adds where each reply stands (an import reads the list's columns and ignores these). */
export const EXPORT_COLUMNS = [...LIST_COLUMNS, '回执状态', '回复时间', '代填', '代参会人', '请假原因'] as const;
type Column = (typeof LIST_COLUMNS)[number];

/** The API field of each column, for field errors and their labels. */
const FIELD: Record<Exclude<Column, '序号'>, string> = {
  姓名: 'name', 性别: 'gender', 单位: 'unit', 部门: 'department', 职务: 'title', 手机: 'phone', 邮箱: 'email', 参会角色: 'role', 人群类别: 'groupName',
  抵达日期: 'arrival.date', 抵达时间: 'arrival.time', 交通方式: 'arrival.mode', '车次/航班': 'arrival.number', 到达站点: 'arrival.station',
  返程日期: 'departure.date', 返程时间: 'departure.time', 住宿需求: 'lodging.need', 饮食禁忌: 'dietary', 备注: 'note',
};
const COLUMN_OF_FIELD = new Map(Object.entries(FIELD).map(([c, f]) => [f, c as Column]));
const GENDER_LABELS = { male: '男', female: '女' } as const;
const EMAIL = z.email().max(200);
const zh = <K extends string>(labels: Record<K, { 'zh-CN': string }>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, (v as { 'zh-CN': string })['zh-CN']])) as Record<K, string>;
const ROLE_ZH = zh(ROLE_LABELS);
const MODE_ZH = zh(TRAVEL_MODE_LABELS);
const LODGING_ZH = zh(LODGING_LABELS);

/**
 * 部门 of a list is the attendee's department at their own unit, not one of ours: it is kept in the person's unit
 * after a full-width slash (联想集团／研发中心), which the export splits again, so the list round-trips and search by unit finds both.
 */
export const UNIT_DEPARTMENT_SEPARATOR = '／';

/** The parts of the reply slip a list fills in; the attendance itself is never implied by a list. */
export type ReplyParts = Partial<Pick<Reply, 'arrival' | 'departure' | 'lodging' | 'dietary' | 'note'>>;

/** A list row as read: the person, the role and group, the reply parts present in the row, and the cells that are wrong. */
export type ListDraft = {
  row: number; name: string; phone: string; gender: 'male' | 'female' | null; unit: string | null; title: string | null; email: string | null;
  role: ParticipantRole; groupName: string | null; parts: ReplyParts; problems: ImportProblem[];
};

function codeOf<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  return (Object.keys(labels) as K[]).find((k) => labels[k] === text || k === text.toLowerCase());
}

/** 13812345678, +86 138 1234 5678 and 138-1234-5678 are one mobile; anything else stays as written (and is refused). */
export function mobileOf(s: string): string | null {
  return /^(?:\+?86)?(1[3-9]\d{9})$/.exec(s.replace(/[\s-]/g, ''))?.[1] ?? null;
}

/** 饮食禁忌 in words: 清真 and 素食 are flags, allergies (…过敏) and anything else are kept as text. */
function dietaryOf(s: string): NonNullable<Reply['dietary']> | null {
  if (!s) return null;
  const words = s.split(/[、,，;；/\s]+/).filter(Boolean);
  const allergies = words.filter((w) => w.includes('过敏'));
  const other = words.filter((w) => !['清真', '素食', '吃素'].includes(w) && !w.includes('过敏'));
  return { halal: words.includes('清真'), vegetarian: words.includes('素食') || words.includes('吃素'), allergies: allergies.join('、') || null, other: other.join('、') || null };
}

/** Reads one row: every cell is checked, so one upload shows every mistake; the travel parts are then validated by `replySchema` itself. */
export function readListRow(r: TableRow): ListDraft {
  const problems: ImportProblem[] = [];
  const bad = (column: Column, reason: string, params?: Record<string, unknown>) => problems.push({ row: r.row, column, field: FIELD[column as keyof typeof FIELD], reason, params });
  const text = (c: Column) => cellText(r.get(c));
  const option = <K extends string>(c: Column, labels: Record<K, string>): K | null => {
    const s = text(c);
    if (!s) return null;
    const code = codeOf(labels, s);
    if (!code) bad(c, 'invalid_option', { options: Object.values(labels).join('、') });
    return code ?? null;
  };
  const max = (c: Column, n: number) => (text(c).length > n ? (bad(c, 'too_long', { max: n }), null) : text(c) || null);

  const name = text('姓名');
  if (!name) bad('姓名', 'required');
  else max('姓名', 50);
  const phone = mobileOf(text('手机'));
  if (!text('手机')) bad('手机', 'required');
  else if (!phone) bad('手机', 'mobile');
  const email = text('邮箱') || null;
  if (email && !EMAIL.safeParse(email).success) bad('邮箱', 'invalid_email');
  const unit = [text('单位'), text('部门')].filter(Boolean).join(UNIT_DEPARTMENT_SEPARATOR) || null;
  if (unit && unit.length > 100) bad('单位', 'too_long', { max: 100 });

  const leg = (dateCol: Column, timeCol: Column, extra: Record<string, Cell>) => {
    const date = cellDate(r.get(dateCol));
    const time = cellTime(r.get(timeCol));
    if (date && typeof date === 'object') bad(dateCol, date.error);
    if (time && typeof time === 'object') bad(timeCol, time.error);
    const filled = time !== null || Object.values(extra).some((v) => cellText(v) !== '');
    if (date === null && filled) bad(dateCol, 'required');
    return date === null ? undefined : { date, time, ...extra };
  };
  const mode = option('交通方式', MODE_ZH);
  const arrival = leg('抵达日期', '抵达时间', { mode, number: text('车次/航班') || null, station: text('到达站点') || null });
  const departure = leg('返程日期', '返程时间', {});
  const need = option('住宿需求', LODGING_ZH);
  const parts: Record<string, unknown> = { arrival, departure, lodging: need ? { need } : undefined, dietary: dietaryOf(text('饮食禁忌')) ?? undefined, note: text('备注') || undefined };
  const draft: ListDraft = {
    row: r.row, name, phone: phone ?? text('手机'), gender: option('性别', GENDER_LABELS), unit, title: max('职务', 50), email,
    role: (text('参会角色') ? option('参会角色', ROLE_ZH) : 'participant') ?? 'participant', groupName: max('人群类别', 30), parts: {}, problems,
  };
  if (problems.length) return draft;
  // A list does not answer for the attendee: the parts are checked as a 'tentative' reply (the one answer that asks
  // nothing more), then stored without an attendance, which stays as it is (invited for a new participant).
  const input = { attendance: 'tentative', ...parts };
  const checked = replySchema.safeParse(input);
  if (!checked.success) {
    problems.push(...replyProblems(r.row, checked.error.issues, input));
    return draft;
  }
  const { attendance: _implied, ...stored } = checked.data;
  draft.parts = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined && v !== null)) as ReplyParts;
  return draft;
}

/** Reply-slip issues placed on the list's columns (arrival.number → 车次/航班), with the reasons the API gives. */
export function replyProblems(row: number, issues: readonly IssueLike[], input: unknown): ImportProblem[] {
  return issuesToFieldErrors(issues, input, 'zh-CN', 'person').map((f) => ({
    row, column: COLUMN_OF_FIELD.get(f.field) ?? COLUMN_OF_FIELD.get(f.field.split('.')[0]) ?? '', field: f.field, reason: f.reason, params: f.params,
  }));
}

/** A participant as the export reads it: person, role and reply. */
export type ListExportRow = {
  person_name: string; gender: string | null; kind: string; unit: string | null; department_name: string | null; title: string | null; phone: string | null; email: string | null;
  role: string; group_name: string | null; attendance: string; reply_json: string | null; answered_at: number | null; answered_by_user_id: string | null;
};

/** The list as an .xlsx file (bold shaded header, first row frozen, phones and dates as text); reply times in the meeting's zone. */
export async function listToXlsx(rows: readonly ListExportRow[], timeZone: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huiwu';
  const ws = wb.addWorksheet('参会人员名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c, width: ['单位', '邮箱', '到达站点', '饮食禁忌', '备注', '请假原因'].includes(c) ? 24 : c === '序号' ? 6 : 12 }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } }));
  for (const c of ['手机', '抵达日期', '抵达时间', '返程日期', '返程时间']) ws.getColumn(EXPORT_COLUMNS.indexOf(c as Column) + 1).numFmt = '@';
  rows.forEach((p, i) => {
    const reply = (p.reply_json ? JSON.parse(p.reply_json) : {}) as Partial<Reply>;
    const [unit, department] = splitUnit(p);
    const d = reply.dietary;
    ws.addRow([
      i + 1, p.person_name, p.gender ? GENDER_LABELS[p.gender as 'male'] : '', unit, department, p.title ?? '', p.phone ?? '', p.email ?? '',
      ROLE_ZH[p.role as ParticipantRole] ?? p.role, p.group_name ?? '',
      reply.arrival?.date ?? '', reply.arrival?.time ?? '', reply.arrival?.mode ? MODE_ZH[reply.arrival.mode] : '', reply.arrival?.number ?? '', reply.arrival?.station ?? '',
      reply.departure?.date ?? '', reply.departure?.time ?? '', reply.lodging ? LODGING_ZH[reply.lodging.need] : '',
      d ? [d.halal && '清真', d.vegetarian && '素食', d.allergies, d.other].filter(Boolean).join('、') : '', reply.note ?? '',
      ATTENDANCE_LABELS[p.attendance as Attendance]?.['zh-CN'] ?? p.attendance,
      p.answered_at ? DateTime.fromMillis(p.answered_at, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm') : '',
      p.answered_by_user_id ? '是' : '', reply.substitute?.name ?? '', reply.leaveReason ?? '',
    ]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 单位 and 部门 of a person: staff show our department; others split their unit where an import joined them. */
function splitUnit(p: ListExportRow): [string, string] {
  if (p.kind === 'staff' || !p.unit) return [p.unit ?? '', p.department_name ?? ''];
  const at = p.unit.lastIndexOf(UNIT_DEPARTMENT_SEPARATOR);
  return at > 0 ? [p.unit.slice(0, at), p.unit.slice(at + 1)] : [p.unit, ''];
}
