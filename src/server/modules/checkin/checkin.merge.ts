/**
 * The deterministic merge of one person's accepted scans on one list. Scans are replayed in (scanned_at, nonce) order through a small
 * state machine, so the outcome depends only on the set of scans, never on the order batches arrive in: the attendance is always the
 * earliest accepted entry, a later-arriving earlier scan takes its place and the displaced one becomes the duplicate, and a duplicate that
 * let someone in all the same is flagged for staff review instead of counting twice.
 */

/** A scan that passed the checks (signature, epoch, list, window), as the merge sees it. */
export type MergeScan = {
  id: string; nonce: string; scannedAt: number; direction: 'in' | 'out'; offline: boolean;
  /** The server has already answered this scan `ok` (or flagged it): the desk let the person in on the server's word. */
  toldOk: boolean;
};

/** What the merge decides for one scan. */
export type MergeVerdict = { result: 'ok' | 'exit' | 'already'; duplicateOf: string | null; flagged: boolean };

/** The attendance row the merge arrives at; null when no entry was accepted (only exits). */
export type MergeAttendance = { firstScanId: string; firstAt: number; inside: boolean; lastAt: number };

/** The rules of the list that matter to the merge. */
export type MergeRules = { trackExit: boolean; allowReentry: boolean };

/** Orders scans by device time, then nonce (a total order every process agrees on). */
export function scanOrder(a: Pick<MergeScan, 'scannedAt' | 'nonce'>, b: Pick<MergeScan, 'scannedAt' | 'nonce'>): number {
  return a.scannedAt - b.scannedAt || (a.nonce < b.nonce ? -1 : a.nonce > b.nonce ? 1 : 0);
}

/**
 * Replays the scans. Entry: the first is the attendance (`ok`); while inside, another entry is `already` (a duplicate of the first), flagged
 * when it let the person in anyway: the device admitted offline, or the server had answered it `ok` before an earlier scan arrived and took
 * its place (what the server answered is stored, so requests racing for the lock cannot make it up). An online scan answered `already` is never flagged.
 * After an exit, an entry is `ok` again only where re-entry is allowed. Exit (lists that track exits):
 * `exit` when inside, else `already` (nothing changes). On lists that do not track exits an exit scan is recorded as `exit` and changes nothing.
 */
export function mergeScans(scans: readonly MergeScan[], rules: MergeRules): { verdicts: Map<string, MergeVerdict>; attendance: MergeAttendance | null } {
  const sorted = [...scans].sort(scanOrder);
  const verdicts = new Map<string, MergeVerdict>();
  let first: MergeScan | null = null;
  let inside = false;
  let lastAt = 0;
  for (const s of sorted) {
    if (s.direction === 'in') {
      const admitted = s.offline || s.toldOk;
      if (!first) {
        first = s;
        inside = true;
        lastAt = s.scannedAt;
        verdicts.set(s.id, { result: 'ok', duplicateOf: null, flagged: false });
      } else if (!inside && rules.trackExit && rules.allowReentry) {
        inside = true;
        lastAt = s.scannedAt;
        verdicts.set(s.id, { result: 'ok', duplicateOf: null, flagged: false });
      } else {
        verdicts.set(s.id, { result: 'already', duplicateOf: first.id, flagged: admitted });
      }
    } else if (!rules.trackExit) {
      verdicts.set(s.id, { result: 'exit', duplicateOf: null, flagged: false });
    } else if (inside) {
      inside = false;
      lastAt = s.scannedAt;
      verdicts.set(s.id, { result: 'exit', duplicateOf: null, flagged: false });
    } else {
      verdicts.set(s.id, { result: 'already', duplicateOf: first?.id ?? null, flagged: false });
    }
  }
  return { verdicts, attendance: first ? { firstScanId: first.id, firstAt: first.scannedAt, inside: rules.trackExit ? inside : true, lastAt } : null };
}
