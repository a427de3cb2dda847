/**
 * What the scanner shows the moment a pass is read, decided on the device from the offline bundle and this device's own scans, so a
 * desk keeps working without the network. The server decides again when the scan is synced; its outcome then replaces this one.
 */
import type { z } from 'zod';
import { isOnList, type CheckinBundle, type CheckinList, type ScanOutcome, type ScanResult, type scanInputSchema } from '../../../shared/checkin';

/** One participant of the bundle. */
export type BundleParticipant = CheckinBundle['participants'][number];
/** One scan as the API takes it (every field filled in). */
export type ScanInput = z.infer<typeof scanInputSchema>;
/** When and where a person was first let in: the device is unknown when only the bundle knows (another device, synced). */
export type FirstEntry = { at: number; deviceId: string | null };

/** Where a scan stands on this device: waiting in the queue, taken by the server, or refused by it as malformed (never retried). */
export type ScanState = 'queued' | 'synced' | 'rejected';

/**
 * A scan as this device keeps it (in IndexedDB): what goes to the server, what it showed, and — once synced — what the server made of
 * it. `participantId` is who the scan was about as far as the device could tell (null for an unreadable or foreign pass).
 */
export type DeviceScan = {
  input: ScanInput;
  meetingId: string;
  /** Device order, to send and replay in the order scanned even when two scans share a millisecond. */
  seq: number;
  state: ScanState;
  participantId: string | null;
  /** Who to show: from the bundle when the scan was made, replaced by the server's answer (which knows people added since). */
  participant: ScanOutcome['participant'];
  result: ScanResult;
  first: FirstEntry | null;
  flagged: boolean;
  /** True once the server's outcome has replaced the device's own decision. */
  confirmed: boolean;
};

/** What to show for a scan. */
export type Decision = { result: ScanResult; participant: BundleParticipant | null; first: FirstEntry | null };

/** Who a scan names: a verified pass's claims, or a participant picked by hand (no epoch), or nothing (not a Huiwu pass). */
export type Subject = { participantId: string; meetingId: string; epoch: number | null } | null;

/** Attendance answers that mean "not coming"; such people are not counted as expected (they may still turn up and be let in). Same as the server's. */
const NOT_COMING = new Set(['declined', 'leave']);

/** True when a participant is expected on a list: allowed by it and not having said they will not come. */
export function isExpected(list: CheckinList, p: BundleParticipant): boolean {
  return isOnList(list, p) && !NOT_COMING.has(p.attendance);
}

/** True outside the list's opening hours (a list without hours is always open). */
export function isClosed(list: Pick<CheckinList, 'opensAt' | 'closesAt'>, now: number): boolean {
  return (list.opensAt !== null && now < list.opensAt) || (list.closesAt !== null && now > list.closesAt);
}

/** Scans of this device that let someone in (or out) on a list, oldest first; refused scans and the server's other verdicts do not count. */
function movesOf(scans: readonly DeviceScan[], listId: string, participantId: string): DeviceScan[] {
  return scans
    .filter((s) => s.input.listId === listId && s.participantId === participantId && (s.result === 'ok' || s.result === 'exit') && !s.flagged)
    .sort((a, b) => a.input.scannedAt - b.input.scannedAt || a.seq - b.seq);
}

/** The first entry of a participant on a list as far as this device knows: the bundle (every device, as of its last download) or its own scans. */
export function firstEntry(bundle: CheckinBundle, scans: readonly DeviceScan[], listId: string, participantId: string): FirstEntry | null {
  const fromBundle = bundle.checkedIn[listId]?.[participantId];
  const own = movesOf(scans, listId, participantId).find((s) => s.result === 'ok');
  const candidates: FirstEntry[] = [];
  if (fromBundle !== undefined) candidates.push({ at: fromBundle, deviceId: null });
  if (own) candidates.push({ at: own.input.scannedAt, deviceId: own.input.deviceId });
  if (!candidates.length) return null;
  // The same entry can be in both (synced, then downloaded again): prefer the one that names the device when the times agree.
  return candidates.sort((a, b) => a.at - b.at || (a.deviceId ? -1 : 1))[0];
}

/**
 * True when a participant is inside now (lists that track exits): the later of this device's last move and the bundle's (every device's
 * merged moves as of its download); a bundle without presence (saved by an older version) counts anyone checked in as inside.
 */
export function isInside(bundle: CheckinBundle, scans: readonly DeviceScan[], listId: string, participantId: string): boolean {
  const own = movesOf(scans, listId, participantId).at(-1);
  const known = bundle.presence?.[listId]?.[participantId];
  if (own && (!known || own.input.scannedAt >= known.at)) return own.result === 'ok';
  if (known) return known.inside;
  return bundle.checkedIn[listId]?.[participantId] !== undefined;
}

/**
 * Decides a scan on the device. Order: not a pass of this meeting (unknown) → revoked (the pass's epoch is below the one in force) →
 * not on this list → closed (补签 is exempt: it exists for after the fact) → exit / already / ok, the last three as the server's merge
 * (src/server/modules/checkin/checkin.merge.ts) decides them.
 */
export function decide(
  bundle: CheckinBundle,
  list: CheckinList,
  scans: readonly DeviceScan[],
  subject: Subject,
  opts: { direction: 'in' | 'out'; method: ScanInput['method']; now: number },
): Decision {
  const participant = subject && subject.meetingId === bundle.meetingId ? bundle.participants.find((p) => p.id === subject.participantId) ?? null : null;
  if (!subject || !participant) return { result: 'unknown', participant: null, first: null };
  if (subject.epoch !== null && subject.epoch < participant.passEpoch) return { result: 'revoked', participant, first: null };
  if (!isOnList(list, participant)) return { result: 'not_on_list', participant, first: null };
  if (opts.method !== 'makeup' && isClosed(list, opts.now)) return { result: 'closed', participant, first: null };
  const first = firstEntry(bundle, scans, list.id, participant.id);
  // Out (lists that track exits): only someone inside goes out; otherwise nothing changes, as on the server.
  if (opts.direction === 'out' && list.trackExit) return { result: first && isInside(bundle, scans, list.id, participant.id) ? 'exit' : 'already', participant, first };
  if (!first) return { result: 'ok', participant, first: null };
  // Someone already in: only a list that tracks exits and allows re-entry lets them in again, and only after they went out.
  if (list.trackExit && list.allowReentry && !isInside(bundle, scans, list.id, participant.id)) return { result: 'ok', participant, first };
  return { result: 'already', participant, first };
}
