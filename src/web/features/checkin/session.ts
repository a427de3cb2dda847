/**
 * One scanner at one desk for one meeting: keeps the bundle and this device's scans (in the store), decides each scan at once on the
 * device, queues it, and syncs the queue and refreshes the bundle whenever the network allows. Plain TypeScript, so the rules are tested
 * without a browser; the page subscribes to it (useSyncExternalStore).
 */
import type { CheckinBundle, CheckinList, ScanOutcome } from '../../../shared/checkin';
import type { PassClaims } from '../../../shared/pass';
import { decide, isExpected, type BundleParticipant, type DeviceScan, type ScanInput, type Subject } from './decide';
import type { ScanStore } from './store';
import { drainQueue, pendingInOrder, type SendScans, type SyncStop } from './sync';

/** What the session needs from the outside world (the browser, or fakes in tests). */
export type SessionDeps = {
  store: ScanStore;
  fetchBundle: (meetingId: string) => Promise<CheckinBundle>;
  sendScans: SendScans;
  verify: (token: string, publicKey: string) => Promise<PassClaims | null>;
  now: () => number;
  nonce: () => string;
  /** The browser's own idea (navigator.onLine); a failed request also counts as offline until one succeeds. */
  browserOnline: () => boolean;
};

/** What the page renders. */
export type SessionSnapshot = {
  phase: 'loading' | 'ready' | 'no_bundle';
  bundle: CheckinBundle | null;
  scans: DeviceScan[];
  online: boolean;
  syncing: boolean;
  queued: number;
  /** Set when the server no longer accepts this session: the queue waits (kept on the device) until someone signs in again. */
  stopped: SyncStop | null;
  lastSyncAt: number | null;
};

/** How long a pass text may be when sent (the API's limit); a longer QR is no Huiwu pass anyway. */
const MAX_PASS = 600;

/** The scanner's state machine. */
export class ScannerSession {
  private snap: SessionSnapshot = { phase: 'loading', bundle: null, scans: [], online: true, syncing: false, queued: 0, stopped: null, lastSyncAt: null };
  private listeners = new Set<() => void>();
  private seq = 0;
  private syncing: Promise<void> | null = null;
  private requestOk = true;

  constructor(readonly meetingId: string, private deviceId: string, private readonly deps: SessionDeps) {}

  /** Subscribes to changes (useSyncExternalStore). */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** The current state (a new object after every change). */
  getSnapshot = (): SessionSnapshot => this.snap;

  private set(patch: Partial<SessionSnapshot>): void {
    const next = { ...this.snap, ...patch };
    next.queued = next.scans.filter((s) => s.state === 'queued').length;
    next.online = this.deps.browserOnline() && this.requestOk;
    this.snap = next;
    for (const fn of this.listeners) fn();
  }

  /** Names this device on scans from now on. */
  setDeviceId(deviceId: string): void {
    this.deviceId = deviceId;
  }

  /** Reads what the device kept, then the newest bundle if the network allows; ready as soon as there is any bundle. */
  async open(): Promise<void> {
    const [bundle, scans] = await Promise.all([this.deps.store.loadBundle(this.meetingId), this.deps.store.loadScans(this.meetingId)]);
    this.seq = scans.reduce((m, s) => Math.max(m, s.seq), 0);
    this.set({ bundle: bundle ?? null, scans, phase: bundle ? 'ready' : 'loading' });
    await this.refreshBundle();
    if (!this.snap.bundle) this.set({ phase: 'no_bundle' });
    void this.sync();
  }

  /** Downloads the bundle again (who came in at other desks, new people, revoked passes); keeps the old one when that fails. */
  async refreshBundle(): Promise<boolean> {
    if (!this.deps.browserOnline()) return this.offline();
    try {
      const bundle = await this.deps.fetchBundle(this.meetingId);
      this.requestOk = true;
      await this.deps.store.saveBundle(bundle);
      this.set({ bundle, phase: 'ready', stopped: this.snap.stopped === 'auth' ? null : this.snap.stopped });
      return true;
    } catch (err) {
      const status = (err as { status?: number }).status ?? 0;
      if (!status) this.requestOk = false;
      if (status === 401 || status === 403) this.set({ stopped: 'auth' });
      else this.set({});
      return false;
    }
  }

  private offline(): false {
    this.set({});
    return false;
  }

  /** The list by id (from the bundle). */
  list(listId: string): CheckinList | undefined {
    return this.snap.bundle?.lists.find((l) => l.id === listId);
  }

