// Sending the queue against a fake server that behaves like the real one (nonces make replays harmless): order, batches, lost answers, bad scans.
import { describe, expect, it } from 'vitest';
import type { ScanOutcome } from '../../../shared/checkin';
import type { DeviceScan, ScanInput } from './decide';
import { classifyFailure, drainQueue, pendingInOrder } from './sync';

function scan(i: number, over: Partial<DeviceScan> = {}): DeviceScan {
  return {
    input: { nonce: `nonce-${String(i).padStart(4, '0')}`, listId: 'L', participantId: `P${i}`, scannedAt: 1000 + i, deviceId: 'd1', offline: true, direction: 'in', method: 'manual' },
    meetingId: 'M1', seq: i, state: 'queued', participantId: `P${i}`, participant: null, result: 'ok', first: null, flagged: false, confirmed: false, ...over,
  };
}

/** A server that remembers nonces: a nonce seen before is a replay and adds nothing; `bad` participants make the whole batch a 400. */
function fakeServer(opts: { bad?: Set<string>; loseAnswers?: number; failAfter?: number } = {}) {
  const seen = new Map<string, ScanOutcome>();
  const attendance = new Set<string>();
  const batches: string[][] = [];
  let lose = opts.loseAnswers ?? 0;
  const send = async (scans: ScanInput[]): Promise<ScanOutcome[]> => {
    if (opts.failAfter !== undefined && batches.length >= opts.failAfter) throw Object.assign(new Error('offline'), { status: 0 });
    batches.push(scans.map((s) => s.nonce));
    if (scans.some((s) => opts.bad?.has(s.participantId ?? ''))) throw Object.assign(new Error('bad'), { status: 400 });
    const outcomes = scans.map((s): ScanOutcome => {
      const before = seen.get(s.nonce);
      if (before) return { ...before, replay: true };
      const pid = s.participantId!;
      const o: ScanOutcome = { nonce: s.nonce, result: attendance.has(pid) ? 'already' : 'ok', replay: false, flagged: false, participant: null, first: null };
      attendance.add(pid);
      seen.set(s.nonce, o);
      return o;
    });
    if (lose > 0) {
      lose -= 1;
      throw Object.assign(new Error('connection reset'), { status: 0 });
    }
    return outcomes;
  };
  return { send, seen, attendance, batches };
}

describe('the queue', () => {
  it('sends in scan order (device time, then device order), in batches of at most 500', async () => {
    const queue = Array.from({ length: 1201 }, (_, i) => scan(i));
    queue.reverse();
    queue.push(scan(5000, { input: { ...scan(0).input, nonce: 'same-ms', scannedAt: 1000 }, seq: 99999 }));
    const server = fakeServer();
    const done: DeviceScan[] = [];
    const report = await drainQueue(pendingInOrder(queue), server.send, async (u) => void done.push(...u));
    expect(server.batches.map((b) => b.length)).toEqual([500, 500, 202]);
    expect(server.batches[0].slice(0, 3)).toEqual(['nonce-0000', 'same-ms', 'nonce-0001']);
    expect(report).toEqual({ sent: 1202, acknowledged: 1202, rejected: 0, stopped: null });
    expect(done.every((s) => s.state === 'synced' && s.confirmed)).toBe(true);
  });

  it('leaves synced and rejected scans out of the queue', () => {
    expect(pendingInOrder([scan(1, { state: 'synced' }), scan(2), scan(3, { state: 'rejected' })]).map((s) => s.seq)).toEqual([2]);
  });

  it('keeps what was acknowledged when the network drops mid-queue, and the rest goes later', async () => {
    const queue = Array.from({ length: 1200 }, (_, i) => scan(i));
    const server = fakeServer({ failAfter: 1 });
    const done: DeviceScan[] = [];
    const report = await drainQueue(pendingInOrder(queue), server.send, async (u) => void done.push(...u));
    expect(report).toMatchObject({ acknowledged: 500, stopped: 'network' });
    const left = pendingInOrder(queue.map((s) => done.find((d) => d.input.nonce === s.input.nonce) ?? s));
    expect(left).toHaveLength(700);
    expect(left[0].input.nonce).toBe('nonce-0500');
  });

  it('is replay safe: an answer lost on the way means sending again, and the server adds nothing twice', async () => {
    const queue = Array.from({ length: 30 }, (_, i) => scan(i));
    const server = fakeServer({ loseAnswers: 1 });
    const first = await drainQueue(pendingInOrder(queue), server.send, async () => {});
    expect(first).toMatchObject({ acknowledged: 0, stopped: 'network' });
    expect(server.attendance.size).toBe(30);
    const done: DeviceScan[] = [];
    const second = await drainQueue(pendingInOrder(queue), server.send, async (u) => void done.push(...u));
    expect(second).toMatchObject({ acknowledged: 30, stopped: null });
    expect(server.attendance.size).toBe(30);
    expect(done.map((s) => s.result)).toEqual(Array(30).fill('ok'));
  });

  it('applies the server’s verdict: an offline "ok" that another desk beat becomes already and flagged', async () => {
    const send = async (scans: ScanInput[]): Promise<ScanOutcome[]> =>
      scans.map((s) => ({ nonce: s.nonce, result: 'already', replay: false, flagged: true, participant: { id: 'P1', name: '张三', unit: null, role: 'participant', groupName: null, hasPhoto: false }, first: { at: 900, deviceId: '签到台2' } }));
    const done: DeviceScan[] = [];
    await drainQueue([scan(1)], send, async (u) => void done.push(...u));
    expect(done[0]).toMatchObject({ result: 'already', flagged: true, first: { at: 900, deviceId: '签到台2' }, participant: { name: '张三' } });
  });

  it('sets aside the one malformed scan (halving the batch) and delivers the rest', async () => {
    const queue = Array.from({ length: 9 }, (_, i) => scan(i));
    const server = fakeServer({ bad: new Set(['P6']) });
    const done: DeviceScan[] = [];
    const report = await drainQueue(pendingInOrder(queue), server.send, async (u) => void done.push(...u));
    expect(report).toMatchObject({ acknowledged: 8, rejected: 1, stopped: null });
    expect(done.filter((s) => s.state === 'rejected').map((s) => s.input.nonce)).toEqual(['nonce-0006']);
    expect(server.attendance.size).toBe(8);
  });

  it('stops on a lost session or a server error, and classifies failures', async () => {
    const auth = await drainQueue([scan(1)], async () => { throw Object.assign(new Error(), { status: 401 }); }, async () => {});
    expect(auth.stopped).toBe('auth');
    expect([0, 401, 403, 400, 404, 413, 500, 503].map((status) => classifyFailure({ status }))).toEqual(['network', 'auth', 'auth', 'invalid', 'invalid', 'invalid', 'server', 'server']);
    expect(classifyFailure(new TypeError('Failed to fetch'))).toBe('network');
  });
});
