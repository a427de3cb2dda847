/** 议程PPT: the agenda as a 16:9 deck in the organisation's colours, plus the export shape and helpers the Word and print exports share. */
import { DateTime } from 'luxon';
import PptxGenJS from 'pptxgenjs';
import { clockTime } from '../../../shared/time';
import { charWidth } from '../notices/notice.docx-layout';

/** What an agenda export shows; texts already in the chosen language. */
export type AgendaExport = {
  orgName: string; title: string; theme: string | null; place: string | null; timeZone: string; lang: 'zh-CN' | 'en';
  startAt: number; endAt: number; colours: { primary: string /* '#1677ff' */; accent: string };
  items: { kind: string; title: string; startAt: number; endAt: number; place: string | null; presenters: string[] }[];
};
/** One item of an export. */
export type AgendaExportItem = AgendaExport['items'][number];
/** The items of one calendar day in the meeting zone, with the day as people read it. */
export type AgendaDay = { label: string; items: AgendaExportItem[] };

/** Headers of the agenda table (时间 | 议程 | 主讲/负责 | 地点) per language. */
export const AGENDA_COLUMNS = { 'zh-CN': ['时间', '议程', '主讲/负责', '地点'], en: ['Time', 'Session', 'Speaker / Lead', 'Venue'] } as const;

/** Kinds shown as pauses (tinted rows): breaks and meals. */
export const isPause = (kind: string): boolean => kind === 'break' || kind === 'meal';

const luxonLocale = (lang: AgendaExport['lang']) => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** A day as people read it: `2027年3月29日 周一` or `Mon 29 Mar 2027`. */
export function dayLabel(ms: number, zone: string, lang: AgendaExport['lang']): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(luxonLocale(lang)).toFormat(lang === 'en' ? 'ccc d LLL yyyy' : 'yyyy年M月d日 ccc');
}

/** `HH:mm–HH:mm` of an item in the meeting zone; an end on a later day is marked 次日 / +1. */
export function itemTime(item: { startAt: number; endAt: number }, zone: string, lang: AgendaExport['lang']): string {
  const days = Math.round(DateTime.fromMillis(item.endAt - 1, { zone }).startOf('day').diff(DateTime.fromMillis(item.startAt, { zone }).startOf('day'), 'days').days);
  const end = clockTime(item.endAt, zone);
  const mark = days <= 0 ? '' : lang === 'en' ? ` (+${days})` : days === 1 ? '次日' : `+${days}日`;
  return lang === 'en' ? `${clockTime(item.startAt, zone)}–${end}${mark}` : `${clockTime(item.startAt, zone)}–${mark}${end}`;
}

/** The items by start, grouped by calendar day in the meeting zone. */
export function agendaDays(a: AgendaExport): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (const item of [...a.items].sort((x, y) => x.startAt - y.startAt || x.endAt - y.endAt)) {
    const label = dayLabel(item.startAt, a.timeZone, a.lang);
    if (days.at(-1)?.label === label) days.at(-1)!.items.push(item);
    else days.push({ label, items: [item] });
  }
  return days;
}

/** The meeting's dates: `2027年3月29日 周一`, `2027年3月29日至31日`, `29–31 Mar 2027`. */
export function dateRangeLabel(a: AgendaExport): string {
  const s = DateTime.fromMillis(a.startAt, { zone: a.timeZone }).setLocale(luxonLocale(a.lang));
  const e = DateTime.fromMillis(Math.max(a.startAt, a.endAt - 1), { zone: a.timeZone }).setLocale(luxonLocale(a.lang));
  if (s.hasSame(e, 'day')) return dayLabel(a.startAt, a.timeZone, a.lang);
  if (a.lang === 'en') {
    if (s.hasSame(e, 'month')) return `${s.toFormat('d')}–${e.toFormat('d LLL yyyy')}`;
    return s.hasSame(e, 'year') ? `${s.toFormat('d LLL')} – ${e.toFormat('d LLL yyyy')}` : `${s.toFormat('d LLL yyyy')} – ${e.toFormat('d LLL yyyy')}`;
  }
  const end = s.hasSame(e, 'month') ? 'd日' : s.hasSame(e, 'year') ? 'M月d日' : 'yyyy年M月d日';
  return `${s.toFormat('yyyy年M月d日')}至${e.toFormat(end)}`;
}

/** The line under the title: dates and place (`时间：… 地点：…`). */
export function whenWhereLine(a: AgendaExport): string {
  const [when, where, gap] = a.lang === 'en' ? ['Date: ', 'Venue: ', '    '] : ['时间：', '地点：', '　　'];
  return `${when}${dateRangeLabel(a)}${a.place ? `${gap}${where}${a.place}` : ''}`;
}

