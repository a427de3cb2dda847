import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { docxBytes, exeBytes, pdfBytes, pptxBytes, zipBytes } from './material.fixture';
import { sniff, zipEntryNames } from './material.sniff';
import { checkFile } from './material.upload';

/** A compound file (OLE) whose directory names these streams, as legacy Office files do. */
const ole = (...streams: string[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...streams.map((s) => Buffer.from(`${s}\0`, 'utf16le')), Buffer.alloc(512)]);

const reason = (bytes: Buffer, name: string) => {
  try {
    checkFile(bytes, name);
    return 'ok';
  } catch (e) {
    return (e as AppError).details.fields![0].reason;
  }
};

describe('file type by content', () => {
  it('reads OOXML packages by their parts and legacy files by their streams', async () => {
    expect(sniff(pdfBytes(), 'pdf')).toEqual({ family: 'pdf' });
    expect(sniff(await docxBytes(), null)).toEqual({ family: 'word' });
    expect(sniff(await pptxBytes(), null)).toEqual({ family: 'powerpoint' });
    expect(zipEntryNames(await zipBytes())).toEqual(['readme.txt']);
    expect(sniff(await zipBytes(), 'docx')).toEqual({ family: null });
    expect(sniff(exeBytes(), 'pdf')).toEqual({ family: null });
    expect(sniff(ole('Root Entry', 'WordDocument', '1Table'), 'doc')).toEqual({ family: 'word' });
    expect(sniff(ole('Root Entry', 'PowerPoint Document', 'Current User'), 'ppt')).toEqual({ family: 'powerpoint' });
    expect(sniff(ole('Root Entry', 'EncryptedInfo', 'EncryptedPackage'), 'docx')).toEqual({ family: 'encrypted' });
    expect(zipEntryNames(Buffer.from('PK\x03\x04 truncated'))).toBeNull();
  });

  it('wants the extension and the content to agree', async () => {
    expect(reason(ole('Root Entry', 'WordDocument'), '通知.doc')).toBe('ok');
    expect(reason(ole('Root Entry', 'PowerPoint Document'), 'deck.ppt')).toBe('ok');
    expect(reason(ole('Root Entry', 'Workbook'), 'sheet.xls')).toBe('ok');
    expect(reason(ole('Root Entry', 'WordDocument'), 'deck.ppt')).toBe('file_type_mismatch');
    // A legacy Word file renamed .docx is not an OOXML package.
    expect(reason(ole('Root Entry', 'WordDocument'), 'report.docx')).toBe('file_type_mismatch');
    expect(reason(await docxBytes(), 'report.doc')).toBe('file_type_mismatch');
    expect(reason(ole('Root Entry', 'EncryptedPackage'), 'secret.docx')).toBe('file_encrypted');
    expect(reason(pdfBytes(), 'agenda')).toBe('file_type');
    expect(reason(exeBytes(), 'agenda.pdf')).toBe('file_content_invalid');
    expect(reason(pdfBytes(), 'AGENDA.PDF')).toBe('ok');
  });
});
