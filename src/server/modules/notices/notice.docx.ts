/** The formal Word (.docx) version of a meeting notice, laid out as GB/T 9704-2012 党政机关公文格式 prescribes. */
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, HeightRule, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type IBorderOptions,
} from 'docx';
import {
  bodyParagraph, bodyRuns, CHAR, charWidth, fontTableXml, GRID, line, mm, PAGE, RED, run, runFont, SIZE_ERHAO, SIZE_SANHAO,
  SIZE_SIHAO, SIZE_XIAOSI, TEXT_WIDTH,
} from './notice.docx-layout';

/** Everything the formal notice document shows; all text already rendered (no templates here). */
export type FormalNotice = {
  /** 发文机关标志, printed red in 小标宋 and centred. */
  issuer: string;
  /** '文件' for a 文件-style head; omitted for a 通知 letterhead. */
  issuerSuffix?: string;
  /** 发文字号, e.g. '华信办〔2026〕12号', centred above the red separator line. */
  docNumber: string | null;
  /** 标题. */
  title: string;
  /** 主送机关; a full-width colon is added when missing. */
  addressee: string;
  /** 正文 paragraphs: '一、' opens a 黑体 level-1 heading, '（一）' a 楷体 level-2 heading, anything else is 仿宋. */
  body: string[];
  /** 附件说明 items, without numbers. */
  attachments: string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, already formatted. */
  date: string;
  /** 附注, printed in parentheses under the date. */
  note?: string;
  /** A 参会回执 printed as an attachment on its own page. */
  replySlip?: { title: string; intro?: string; columns: string[]; blankRows: number; footer?: string };
};

const SEPARATOR: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/** Renders the notice as a .docx Buffer. */
export async function renderNoticeDocx(n: FormalNotice): Promise<Buffer> {
  const doc = new Document({
    creator: 'Huiwu',
    title: n.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: runFont('fangsong'), size: SIZE_SANHAO, language: { value: 'en-US', eastAsia: 'zh-CN' } } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
        },
        grid: { type: DocumentGridType.LINES, ...GRID },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children: [...letterhead(n), ...mainText(n), ...closing(n), ...(n.replySlip ? replySlip(n.replySlip, n.attachments) : [])],
    }],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}

/** 版头: the red issuer mark (35 mm down for a 文件 head), the 发文字号 two lines under it, then the red separator. */
function letterhead(n: FormalNotice): Paragraph[] {
  const mark = n.issuer + (n.issuerSuffix ?? '');
  const { size, scale } = issuerSize(mark);
  const issuer = line([run(mark, 'xiaobiaosong', { size, color: RED, scale })], {
    alignment: AlignmentType.CENTER,
    pitch: Math.round(size * 10 * 1.25),
    before: n.issuerSuffix ? mm(35) : 0,
    border: n.docNumber ? undefined : { bottom: SEPARATOR },
  });
  if (!n.docNumber) return [issuer];
  return [issuer, line([run(n.docNumber)], { alignment: AlignmentType.CENTER, blankBefore: 2, border: { bottom: SEPARATOR } })];
}

/** The issuer mark's size in half-points: as large as 36 pt while it fits one line, squeezed horizontally below 22 pt. */
function issuerSize(mark: string): { size: number; scale?: number } {
  const widthPt = (TEXT_WIDTH / 20) * 0.9;
  const chars = Math.max(charWidth(mark), 1);
  const pt = Math.min(36, Math.floor(widthPt / chars));
  if (pt >= 22) return { size: pt * 2 };
  return { size: 44, scale: Math.max(50, Math.floor((100 * widthPt) / (chars * 22))) };
}

/** 标题 (空二行 under the separator), 主送机关 (空一行 under the title), 正文 and 附件说明. */
function mainText(n: FormalNotice): Paragraph[] {
  const addressee = n.addressee.trim().replace(/[:：]?$/, '：');
  return [
    line([run(n.title, 'xiaobiaosong', { size: SIZE_ERHAO })], { alignment: AlignmentType.CENTER, blankBefore: 2 }),
    line([run(addressee)], { alignment: AlignmentType.LEFT, blankBefore: 1 }),
    ...n.body.map((text) => bodyParagraph(bodyRuns(text))),
    ...attachmentNote(n.attachments),
  ];
}

