/** Test fixture: real files of each kind (a PDF, a .docx made by `docx`, a .pptx made by `pptxgenjs`) and impostors, and a raw upload helper. */
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ZodApp } from '../../platform/routing';
import type { Caller } from '../../testing/test-app';

/** A one-page PDF with a correct cross-reference table. */
export function pdfBytes(text = 'Huiwu agenda'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  ];
  const stream = `BT /F1 24 Tf 72 760 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A Word document made by the `docx` package. */
export async function docxBytes(text = '各部门负责人汇报材料'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** A PowerPoint deck made by `pptxgenjs`. */
export async function pptxBytes(text = '公司发展规划'): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.addSlide().addText(text, { x: 1, y: 1, w: 8, h: 1 });
  return Buffer.from((await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array);
}

/** A Windows program (an MZ header and some code). */
export function exeBytes(): Buffer {
  return Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256, 0x90)]);
}

/** A plain ZIP archive with a text file. */
export async function zipBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('readme.txt', 'not a document');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Uploads bytes as the web does (application/octet-stream body, name and options in the query string). */
export async function upload(app: ZodApp, as: Caller, meetingId: string, fileName: string, bytes: Buffer, query: Record<string, string> = {}) {
  const qs = new URLSearchParams({ fileName, ...query }).toString();
  const res = await app.inject({
    method: 'POST', url: `/api/meetings/${meetingId}/materials?${qs}`,
    headers: { cookie: as.cookie, 'x-csrf-token': as.csrf, 'content-type': 'application/octet-stream' }, payload: bytes,
  });
  return Object.assign(res, { data: res.json() });
}
