/** An A4 sheet, and a sheet holding a grid of same-size cards centred on it with crop marks on every cut line; plus the QR drawing. */
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import { qrModules } from '../print-data';

/** The organisation's look on paper: name, logo (address, or null when it has none), colours, and the meeting. */
export type Brand = { orgName: string; logoUrl: string | null; primary: string; accent: string; meetingTitle: string };

/** The organisation's logo on a white chip (logos are drawn for white paper, the bands are coloured), `mm` high; nothing without a logo. */
export function Logo({ brand, mm, chip = true }: { brand: Brand; mm: number; chip?: boolean }) {
  if (!brand.logoUrl) return null;
  return (
    <span className={chip ? 'hw-logo is-chip' : 'hw-logo'} data-testid="org-logo">
      <img src={brand.logoUrl} alt={brand.orgName} style={{ height: `${mm}mm` }} />
    </span>
  );
}

/** A sheet of A4. */
export function Sheet({ landscape, children, testId }: { landscape?: boolean; children: ReactNode; testId?: string }) {
  return <section className={`hw-sheet ${landscape ? 'is-landscape' : 'is-portrait'}`} data-testid={testId}>{children}</section>;
}

const MARK = 6;
const GAP = 1.5;

/** `cols` × `rows` cards of `w` × `h` mm, centred on a portrait A4 sheet, with crop marks in the margins. */
export function GridSheet({ cols, rows, w, h, children, testId }: { cols: number; rows: number; w: number; h: number; children: ReactNode; testId?: string }) {
  const left = (210 - cols * w) / 2;
  const top = (297 - rows * h) / 2;
  const marks: CSSProperties[] = [];
  for (let c = 0; c <= cols; c++) {
    const x = left + c * w;
    marks.push({ left: `${x - 0.1}mm`, top: `${top - GAP - MARK}mm`, width: '0.2mm', height: `${MARK}mm` });
    marks.push({ left: `${x - 0.1}mm`, top: `${top + rows * h + GAP}mm`, width: '0.2mm', height: `${MARK}mm` });
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * h;
    marks.push({ top: `${y - 0.1}mm`, left: `${left - GAP - MARK}mm`, height: '0.2mm', width: `${MARK}mm` });
    marks.push({ top: `${y - 0.1}mm`, left: `${left + cols * w + GAP}mm`, height: '0.2mm', width: `${MARK}mm` });
  }
  return (
    <Sheet testId={testId}>
      {marks.map((style, i) => <i key={i} className="hw-cut" style={style} />)}
      <div className="hw-grid" style={{ left: `${left}mm`, top: `${top}mm`, gridTemplateColumns: `repeat(${cols}, ${w}mm)`, gridAutoRows: `${h}mm` }}>{children}</div>
    </Sheet>
  );
}

/** A QR code as SVG (crisp at any print resolution), `mm` wide, with a 2-module white margin. */
export function Qr({ text, mm }: { text: string; mm: number }) {
  const { size, path } = useMemo(() => qrModules(text), [text]);
  return (
    <svg viewBox={`-2 -2 ${size + 4} ${size + 4}`} style={{ width: `${mm}mm`, height: `${mm}mm`, display: 'block' }} shapeRendering="crispEdges" data-qr={text}>
      <rect x={-2} y={-2} width={size + 4} height={size + 4} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** A font size (pt) that lets a name of this many characters fill about `widthMm` (CJK characters are square; Latin letters about half). */
export function fitName(name: string, widthMm: number, maxPt: number): number {
  const units = [...name].reduce((n, c) => n + (/[\u2e80-\u9fff\uf900-\ufaff]/.test(c) ? 1 : 0.6), 0) || 1;
  const pt = (widthMm / units) * 2.83465 * 0.8;
  return Math.max(8, Math.min(maxPt, Math.floor(pt)));
}
