/** The directory as a sheet (人员通讯录): its columns, how a row reads into a person, and the .xlsx the export writes. */
import ExcelJS from 'exceljs';
import type { Person } from '../../../shared/directory';
import { cellText, type TableRow } from '../../platform/table-file';
import type { ImportProblem } from '../../platform/table-import';

/** The sheet's columns in order (headers may carry a hint in brackets, e.g. 类别（内部/外部）). */
export const PERSON_COLUMNS = ['姓名', '类别', '部门', '单位', '职务', '性别', '手机', '邮箱', '外部类别', '身份证号'] as const;
/** One column. */
export type PersonColumn = (typeof PERSON_COLUMNS)[number];

const HEADER_HINTS: Partial<Record<PersonColumn, string>> = { 类别: '类别（内部/外部）', 外部类别: '外部类别（嘉宾/演讲嘉宾/赞助商/媒体/其他）' };

/** The API field each column fills, for field errors and labels. */
export const PERSON_FIELD: Record<PersonColumn, string> = {
  姓名: 'name', 类别: 'kind', 部门: 'departmentId', 单位: 'unit', 职务: 'title', 性别: 'gender', 手机: 'phone', 邮箱: 'email', 外部类别: 'category', 身份证号: 'idNumber',
};

/** Contact categories as secretariats write them. */
export const CATEGORY_LABELS: Record<NonNullable<Person['category']>, string> = { guest: '嘉宾', speaker: '演讲嘉宾', sponsor: '赞助商', media: '媒体', other: '其他' };
const KIND_LABELS: Record<Person['kind'], string> = { staff: '内部', external: '外部' };
const GENDER_LABELS: Record<NonNullable<Person['gender']>, string> = { male: '男', female: '女' };

/** A label, or the code itself, back to the code; undefined when the text is neither. */
function codeOf<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const entry = Object.entries(labels).find(([code, label]) => text === label || text.toLowerCase() === code);
  return entry?.[0] as K | undefined;
}

/** 13812345678, +86 138 1234 5678 and 138-1234-5678 are one mobile: stored as its 11 digits so sheets and the directory match. */
export function normalisePhone(s: string): string {
  const digits = s.replace(/[\s-]/g, '');
  const m = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(digits);
  return m ? m[1] : s.trim();
}

/** A row as read: the person input as far as the cells say (absent columns stay undefined: keep), the department's name, and the cells that could not be read. */
export type PersonDraft = { row: number; input: Record<string, unknown>; department: string | undefined; kindGiven: boolean; idNumberMasked: boolean; problems: ImportProblem[] };

/** Reads one row; shapes (options, masks) are checked here, the rest by `personInputSchema` and the directory. */
export function readPersonRow(r: TableRow): PersonDraft {
  const problems: ImportProblem[] = [];
  const text = (c: PersonColumn) => cellText(r.get(c));
  const present = (c: PersonColumn) => r.has(c);
  const option = <K extends string>(c: PersonColumn, labels: Record<K, string>): K | null | undefined => {
    if (!present(c)) return undefined;
    const s = text(c);
    if (s === '') return null;
    const code = codeOf(labels, s);
    if (!code) problems.push({ row: r.row, column: c, field: PERSON_FIELD[c], reason: 'invalid_option', params: { options: Object.values(labels).join('、') } });
    return code ?? null;
  };
  const orNull = (c: PersonColumn) => (present(c) ? text(c) || null : undefined);
  const department = present('部门') ? text('部门') : undefined;
  // Without a 类别 the row is staff when it names a department; an update without the column keeps the stored kind.
  const kind = option('类别', KIND_LABELS) ?? (department ? 'staff' : 'external');
  const id = text('身份证号');
  const input: Record<string, unknown> = {
    kind, name: text('姓名'), unit: orNull('单位'), title: orNull('职务'), gender: option('性别', GENDER_LABELS), category: option('外部类别', CATEGORY_LABELS),
    phone: present('手机') ? (text('手机') ? normalisePhone(text('手机')) : null) : undefined, email: orNull('邮箱'),
    // Empty keeps the stored number: the export shows it masked, and a sheet may leave it out.
    idNumber: id === '' || id.includes('*') ? undefined : id,
  };
  return { row: r.row, input, department, kindGiven: present('类别'), idNumberMasked: id.includes('*'), problems };
}

/** A person row with the department's name, as the export reads it. */
export type PersonSheetRow = {
  name: string; kind: string; department_name: string | null; unit: string | null; title: string | null; gender: string | null;
  phone: string | null; email: string | null; category: string | null; id_number_masked: string | null;
};

/** Writes the directory as an .xlsx file: bold shaded header, first row frozen, phones as text. */
export async function peopleToXlsx(people: readonly PersonSheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huiwu';
  const ws = wb.addWorksheet('人员通讯录', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = PERSON_COLUMNS.map((c) => ({ header: HEADER_HINTS[c] ?? c, width: c === '单位' || c === '邮箱' ? 28 : c === '身份证号' || c === '外部类别' ? 22 : 12 }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } }));
  ws.getColumn(7).numFmt = '@';
  for (const p of people) {
    ws.addRow([
      p.name, KIND_LABELS[p.kind as Person['kind']] ?? p.kind, p.department_name, p.unit, p.title, p.gender ? GENDER_LABELS[p.gender as 'male'] : null,
      p.phone, p.email, p.category ? CATEGORY_LABELS[p.category as 'guest'] : null, p.id_number_masked,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