  /** Reads a QR text: verifies it with the bundle's public key, decides, records and queues it. */
  async scanPass(text: string, listId: string, direction: 'in' | 'out' = 'in'): Promise<DeviceScan> {
    const bundle = this.requireBundle();
    const claims = await this.deps.verify(text, bundle.publicKey);
    const subject: Subject = claims ? { participantId: claims.p, meetingId: claims.m, epoch: claims.e } : null;
    return this.record(listId, subject, { pass: text.slice(0, MAX_PASS), direction, method: 'qr' });
  }

  /** Lets someone in found by name/phone/unit at the desk (`manual`), or 补签 afterwards with a reason (`makeup`). */
  async admit(participantId: string, listId: string, opts: { method: 'manual' | 'makeup'; reason?: string; direction?: 'in' | 'out' }): Promise<DeviceScan> {
    const subject: Subject = { participantId, meetingId: this.meetingId, epoch: null };
    return this.record(listId, subject, { participantId, direction: opts.direction ?? 'in', method: opts.method, reason: opts.reason?.trim() || undefined });
  }

  private requireBundle(): CheckinBundle {
    if (!this.snap.bundle) throw new Error('no bundle');
    return this.snap.bundle;
  }

  private async record(listId: string, subject: Subject, part: Pick<ScanInput, 'direction' | 'method'> & Partial<ScanInput>): Promise<DeviceScan> {
    const bundle = this.requireBundle();
    const list = this.list(listId);
    if (!list) throw new Error(`unknown list ${listId}`);
    const now = this.deps.now();
    const d = decide(bundle, list, this.snap.scans, subject, { direction: part.direction, method: part.method, now });
    const online = this.snap.online;
    const scan: DeviceScan = {
      // `offline` tells the server this device let someone in without asking it: a later loss to another desk is flagged for review.
      input: { nonce: this.deps.nonce(), listId, scannedAt: now, deviceId: this.deviceId, offline: !online && d.result === 'ok', ...part },
      meetingId: this.meetingId,
      seq: ++this.seq,
      state: 'queued',
      participantId: d.participant?.id ?? null,
      participant: d.participant ? toShown(d.participant) : null,
      result: d.result,
      first: d.first,
      flagged: false,
      confirmed: false,
    };
    await this.deps.store.putScans([scan]);
    this.set({ scans: [...this.snap.scans, scan] });
    void this.sync();
    return scan;
  }

  /** Sends the queue if it can; one sync at a time (a second call waits for the running one and then goes again). */
  async sync(): Promise<void> {
    while (this.syncing) await this.syncing;
    if (!this.deps.browserOnline() || this.snap.stopped === 'auth') return void this.offline();
    const queued = pendingInOrder(this.snap.scans);
    if (!queued.length) return;
    const run = (async () => {
      this.set({ syncing: true });
      const report = await drainQueue(queued, this.deps.sendScans, async (updated) => {
        await this.deps.store.putScans(updated);
        const byNonce = new Map(updated.map((s) => [s.input.nonce, s]));
        this.set({ scans: this.snap.scans.map((s) => byNonce.get(s.input.nonce) ?? s) });
      });
      this.requestOk = report.stopped !== 'network';
      this.set({ syncing: false, stopped: report.stopped, lastSyncAt: report.acknowledged ? this.deps.now() : this.snap.lastSyncAt });
    })();
    this.syncing = run;
    try {
      await run;
    } finally {
      this.syncing = null;
    }
  }

  /** Call when the browser says the network came back or went: re-evaluates the badge, and syncs at once when back. */
  networkChanged(): void {
    if (this.deps.browserOnline()) this.requestOk = true;
    this.set({});
    if (this.deps.browserOnline()) void this.refreshBundle().then(() => this.sync());
  }

  /** Arrived / expected on a list as this device knows it: the bundle's check-ins and this device's admissions, the latter not yet synced. */
  counts(listId: string): { arrived: number; expected: number } {
    const bundle = this.snap.bundle;
    const list = this.list(listId);
    if (!bundle || !list) return { arrived: 0, expected: 0 };
    const arrived = new Set(Object.keys(bundle.checkedIn[listId] ?? {}));
    for (const s of this.snap.scans) if (s.input.listId === listId && s.result === 'ok' && !s.flagged && s.participantId) arrived.add(s.participantId);
    return { arrived: arrived.size, expected: bundle.participants.filter((p) => isExpected(list, p)).length };
  }
}

/** The identity fields shown for a participant of the bundle. */
function toShown(p: BundleParticipant): NonNullable<ScanOutcome['participant']> {
  return { id: p.id, name: p.name, unit: p.unit, role: p.role, groupName: p.groupName, hasPhoto: p.hasPhoto };
}
