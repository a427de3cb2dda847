/** GB/T 9704-2012 (党政机关公文格式) measures, fonts and run/paragraph builders for the formal notice document. */
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';

/** Converts millimetres to twips (1/1440 inch), the unit of every Word page measure. */
export const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1440);

/** A4 portrait and the standard's margins (top 37, bottom 35, inside 28, outside 26 mm → a 156 × 225 mm text block). */
export const PAGE = { width: mm(210), height: mm(297), top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) } as const;

/** Width of the text block in twips (156 mm), for full-width tables and separator lines. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** 三号 (16 pt) in half-points, the size of body text. */
export const SIZE_SANHAO = 32;
/** 二号 (22 pt) in half-points, the size of the title. */
export const SIZE_ERHAO = 44;
/** 四号 (14 pt) in half-points, the size of page numbers. */
export const SIZE_SIHAO = 28;
/** 小四 (12 pt) in half-points, used inside the reply-slip table so eight columns fit the text width. */
export const SIZE_XIAOSI = 24;

/** One character of 三号 text in twips (16 pt); indents are counted in characters. */
export const CHAR = 320;
/** Exact line pitch giving 22 lines in the 225 mm text block (28.95 pt). */
export const LINE = 579;
/**
 * The document grid: 22 lines. No character grid: the standard's 28 characters need a 15.79 pt pitch, which Word reaches
 * by squeezing 16 pt glyphs but LibreOffice answers by giving every character two cells (14 per line). 16 pt text in the
 * 156 mm block gives 27 characters in every viewer.
 */
export const GRID = { linePitch: LINE } as const;

/** Red of the 版头 (issuer mark and separator line). */
export const RED = 'FF0000';

/** The typefaces the standard names, with the common substitutes declared as alternate names in the font table. */
export const FONTS = {
  fangsong: { name: '仿宋_GB2312', alt: '仿宋' },
  kaiti: { name: '楷体_GB2312', alt: '楷体' },
  heiti: { name: '黑体', alt: 'SimHei' },
  songti: { name: '宋体', alt: 'SimSun' },
  xiaobiaosong: { name: '方正小标宋简体', alt: '小标宋' },
} as const;

/** A font role of the standard (仿宋 body, 黑体 level-1, 楷体 level-2, 小标宋 titles, 宋体 page numbers). */
export type FontRole = keyof typeof FONTS;

/** Run fonts mapping every script (ASCII, East Asian, complex) to one face so half-width digits are exactly half a character. */
export const runFont = (role: FontRole) => {
  const name = FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
};

/** The font table Word and WPS read to substitute a missing face by its alternate name (e.g. 仿宋_GB2312 → 仿宋). */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map((f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.name.includes('黑') ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** Width of a string in characters: CJK and full-width forms count one, half-width (ASCII) characters one half. */
export function charWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return width;
}

/** A run in a standard role and size (default 仿宋 三号); only 三号 snaps to the 28-character grid, which would spread other sizes. */
export function run(text: string, role: FontRole = 'fangsong', extra: { size?: number; bold?: boolean; color?: string; scale?: number } = {}): TextRun {
  const size = extra.size ?? SIZE_SANHAO;
  return new TextRun({ text, font: runFont(role), size, bold: extra.bold, color: extra.color, scale: extra.scale, snapToGrid: size === SIZE_SANHAO ? undefined : false });
}

/** A paragraph on the 28.95 pt exact line pitch; `blankBefore` counts empty lines above it (空一行 = 1), `before` adds twips. */
export function line(children: TextRun[], options: Omit<IParagraphOptions, 'children' | 'spacing'> & { blankBefore?: number; before?: number; pitch?: number } = {}): Paragraph {
  const { blankBefore = 0, before = 0, pitch = LINE, ...rest } = options;
  return new Paragraph({ ...rest, children, spacing: { line: pitch, lineRule: LineRuleType.EXACT, before: Math.round(blankBefore * LINE) + before, after: 0 } });
}

/** A 正文-style paragraph: 三号仿宋, first line indented two characters, justified. */
export function bodyParagraph(children: TextRun[], blankBefore = 0): Paragraph {
  return line(children, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, blankBefore });
}

const LEVEL1 = /^[一二三四五六七八九十百]+、/;
const LEVEL2 = /^[（(][一二三四五六七八九十百]+[）)]/;

/** Splits a 正文 paragraph into runs: a leading 一、 heading in 黑体, a （一） heading in 楷体, up to its first 。 when text follows. */
export function bodyRuns(text: string): TextRun[] {
  const role: FontRole | null = LEVEL1.test(text) ? 'heiti' : LEVEL2.test(text) ? 'kaiti' : null;
  if (!role) return [run(text)];
  const stop = text.indexOf('。');
  if (stop < 0 || stop === text.length - 1) return [run(text, role)];
  return [run(text.slice(0, stop + 1), role), run(text.slice(stop + 1))];
}
