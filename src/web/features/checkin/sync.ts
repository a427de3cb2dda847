/**
 * Sending the queue: oldest first, in batches of at most 500, each batch acknowledged before the next is sent. A batch that is lost on
 * the way is simply sent again later — every scan carries its nonce, so a replay adds nothing on the server. A batch the server refuses
 * as malformed is halved until the one bad scan is found and set aside, so one bad scan never blocks a desk's queue.
 */
import type { ScanOutcome } from '../../../shared/checkin';
import type { DeviceScan, ScanInput } from './decide';

/** Largest batch sent at once (the API takes 5,000; smaller batches show progress and keep each request short on a weak network). */
export const BATCH_SIZE = 500;

/** Sends scans to the server; resolves with its outcomes or rejects with something that has an HTTP `status` (0 = unreachable). */
export type SendScans = (scans: ScanInput[]) => Promise<ScanOutcome[]>;

/** Why a sync stopped early: the network, the session (sign in again), or the server (try again later). */
export type SyncStop = 'network' | 'auth' | 'server';

/** What one pass over the queue achieved. */
export type SyncReport = { sent: number; acknowledged: number; rejected: number; stopped: SyncStop | null };

/** How a failed request is treated: retried later (network, server), stops the queue until sign-in (auth), or splits the batch (invalid). */
export function classifyFailure(err: unknown): SyncStop | 'invalid' {
  const status = typeof err === 'object' && err !== null && 'status' in err ? Number((err as { status: unknown }).status) : 0;
  if (!status) return 'network';
  if (status === 401 || status === 403) return 'auth';
  if (status === 400 || status === 404 || status === 413 || status === 422) return 'invalid';
  return 'server';
}

/** The queued scans in the order they were made (device time, then device order). */
export function pendingInOrder(scans: readonly DeviceScan[]): DeviceScan[] {
  return scans.filter((s) => s.state === 'queued').sort((a, b) => a.input.scannedAt - b.input.scannedAt || a.seq - b.seq);
}

/** A scan with the server's outcome in place of the device's own decision. */
export function applyOutcome(scan: DeviceScan, outcome: ScanOutcome): DeviceScan {
  return {
    ...scan,
    state: 'synced',
    confirmed: true,
    result: outcome.result,
    flagged: outcome.flagged,
    first: outcome.first ? { at: outcome.first.at, deviceId: outcome.first.deviceId } : scan.result === 'ok' ? null : scan.first,
    participantId: outcome.participant?.id ?? scan.participantId,
    participant: outcome.participant ?? scan.participant,
  };
}

/**
 * Sends the given queued scans in order and calls `onDone` with every scan the server acknowledged (or refused as malformed) before
 * going on, so what was acknowledged is stored even if the next batch fails. Stops at the first network, session or server failure.
 */
export async function drainQueue(
  queued: readonly DeviceScan[],
  send: SendScans,
  onDone: (updated: DeviceScan[]) => Promise<void>,
  batchSize = BATCH_SIZE,
): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, acknowledged: 0, rejected: 0, stopped: null };

  const sendBatch = async (batch: DeviceScan[]): Promise<boolean> => {
    let outcomes: ScanOutcome[];
    try {
      report.sent += batch.length;
      outcomes = await send(batch.map((s) => s.input));
    } catch (err) {
      const kind = classifyFailure(err);
      if (kind !== 'invalid') {
        report.stopped = kind;
        return false;
      }
      if (batch.length === 1) {
        report.rejected += 1;
        await onDone([{ ...batch[0], state: 'rejected' }]);
        return true;
      }
      const half = Math.ceil(batch.length / 2);
      return (await sendBatch(batch.slice(0, half))) && sendBatch(batch.slice(half));
    }
    const byNonce = new Map(outcomes.map((o) => [o.nonce, o]));
    // A scan the answer does not mention stays queued and goes again next time (harmless: the nonce makes it a replay at worst).
    const done = batch.flatMap((s) => {
      const o = byNonce.get(s.input.nonce);
      return o ? [applyOutcome(s, o)] : [];
    });
    report.acknowledged += done.length;
    await onDone(done);
    return true;
  };

  for (let i = 0; i < queued.length; i += batchSize) {
    if (!(await sendBatch(queued.slice(i, i + batchSize)))) break;
  }
  return report;
}
