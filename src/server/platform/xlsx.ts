/** The house style of the office sheets Huiwu exports (会务分工明细表, 签到表): A4, title row, header frozen and repeated on every printed page, 第 n 页，共 m 页. */
import ExcelJS from 'exceljs';

/** A workbook with one sheet laid out in the house style; the caller fills rows from `headerRow` on. */
export function officeSheet(opts: { sheetName: string; title: string; widths: readonly number[]; headerRow: number; orientation: 'portrait' | 'landscape' }): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huiwu';
  wb.title = opts.title;
  const ws = wb.addWorksheet(opts.sheetName, {
    views: [{ state: 'frozen', ySplit: opts.headerRow }],
    pageSetup: {
      paperSize: 9, orientation: opts.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.pageSetup.printTitlesRow = `${opts.headerRow}:${opts.headerRow}`;
  opts.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getCell(1, 1);
  title.value = opts.title;
  ws.mergeCells(1, 1, 1, opts.widths.length);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  return { wb, ws };
}
