/** The agenda as a Word (.docx) document: A4 on the notice's GB/T 9704 page, 小标宋 title, date and place, then the agenda table. */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, HeightRule, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type IBorderOptions,
} from 'docx';
import {
  CHAR, charWidth, fontTableXml, line, mm, PAGE, runFont, SIZE_ERHAO, SIZE_SANHAO, SIZE_SIHAO, SIZE_XIAOSI, TEXT_WIDTH,
  type FontRole,
} from '../notices/notice.docx-layout';
import { agendaDays, dateRangeLabel, isPause, itemTime, presenterText, type AgendaExport, type AgendaExportItem } from './agenda.pptx';

/** Column headers of the Word agenda (时间 / 议程 / 主讲 / 地点). */
export const DOCX_COLUMNS = { 'zh-CN': ['时间', '议程', '主讲', '地点'], en: ['Time', 'Session', 'Speaker', 'Venue'] } as const;

/** Column widths in millimetres; 议程 takes what the 156 mm text block leaves. */
const COLUMN_MM = [26, 0, 30, 38];
const WIDTHS = COLUMN_MM.map((w) => mm(w));
WIDTHS[1] = TEXT_WIDTH - WIDTHS[0] - WIDTHS[2] - WIDTHS[3];

/** Grid pitch (18 pt) and the line height of table text; the title block uses multiples of it. */
const PITCH = 360;
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const HEADER_FILL = 'E7E6E6';
const DAY_FILL = 'F2F2F2';

/** Renders the agenda as a .docx Buffer. */
export async function renderAgendaDocx(a: AgendaExport): Promise<Buffer> {
  const doc = new Document({
    creator: 'Huiwu',
    title: heading(a),
    styles: { default: { document: { run: { font: runFont('fangsong'), size: SIZE_SANHAO, language: { value: a.lang === 'en' ? 'en-GB' : 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
        },
        // Lines only (a character grid makes LibreOffice give every CJK character two cells, see notice.docx-layout), and an 18 pt
        // pitch every paragraph's exact spacing is a multiple of: LibreOffice snaps even exact-spaced lines up to the grid.
        grid: { type: DocumentGridType.LINES, linePitch: PITCH },
      },
      footers: { default: pageNumberFooter() },
      children: [...titleBlock(a), agendaTable(a)],
    }],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

const heading = (a: AgendaExport) => (a.lang === 'en' ? `${a.title} Agenda` : `${a.title}议程`);

/** A run in a role: Chinese faces throughout for Chinese, Times New Roman for Latin text of an English agenda. */
function text(value: string, a: AgendaExport, role: FontRole = 'fangsong', extra: { size?: number; bold?: boolean } = {}): TextRun {
  const size = extra.size ?? SIZE_SANHAO;
  const font = a.lang === 'en' ? { ...runFont(role), ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', hint: undefined } : runFont(role);
  return new TextRun({ text: value, font, size, bold: extra.bold, snapToGrid: size === SIZE_SANHAO ? undefined : false });
}

/** 标题 in 小标宋 二号, the theme in 楷体, then dates and place in 仿宋 (one line when it fits, else one line each). */
function titleBlock(a: AgendaExport): Paragraph[] {
  const center = { alignment: AlignmentType.CENTER };
  const out = [line([text(heading(a), a, 'xiaobiaosong', { size: SIZE_ERHAO })], { ...center, pitch: 2 * PITCH })];
  if (a.theme) out.push(line([text(a.theme, a, 'kaiti')], { ...center, pitch: 2 * PITCH }));
  const [when, where, gap] = a.lang === 'en' ? ['Date: ', 'Venue: ', '    '] : ['时间：', '地点：', '　　'];
  const parts = [`${when}${dateRangeLabel(a)}`, ...(a.place ? [`${where}${a.place}`] : [])];
  const oneLine = parts.join(gap);
  const fits = charWidth(oneLine) * CHAR <= TEXT_WIDTH;
  (fits ? [oneLine] : parts).forEach((p, i) => out.push(line([text(p, a)], { ...center, pitch: 2 * PITCH, before: i === 0 && !a.theme ? PITCH : 0 })));
  out.push(line([], { pitch: PITCH }));
  return out;
}

/** A cell: centred 小四 text on the 18 pt grid pitch, optionally spanning columns and shaded. */
function cell(value: string, a: AgendaExport, width: number, o: { role?: FontRole; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; span?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: o.fill ? { fill: o.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: [new Paragraph({
      alignment: o.align ?? AlignmentType.CENTER,
      spacing: { line: PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      // The mark's size too: an empty cell's paragraph would otherwise be a 三号 line, taller than the rest of the row.
      run: { size: SIZE_XIAOSI, snapToGrid: false },
      children: value ? [text(value, a, o.role ?? 'fangsong', { size: SIZE_XIAOSI })] : [],
    })],
  });
}

const row = (cells: TableCell[], header = false) => new TableRow({ tableHeader: header, cantSplit: true, height: { value: mm(9), rule: HeightRule.ATLEAST }, children: cells });

/** The header row (repeated on each page), a 黑体 heading row per day when the meeting spans days, and one row per item. */
function agendaTable(a: AgendaExport): Table {
  const days = agendaDays(a);
  const rows = [row(DOCX_COLUMNS[a.lang].map((c, i) => cell(c, a, WIDTHS[i], { role: 'heiti', fill: HEADER_FILL })), true)];
  const itemRow = (item: AgendaExportItem) => row([itemTime(item, a.timeZone, a.lang), item.title, presenterText(item.presenters, a.lang), item.place ?? '']
    .map((t, i) => cell(t, a, WIDTHS[i], { align: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER, role: isPause(item.kind) ? 'kaiti' : 'fangsong' })));
  for (const day of days) {
    if (days.length > 1) rows.push(row([cell(day.label, a, TEXT_WIDTH, { role: 'heiti', align: AlignmentType.LEFT, span: 4, fill: DAY_FILL })]));
    rows.push(...day.items.map(itemRow));
  }
  if (!days.length) rows.push(row([cell(a.lang === 'en' ? 'To be announced' : '议程待定', a, TEXT_WIDTH, { span: 4 })]));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: 57, right: 57 },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows,
  });
}

/** 页码 '— 1 —' in 四号宋体, centred. */
function pageNumberFooter(): Footer {
  const font = runFont('songti');
  const run = (t: string) => new TextRun({ text: t, font, size: SIZE_SIHAO, snapToGrid: false });
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 320, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run('— '), new TextRun({ children: [PageNumber.CURRENT], font, size: SIZE_SIHAO, snapToGrid: false }), run(' —')],
    })],
  });
}
