/** Checks the 议程PPT by reading its slide and layout XML back. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { at, seedItems, ZONE } from './agenda.fixture';
import { agendaDays, dateRangeLabel, hexColour, itemTime, renderAgendaPptx, textOn, tint, type AgendaExport } from './agenda.pptx';

const items = seedItems;

const ALL_HANDS: AgendaExport = {
  orgName: '华信科技集团', title: '2027年度全员大会', theme: '凝心聚力 共创未来', place: '总部一层多功能厅', timeZone: ZONE, lang: 'zh-CN',
  startAt: at('2027-03-29', '8:30'), endAt: at('2027-03-29', '17:00'), colours: { primary: '#1677ff', accent: '#fa8c16' }, items: items('2027-03-29'),
};

/** A three-day meeting with four items a day, listed out of order. */
const THREE_DAYS: AgendaExport = {
  ...ALL_HANDS, title: '2027年度数字经济论坛', startAt: at('2027-03-29', '8:30'), endAt: at('2027-03-31', '17:00'),
  items: ['2027-03-31', '2027-03-29', '2027-03-30'].flatMap((day) => items(day).slice(0, 4)),
};

/** The slides' text in order, and the layouts' XML. */
async function unpack(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const parts = (pattern: RegExp) => Object.keys(zip.files).filter((p) => pattern.test(p)).sort((x, y) => Number(x.match(/(\d+)\.xml$/)![1]) - Number(y.match(/(\d+)\.xml$/)![1]));
  const read = (paths: string[]) => Promise.all(paths.map((p) => zip.file(p)!.async('string')));
  const slides = await read(parts(/^ppt\/slides\/slide\d+\.xml$/));
  return {
    slides: slides.map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|')),
    slideXml: slides,
    layouts: (await read(parts(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/))).join('\n'),
    presentation: (await zip.file('ppt/presentation.xml')?.async('string')) ?? '',
  };
}

