/** Uploaded tables (.xlsx or CSV) read into rows of raw cells with Excel row numbers, and the cell readers imports share. */
import ExcelJS from 'exceljs';
import { isRealDate } from '../../shared/rsvp';

/** A cell as a sheet gives it: CSV cells are always strings; Excel cells may be numbers, booleans or dates. */
export type Cell = string | number | boolean | Date | null;

/** One data row: its number as Excel shows it (header = 1 when it is the first row) and a getter by column name. */
export type TableRow = { row: number; get: (column: string) => Cell; has: (column: string) => boolean };

/** A read table, or why it could not be read. */
export type TableResult =
  | { ok: true; headerRow: number; columns: string[]; rows: TableRow[] }
  | { ok: false; reason: 'import_not_table' }
  | { ok: false; reason: 'import_missing_columns'; missing: string[] };

/** RFC 4180: fields split by commas, records by CRLF or LF; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (!fieldStart || field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** CSV bytes as text: UTF-8 (BOM dropped), or GB18030 when the bytes are not UTF-8 (Excel's 另存为 CSV on Chinese Windows). */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  if ('error' in v) return String(v.error);
  return String(v);
}

/** `类别（内部/外部）` and `类别` name the same column; spaces and a BOM do not count. */
function headerName(c: Cell): string {
  return cellText(c).replace(/^\uFEFF/, '').replace(/\s+/g, '').replace(/[（(][^（()）]*[)）]$/, '');
}

/** Reads the first sheet of an .xlsx (by its zip signature) or else CSV; the header is the first of the first 10 rows naming a required column. */
export async function readTable(file: Buffer, required: readonly string[]): Promise<TableResult> {
  let grid: { row: number; cells: Cell[] }[];
  if (file.length >= 4 && file.readUInt32LE(0) === 0x04034b50) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      return { ok: false, reason: 'import_not_table' };
    }
    const ws = wb.worksheets[0];
    if (!ws) return { ok: false, reason: 'import_not_table' };
    grid = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: Cell[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => (cells[col - 1] = plain(c.value)));
      grid.push({ row: n, cells });
    });
  } else {
    if (file.includes(0)) return { ok: false, reason: 'import_not_table' };
    grid = parseCsv(decodeCsv(file)).map((cells, i) => ({ row: i + 1, cells }));
  }
  const header = grid.slice(0, 10).find((r) => r.cells.some((c) => required.includes(headerName(c))));
  if (!header) return { ok: false, reason: 'import_not_table' };
  const index = new Map<string, number>();
  Array.from(header.cells, (c) => headerName(c ?? null)).forEach((name, i) => name && !index.has(name) && index.set(name, i));
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) return { ok: false, reason: 'import_missing_columns', missing };
  const rows = grid
    .filter((r) => r.row > header.row && r.cells.some((c) => cellText(c ?? null) !== ''))
    .map((r): TableRow => ({ row: r.row, get: (column) => (index.has(column) ? (r.cells[index.get(column)!] ?? null) : null), has: (column) => index.has(column) }));
  return { ok: true, headerRow: header.row, columns: [...index.keys()], rows };
}

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as trimmed text; Excel dates are wall dates (read in UTC) and show as yyyy-MM-dd, times of day as HH:mm. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) {
    const d = new Date(Math.round(c.getTime() / 60_000) * 60_000);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    if (d.getTime() >= EXCEL_EPOCH && d.getTime() < EXCEL_EPOCH + 86_400_000) return time;
    return time === '00:00' ? date : `${date} ${time}`;
  }
  return String(c).trim();
}

/** A date cell as yyyy-MM-dd: Excel dates, serial numbers, 2027-3-16, 2027/03/16, 2027.3.16, 2027年3月16日; null when empty; 'date' when not a real date. */
export function cellDate(c: Cell): string | null | { error: 'date' } {
  if (c === null || c === '') return null;
  let s = c instanceof Date ? cellText(c).slice(0, 10) : cellText(c);
  if (typeof c === 'number' && Number.isInteger(c) && c > 0 && c < 2_958_466) s = cellText(new Date(EXCEL_EPOCH + c * 86_400_000));
  if (s === '') return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return { error: 'date' };
  const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return isRealDate(iso) ? iso : { error: 'date' };
}

/** A time-of-day cell as HH:mm: Excel times, day fractions, 9:05, 09:05:00, 9：05; null when empty; 'clock_time' when not a clock time. */
export function cellTime(c: Cell): string | null | { error: 'clock_time' } {
  if (c === null || c === '') return null;
  if (typeof c === 'number' && c >= 0 && c < 1) return cellText(new Date(EXCEL_EPOCH + Math.round(c * 1440) * 60_000));
  const s = cellText(c);
  if (s === '') return null;
  const m = /^(\d{1,2})\s*[:：]\s*(\d{2})(?:[:：]\d{2})?$/.exec(s);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { error: 'clock_time' };
  return `${pad(Number(m[1]))}:${m[2]}`;
}
