/**
 * Recording scans, online one by one or as an offline queue of up to 5,000: each is checked (signature, meeting, epoch, list, window),
 * stored once per (list, nonce) — a replay adds nothing and gets the stored outcome — and merged per person (checkin.merge.ts) under a
 * per-person lock, so concurrent batches, processes and upload orders all end in one attendance per person per list.
 *
 * The checks, in order: a pass that does not verify under the organisation's key, names another meeting, or a participant who is not
 * (any more) on the meeting is `unknown`; a pass of an older epoch is `revoked`; a participant whose role or 人群类别 the list does not
 * allow is `not_on_list` (their reply — declined, on leave — does not refuse them); a scan made outside the list's hours by the device's
 * clock is `closed`, except 补签, which is made afterwards on purpose. Every scan is kept, with who sent it (`by_user_id`), for the record.
 */
import type { z } from 'zod';
import { isOnList, type ScanOutcome, type ScanResult, type scanBatchSchema } from '../../../shared/checkin';
import { writeTransaction, type Db } from '../../db/database';
import type { CheckinAttendanceRow, CheckinListRow, CheckinScanRow } from '../../db/tables';
import { authorize } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { AppError, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { toList } from './checkin.lists';
import { mergeScans, type MergeScan } from './checkin.merge';
import * as q from './checkin.queries';
import { passReader } from './pass.keys';
import * as sq from './scan.queries';

/** One scan of a batch (defaults applied). */
export type ScanInput = z.output<typeof scanBatchSchema>['scans'][number];

type Rejection = Exclude<ScanResult, 'ok' | 'exit' | 'already'>;
type Prepared = {
  input: ScanInput; key: string; id: string; list: CheckinListRow | null; person: q.ScanPerson | null; epoch: number | null;
  /** null: passed the checks and goes to the merge. */
  rejected: Rejection | null;
  /** The index of the same (list, nonce) earlier in the batch. */
  sameAs: number | null;
};

const ACCEPTED = new Set(['ok', 'exit', 'already']);
const keyOf = (listId: string, nonce: string) => `${listId}\u0000${nonce}`;

/** A nonce already stored for another person turned up inside the transaction: run it again, treating those as replays. */
class ForcedReplays extends Error {
  constructor(readonly keys: string[]) {
    super('replayed nonces');
  }
}

/** 400s naming the scan and field: a QR scan needs its pass, manual and 补签 a participant, 补签 a reason. */
function checkFields(scans: readonly ScanInput[]): void {
  const problems: FieldProblem[] = [];
  scans.forEach((s, i) => {
    if (s.method === 'qr' && !s.pass) problems.push({ field: `scans.${i}.pass`, reason: 'required' });
    if (s.method !== 'qr' && !s.participantId) problems.push({ field: `scans.${i}.participantId`, reason: 'required' });
    if (s.method === 'makeup' && !s.reason) problems.push({ field: `scans.${i}.reason`, reason: 'reason_required' });
  });
  if (problems.length) throw new AppError('validation', { fields: problems.slice(0, 20) });
}

/** Checks every scan against its list and participant, before any lock is taken. */
async function prepare(ctx: Ctx, db: Db, scans: readonly ScanInput[]): Promise<Prepared[]> {
  const orgId = ctx.actor.orgId;
  const lists = new Map((await q.listsByIds(db, [...new Set(scans.map((s) => s.listId))])).filter((l) => l.org_id === orgId).map((l) => [l.id, l]));
  const readPass = passReader(orgId);
  const claimed = scans.map((s) => {
    const list = lists.get(s.listId) ?? null;
    if (!list) return { list, pid: null, epoch: null };
    if (s.method !== 'qr') return { list, pid: s.participantId!, epoch: null };
    const c = readPass(s.pass!);
    return c && c.m === list.meeting_id ? { list, pid: c.p, epoch: c.e } : { list, pid: null, epoch: null };
  });
  const people = new Map((await q.participantsByIds(db, [...new Set(claimed.flatMap((c) => (c.pid ? [c.pid] : [])))])).map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  return scans.map((input, i) => {
    const { list, pid, epoch } = claimed[i];
    const key = keyOf(input.listId, input.nonce);
    const sameAs = seen.get(key) ?? null;
    if (sameAs === null) seen.set(key, i);
    const found = pid ? people.get(pid) : undefined;
    const person = found && list && found.meeting_id === list.meeting_id && found.org_id === orgId ? found : null;
    const base = { input, key, id: newId(), list, person, epoch, sameAs };
    if (!list || !person) return { ...base, person: null, rejected: 'unknown' as const };
    if (epoch !== null && epoch !== Number(person.pass_epoch)) return { ...base, rejected: epoch < Number(person.pass_epoch) ? 'revoked' as const : 'unknown' as const };
    const l = toList(list);
    if (!isOnList(l, { role: person.role, groupName: person.group_name })) return { ...base, rejected: 'not_on_list' as const };
    // 补签 is made after the fact on purpose; everything else must fall inside the list's window (by the device's clock: an offline scan counts when it was made).
    const at = input.scannedAt;
    if (input.method !== 'makeup' && ((l.opensAt !== null && at < l.opensAt) || (l.closesAt !== null && at > l.closesAt))) return { ...base, rejected: 'closed' as const };
    return { ...base, rejected: null };
  });
}

function scanRow(ctx: Ctx, p: Prepared, now: number, verdict: { result: string; duplicateOf: string | null; flagged: boolean }): CheckinScanRow {
  const s = p.input;
  return {
    id: p.id, org_id: ctx.actor.orgId, meeting_id: p.list!.meeting_id, list_id: s.listId, participant_id: p.person?.id ?? null, pass_epoch: p.epoch, direction: s.direction,
    scanned_at: s.scannedAt, received_at: now, device_id: s.deviceId, client_nonce: s.nonce, method: s.method, by_user_id: ctx.actor.userId, reason: s.reason ?? null,
    offline: s.offline ? 1 : 0, result: verdict.result, duplicate_of: verdict.duplicateOf, flagged: verdict.flagged ? 1 : 0, reviewed_at: null, reviewed_by: null, review_note: null,
  };
}

type Decided = { result: string; flagged: boolean; replay: boolean; participantId: string | null; first: { at: number; deviceId: string } | null };

/** The merge of one list's accepted scans, inside the write transaction. Returns rows to insert and decisions by key. */
async function mergeList(ctx: Ctx, trx: Db, list: CheckinListRow, batch: Prepared[], forced: Set<string>, now: number) {
  const pids = [...new Set(batch.map((p) => p.person!.id))].sort();
  const base = { org_id: list.org_id, meeting_id: list.meeting_id };
  const held = ctx.dialect === 'postgres' ? await sq.lockAttendance(trx, list.id, base, pids) : await sq.attendanceOf(trx, list.id, pids);
  const before = new Map(held.map((a) => [a.participant_id, a]));
  const stored = await sq.scansOf(trx, list.id, pids);
  const storedKeys = new Set(stored.map((s) => keyOf(list.id, s.client_nonce)));
  const fresh = batch.filter((p) => !storedKeys.has(p.key) && !forced.has(p.key));
  const replays = batch.filter((p) => storedKeys.has(p.key) || forced.has(p.key));
  const byPerson = new Map<string, { stored: sq.StoredScan[]; fresh: Prepared[] }>(pids.map((id) => [id, { stored: [], fresh: [] }]));
  for (const s of stored) if (ACCEPTED.has(s.result)) byPerson.get(s.participant_id!)?.stored.push(s);
  for (const p of fresh) byPerson.get(p.person!.id)!.fresh.push(p);

  const rules = { trackExit: list.track_exit === 1, allowReentry: list.allow_reentry === 1 };
  const rows: CheckinScanRow[] = [];
  const changes: { id: string; result: string; duplicate_of: string | null; flagged: number }[] = [];
  const upserts: CheckinAttendanceRow[] = [];
  const removals: string[] = [];
  const decided = new Map<string, Decided>();
  for (const [pid, { stored: old, fresh: mine }] of byPerson) {
    if (!mine.length && before.get(pid)?.first_scan_id !== '') continue;
    const scans: MergeScan[] = [
      ...old.map((s) => ({ id: s.id, nonce: s.client_nonce, scannedAt: Number(s.scanned_at), direction: s.direction as 'in' | 'out', offline: s.offline === 1, toldOk: s.result === 'ok' || s.flagged === 1 })),
      ...mine.map((p) => ({ id: p.id, nonce: p.input.nonce, scannedAt: p.input.scannedAt, direction: p.input.direction, offline: p.input.offline, toldOk: false })),
    ];
    const { verdicts, attendance } = mergeScans(scans, rules);
    const devices = new Map<string, string>([...old.map((s) => [s.id, s.device_id] as const), ...mine.map((p) => [p.id, p.input.deviceId] as const)]);
    const first = attendance ? { at: attendance.firstAt, deviceId: devices.get(attendance.firstScanId)! } : null;
    for (const s of old) {
      const v = verdicts.get(s.id)!;
      if (v.result !== s.result || v.duplicateOf !== s.duplicate_of || (v.flagged ? 1 : 0) !== s.flagged) changes.push({ id: s.id, result: v.result, duplicate_of: v.duplicateOf, flagged: v.flagged ? 1 : 0 });
    }
    for (const p of mine) {
      const v = verdicts.get(p.id)!;
      rows.push(scanRow(ctx, p, now, v));
      decided.set(p.key, { result: v.result, flagged: v.flagged, replay: false, participantId: pid, first: v.result === 'already' ? first : null });
    }
    const had = before.get(pid);
    if (!attendance) {
      if (had) removals.push(pid);
    } else if (!had || had.first_scan_id !== attendance.firstScanId || Number(had.first_at) !== attendance.firstAt || had.inside !== (attendance.inside ? 1 : 0) || Number(had.last_at) !== attendance.lastAt) {
      upserts.push({ list_id: list.id, participant_id: pid, ...base, first_scan_id: attendance.firstScanId, first_at: attendance.firstAt, inside: attendance.inside ? 1 : 0, last_at: attendance.lastAt });
    }
  }
  return { listId: list.id, rows, changes, upserts, removals, decided, replays };
}

/** Records a batch of scans; the outcomes are in the order sent. */
export async function recordScans(ctx: Ctx, scans: readonly ScanInput[]): Promise<{ outcomes: ScanOutcome[] }> {
  authorize(ctx, 'checkin.scan');
  checkFields(scans);
  // PostgreSQL checks the scans before taking any lock. SQLite has one connection per process and every query outside a transaction
  // queues for it again behind all other requests, so there the checks run inside the one write transaction (one wait per batch).
  const early = ctx.dialect === 'postgres' ? await prepare(ctx, ctx.db, scans) : null;
  const forced = new Set<string>();
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeTransaction(ctx.db, ctx.dialect, async (trx) => record(ctx, trx, early ?? (await prepare(ctx, trx, scans)), forced));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (attempt >= 5) throw err;
      if (err instanceof ForcedReplays) err.keys.forEach((k) => forced.add(k));
      else if (code !== '40P01' && code !== '40001') throw err;
    }
  }
}

