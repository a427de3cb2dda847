/** What a file really is, from its bytes: PDF, an OOXML package (Word, PowerPoint, Excel) or a legacy OLE document. */
import { MATERIAL_FORMATS, type MaterialFamily, type MaterialFormat } from '../../../shared/materials';

const PDF = Buffer.from('%PDF-', 'latin1');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What the bytes are: a family, `encrypted` (a password-protected Office file is an OLE box around the encrypted package), or unknown. */
export type Sniffed = { family: MaterialFamily } | { family: 'encrypted' } | { family: null };

/** Names of the entries of a ZIP, read from its central directory (no entry is inflated); null when it is not a readable ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment may be that long).
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** An OOXML package's kind by its parts: word/, ppt/ or xl/ next to [Content_Types].xml. */
function ooxmlFamily(bytes: Buffer): MaterialFamily | null {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'word';
  if (names.some((n) => n.startsWith('ppt/'))) return 'powerpoint';
  if (names.some((n) => n.startsWith('xl/'))) return 'excel';
  return null;
}

const utf16 = (s: string) => Buffer.from(s, 'utf16le');
/** Stream names a compound file's directory holds (UTF-16), for each legacy format; the one a name claims is looked for first. */
const OLE_STREAMS: [MaterialFamily, Buffer[]][] = [
  ['word', [utf16('WordDocument')]],
  ['powerpoint', [utf16('PowerPoint Document')]],
  ['excel', [utf16('Workbook'), utf16('Book\0')]],
];

function oleFamily(bytes: Buffer, claimed: MaterialFamily | null): Sniffed {
  const order = [...OLE_STREAMS].sort(([a], [b]) => Number(b === claimed) - Number(a === claimed));
  for (const [family, names] of order) if (names.some((n) => bytes.includes(n))) return { family };
  if (bytes.includes(utf16('EncryptedPackage'))) return { family: 'encrypted' };
  return { family: null };
}

/** What the bytes are; `claimed` (the format the name says) settles an OLE file holding more than one kind of stream name. */
export function sniff(bytes: Buffer, claimed: MaterialFormat | null): Sniffed {
  if (bytes.subarray(0, PDF.length).equals(PDF)) return { family: 'pdf' };
  if (bytes.subarray(0, ZIP.length).equals(ZIP)) return { family: ooxmlFamily(bytes) };
  if (bytes.subarray(0, OLE.length).equals(OLE)) return oleFamily(bytes, claimed ? MATERIAL_FORMATS[claimed].family : null);
  return { family: null };
}

/** Whether the content fits the extension: a .docx must be an OOXML Word package, a .doc an OLE Word file, and so on. */
export function contentFits(bytes: Buffer, format: MaterialFormat, family: MaterialFamily): boolean {
  if (MATERIAL_FORMATS[format].family !== family) return false;
  if (family === 'pdf') return true;
  const ooxml = bytes.subarray(0, ZIP.length).equals(ZIP);
  return ['docx', 'pptx', 'ppsx', 'xlsx'].includes(format) === ooxml;
}