describe('renderAgendaPptx', () => {
  it('renders the seed agenda as a title slide and two agenda slides of at most eight rows', async () => {
    const { slides, slideXml } = await unpack(await renderAgendaPptx(ALL_HANDS));
    expect(slides).toHaveLength(3);
    expect(slides[0]).toContain('2027年度全员大会');
    expect(slides[0]).toContain('凝心聚力 共创未来');
    expect(slides[0]).toContain('2027年3月29日 周一');
    expect(slides[0]).toContain('华信科技集团');
    expect(slides[1]).toContain('08:30–09:00');
    expect(slides[1]).toContain('会议签到');
    expect(slides[1]).toContain('时间|议程|主讲/负责|地点');
    expect(slides[1]).toContain('孙伟、周涛、吴刚');
    expect(slides[1]).not.toContain('（续）');
    expect(slides[2]).toContain('2027年3月29日 周一（续）');
    expect(slides[2]).toContain('16:30–17:00|会议总结和表彰');
    const rows = slideXml.slice(1).map((xml) => (xml.match(/<a:tr /g) ?? []).length - 1);
    expect(rows).toEqual([8, 2]);
  });

  it('tints breaks and meals and puts the org colours in the layouts', async () => {
    const { slideXml, layouts } = await unpack(await renderAgendaPptx(ALL_HANDS));
    const light = tint('1677FF', 0.88);
    const row = (xml: string, text: string) => xml.split('<a:tr ').find((r) => r.includes(`<a:t>${text}</a:t>`)) ?? '';
    expect(row(slideXml[1], '茶歇')).toContain(`<a:srgbClr val="${light}"/>`);
    expect(row(slideXml[1], '会议签到')).not.toContain(light);
    expect(row(slideXml[2], '午餐') || row(slideXml[1], '午餐')).toContain(light);
    expect(layouts).toMatch(/1677FF/i);
    expect(layouts).toMatch(/FA8C16/i);
    expect(layouts).toContain('华信科技集团');
    expect(layouts).toMatch(/type="sldNum"|type="slidenum"/);
  });

  it('gives a multi-day meeting one section and slide per day, the day as subtitle', async () => {
    const { slides, presentation } = await unpack(await renderAgendaPptx(THREE_DAYS));
    expect(slides).toHaveLength(4);
    expect(slides[1]).toContain('2027年3月29日 周一');
    expect(slides[2]).toContain('2027年3月30日 周二');
    expect(slides[3]).toContain('2027年3月31日 周三');
    expect(slides[0]).toContain('2027年3月29日至31日');
    for (const day of ['2027年3月29日 周一', '2027年3月30日 周二', '2027年3月31日 周三']) expect(presentation).toContain(`name="${day}"`);
  });

  it('writes an English deck and continues a long day on more slides', async () => {
    const long = { ...ALL_HANDS, lang: 'en' as const, title: 'All-hands', items: [...items('2027-03-29'), ...items('2027-03-29')] };
    const { slides } = await unpack(await renderAgendaPptx(long));
    expect(slides).toHaveLength(4);
    expect(slides[1]).toContain('Time|Session|Speaker / Lead|Venue');
    expect(slides[1]).toContain('Mon 29 Mar 2027');
    expect(slides[2]).toContain('Mon 29 Mar 2027 (cont.)');
    expect(slides[3]).toContain('Mon 29 Mar 2027 (cont.)');
  });

  it('escapes markup in every part of the package', async () => {
    const evil = `R&D <b>"x"</b> 'y'`;
    const item = { ...ALL_HANDS.items[0], title: evil, place: evil, presenters: [evil] };
    const zip = await JSZip.loadAsync(await renderAgendaPptx({ ...ALL_HANDS, orgName: evil, title: evil, theme: evil, place: evil, items: [item] }));
    const texts = await Promise.all(Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p)).map(async (p) => [p, await zip.file(p)!.async('string')] as const));
    for (const [path, xml] of texts) {
      expect(xml, path).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-f]+;)/i);
      expect(xml, path).not.toContain('<b>');
    }
    expect(texts.find(([p]) => p === 'ppt/slides/slide2.xml')![1]).toContain('R&amp;D &lt;b&gt;');
  });

  it('still renders a deck for an empty agenda', async () => {
    const { slides } = await unpack(await renderAgendaPptx({ ...ALL_HANDS, items: [] }));
    expect(slides).toHaveLength(2);
    expect(slides[1]).toContain('议程待定');
  });
});

describe('agenda export helpers', () => {
  it('groups by day in the meeting zone and formats times there', () => {
    const days = agendaDays(THREE_DAYS);
    expect(days.map((d) => [d.label, d.items.length])).toEqual([['2027年3月29日 周一', 4], ['2027年3月30日 周二', 4], ['2027年3月31日 周三', 4]]);
    expect(itemTime({ startAt: at('2027-03-29', '23:00'), endAt: at('2027-03-30', '1:00') }, ZONE, 'zh-CN')).toBe('23:00–次日01:00');
    expect(itemTime({ startAt: at('2027-03-29', '23:00'), endAt: at('2027-03-30', '0:00') }, ZONE, 'zh-CN')).toBe('23:00–00:00');
    expect(itemTime({ startAt: at('2027-03-29', '8:30'), endAt: at('2027-03-29', '9:00') }, 'Europe/Berlin', 'en')).toBe('02:30–03:00');
  });

  it('formats date ranges and colours', () => {
    expect(dateRangeLabel({ ...THREE_DAYS, lang: 'en' })).toBe('29–31 Mar 2027');
    expect(dateRangeLabel({ ...THREE_DAYS, endAt: at('2027-04-02', '12:00') })).toBe('2027年3月29日至4月2日');
    expect(hexColour('#17f', 'X')).toBe('1177FF');
    expect(hexColour('red;}', '1677FF')).toBe('1677FF');
    expect(textOn('1677FF')).toBe('FFFFFF');
    expect(textOn('FFD666')).toBe('1F1F1F');
    expect(tint('000000', 0.5)).toBe('808080');
  });
});
