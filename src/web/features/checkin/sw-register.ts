/**
 * The scanner's service worker (public/scan-sw.js, scope /scan/): it keeps the app shell so the scanner reopens with no network. After
 * it takes control, the page tells it every script and style this page loaded, which it keeps (the lazy chunks included), and the ID
 * photos of the meeting's participants, which it fetches ahead for the identity check offline.
 */
import type { CheckinBundle } from '../../../shared/checkin';
import { photoUrl } from './api';

/** Registers the worker and hands it the files of this page; resolves true when the shell is kept for offline use. */
export async function keepScannerShell(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register('/scan-sw.js', { scope: '/scan/' });
    const reg = await navigator.serviceWorker.ready;
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
      .map((u) => u.pathname);
    reg.active?.postMessage({ type: 'keep', urls: ['/index.html', ...new Set(urls)] });
    return true;
  } catch {
    return false;
  }
}

/** Asks the worker to keep the photos of everyone in the bundle who has one (and to drop that meeting's others); no-op without it. */
export async function keepScannerPhotos(bundle: CheckinBundle): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const reg = await navigator.serviceWorker.getRegistration('/scan/');
  const urls = bundle.participants.filter((p) => p.hasPhoto).map((p) => photoUrl(bundle.meetingId, p.id));
  reg?.active?.postMessage({ type: 'photos', meetingId: bundle.meetingId, urls });
}
