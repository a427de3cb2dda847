/** Where a scanner keeps its bundle and its scans between reloads: IndexedDB in the browser (store-idb.ts), memory in tests. */
import type { CheckinBundle } from '../../../shared/checkin';
import type { DeviceScan } from './decide';

/** The scanner's storage; every write is awaited before the scan counts as kept. */
export type ScanStore = {
  loadBundle(meetingId: string): Promise<CheckinBundle | undefined>;
  saveBundle(bundle: CheckinBundle): Promise<void>;
  /** Every scan this device kept for a meeting, in any order. */
  loadScans(meetingId: string): Promise<DeviceScan[]>;
  /** Adds or replaces scans by nonce. */
  putScans(scans: readonly DeviceScan[]): Promise<void>;
};

/** A store in memory: for tests, and the fallback when the browser refuses IndexedDB (private mode on some phones). */
export function memoryStore(): ScanStore & { scans: Map<string, DeviceScan> } {
  const bundles = new Map<string, CheckinBundle>();
  const scans = new Map<string, DeviceScan>();
  const clone = <T>(v: T): T => structuredClone(v);
  return {
    scans,
    loadBundle: async (meetingId) => (bundles.has(meetingId) ? clone(bundles.get(meetingId)) : undefined),
    saveBundle: async (bundle) => void bundles.set(bundle.meetingId, clone(bundle)),
    loadScans: async (meetingId) => [...scans.values()].filter((s) => s.meetingId === meetingId).map(clone),
    putScans: async (list) => {
      for (const s of list) scans.set(s.input.nonce, clone(s));
    },
  };
}