/** Presenter names as one cell's text. */
export const presenterText = (names: string[], lang: AgendaExport['lang']): string => names.join(lang === 'en' ? ', ' : '、');

/** A colour as six upper-case hex digits without '#' (`#17f` → `1177FF`), or the fallback when it is not one. */
export function hexColour(value: string, fallback: string): string {
  let hex = value.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join('');
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : fallback;
}

/** The colour mixed with white: 0 keeps it, 1 is white. */
export function tint(hex: string, amount: number): string {
  return [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0');
  }).join('').toUpperCase();
}

/** Near-black or white, whichever reads better on the colour. */
export function textOn(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? '1F1F1F' : 'FFFFFF';
}

/** The colour for text on white: the colour itself unless it is too light to read, then near-black. */
export const inkOf = (hex: string): string => (textOn(hex) === 'FFFFFF' ? hex : '1F1F1F');

/** Rows at most on one agenda slide. */
export const ROWS_PER_SLIDE = 8;

/** 微软雅黑; its East Asian run font carries the GB2312 charset, so viewers without it substitute a Chinese face (等线, 宋体, Noto CJK). */
const FONT = 'Microsoft YaHei';
const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const COL_W = [2.0, 5.53, 2.3, 2.3];
const TABLE_Y = 1.95;
const HEADER_H = 0.5;
const ROW_H = 0.55;
const SIZE = 15;
const TABLE_ROOM = H - 0.6 - TABLE_Y - HEADER_H;
const MASTER_TITLE = 'HUIWU_AGENDA_TITLE';
const MASTER_AGENDA = 'HUIWU_AGENDA';

/** One agenda slide: a day's label (marked 续 after the first slide of that day) and its rows. */
type AgendaPage = { day: string; subtitle: string; items: AgendaExportItem[] };

/** Renders the 议程PPT (LAYOUT_WIDE, 13.33 × 7.5 in) as a .pptx Buffer: a title slide, then one PowerPoint section per day. */
export async function renderAgendaPptx(a: AgendaExport): Promise<Buffer> {
  const primary = hexColour(a.colours.primary, '1677FF');
  const accent = hexColour(a.colours.accent, 'FA8C16');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = agendaHeading(a);
  // No `company`: pptxgenjs 4.0.1 writes it into docProps/app.xml unescaped, so 'R&D' would break the file.
  pptx.author = a.orgName;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  defineMasters(pptx, a.orgName, primary, accent);

  pptx.addSection({ title: a.lang === 'en' ? 'Cover' : '封面' });
  titleSlide(pptx.addSlide({ masterName: MASTER_TITLE, sectionTitle: a.lang === 'en' ? 'Cover' : '封面' }), a, primary, accent);
  let section = '';
  for (const page of agendaPages(a)) {
    if (page.day !== section) pptx.addSection({ title: (section = page.day) });
    agendaSlide(pptx.addSlide({ masterName: MASTER_AGENDA, sectionTitle: page.day }), a, page, primary);
  }
  return Buffer.from((await pptx.write({ outputType: 'nodebuffer', compression: true })) as Uint8Array);
}

const agendaHeading = (a: AgendaExport) => (a.lang === 'en' ? `${a.title} Agenda` : `${a.title}议程`);

/** The title master (primary background, accent strip) and the agenda master (primary band with the org name, slide numbers). */
function defineMasters(pptx: PptxGenJS, orgName: string, primary: string, accent: string): void {
  const onPrimary = textOn(primary);
  pptx.defineSlideMaster({
    title: MASTER_TITLE,
    background: { color: primary },
    objects: [{ rect: { x: 0, y: H - 0.28, w: W, h: 0.28, fill: { color: accent }, line: { color: accent, width: 0 } } }],
  });
  pptx.defineSlideMaster({
    title: MASTER_AGENDA,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.72, fill: { color: primary }, line: { color: primary, width: 0 } } },
      { rect: { x: 0, y: 0.72, w: W, h: 0.06, fill: { color: accent }, line: { color: accent, width: 0 } } },
      { text: { text: orgName, options: { x: MARGIN - 0.1, y: 0.08, w: W - 2 * MARGIN, h: 0.56, fontFace: FONT, fontSize: 16, bold: true, color: onPrimary, valign: 'middle' } } },
      { rect: { x: MARGIN, y: H - 0.5, w: W - 2 * MARGIN, h: 0.02, fill: { color: tint(primary, 0.6) }, line: { color: tint(primary, 0.6), width: 0 } } },
    ],
    slideNumber: { x: W - MARGIN - 1, y: H - 0.45, w: 1, h: 0.35, fontFace: FONT, fontSize: 11, color: '8C8C8C', align: 'right' },
  });
}

