/** The agenda as a standalone printable HTML page: A4 print CSS, the org colours, the same table as the deck and a print button. */
import {
  AGENDA_COLUMNS, agendaDays, hexColour, inkOf, isPause, itemTime, presenterText, textOn, tint, whenWhereLine, type AgendaExport, type AgendaExportItem,
} from './agenda.pptx';

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const LABELS = {
  'zh-CN': { heading: (t: string) => `${t}议程`, print: '打印', empty: '议程待定' },
  en: { heading: (t: string) => `${t} Agenda`, print: 'Print', empty: 'To be announced' },
} as const;

/** Renders the complete HTML document; every text is escaped and the colours are reduced to hex digits. */
export function renderAgendaHtml(a: AgendaExport): string {
  const t = LABELS[a.lang];
  const primary = hexColour(a.colours.primary, '1677FF');
  const accent = hexColour(a.colours.accent, 'FA8C16');
  const heading = escapeHtml(t.heading(a.title));
  return `<!doctype html>
<html lang="${a.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${css(primary, accent)}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" class="print-button" onclick="window.print()">${t.print}</button></div>
<main class="sheet">
<header class="band">${escapeHtml(a.orgName)}</header>
<h1>${heading}</h1>
${a.theme ? `<p class="theme">${escapeHtml(a.theme)}</p>\n` : ''}<p class="meta">${escapeHtml(whenWhereLine(a))}</p>
${table(a)}
</main>
</body>
</html>
`;
}

/** The agenda table: header, a heading row per day when the meeting spans days, one row per item (breaks and meals tinted). */
function table(a: AgendaExport): string {
  const days = agendaDays(a);
  const head = AGENDA_COLUMNS[a.lang].map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const row = (item: AgendaExportItem) => {
    const cells = [itemTime(item, a.timeZone, a.lang), item.title, presenterText(item.presenters, a.lang), item.place ?? ''];
    const [time, title, presenters, place] = cells.map(escapeHtml);
    return `<tr${isPause(item.kind) ? ' class="pause"' : ''}><td class="time">${time}</td><td class="title">${title}</td><td>${presenters}</td><td>${place}</td></tr>`;
  };
  const bodies = days.map((day) => {
    const dayRow = days.length > 1 ? `<tr class="day"><th scope="colgroup" colspan="4">${escapeHtml(day.label)}</th></tr>\n` : '';
    return `<tbody>\n${dayRow}${day.items.map(row).join('\n')}\n</tbody>`;
  });
  if (!days.length) bodies.push(`<tbody><tr><td class="empty" colspan="4">${LABELS[a.lang].empty}</td></tr></tbody>`);
  return `<table class="agenda">
<colgroup><col class="c-time"><col class="c-title"><col class="c-who"><col class="c-place"></colgroup>
<thead><tr>${head}</tr></thead>
${bodies.join('\n')}
</table>`;
}

/** Screen and print styles: an A4 sheet on screen, 20 mm page margins in print with the toolbar hidden and colours kept. */
function css(primary: string, accent: string): string {
  return `
:root { --primary: #${primary}; --accent: #${accent}; --ink: #${inkOf(primary)}; --on-primary: #${textOn(primary)}; --tint: #${tint(primary, 0.82)}; --pause: #${tint(primary, 0.9)}; }
@page { size: A4; margin: 20mm }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { background: #f0f2f5; color: #262626; font: 11pt/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
.toolbar { width: 210mm; margin: 16px auto 0; text-align: right; }
.print-button { padding: 6px 20px; border: 0; border-radius: 4px; background: var(--primary); color: var(--on-primary); font: inherit; cursor: pointer; }
.sheet { width: 210mm; min-height: 297mm; margin: 12px auto 24px; padding: 20mm; background: #fff; box-shadow: 0 2px 8px rgba(0, 0, 0, .12); }
.band { padding: 6px 12px; background: var(--primary); color: var(--on-primary); border-bottom: 3px solid var(--accent); font-weight: 600; }
h1 { margin: 18px 0 4px; color: var(--ink); font-size: 20pt; text-align: center; }
.theme { margin: 0 0 4px; font-size: 13pt; text-align: center; }
.meta { margin: 0 0 14px; color: #595959; text-align: center; }
table.agenda { width: 100%; border-collapse: collapse; table-layout: fixed; }
.c-time { width: 17%; } .c-title { width: 39%; } .c-who { width: 20%; } .c-place { width: 24%; }
th, td { padding: 6px 8px; border: 1px solid #d9d9d9; text-align: center; vertical-align: middle; overflow-wrap: anywhere; }
thead th { background: var(--primary); color: var(--on-primary); font-weight: 600; }
thead { display: table-header-group; }
td.title { text-align: left; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.day th { background: var(--tint); color: #1f1f1f; text-align: left; font-weight: 600; }
tr.pause td { background: var(--pause); color: #595959; }
td.empty { color: #8c8c8c; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.day { break-after: avoid; page-break-after: avoid; }
@media print {
  html, body { background: #fff; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .no-print { display: none !important; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;
}
