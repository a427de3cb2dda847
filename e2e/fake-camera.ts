/** A video file Chromium can play as its camera (`--use-file-for-fake-video-capture`): a QR code held still in front of the lens. */
import fs from 'node:fs';
import QRCode from 'qrcode';

/**
 * Writes `text` as a QR code into a Y4M file (YUV 4:2:0, 640 × 480, grey background, white quiet zone, black modules). Chromium loops
 * the frames, so a few are enough.
 */
export function writeQrVideo(file: string, text: string, frames = 5): void {
  const W = 640;
  const H = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = Math.floor(400 / (n + 8));
  const side = (n + 8) * scale;
  const left = Math.floor((W - side) / 2);
  const top = Math.floor((H - side) / 2);
  const luma = Buffer.alloc(W * H, 120);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - 4;
      const my = Math.floor(y / scale) - 4;
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx);
      luma[(top + y) * W + left + x] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]));
}
