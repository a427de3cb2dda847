import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPngFast } from './pass.png';

/** Reads back a 1-bit greyscale PNG as RGBA (the only kind `qrPngFast` writes). */
function readPng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([1, 0, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = Math.ceil(width / 8);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (rowBytes + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const v = (raw[y * (rowBytes + 1) + 1 + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

describe('qrPngFast', () => {
  it('writes a PNG that a QR reader decodes back to the pass', () => {
    const token = `HW1.${Buffer.from(JSON.stringify({ m: '01a2200b-5c5e-7b82-9b07-420dba75193b', p: '01a2200b-5c0f-7611-a421-4f604c4b6ac9', e: 2 })).toString('base64url')}.${'Qk'.repeat(43)}`;
    const png = qrPngFast(token, 240);
    const { width, height, rgba } = readPng(png);
    expect(width).toBe(height);
    expect(Math.abs(width - 240)).toBeLessThan(61);
    expect(jsQR(rgba, width, height)?.data).toBe(token);
    expect(png.length).toBeLessThan(2000);
  });
});
