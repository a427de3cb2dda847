/** Checks the printable agenda page: a complete document, A4 print CSS, the table and escaping. */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderAgendaHtml } from './agenda.print';
import type { AgendaExport } from './agenda.pptx';

const ZONE = 'Asia/Shanghai';
const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time.padStart(5, '0')}`, { zone: ZONE }).toMillis();
const item = (day: string, s: string, e: string, kind: string, title: string, presenters: string[] = []) => ({ kind, title, startAt: at(day, s), endAt: at(day, e), place: '总部一层多功能厅', presenters });

const ALL_HANDS: AgendaExport = {
  orgName: '华信科技集团', title: '2027年度全员大会', theme: '凝心聚力 共创未来', place: '总部一层多功能厅', timeZone: ZONE, lang: 'zh-CN',
  startAt: at('2027-03-29', '8:30'), endAt: at('2027-03-29', '17:00'), colours: { primary: '#1677ff', accent: '#fa8c16' },
  items: [
    item('2027-03-29', '9:00', '9:30', 'opening', '公司领导致辞', ['陈建国']),
    item('2027-03-29', '8:30', '9:00', 'sign_in', '会议签到'),
    item('2027-03-29', '10:30', '10:45', 'break', '茶歇'),
    item('2027-03-29', '9:30', '10:30', 'report', '各部门负责人汇报工作情况', ['孙伟', '周涛']),
  ],
};

const rowsOf = (html: string) => [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]));

describe('renderAgendaHtml', () => {
  it('is a complete document with A4 print CSS, the org colours and a print button hidden in print', () => {
    const html = renderAgendaHtml(ALL_HANDS);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>2027年度全员大会议程</title>');
    expect(html).toContain('@page { size: A4; margin: 20mm }');
    expect(html).toMatch(/@media print \{[\s\S]*\.no-print \{ display: none !important; \}/);
    expect(html).toMatch(/<div class="toolbar no-print"><button type="button" class="print-button" onclick="window.print\(\)">打印<\/button><\/div>/);
    expect(html).toContain('--primary: #1677FF;');
    expect(html).toContain('--accent: #FA8C16;');
    expect(html).toContain('<header class="band">华信科技集团</header>');
    expect(html).toContain('<p class="meta">时间：2027年3月29日 周一　　地点：总部一层多功能厅</p>');
  });

  it('lists the items in time order under 时间 | 议程 | 主讲/负责 | 地点, breaks tinted', () => {
    const html = renderAgendaHtml(ALL_HANDS);
    expect(rowsOf(html)).toEqual([
      ['时间', '议程', '主讲/负责', '地点'],
      ['08:30–09:00', '会议签到', '', '总部一层多功能厅'],
      ['09:00–09:30', '公司领导致辞', '陈建国', '总部一层多功能厅'],
      ['09:30–10:30', '各部门负责人汇报工作情况', '孙伟、周涛', '总部一层多功能厅'],
      ['10:30–10:45', '茶歇', '', '总部一层多功能厅'],
    ]);
    expect(html).toMatch(/<tr class="pause"><td class="time">10:30–10:45<\/td>/);
    expect(html.match(/class="pause"/g)).toHaveLength(1);
    expect(html).not.toContain('class="day"');
  });

  it('adds a heading row per day for a multi-day meeting', () => {
    const html = renderAgendaHtml({ ...ALL_HANDS, endAt: at('2027-03-30', '17:00'), items: [...ALL_HANDS.items, item('2027-03-30', '8:30', '9:00', 'sign_in', '会议签到')] });
    expect(html.match(/<tr class="day"><th scope="colgroup" colspan="4">([^<]*)<\/th><\/tr>/g)).toEqual([
      '<tr class="day"><th scope="colgroup" colspan="4">2027年3月29日 周一</th></tr>',
      '<tr class="day"><th scope="colgroup" colspan="4">2027年3月30日 周二</th></tr>',
    ]);
    expect(html.match(/<tbody>/g)).toHaveLength(2);
  });

  it('escapes every text and keeps only hex digits of the colours', () => {
    const evil = '<script>alert("x")</script>';
    const html = renderAgendaHtml({
      ...ALL_HANDS, title: evil, orgName: `O'Neil & <b>Co</b>`, theme: evil, place: evil, lang: 'en',
      colours: { primary: 'red;}</style><script>alert(1)</script>', accent: '#abc' },
      items: [{ ...ALL_HANDS.items[0], title: evil, presenters: [evil], place: evil }],
    });
    expect(html).not.toContain('<script');
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Agenda</title>');
    expect(html).toContain('<header class="band">O&#39;Neil &amp; &lt;b&gt;Co&lt;/b&gt;</header>');
    expect(html.match(/&lt;script&gt;/g)!.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('--primary: #1677FF;');
    expect(html).toContain('--accent: #AABBCC;');
    expect(html).toContain('>Print</button>');
    expect(rowsOf(html)[0]).toEqual(['Time', 'Session', 'Speaker / Lead', 'Venue']);
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('says the agenda is to be announced when it has no items', () => {
    expect(renderAgendaHtml({ ...ALL_HANDS, items: [] })).toContain('<td class="empty" colspan="4">议程待定</td>');
  });
});
