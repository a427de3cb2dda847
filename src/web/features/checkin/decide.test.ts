// The scanner's own decisions from the bundle and this device's scans: the verdict a desk sees before the server answers.
import { describe, expect, it } from 'vitest';
import { verifyPass } from '../../../shared/pass';
import { decide, firstEntry, isExpected, type DeviceScan, type Subject } from './decide';
import { testBundle, testList, testPass } from './test-bundle';

const at = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00+08:00`);
const opts = { direction: 'in' as const, method: 'qr' as const, now: at('09:00') };

function own(participantId: string, scannedAt: number, result: DeviceScan['result'] = 'ok', listId = 'L-main'): DeviceScan {
  return {
    input: { nonce: `n-${participantId}-${scannedAt}`, listId, scannedAt, deviceId: '签到台1', offline: true, direction: 'in', method: 'qr' },
    meetingId: 'M1', seq: 1, state: 'queued', participantId, participant: null, result, first: null, flagged: false, confirmed: false,
  };
}

async function subjectOf(token: string, publicKey: string): Promise<Subject> {
  const c = await verifyPass(token, publicKey);
  return c ? { participantId: c.p, meetingId: c.m, epoch: c.e } : null;
}

describe('decisions on the device', () => {
  it('lets a valid pass in, then says already with the time and this device', async () => {
    const bundle = await testBundle();
    const subject = await subjectOf(await testPass('P1'), bundle.publicKey);
    const first = decide(bundle, testList(), [], subject, opts);
    expect(first.result).toBe('ok');
    expect(first.participant?.name).toBe('张三');
    const again = decide(bundle, testList(), [own('P1', at('08:55'))], subject, opts);
    expect(again).toMatchObject({ result: 'already', first: { at: at('08:55'), deviceId: '签到台1' } });
  });

  it('says already for someone the bundle has in (another desk), without naming a device', async () => {
    const bundle = await testBundle({ checkedIn: { 'L-main': { P1: at('08:40') } } });
    const d = decide(bundle, testList(), [], await subjectOf(await testPass('P1'), bundle.publicKey), opts);
    expect(d).toMatchObject({ result: 'already', first: { at: at('08:40'), deviceId: null } });
  });

  it('takes the earlier of the bundle and this device, naming the device when both agree', async () => {
    const bundle = await testBundle({ checkedIn: { 'L-main': { P1: at('08:55') } } });
    expect(firstEntry(bundle, [own('P1', at('08:50'))], 'L-main', 'P1')).toEqual({ at: at('08:50'), deviceId: '签到台1' });
    expect(firstEntry(bundle, [own('P1', at('08:55'))], 'L-main', 'P1')).toEqual({ at: at('08:55'), deviceId: '签到台1' });
    expect(firstEntry(bundle, [own('P1', at('09:10'))], 'L-main', 'P1')).toEqual({ at: at('08:55'), deviceId: null });
  });

  it('does not count refused or flagged scans as being in', async () => {
    const bundle = await testBundle();
    const flagged = { ...own('P1', at('08:50')), flagged: true };
    const subject = await subjectOf(await testPass('P1'), bundle.publicKey);
    expect(decide(bundle, testList(), [own('P1', at('08:50'), 'closed'), flagged], subject, opts).result).toBe('ok');
  });

  it('refuses a pass below the epoch in force as revoked, and a pass at it is fine', async () => {
    const bundle = await testBundle();
    expect(decide(bundle, testList(), [], await subjectOf(await testPass('P2', 0), bundle.publicKey), opts).result).toBe('revoked');
    expect(decide(bundle, testList(), [], await subjectOf(await testPass('P2', 1), bundle.publicKey), opts).result).toBe('ok');
  });

  it('calls a forged pass, another meeting’s pass, a stranger or any other QR unknown', async () => {
    const bundle = await testBundle();
    const forged = (await testPass('P1')).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const token of [forged, await testPass('P1', 0, 'M2'), await testPass('P9'), 'https://example.com/']) {
      expect(decide(bundle, testList(), [], await subjectOf(token, bundle.publicKey), opts)).toEqual({ result: 'unknown', participant: null, first: null });
    }
  });

  it('keeps out roles and groups the list does not admit', async () => {
    const bundle = await testBundle();
    const hostsOnly = testList({ allowedRoles: ['host'] });
    const group2 = testList({ allowedGroups: ['第二组'] });
    const p1 = await subjectOf(await testPass('P1'), bundle.publicKey);
    expect(decide(bundle, hostsOnly, [], p1, opts).result).toBe('not_on_list');
    expect(decide(bundle, group2, [], p1, opts).result).toBe('not_on_list');
    expect(decide(bundle, group2, [], { participantId: 'P3', meetingId: 'M1', epoch: null }, opts).result).toBe('not_on_list');
    expect(decide(bundle, group2, [], { participantId: 'P2', meetingId: 'M1', epoch: null }, opts).result).toBe('ok');
  });

  it('is closed outside the hours, except for 补签', async () => {
    const bundle = await testBundle();
    const list = testList({ opensAt: at('08:00'), closesAt: at('08:30') });
    const p1 = { participantId: 'P1', meetingId: 'M1', epoch: null };
    expect(decide(bundle, list, [], p1, opts).result).toBe('closed');
    expect(decide(bundle, list, [], p1, { ...opts, now: at('07:59') }).result).toBe('closed');
    expect(decide(bundle, list, [], p1, { ...opts, now: at('08:10') }).result).toBe('ok');
    expect(decide(bundle, list, [], p1, { ...opts, method: 'makeup' }).result).toBe('ok');
  });

  it('tracks exits: out, then in again only where re-entry is allowed', async () => {
    const bundle = await testBundle();
    const noReentry = testList({ trackExit: true });
    const reentry = testList({ trackExit: true, allowReentry: true });
    const p1 = { participantId: 'P1', meetingId: 'M1', epoch: null };
    const wentOut = [own('P1', at('08:50')), own('P1', at('08:55'), 'exit')];
    expect(decide(bundle, reentry, [own('P1', at('08:50'))], p1, { ...opts, direction: 'out' }).result).toBe('exit');
    expect(decide(bundle, reentry, wentOut, p1, opts).result).toBe('ok');
    expect(decide(bundle, noReentry, wentOut, p1, opts).result).toBe('already');
    expect(decide(bundle, reentry, [own('P1', at('08:50'))], p1, opts).result).toBe('already');
    expect(decide(bundle, reentry, wentOut, p1, { ...opts, direction: 'out' }).result).toBe('already');
    expect(decide(bundle, reentry, [], p1, { ...opts, direction: 'out' }).result).toBe('already');
  });

  it('knows from the bundle who went out through another door, and lets the later move win', async () => {
    const reentry = testList({ trackExit: true, allowReentry: true });
    const p1 = { participantId: 'P1', meetingId: 'M1', epoch: null };
    // Another desk let 张三 in at 08:40 and out at 08:50; this device has seen nothing of it.
    const out = await testBundle({ checkedIn: { 'L-main': { P1: at('08:40') } }, presence: { 'L-main': { P1: { inside: false, at: at('08:50') } } } });
    expect(decide(out, reentry, [], p1, opts)).toMatchObject({ result: 'ok', first: { at: at('08:40') } });
    expect(decide(out, reentry, [], p1, { ...opts, direction: 'out' }).result).toBe('already');
    // This device let them in at 08:45, before the other desk's exit: the bundle's later move stands.
    expect(decide(out, reentry, [own('P1', at('08:45'))], p1, opts).result).toBe('ok');
    // This device let them in again at 08:55, after it: they are in.
    expect(decide(out, reentry, [own('P1', at('08:55'))], p1, opts).result).toBe('already');
    // A bundle saved before presence existed: checked in means inside.
    const old = await testBundle({ checkedIn: { 'L-main': { P1: at('08:40') } } });
    expect(decide(old, reentry, [], p1, opts).result).toBe('already');
  });

  it('does not expect people who declined, and expects only whom the list admits', async () => {
    const bundle = await testBundle();
    const [p1, p2, p3] = bundle.participants;
    expect([p1, p2, p3].map((p) => isExpected(testList(), p))).toEqual([true, true, false]);
    expect([p1, p2, p3].map((p) => isExpected(testList({ allowedRoles: ['host'] }), p))).toEqual([false, true, false]);
  });
});
