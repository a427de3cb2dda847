// One desk through a day with a flaky network: scans shown at once, queued, kept across a reload, synced when back, corrected by the server.
import { describe, expect, it } from 'vitest';
import type { CheckinBundle, ScanOutcome } from '../../../shared/checkin';
import { verifyPass } from '../../../shared/pass';
import type { ScanInput } from './decide';
import { ScannerSession, type SessionDeps } from './session';
import { memoryStore } from './store';
import { testBundle, testPass } from './test-bundle';

/** A fake world: a clock, a network switch, and a server that admits each participant once (nonces are replays). */
async function world(bundleOver: Partial<CheckinBundle> = {}) {
  let now = Date.parse('2026-12-07T09:00:00+08:00');
  let n = 0;
  const net = { up: true };
  const server = { bundle: await testBundle(bundleOver), sent: [] as string[][], attendance: new Map<string, { at: number; deviceId: string }>(), nonces: new Set<string>() };
  const store = memoryStore();
  const deps: SessionDeps = {
    store,
    fetchBundle: async () => {
      if (!net.up) throw Object.assign(new TypeError('Failed to fetch'), { status: 0 });
      return structuredClone(server.bundle);
    },
    sendScans: async (scans: ScanInput[]) => {
      if (!net.up) throw Object.assign(new TypeError('Failed to fetch'), { status: 0 });
      server.sent.push(scans.map((s) => s.nonce));
      return scans.map((s): ScanOutcome => {
        const claims = s.pass ? JSON.parse(Buffer.from(s.pass.split('.')[1], 'base64url').toString()) as { p: string } : null;
        const pid = s.participantId ?? claims?.p ?? '';
        const replay = server.nonces.has(s.nonce);
        server.nonces.add(s.nonce);
        const first = server.attendance.get(pid);
        if (!first) server.attendance.set(pid, { at: s.scannedAt, deviceId: s.deviceId });
        return { nonce: s.nonce, result: first ? 'already' : 'ok', replay, flagged: !!first && s.offline && first.deviceId !== s.deviceId, participant: null, first: first ?? null };
      });
    },
    verify: verifyPass,
    now: () => now,
    nonce: () => `nonce-${String(++n).padStart(6, '0')}`,
    browserOnline: () => net.up,
  };
  return { deps, store, net, server, tick: (ms: number) => (now += ms) };
}

describe('a scanner session', () => {
  it('shows a scan at once, queues it, and the server confirms it', async () => {
    const w = await world();
    const s = new ScannerSession('M1', '签到台1', w.deps);
    await s.open();
    expect(s.getSnapshot().phase).toBe('ready');
    const scan = await s.scanPass(await testPass('P1'), 'L-main');
    expect(scan).toMatchObject({ result: 'ok', participant: { name: '张三' }, state: 'queued', input: { offline: false, method: 'qr', deviceId: '签到台1' } });
    await s.sync();
    expect(s.getSnapshot()).toMatchObject({ queued: 0, online: true });
    expect(s.getSnapshot().scans[0]).toMatchObject({ state: 'synced', confirmed: true, result: 'ok' });
    expect(s.counts('L-main')).toEqual({ arrived: 1, expected: 2 });
  });

  it('keeps scanning when the network drops, survives a reload offline, and drains when back', async () => {
    const w = await world();
    const s = new ScannerSession('M1', '签到台1', w.deps);
    await s.open();
    w.net.up = false;
    s.networkChanged();
    expect(s.getSnapshot().online).toBe(false);
    w.tick(60_000);
    const a = await s.scanPass(await testPass('P1'), 'L-main');
    expect(a).toMatchObject({ result: 'ok', input: { offline: true } });
    w.tick(1000);
    expect((await s.scanPass(await testPass('P1'), 'L-main'))).toMatchObject({ result: 'already', input: { offline: false } });
    await s.admit('P2', 'L-main', { method: 'manual' });
    expect(s.getSnapshot().queued).toBe(3);
    expect(w.server.sent).toEqual([]);

    // Reload with no network: the bundle and the queue come back from the store, and decisions remember the scans.
    const again = new ScannerSession('M1', '签到台1', w.deps);
    await again.open();
    expect(again.getSnapshot()).toMatchObject({ phase: 'ready', queued: 3, online: false });
    expect((await again.scanPass(await testPass('P2', 1), 'L-main')).result).toBe('already');
    expect(again.counts('L-main')).toEqual({ arrived: 2, expected: 2 });

    w.net.up = true;
    again.networkChanged();
    await again.sync();
    expect(again.getSnapshot().queued).toBe(0);
    expect(w.server.attendance.size).toBe(2);
    // Sent in the order scanned, once each.
    expect(w.server.sent.flat()).toEqual(['nonce-000001', 'nonce-000002', 'nonce-000003', 'nonce-000004']);
  });

  it('replaces an offline "ok" by the server’s verdict when another desk was first', async () => {
    const w = await world();
    w.server.attendance.set('P1', { at: Date.parse('2026-12-07T08:58:00+08:00'), deviceId: '签到台2' });
    const s = new ScannerSession('M1', '签到台1', w.deps);
    await s.open();
    w.net.up = false;
    s.networkChanged();
    const scan = await s.scanPass(await testPass('P1'), 'L-main');
    expect(scan.result).toBe('ok');
    w.net.up = true;
    s.networkChanged();
    await s.sync();
    expect(s.getSnapshot().scans.find((x) => x.input.nonce === scan.input.nonce)).toMatchObject({
      result: 'already', flagged: true, first: { deviceId: '签到台2' },
    });
    expect(s.counts('L-main').arrived).toBe(0);
  });

  it('never sends a scan twice when syncs overlap', async () => {
    const w = await world();
    const s = new ScannerSession('M1', 'd', w.deps);
    await s.open();
    for (const p of ['P1', 'P2']) await s.admit(p, 'L-main', { method: 'manual' });
    await Promise.all([s.sync(), s.sync(), s.sync()]);
    expect(w.server.sent.flat().sort()).toEqual(['nonce-000001', 'nonce-000002']);
  });

  it('sees who came in elsewhere once the bundle is fetched again', async () => {
    const w = await world();
    const s = new ScannerSession('M1', 'd', w.deps);
    await s.open();
    w.server.bundle.checkedIn = { 'L-main': { P1: 1 } };
    await s.refreshBundle();
    expect((await s.admit('P1', 'L-main', { method: 'manual' })).result).toBe('already');
  });

  it('has nothing to work with offline before the first download', async () => {
    const w = await world();
    w.net.up = false;
    const s = new ScannerSession('M1', 'd', w.deps);
    await s.open();
    expect(s.getSnapshot().phase).toBe('no_bundle');
  });

  it('keeps the queue on the device while the session is gone, and goes on after signing in', async () => {
    const w = await world();
    const s = new ScannerSession('M1', 'd', w.deps);
    await s.open();
    const send = w.deps.sendScans;
    w.deps.sendScans = async () => { throw Object.assign(new Error('unauthenticated'), { status: 401 }); };
    await s.admit('P1', 'L-main', { method: 'makeup', reason: '  迟到补签 ' });
    await s.sync();
    expect(s.getSnapshot()).toMatchObject({ stopped: 'auth', queued: 1 });
    w.deps.sendScans = send;
    await s.refreshBundle();
    await s.sync();
    expect(s.getSnapshot()).toMatchObject({ stopped: null, queued: 0 });
    expect([...w.store.scans.values()][0].input).toMatchObject({ method: 'makeup', reason: '迟到补签', participantId: 'P1' });
  });
});