async function record(ctx: Ctx, trx: Db, prepared: Prepared[], forced: Set<string>): Promise<{ outcomes: ScanOutcome[] }> {
  const now = ctx.now();
  const unique = prepared.filter((p) => p.sameAs === null && p.list);
  const byList = new Map<string, Prepared[]>();
  for (const p of unique) if (!p.rejected) (byList.get(p.list!.id) ?? byList.set(p.list!.id, []).get(p.list!.id)!).push(p);
  const decided = new Map<string, Decided>();
  const rows: CheckinScanRow[] = [];
  const replayKeys: Prepared[] = [];
  const writes: Awaited<ReturnType<typeof mergeList>>[] = [];
  for (const listId of [...byList.keys()].sort()) {
    const merged = await mergeList(ctx, trx, byList.get(listId)![0].list!, byList.get(listId)!, forced, now);
    writes.push(merged);
    rows.push(...merged.rows);
    replayKeys.push(...merged.replays);
    for (const [k, v] of merged.decided) decided.set(k, v);
  }
  const rejected = unique.filter((p) => p.rejected);
  for (const p of rejected) rows.push(scanRow(ctx, p, now, { result: p.rejected!, duplicateOf: null, flagged: false }));

  const inserted = await sq.insertScans(trx, rows);
  const lost = rows.filter((r) => ACCEPTED.has(r.result) && !inserted.has(keyOf(r.list_id, r.client_nonce)));
  if (lost.length) throw new ForcedReplays(lost.map((r) => keyOf(r.list_id, r.client_nonce)));
  for (const p of rejected) {
    if (inserted.has(p.key)) decided.set(p.key, { result: p.rejected!, flagged: false, replay: false, participantId: p.person?.id ?? null, first: null });
    else replayKeys.push(p);
  }
  for (const w of writes) {
    await sq.updateVerdicts(trx, w.changes);
    await sq.upsertAttendance(trx, w.upserts);
    if (w.removals.length) await sq.deleteAttendance(trx, w.listId, w.removals);
  }
  await decideReplays(trx, replayKeys, decided);

  const people = new Map(prepared.flatMap((p) => (p.person ? [[p.person.id, p.person] as const] : [])));
  const missing = [...decided.values()].flatMap((d) => (d.participantId && !people.has(d.participantId) ? [d.participantId] : []));
  if (missing.length) for (const p of await q.participantsByIds(trx, [...new Set(missing)])) people.set(p.id, p);
  const outcomes = prepared.map((p): ScanOutcome => {
    const d = p.list ? decided.get(p.key) : undefined;
    if (!d) return { nonce: p.input.nonce, result: 'unknown', replay: false, flagged: false, participant: null, first: null };
    const who = d.participantId ? people.get(d.participantId) : undefined;
    return {
      nonce: p.input.nonce, result: d.result as ScanResult, replay: d.replay || p.sameAs !== null, flagged: d.flagged, first: d.first,
      participant: who ? { id: who.id, name: who.name, unit: who.unit, role: who.role, groupName: who.group_name, hasPhoto: !!who.photo_of } : null,
    };
  });
  return { outcomes };
}

/** The stored outcomes of nonces received before, with the attendance's first scan where they were duplicates. */
async function decideReplays(trx: Db, replays: readonly Prepared[], decided: Map<string, Decided>): Promise<void> {
  const byList = new Map<string, string[]>();
  for (const p of replays) (byList.get(p.input.listId) ?? byList.set(p.input.listId, []).get(p.input.listId)!).push(p.input.nonce);
  for (const [listId, nonces] of byList) {
    const stored = await sq.scansByNonces(trx, listId, nonces);
    const dupOf = [...new Set(stored.filter((s) => s.result === 'already' && s.participant_id).map((s) => s.participant_id!))];
    const firsts = new Map((await sq.firstOf(trx, listId, dupOf)).map((f) => [f.participant_id, { at: Number(f.first_at), deviceId: f.device_id }]));
    for (const s of stored) {
      decided.set(keyOf(listId, s.client_nonce), {
        result: s.result, flagged: s.flagged === 1, replay: true, participantId: s.participant_id, first: s.result === 'already' && s.participant_id ? firsts.get(s.participant_id) ?? null : null,
      });
    }
  }
}
