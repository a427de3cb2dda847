/** Checks the Word agenda by reading word/document.xml back. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { at, seedItems, ZONE } from './agenda.fixture';
import { renderAgendaDocx } from './agenda.docx';
import type { AgendaExport } from './agenda.pptx';

const items = seedItems;

const ALL_HANDS: AgendaExport = {
  orgName: '华信科技集团', title: '2027年度全员大会', theme: null, place: '总部一层多功能厅', timeZone: ZONE, lang: 'zh-CN',
  startAt: at('2027-03-29', '8:30'), endAt: at('2027-03-29', '17:00'), colours: { primary: '#1677ff', accent: '#fa8c16' }, items: items('2027-03-29'),
};

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The document XML, its paragraphs outside tables, and the table rows as cell texts. */
async function unpack(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const document = (await zip.file('word/document.xml')!.async('string'));
  const table = document.match(/<w:tbl>[\s\S]*<\/w:tbl>/)?.[0] ?? '';
  const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => textOf(c)));
  const before = document.slice(0, document.indexOf('<w:tbl>'));
  const paragraphs = [...before.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map(([p]) => ({ xml: p, text: textOf(p) })).filter((p) => p.text);
  return { document, table, rows, paragraphs, fontTable: (await zip.file('word/fontTable.xml')?.async('string')) ?? '' };
}

describe('renderAgendaDocx', () => {
  it('lays out an A4 page with a lines-only grid, the 小标宋 二号 title and the date and place', async () => {
    const { document, paragraphs, fontTable } = await unpack(await renderAgendaDocx(ALL_HANDS));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:docGrid w:type="lines" w:linePitch="360"\/>/);
    expect(paragraphs.map((p) => p.text)).toEqual(['2027年度全员大会议程', '时间：2027年3月29日 周一　　地点：总部一层多功能厅']);
    expect(paragraphs[0].xml).toContain('w:ascii="方正小标宋简体"');
    expect(paragraphs[0].xml).toContain('<w:sz w:val="44"/>');
    expect(paragraphs[0].xml).toContain('<w:jc w:val="center"/>');
    expect(fontTable).toContain('<w:altName w:val="小标宋"/>');
  });

  it('lists the items under a repeated header row: 时间 / 议程 / 主讲 / 地点', async () => {
    const { rows, table } = await unpack(await renderAgendaDocx(ALL_HANDS));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual(['时间', '议程', '主讲', '地点']);
    expect(rows[1]).toEqual(['08:30–09:00', '会议签到', '', '总部一层多功能厅']);
    expect(rows[3]).toEqual(['09:30–10:30', '各部门负责人汇报工作情况', '孙伟、周涛、吴刚', '总部一层多功能厅']);
    expect(rows[10]).toEqual(['16:30–17:00', '会议总结和表彰', '陈建国', '总部一层多功能厅']);
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  it('adds a heading row per day when the meeting spans days, and the theme under the title', async () => {
    const multi = {
      ...ALL_HANDS, theme: '凝心聚力 共创未来', endAt: at('2027-03-30', '17:00'),
      items: [...items('2027-03-30').slice(0, 3), ...items('2027-03-29').slice(0, 2)],
    };
    const { rows, paragraphs } = await unpack(await renderAgendaDocx(multi));
    expect(paragraphs.map((p) => p.text)).toEqual(['2027年度全员大会议程', '凝心聚力 共创未来', '时间：2027年3月29日至30日　　地点：总部一层多功能厅']);
    expect(rows).toHaveLength(1 + 2 + 5);
    expect(rows.map((r) => r[0])).toEqual(['时间', '2027年3月29日 周一', '08:30–09:00', '09:00–09:30', '2027年3月30日 周二', '08:30–09:00', '09:00–09:30', '09:30–10:30']);
    expect(rows[1]).toHaveLength(1);
  });

  it('writes an English agenda and escapes markup', async () => {
    const en = { ...ALL_HANDS, lang: 'en' as const, title: 'R&D <Day>', place: null, items: items('2027-03-29').slice(0, 1) };
    const { rows, paragraphs, document } = await unpack(await renderAgendaDocx(en));
    expect(paragraphs.map((p) => p.text)).toEqual(['R&D <Day> Agenda', 'Date: Mon 29 Mar 2027']);
    expect(document).toContain('R&amp;D &lt;Day&gt;');
    expect(rows[0]).toEqual(['Time', 'Session', 'Speaker', 'Venue']);
  });
});
