import { describe, expect, it } from 'vitest';
import { cellDate, cellText, cellTime, decodeCsv, parseCsv, readTable } from './table-file';

describe('CSV and cell readers', () => {
  it('parses RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF and LF, no phantom last row', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\n3,,')).toEqual([
      ['a', 'b', 'c'], ['1', 'x, y', 'say "hi"'], ['2', 'two\r\nlines', ''], ['3', '', ''],
    ]);
    expect(parseCsv('a,b\n\n1,2\n')).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(parseCsv('"",x')).toEqual([['', 'x']]);
  });

  it('drops the UTF-8 BOM and reads GB18030 (Excel on Chinese Windows) when the bytes are not UTF-8', () => {
    expect(decodeCsv(Buffer.from('\uFEFF姓名,手机', 'utf8'))).toBe('姓名,手机');
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa]);
    expect(decodeCsv(gbk)).toBe('姓名,手机');
  });

  it('numbers rows as Excel shows them (records, header = 1) and finds columns by name, hints in brackets ignored', async () => {
    const t = await readTable(Buffer.from('\uFEFF姓名,类别（内部/外部）,手机\r\n张三,内部,"138\r\n"\r\n,,\r\n李四,外部,139\r\n'), ['姓名', '手机']);
    if (!t.ok) throw new Error(t.reason);
    expect(t.rows.map((r) => [r.row, r.get('姓名'), r.get('类别'), cellText(r.get('手机'))])).toEqual([[2, '张三', '内部', '138'], [4, '李四', '外部', '139']]);
    expect(await readTable(Buffer.from('姓名\n张三\n'), ['姓名', '手机'])).toEqual({ ok: false, reason: 'import_missing_columns', missing: ['手机'] });
  });

  it('reads dates and times from text, Excel date cells (wall dates in UTC) and serial numbers', () => {
    expect(cellDate('2027-3-6')).toBe('2027-03-06');
    expect(cellDate('2027/03/16')).toBe('2027-03-16');
    expect(cellDate('2027年3月16日')).toBe('2027-03-16');
    expect(cellDate(new Date(Date.UTC(2027, 2, 16)))).toBe('2027-03-16');
    expect(cellDate(46462)).toBe('2027-03-16');
    expect(cellDate('2027-02-30')).toEqual({ error: 'date' });
    expect(cellDate('明天')).toEqual({ error: 'date' });
    expect(cellDate('')).toBeNull();
    expect(cellTime('9:05')).toBe('09:05');
    expect(cellTime('17:55:00')).toBe('17:55');
    expect(cellTime(new Date(Date.UTC(1899, 11, 30, 17, 54, 59, 999)))).toBe('17:55');
    expect(cellTime(0.75)).toBe('18:00');
    expect(cellTime('25:00')).toEqual({ error: 'clock_time' });
  });
});
