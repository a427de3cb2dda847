/** The 签到表 as a printable A4 page: the title and the column header repeat on every page, page numbers in the footer, a blank 签名 column. */
import { escapeHtml } from '../agenda/agenda.print';
import { METHOD_LABELS, SHEET_COLUMNS, sheetTime, sheetTitle, sheetWhen, type SheetHead, type SheetRow } from './checkin.sheet';

/** Renders the complete HTML document; every text is escaped. */
export function renderSheetHtml(head: SheetHead, rows: readonly SheetRow[]): string {
  const title = escapeHtml(sheetTitle(head));
  const expected = rows.filter((r) => !r.note).length;
  const arrived = rows.filter((r) => r.at !== null).length;
  const body = rows.map((r, i) => {
    const at = r.at !== null ? sheetTime(r.at, head) : r.note ? `（${r.note}）` : '';
    const cells = [String(i + 1), r.name, r.unit ?? '', r.title, r.group ?? '', at, r.method ? METHOD_LABELS[r.method] ?? r.method : '', r.reason ?? '', ''].map(escapeHtml);
    return `<tr${r.at === null && r.note ? ' class="away"' : ''}>${cells.map((c, j) => `<td class="c${j}">${c}</td>`).join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" onclick="window.print()">打印</button></div>
<main class="sheet">
<table class="signin">
<colgroup>${[6, 9, 17, 13, 13, 10, 6, 13, 13].map((w) => `<col style="width:${w}%">`).join('')}</colgroup>
<thead>
<tr class="head"><th colspan="${SHEET_COLUMNS.length}"><div class="title">${title}</div><div class="meta"><span>${escapeHtml(sheetWhen(head))}</span><span>应到 ${expected} 人，实到 ${arrived} 人</span></div></th></tr>
<tr class="cols">${SHEET_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>
</thead>
<tbody>
${body.join('\n') || `<tr><td colspan="${SHEET_COLUMNS.length}" class="empty">暂无人员</td></tr>`}
</tbody>
</table>
<p class="foot">制表单位：${escapeHtml(head.orgName)}</p>
</main>
</body>
</html>
`;
}

const CSS = `
@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; color: #595959; } }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { background: #f0f2f5; color: #1f1f1f; font: 10.5pt/1.4 "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Microsoft YaHei", "WenQuanYi Micro Hei", serif; }
.toolbar { width: 210mm; margin: 16px auto 0; text-align: right; }
.toolbar button { padding: 6px 20px; border: 0; border-radius: 4px; background: #1677ff; color: #fff; font: inherit; cursor: pointer; }
.sheet { width: 210mm; min-height: 297mm; margin: 12px auto 24px; padding: 14mm 12mm; background: #fff; box-shadow: 0 2px 8px rgba(0, 0, 0, .12); }
table.signin { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr.head th { border: 0; padding: 0 0 8px; font-weight: normal; }
.title { font-size: 18pt; font-weight: bold; text-align: center; letter-spacing: 1px; margin-bottom: 6px; }
.meta { display: flex; justify-content: space-between; gap: 12px; font-size: 10pt; text-align: left; }
tr.cols th { border: 1px solid #000; padding: 5px 2px; background: #f0f0f0; font-weight: bold; white-space: nowrap; }
td { border: 1px solid #000; padding: 4px; height: 9mm; text-align: center; vertical-align: middle; overflow-wrap: anywhere; }
td.c2, td.c3, td.c7 { text-align: left; }
td.c5 { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.away td.c5 { color: #8c8c8c; }
td.empty { color: #8c8c8c; }
tr { break-inside: avoid; page-break-inside: avoid; }
.foot { margin: 8px 0 0; text-align: right; font-size: 10pt; }
@media print {
  html, body { background: #fff; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .no-print { display: none !important; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`;
