/** Checks the formal notice .docx against GB/T 9704-2012 by reading its XML parts back. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { charWidth } from './notice.docx-layout';
import { renderNoticeDocx, type FormalNotice } from './notice.docx';

const COLUMNS = ['姓名', '单位', '职务', '手机', '抵达时间', '车次/航班', '住宿', '饮食禁忌'];

const NOTICE: FormalNotice = {
  issuer: '华信科技集团办公室',
  issuerSuffix: '文件',
  docNumber: '华信办〔2026〕12号',
  title: '关于召开2027年度数字经济论坛的通知',
  addressee: '各部门、各子公司',
  body: [
    '为总结交流集团数字化转型经验，经研究，定于2027年3月召开年度数字经济论坛。现将有关事项通知如下：',
    '一、会议时间',
    '2027年3月15日（星期一）上午9:00至17:30，会期一天；3月14日14:00至20:00报到。',
    '（一）参会人员。各部门主要负责人、各子公司分管信息化工作的负责同志各1名。',
  ],
  attachments: ['参会回执', '会议日程安排'],
  signature: '华信科技集团办公室',
  date: '2026年11月27日',
  note: '（联系人：王秘书，电话：010-12345678）',
  replySlip: { title: '参会回执', intro: '单位（盖章）：', columns: COLUMNS, blankRows: 10, footer: '请于2027年3月1日前回传至会务组邮箱huiwu@example.com。' },
};

type Part = { xml: string; text: string };

/** Unpacks the document's XML parts and its paragraphs with their plain text. */
async function unpack(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const footerPaths = Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p));
  return {
    document,
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(footerPaths.map(read)),
    paragraphs: [...document.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map(([xml]) => ({ xml, text: textOf(xml) })),
  };
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The attributes of the first `<w:tag …>` in the XML, without their `w:` prefix. */
function attrs(xml: string, tag: string): Record<string, string> {
  const found = xml.match(new RegExp(`<w:${tag}(?= |/|>)([^>]*)>`));
  if (!found) throw new Error(`no <w:${tag}> in ${xml.slice(0, 200)}`);
  return Object.fromEntries([...found[1].matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Indexes of the first paragraphs containing each text, each searched after the previous one; -1 when missing. */
function positions(paragraphs: Part[], texts: string[]): number[] {
  let from = 0;
  return texts.map((t) => {
    const i = paragraphs.findIndex((p, k) => k >= from && p.text.includes(t));
    if (i >= 0) from = i + 1;
    return i;
  });
}

const twips = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

describe('renderNoticeDocx', () => {
  it('lays out an A4 page with the standard margins, 22-line grid and odd/even page numbers', async () => {
    const { document, settings, footers } = await unpack(await renderNoticeDocx(NOTICE));
    expect(attrs(document, 'pgSz')).toMatchObject({ w: '11906', h: '16838' });
    expect(attrs(document, 'pgMar')).toMatchObject({ top: String(twips(37)), bottom: String(twips(35)), left: String(twips(28)), right: String(twips(26)) });
    expect([twips(37), twips(35), twips(28), twips(26)]).toEqual([2098, 1984, 1587, 1474]);
    expect(attrs(document, 'docGrid')).toMatchObject({ type: 'lines', linePitch: '579' });
    expect(settings).toMatch(/<w:evenAndOddHeaders\/>/);
    expect(document).toMatch(/<w:footerReference[^>]*w:type="default"/);
    expect(document).toMatch(/<w:footerReference[^>]*w:type="even"/);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(textOf(footer)).toBe('—  —');
      expect(attrs(footer, 'sz').val).toBe('28');
    }
    expect(footers.map((f) => attrs(f, 'jc').val).sort()).toEqual(['left', 'right']);
  });

  it('prints the 版头, title, body, attachment note, signature and date in the standard order and fonts', async () => {
    const { paragraphs, fontTable } = await unpack(await renderNoticeDocx(NOTICE));
    const order = positions(paragraphs, [
      '华信科技集团办公室文件', '华信办〔2026〕12号', NOTICE.title, '各部门、各子公司：', ...NOTICE.body,
      '附件：1. 参会回执', '2. 会议日程安排', NOTICE.signature, NOTICE.date, NOTICE.note!, '附件1', '参会回执',
    ]);
    expect(order).not.toContain(-1);
    const [issuer, docNumber, title, addressee, ...rest] = order.map((i) => paragraphs[i]);
    const body = rest.slice(0, 4);
    const [attach1, attach2, signature, date, note, slipLabel, slipTitle] = rest.slice(4);

    expect(issuer.xml).toMatch(/<w:color w:val="FF0000"\/>/);
    expect(attrs(issuer.xml, 'rFonts').eastAsia).toBe('方正小标宋简体');
    expect(Number(attrs(issuer.xml, 'sz').val)).toBeGreaterThanOrEqual(44);
    expect(attrs(issuer.xml, 'jc').val).toBe('center');

    expect(docNumber.text).toContain('〔2026〕12号');
    expect(attrs(docNumber.xml, 'jc').val).toBe('center');
    const rule = attrs(docNumber.xml, 'bottom');
    expect(rule).toMatchObject({ val: 'single', color: 'FF0000' });
    expect(Number(rule.sz)).toBeGreaterThanOrEqual(8);
    expect(Number(rule.sz)).toBeLessThanOrEqual(12);

    expect(attrs(title.xml, 'sz').val).toBe('44');
    // only 三号 text keeps to the 28-character grid; the larger title and issuer must not be spread over grid cells
    expect(title.xml).toMatch(/<w:snapToGrid w:val="(false|0)"\/>/);
    expect(issuer.xml).toMatch(/<w:snapToGrid w:val="(false|0)"\/>/);
    expect(body[0].xml).not.toContain('<w:snapToGrid');
    expect(attrs(title.xml, 'jc').val).toBe('center');
    expect(attrs(addressee.xml, 'rFonts').eastAsia).toBe('仿宋_GB2312');

    for (const p of body) {
      expect(attrs(p.xml, 'ind').firstLine).toBe('640');
      expect(attrs(p.xml, 'spacing')).toMatchObject({ line: '579', lineRule: 'exact' });
      expect(attrs(p.xml, 'jc').val).toBe('both');
      expect(attrs(p.xml, 'sz').val).toBe('32');
    }
    expect(attrs(body[0].xml, 'rFonts').eastAsia).toBe('仿宋_GB2312');
    expect(attrs(body[1].xml, 'rFonts').eastAsia).toBe('黑体');
    expect(attrs(body[3].xml, 'rFonts').eastAsia).toBe('楷体_GB2312');
    expect(body[3].xml).toContain('仿宋_GB2312'); // the text after '（一）参会人员。' is 仿宋 again

    // 附件说明: first line starts two characters in; the second item's number lines up with the first's
    const ind1 = attrs(attach1.xml, 'ind');
    const ind2 = attrs(attach2.xml, 'ind');
    expect(Number(ind1.left) - Number(ind1.hanging)).toBe(640);
    expect(Number(ind2.left) - Number(ind2.hanging)).toBe(640 + 3 * 320);
    expect(ind1.left).toBe(ind2.left);

    expect(attrs(signature.xml, 'jc').val).toBe('right');
    expect(attrs(date.xml, 'jc').val).toBe('right');
    expect(attrs(date.xml, 'ind').right).toBe(String(4 * 320));
    const centreOffset = (charWidth(NOTICE.signature) - charWidth(NOTICE.date)) / 2 * 320;
    expect(Number(attrs(signature.xml, 'ind').right)).toBe(4 * 320 - centreOffset);
    expect(Number(attrs(signature.xml, 'spacing').before)).toBe(3 * 579);
    expect(attrs(note.xml, 'ind').firstLine).toBe('640');

    expect(slipLabel.text).toBe('附件1');
    expect(slipLabel.xml).toMatch(/<w:pageBreakBefore\/>/);
    expect(attrs(slipLabel.xml, 'rFonts').eastAsia).toBe('黑体');
    expect(attrs(slipTitle.xml, 'jc').val).toBe('center');

    expect(fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  });

  it('puts the reply slip table on the attachment page with bold headers and blank rows', async () => {
    const { document, paragraphs } = await unpack(await renderNoticeDocx(NOTICE));
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(1);
    const table = tables[0];
    expect(document.indexOf(table)).toBeGreaterThan(document.indexOf('<w:pageBreakBefore/>'));
    expect(attrs(table, 'tblW')).toMatchObject({ type: 'dxa', w: String(11906 - 1587 - 1474) });
    const rows = [...table.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(11);
    const headerCells = [...rows[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(headerCells.map(textOf)).toEqual(COLUMNS);
    for (const cell of headerCells) expect(cell).toMatch(/<w:b\/>[\s\S]*<w:snapToGrid w:val="(false|0)"\/>/);
    for (const row of rows.slice(1)) {
      expect(textOf(row)).toBe('');
      expect([...row.matchAll(/<w:tc>/g)]).toHaveLength(8);
      expect(attrs(row, 'trHeight')).toMatchObject({ val: String(twips(10)), hRule: 'atLeast' });
    }
    expect(attrs(table, 'top')).toMatchObject({ val: 'single' });
    const footer = paragraphs.findIndex((p) => p.text.startsWith('请于2027年3月1日前回传'));
    const intro = paragraphs.findIndex((p) => p.text === '单位（盖章）：');
    expect(intro).toBeGreaterThan(0);
    expect(document.indexOf(paragraphs[footer].xml)).toBeGreaterThan(document.indexOf(table));
  });

  it('renders a plain notice without document number, attachments or reply slip', async () => {
    const plain: FormalNotice = { ...NOTICE, issuerSuffix: undefined, docNumber: null, attachments: [], replySlip: undefined, note: undefined, addressee: '各部门：' };
    const { document, paragraphs } = await unpack(await renderNoticeDocx(plain));
    expect(document).not.toContain('<w:tbl>');
    expect(document).not.toContain('<w:pageBreakBefore/>');
    expect(paragraphs.some((p) => p.text.includes('附件'))).toBe(false);
    expect(paragraphs[0].text).toBe('华信科技集团办公室');
    expect(attrs(paragraphs[0].xml, 'bottom')).toMatchObject({ color: 'FF0000' }); // the separator goes under the issuer
    expect(paragraphs.filter((p) => p.text === '各部门：')).toHaveLength(1);
    expect(paragraphs.at(-1)!.text).toBe(NOTICE.date);
  });

  it('prints a single attachment without a number and adds the colon to a bare addressee', async () => {
    const single: FormalNotice = { ...NOTICE, attachments: ['参会回执'], addressee: '各部门' };
    const { paragraphs } = await unpack(await renderNoticeDocx(single));
    expect(paragraphs.some((p) => p.text === '附件：参会回执')).toBe(true);
    expect(paragraphs.some((p) => p.text === '各部门：')).toBe(true);
    expect(paragraphs.some((p) => p.text === '附件')).toBe(true);
  });
});
