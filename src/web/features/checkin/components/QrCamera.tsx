/**
 * The camera (qr-scanner: the browser's BarcodeDetector where it has one, else its own decoder in a Web Worker) and the "scan an image"
 * button, which decodes a QR from a picked photo or screenshot with the same library.
 */
import { CameraOutlined, PictureOutlined, PoweroffOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import QrScanner from 'qr-scanner';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The same code held in front of the camera is read once, not ten times a second. */
const SAME_CODE_PAUSE_MS = 4000;

/** Loads the decoder now, so the first scan is quick and the decoder is cached for offline use. */
export function preloadDecoder(): Promise<unknown> {
  return QrScanner.createQrEngine().catch(() => undefined);
}

/** Camera view and image picker. */
export function QrCamera({ onDecode }: { onDecode: (text: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const video = useRef<HTMLVideoElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const scanner = useRef<QrScanner | null>(null);
  const last = useRef<{ text: string; at: number }>({ text: '', at: 0 });
  const handler = useRef(onDecode);
  handler.current = onDecode;
  const [on, setOn] = useState(false);
  const [starting, setStarting] = useState(false);

  useEffect(() => () => {
    scanner.current?.destroy();
    scanner.current = null;
  }, []);

  const start = async () => {
    if (!video.current) return;
    setStarting(true);
    try {
      if (!(await QrScanner.hasCamera())) {
        void message.warning(t('checkin.scan.cameraNone'));
        return;
      }
      scanner.current ??= new QrScanner(video.current, (r) => {
        const now = Date.now();
        if (r.data === last.current.text && now - last.current.at < SAME_CODE_PAUSE_MS) return;
        last.current = { text: r.data, at: now };
        handler.current(r.data);
      }, { preferredCamera: 'environment', highlightScanRegion: true, highlightCodeOutline: true, maxScansPerSecond: 8, returnDetailedScanResult: true });
      await scanner.current.start();
      setOn(true);
    } catch (err) {
      void message.error(t('checkin.scan.cameraFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setStarting(false);
    }
  };

  const stop = () => {
    scanner.current?.stop();
    setOn(false);
  };

  const pick = async (f: File | undefined) => {
    if (file.current) file.current.value = '';
    if (!f) return;
    try {
      const r = await QrScanner.scanImage(f, { returnDetailedScanResult: true, alsoTryWithoutScanRegion: true });
      handler.current(r.data);
    } catch {
      void message.warning(t('checkin.scan.noQrInImage'));
    }
  };

  return (
    <section className="hw-scan-camera">
      <div className={`hw-scan-video${on ? ' is-on' : ''}`}>
        <video ref={video} muted playsInline />
        {!on && (
          <Button size="large" type="primary" icon={<CameraOutlined />} loading={starting} onClick={() => void start()} data-testid="scan-camera-start">
            {t('checkin.scan.camera')}
          </Button>
        )}
      </div>
      <div className="hw-scan-camera-actions">
        <Button icon={<PictureOutlined />} onClick={() => file.current?.click()} data-testid="scan-image-button">{t('checkin.scan.fromImage')}</Button>
        {on && <Button icon={<PoweroffOutlined />} onClick={stop}>{t('checkin.scan.cameraStop')}</Button>}
        <input ref={file} type="file" accept="image/*" hidden data-testid="scan-image-input" onChange={(e) => void pick(e.target.files?.[0])} />
      </div>
    </section>
  );
}
