/** The scanner's storage in IndexedDB (through `idb`): one database, a store of bundles by meeting and a store of scans by nonce. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CheckinBundle } from '../../../shared/checkin';
import type { DeviceScan } from './decide';
import { memoryStore, type ScanStore } from './store';

interface CheckinDb extends DBSchema {
  bundles: { key: string; value: CheckinBundle };
  scans: { key: string; value: DeviceScan; indexes: { byMeeting: string } };
}

let opened: Promise<IDBPDatabase<CheckinDb>> | undefined;

function db(): Promise<IDBPDatabase<CheckinDb>> {
  opened ??= openDB<CheckinDb>('huiwu-checkin', 1, {
    upgrade(d) {
      d.createObjectStore('bundles', { keyPath: 'meetingId' });
      d.createObjectStore('scans', { keyPath: 'input.nonce' }).createIndex('byMeeting', 'meetingId');
    },
  });
  return opened;
}

/** The browser's store; falls back to memory (and says so) when IndexedDB cannot be opened. */
export async function openScanStore(): Promise<{ store: ScanStore; persistent: boolean }> {
  try {
    await db();
  } catch {
    return { store: memoryStore(), persistent: false };
  }
  const store: ScanStore = {
    loadBundle: async (meetingId) => (await db()).get('bundles', meetingId),
    saveBundle: async (bundle) => void (await (await db()).put('bundles', bundle)),
    loadScans: async (meetingId) => (await db()).getAllFromIndex('scans', 'byMeeting', meetingId),
    putScans: async (scans) => {
      if (!scans.length) return;
      const tx = (await db()).transaction('scans', 'readwrite');
      await Promise.all([...scans.map((s) => tx.store.put(s)), tx.done]);
    },
  };
  return { store, persistent: true };
}

/** The service worker's cache of ID photos (public/scan-sw.js names it the same). */
const PHOTO_CACHE = 'huiwu-scan-photos-v1';

/**
 * Forgets what this browser kept for scanning when its user signs out (a desk phone changes hands): the name lists and the ID photos,
 * and the scans already uploaded. Scans still waiting to upload stay, so nothing of the day is lost; they go at the next sign-in.
 */
export async function forgetScannerCopies(): Promise<void> {
  if (typeof indexedDB !== 'undefined') {
    // Do not create the database on a browser that never scanned.
    const exists = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).some((d) => d.name === 'huiwu-checkin') : true;
    if (exists) {
      const tx = (await db()).transaction(['bundles', 'scans'], 'readwrite');
      await tx.objectStore('bundles').clear();
      for (let cursor = await tx.objectStore('scans').openCursor(); cursor; cursor = await cursor.continue()) {
        if (cursor.value.state !== 'queued') await cursor.delete();
      }
      await tx.done;
    }
  }
  if (typeof caches !== 'undefined') await caches.delete(PHOTO_CACHE);
}