/** Meeting title large, theme, dates and place, org name, on the primary colour. */
function titleSlide(slide: PptxGenJS.Slide, a: AgendaExport, primary: string, accent: string): void {
  const color = textOn(primary);
  const text = { x: 0.9, w: W - 1.8, fontFace: FONT, color, align: 'center' as const, valign: 'middle' as const };
  slide.addText(a.title, { ...text, y: 1.5, h: 1.5, fontSize: charWidth(a.title) > 18 ? 36 : 44, bold: true, fit: 'shrink' });
  if (a.theme) slide.addText(a.theme, { ...text, y: 3.0, h: 0.7, fontSize: 22 });
  slide.addShape('rect', { x: W / 2 - 1, y: 3.9, w: 2, h: 0.06, fill: { color: accent }, line: { color: accent, width: 0 } });
  slide.addText(a.lang === 'en' ? 'Agenda' : '会议议程', { ...text, y: 4.1, h: 0.55, fontSize: 20, bold: true });
  slide.addText([dateRangeLabel(a), a.place].filter(Boolean).join(a.lang === 'en' ? '  ·  ' : '　|　'), { ...text, y: 4.7, h: 0.5, fontSize: 18 });
  slide.addText(a.orgName, { ...text, y: 6.2, h: 0.6, fontSize: 18 });
}

/** Estimated height of a row in inches: the tallest cell's wrapped lines at the body size (Latin text wraps at words, so less fits). */
function rowHeight(cells: string[]): number {
  const capacity = (i: number, t: string) => (((COL_W[i] - 0.2) * 72) / SIZE) * (/[A-Za-z] /.test(t) ? 0.8 : 1);
  const lines = Math.max(...cells.map((t, i) => Math.max(1, Math.ceil(charWidth(t) / capacity(i, t)))));
  return Math.max(ROW_H, (lines * SIZE * 1.3) / 72 + 0.12);
}

const cellTexts = (a: AgendaExport, item: AgendaExportItem) => [itemTime(item, a.timeZone, a.lang), item.title, presenterText(item.presenters, a.lang), item.place ?? ''];

/** Splits each day into slides of at most ROWS_PER_SLIDE rows that fit the table area; later slides of a day are marked 续. */
function agendaPages(a: AgendaExport): AgendaPage[] {
  const pages: AgendaPage[] = [];
  for (const day of agendaDays(a)) {
    let page: AgendaPage | null = null;
    let used = 0;
    for (const item of day.items) {
      const h = rowHeight(cellTexts(a, item));
      if (!page || page.items.length >= ROWS_PER_SLIDE || used + h > TABLE_ROOM) {
        const cont: string = page ? (a.lang === 'en' ? ' (cont.)' : '（续）') : '';
        pages.push((page = { day: day.label, subtitle: day.label + cont, items: [] }));
        used = 0;
      }
      page.items.push(item);
      used += h;
    }
  }
  if (!pages.length) pages.push({ day: a.lang === 'en' ? 'Agenda' : '议程', subtitle: a.lang === 'en' ? 'To be announced' : '议程待定', items: [] });
  return pages;
}

/** Heading, day subtitle and the table (时间 | 议程 | 主讲/负责 | 地点), breaks and meals tinted. */
function agendaSlide(slide: PptxGenJS.Slide, a: AgendaExport, page: AgendaPage, primary: string): void {
  slide.addText(agendaHeading(a), { x: MARGIN - 0.1, y: 0.95, w: W - 2 * MARGIN, h: 0.55, fontFace: FONT, fontSize: 24, bold: true, color: inkOf(primary), fit: 'shrink' });
  slide.addText(page.subtitle, { x: MARGIN - 0.1, y: 1.45, w: W - 2 * MARGIN, h: 0.4, fontFace: FONT, fontSize: 16, color: '595959' });
  if (!page.items.length) return;
  const align = ['center', 'left', 'center', 'center'] as const;
  const border = { type: 'solid' as const, pt: 0.75, color: 'D9D9D9' };
  const header: PptxGenJS.TableRow = AGENDA_COLUMNS[a.lang].map((text, i) => ({
    text, options: { bold: true, color: textOn(primary), fill: { color: primary }, align: i === 1 ? 'left' : 'center' },
  }));
  const rows: PptxGenJS.TableRow[] = page.items.map((item) => cellTexts(a, item).map((text, i) => ({
    text, options: { align: align[i], fill: { color: isPause(item.kind) ? tint(primary, 0.88) : 'FFFFFF' }, color: isPause(item.kind) ? '595959' : '262626' },
  })));
  slide.addTable([header, ...rows], {
    x: MARGIN, y: TABLE_Y, w: W - 2 * MARGIN, colW: COL_W, rowH: [HEADER_H, ...page.items.map((item) => rowHeight(cellTexts(a, item)))],
    fontFace: FONT, fontSize: SIZE, valign: 'middle', border, margin: [0.05, 0.1, 0.05, 0.1], autoPage: false,
  });
}
