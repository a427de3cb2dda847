/** The scanner session in React: opened once per meeting and device, fed the browser's network events, synced on a timer. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { verifyPass } from '../../../shared/pass';
import { fetchBundle, sendScans } from './api';
import { newNonce } from './device';
import { ScannerSession, type SessionSnapshot } from './session';
import { openScanStore } from './store-idb';

/** How often the queue is tried while it has scans. */
const SYNC_EVERY_MS = 5_000;
/** How often the bundle is read again (who came in at other desks, new people, revoked passes). */
const REFRESH_EVERY_MS = 60_000;

const EMPTY: SessionSnapshot = { phase: 'loading', bundle: null, scans: [], online: true, syncing: false, queued: 0, stopped: null, lastSyncAt: null };
const noop = () => () => {};

/** Opens the session; `persistent` is false when the browser refused IndexedDB (scans then live only as long as the page). */
export function useScannerSession(meetingId: string, deviceId: string): { session: ScannerSession | null; snapshot: SessionSnapshot; persistent: boolean } {
  const [state, setState] = useState<{ session: ScannerSession; persistent: boolean } | null>(null);

  useEffect(() => {
    let alive = true;
    let session: ScannerSession | undefined;
    const onNetwork = () => session?.networkChanged();
    const timers: number[] = [];
    void openScanStore().then(({ store, persistent }) => {
      if (!alive) return;
      session = new ScannerSession(meetingId, deviceId, {
        store, fetchBundle, sendScans, verify: verifyPass, now: Date.now, nonce: newNonce, browserOnline: () => navigator.onLine,
      });
      setState({ session, persistent });
      void session.open();
      window.addEventListener('online', onNetwork);
      window.addEventListener('offline', onNetwork);
      timers.push(window.setInterval(() => session!.getSnapshot().queued > 0 && void session!.sync(), SYNC_EVERY_MS));
      timers.push(window.setInterval(() => void session!.refreshBundle(), REFRESH_EVERY_MS));
    });
    return () => {
      alive = false;
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      timers.forEach((t) => clearInterval(t));
    };
    // The device name is applied below without reopening the session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingId]);

  useEffect(() => state?.session.setDeviceId(deviceId), [state, deviceId]);

  const snapshot = useSyncExternalStore(state?.session.subscribe ?? noop, state?.session.getSnapshot ?? (() => EMPTY));
  return { session: state?.session ?? null, snapshot, persistent: state?.persistent ?? true };
}
