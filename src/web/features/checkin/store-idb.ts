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