/** 附件说明: '附件：1. …' two characters in, later items and wrapped lines aligned with the first item's name. */
function attachmentNote(items: string[]): Paragraph[] {
  const label = '附件：';
  const numbered = items.length > 1;
  return items.map((name, i) => {
    const number = numbered ? `${i + 1}. ` : '';
    const numberWidth = charWidth(number) * CHAR;
    const left = (2 + charWidth(label)) * CHAR + numberWidth;
    const hanging = (i === 0 ? charWidth(label) * CHAR : 0) + numberWidth;
    return line([run(`${i === 0 ? label : ''}${number}${name}`)], {
      alignment: AlignmentType.JUSTIFIED,
      indent: { left, hanging },
      blankBefore: i === 0 ? 1 : 0,
    });
  });
}

/** 署名 centred over the 成文日期 (the date right-indented four characters), 空三行 for the seal, then the 附注. */
function closing(n: FormalNotice): Paragraph[] {
  const sigWidth = charWidth(n.signature);
  const dateWidth = charWidth(n.date);
  const dateIndent = Math.max(4, (sigWidth - dateWidth) / 2);
  const sigIndent = dateIndent + (dateWidth - sigWidth) / 2;
  const out = [
    line([run(n.signature)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(sigIndent * CHAR) }, blankBefore: 3 }),
    line([run(n.date)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(dateIndent * CHAR) } }),
  ];
  if (n.note) {
    const note = /^[（(]/.test(n.note) ? n.note : `（${n.note}）`;
    out.push(line([run(note)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR } }));
  }
  return out;
}

/** The 回执 on a new page: '附件' top left in 黑体, the title on the third line, the intro, the table and its footer line. */
function replySlip(slip: NonNullable<FormalNotice['replySlip']>, attachments: string[]): (Paragraph | Table)[] {
  const index = attachments.findIndex((a) => a.includes(slip.title));
  const label = attachments.length > 1 && index >= 0 ? `附件${index + 1}` : '附件';
  const out: (Paragraph | Table)[] = [
    line([run(label, 'heiti')], { alignment: AlignmentType.LEFT, pageBreakBefore: true }),
    line([run(slip.title, 'xiaobiaosong', { size: SIZE_ERHAO })], { alignment: AlignmentType.CENTER, blankBefore: 1 }),
  ];
  if (slip.intro) out.push(bodyParagraph([run(slip.intro)], 1));
  out.push(slipTable(slip.columns, slip.blankRows));
  if (slip.footer) out.push(bodyParagraph([run(slip.footer)], 0.5));
  return out;
}

/** A full-width bordered table: bold column headers repeated on each page, then `blankRows` empty rows about 1 cm high. */
function slipTable(columns: string[], blankRows: number): Table {
  const weights = columns.map((c) => Math.max(charWidth(c), 3) + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, header: boolean) => new TableCell({
    width: { size: widths[i], type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: text ? [run(text, 'fangsong', { size: SIZE_XIAOSI, bold: header })] : [],
    })],
  });
  const row = (texts: string[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: true,
    height: { value: mm(10), rule: HeightRule.ATLEAST },
    children: texts.map((text, i) => cell(text, i, header)),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: 57, right: 57 },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [row(columns, true), ...Array.from({ length: blankRows }, () => row(columns.map(() => ''), false))],
  });
}

/** 页码 '— 1 —' in 四号宋体: odd pages right, even pages left, one character in from the edge of the text block. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = runFont('songti');
  const text = (t: string) => new TextRun({ text: t, font, size: SIZE_SIHAO, snapToGrid: false });
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: 280 } : { left: 280 },
      spacing: { line: 320, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [text('— '), new TextRun({ children: [PageNumber.CURRENT], font, size: SIZE_SIHAO, snapToGrid: false }), text(' —')],
    })],
  });
}
