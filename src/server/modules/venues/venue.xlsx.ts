/** 主要会议场所明细表: the venue registry as an Excel sheet, written and read back column by column. */
import ExcelJS from 'exceljs';
import { LAYOUTS, type Venue, type VenueInput } from '../../../shared/venues';

/** Equipment codes and the words secretariats write for them. */
export const EQUIPMENT_LABELS: Record<string, string> = {
  projector: '投影仪', screen: '幕布', microphone: '麦克风', video_conference: '视频会议', whiteboard: '白板', sound_system: '音响', led_wall: 'LED屏', interpretation: '同声传译',
};
const LAYOUT_LABELS: Record<string, string> = { theatre: '剧院式', classroom: '课桌式', u_shape: 'U形', boardroom: '董事会式', banquet: '宴会式' };

/** The sheet's columns in order. */
export const COLUMNS = ['序号', '场所名称', '类型', '楼宇', '楼层', '地址', ...LAYOUTS.map((l) => LAYOUT_LABELS[l]), '设备', '半天费用（元）', '全天费用（元）', '联系人', '联系电话', '需审批', '启用', '备注'] as const;

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** Writes the registry as an .xlsx file. */
export async function venuesToXlsx(venues: readonly Venue[], orgName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huiwu';
  const ws = wb.addWorksheet('主要会议场所明细表');
  ws.addRow([`${orgName} 主要会议场所明细表`]);
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  const header = ws.addRow([...COLUMNS]);
  header.font = { bold: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } }));
  venues.forEach((v, i) => {
    ws.addRow([
      i + 1, v.name, v.kind === 'external' ? '外部' : '内部', v.building, v.floor, v.address, ...LAYOUTS.map((l) => v.capacities[l] ?? null),
      v.equipment.map((e) => EQUIPMENT_LABELS[e] ?? e).join('、'), yuan(v.costHalfDayFen), yuan(v.costDayFen), v.contactName, v.contactPhone,
      v.requiresApproval ? '是' : '否', v.isActive ? '是' : '否', v.notes,
    ]);
  });
  ws.columns.forEach((c, i) => (c.width = i === 1 || i === 5 || i === COLUMNS.length - 1 ? 24 : 12));
  for (const col of [13, 14]) ws.getColumn(col).numFmt = '0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A problem in one cell (row numbers as Excel shows them). */
export type RowProblem = { row: number; column: string; message: string };

/** One parsed row: the venue input as far as it could be read, and the cells that could not. */
export type ParsedRow = { row: number; input: VenueInput; problems: RowProblem[] };

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

/** Reads rows back; cells are checked for shape here, the rest of validation is the API's own schema. */
export async function parseVenueXlsx(buffer: Buffer): Promise<{ rows: ParsedRow[]; headerProblem?: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { rows: [], headerProblem: '不是有效的 Excel (.xlsx) 文件' };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], headerProblem: '文件中没有工作表' };
  let headerRow = 0;
  ws.eachRow((r, n) => { if (!headerRow && text(r.getCell(2).value) === '场所名称') headerRow = n; });
  if (!headerRow) return { rows: [], headerProblem: '找不到表头（第二列应为「场所名称」）' };
  const col = new Map<string, number>();
  ws.getRow(headerRow).eachCell((c, n) => col.set(text(c.value), n));
  const missing = COLUMNS.filter((c) => !col.has(c));
  if (missing.length) return { rows: [], headerProblem: `缺少列：${missing.join('、')}` };
  const rows: ParsedRow[] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n++) {
    const r = ws.getRow(n);
    const get = (c: string) => text(r.getCell(col.get(c)!).value);
    if (COLUMNS.every((c) => c === '序号' || get(c) === '')) continue;
    const problems: RowProblem[] = [];
    const bad = (column: string, message: string) => problems.push({ row: n, column, message });
    const num = (c: string, fen = false): number | null => {
      const s = get(c);
      if (s === '') return null;
      const v = Number(s);
      if (!Number.isFinite(v) || v < 0) { bad(c, '应为不小于 0 的数字'); return null; }
      if (!fen) { if (!Number.isInteger(v)) bad(c, '应为整数'); return v; }
      const cents = Math.round(v * 100);
      if (Math.abs(cents - v * 100) > 1e-6) bad(c, '金额最多两位小数');
      return cents;
    };
    const yesNo = (c: string, dflt: boolean) => {
      const s = get(c);
      if (s === '') return dflt;
      if (['是', 'Y', 'y', 'yes', '1', 'TRUE', 'true'].includes(s)) return true;
      if (['否', 'N', 'n', 'no', '0', 'FALSE', 'false'].includes(s)) return false;
      bad(c, '应为「是」或「否」');
      return dflt;
    };
    const kindText = get('类型');
    const kind = kindText === '外部' || kindText === 'external' ? 'external' : kindText === '内部' || kindText === 'internal' || kindText === '' ? 'internal' : (bad('类型', '应为「内部」或「外部」'), 'internal');
    const capacities = Object.fromEntries(LAYOUTS.map((l) => [l, num(LAYOUT_LABELS[l]) ?? undefined]).filter(([, v]) => v !== undefined));
    const byLabel = new Map(Object.entries(EQUIPMENT_LABELS).map(([k, v]) => [v, k]));
    const equipment = get('设备').split(/[、,，;；\s]+/).filter(Boolean).map((e) => byLabel.get(e) ?? e);
    const input = {
      name: get('场所名称'), kind, building: get('楼宇') || null, floor: get('楼层') || null, address: get('地址') || null, capacities, equipment,
      costHalfDayFen: num('半天费用（元）', true), costDayFen: num('全天费用（元）', true), contactName: get('联系人') || null, contactPhone: get('联系电话') || null,
      requiresApproval: yesNo('需审批', false), isActive: yesNo('启用', true), notes: get('备注') || null, rules: {}, managerUserIds: [], serviceUserIds: [],
    } as VenueInput;
    rows.push({ row: n, input, problems });
  }
  return { rows };
}

/** The sheet column a venue field comes from, for per-cell error messages. */
export function columnOf(field: string): string {
  const first = field.split('.')[0];
  const map: Record<string, string> = {
    name: '场所名称', kind: '类型', building: '楼宇', floor: '楼层', address: '地址', equipment: '设备', costHalfDayFen: '半天费用（元）', costDayFen: '全天费用（元）',
    contactName: '联系人', contactPhone: '联系电话', requiresApproval: '需审批', isActive: '启用', notes: '备注', capacities: '剧院式…宴会式',
  };
  if (first === 'capacities' && field.split('.')[1]) return LAYOUT_LABELS[field.split('.')[1]] ?? map.capacities;
  return map[first] ?? field;
}
