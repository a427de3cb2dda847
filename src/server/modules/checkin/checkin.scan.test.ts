import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { checkinMeeting, countRows, listsOf, nextNonce, postScans } from './checkin.fixture';
import { passToken } from './pass.keys';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

const people = [{ name: '王丽华', role: 'host', group: '公司领导' }, { name: '周涛' }, { name: '李娜', role: 'media', group: '媒体' }, { name: '赵强', attendance: 'leave' }];

describe('POST /api/checkin/scans: access and fields', () => {
  it('401 anonymous, 403 for a member, 400 naming the scan and field (补签 needs a reason)', async () => {
    const { ids } = await checkinMeeting(t, people);
    const scan = { nonce: nextNonce(), listId: 'x', participantId: ids[0], method: 'makeup', scannedAt: 1, deviceId: 'd' };
    expect((await call(t.app, 'POST', '/api/checkin/scans', { body: { scans: [scan] } })).statusCode).toBe(401);
    expect((await call(t.app, 'POST', '/api/checkin/scans', { as: member, body: { scans: [scan] } })).statusCode).toBe(403);
    const bad = await postScans(t, staff, [{ listId: 'x', participantId: ids[0], method: 'manual' }, { listId: 'x', participantId: ids[0], method: 'makeup' }, { listId: 'x', method: 'qr' }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.fields.map((f: { field: string; reason: string }) => [f.field, f.reason])).toEqual([['scans.1.reason', 'reason_required'], ['scans.2.pass', 'required']]);
    expect(bad.data.error.fields[0].message).toBe('请填写原因');
    const short = await call(t.app, 'POST', '/api/checkin/scans', { as: staff, body: { scans: [{ ...scan, nonce: 'short' }] } });
    expect(short.data.error.fields[0]).toMatchObject({ field: 'scans.0.nonce', reason: 'too_short' });
    expect((await call(t.app, 'POST', '/api/checkin/scans', { as: staff, body: { scans: [] } })).data.error.fields[0].field).toBe('scans');
  });
});

describe('scan rules', () => {
  it('ok, then already with the first scan; tampering, another meeting, another organisation and unknown lists are unknown', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    const [main] = await listsOf(t, staff, meeting.id);
    const first = await postScans(t, staff, [{ listId: main.id, pass: pass(1), scannedAt: Date.now() - 5000 }]);
    expect(first.outcomes[0]).toMatchObject({ result: 'ok', replay: false, flagged: false, first: null, participant: { id: ids[1], name: '周涛', role: 'participant', groupName: '正式代表', hasPhoto: false } });
    const again = await postScans(t, staff, [{ listId: main.id, pass: pass(1), deviceId: 'desk-2' }]);
    expect(again.outcomes[0]).toMatchObject({ result: 'already', flagged: false, first: { at: first.sent[0].scannedAt, deviceId: 'desk-1' } });

    const token = pass(0);
    const [head, body, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const forged = `${head}.${Buffer.from(JSON.stringify({ ...claims, p: ids[1] })).toString('base64url')}.${sig}`;
    const flipped = `${head}.${body}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BA' : 'AA'}`;
    const other = await checkinMeeting(t, [{ name: '外会议' }]);
    const foreign = passToken(t.otherOrg.id, { m: meeting.id, p: ids[0], e: 0 });
    const res = await postScans(t, staff, [
      { listId: main.id, pass: forged }, { listId: main.id, pass: flipped }, { listId: main.id, pass: 'not a pass' }, { listId: main.id, pass: other.pass(0) },
      { listId: main.id, pass: foreign }, { listId: 'no-such-list', pass: pass(0) }, { listId: main.id, participantId: 'nobody', method: 'manual' },
    ]);
    expect(res.outcomes.map((o) => [o.result, o.participant])).toEqual(Array(7).fill(['unknown', null]));
    // Recorded (except on a list that does not exist), and nobody was checked in by them.
    expect(await countRows(t, 'checkin_scans', main.id)).toBe(8);
    expect(await countRows(t, 'checkin_attendance', main.id)).toBe(1);
  });

  it('a revoked pass (lower epoch) is revoked; the new pass works', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    const [main] = await listsOf(t, staff, meeting.id);
    const revoked = await call(t.app, 'POST', `/api/meetings/${meeting.id}/participants/${ids[0]}/pass/revoke`, { as: staff });
    expect(revoked.data).toMatchObject({ participantId: ids[0], name: '王丽华', token: pass(0, 1) });
    const res = await postScans(t, staff, [{ listId: main.id, pass: pass(0) }, { listId: main.id, pass: pass(0, 1) }]);
    expect(res.outcomes.map((o) => o.result)).toEqual(['revoked', 'ok']);
    expect(res.outcomes[0].participant?.name).toBe('王丽华');
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', meeting.id).where('action', '=', 'checkin.pass_revoke').execute();
    expect(audit).toHaveLength(1);
  });

  it('not on the list by role or group; closed outside the window, except 补签, which is recorded with who and why', async () => {
    const { meeting, ids, pass } = await checkinMeeting(t, people);
    const now = Date.now();
    const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, {
      as: organiser, body: { name: '午餐', kind: 'meal', allowedRoles: ['host', 'participant'], allowedGroups: ['公司领导', '正式代表'], opensAt: now - 60_000, closesAt: now + 60_000 },
    })).data;
    const lunch = lists.find((l: { name: string }) => l.name === '午餐');
    const res = await postScans(t, staff, [
      { listId: lunch.id, pass: pass(2) }, { listId: lunch.id, pass: pass(0), scannedAt: now + 120_000 }, { listId: lunch.id, pass: pass(0), scannedAt: now - 120_000 },
      { listId: lunch.id, participantId: ids[1], method: 'manual', scannedAt: now + 120_000 },
      { listId: lunch.id, participantId: ids[1], method: 'makeup', reason: '签到时手机没电，会后补签', scannedAt: now + 3_600_000 },
      { listId: lunch.id, pass: pass(3) },
    ]);
    expect(res.outcomes.map((o) => o.result)).toEqual(['not_on_list', 'closed', 'closed', 'closed', 'ok', 'ok']);
    const makeup = await t.database.db.selectFrom('checkin_scans').selectAll().where('client_nonce', '=', res.sent[4].nonce as string).executeTakeFirstOrThrow();
    expect(makeup).toMatchObject({ method: 'makeup', reason: '签到时手机没电，会后补签', by_user_id: t.org.users.staff.id, result: 'ok' });
  });

  it('a replayed nonce returns the stored outcome and adds nothing, within a batch and across batches', async () => {
    const { meeting, pass } = await checkinMeeting(t, people);
    const [main] = await listsOf(t, staff, meeting.id);
    const scans = [{ nonce: nextNonce(), listId: main.id, pass: pass(0) }, { nonce: nextNonce(), listId: main.id, pass: pass(0) }, { nonce: nextNonce(), listId: main.id, pass: 'HW1.bad.bad' }];
    const first = await postScans(t, staff, [...scans, scans[0]]);
    expect(first.outcomes.map((o) => [o.result, o.replay])).toEqual([['ok', false], ['already', false], ['unknown', false], ['ok', true]]);
    const rows = await countRows(t, 'checkin_scans', main.id);
    expect(rows).toBe(3);
    const second = await postScans(t, staff, [scans[2], scans[1], scans[0]]);
    expect(second.outcomes.map((o) => [o.result, o.replay])).toEqual([['unknown', true], ['already', true], ['ok', true]]);
    expect(second.outcomes[1].first?.deviceId).toBe('desk-1');
    expect(await countRows(t, 'checkin_scans', main.id)).toBe(rows);
    expect(await countRows(t, 'checkin_attendance', main.id)).toBe(1);
  });

  it('two devices admitting one pass offline: one attendance, the later flagged, whichever uploads first; staff review it', async () => {
    for (const order of [[0, 1], [1, 0]]) {
      const { meeting, pass } = await checkinMeeting(t, people);
      const [main] = await listsOf(t, staff, meeting.id);
      const base = Date.now() - 600_000;
      const scans = [
        { nonce: nextNonce('a'), listId: main.id, pass: pass(1), scannedAt: base, deviceId: 'gate-A', offline: true },
        { nonce: nextNonce('b'), listId: main.id, pass: pass(1), scannedAt: base + 40_000, deviceId: 'gate-B', offline: true },
      ];
      const results = [];
      for (const i of order) results[i] = (await postScans(t, staff, [scans[i]])).outcomes[0];
      const stored = await t.database.db.selectFrom('checkin_scans').select(['client_nonce', 'result', 'flagged', 'duplicate_of', 'id']).where('list_id', '=', main.id).orderBy('scanned_at').execute();
      expect(stored.map((s) => [s.result, s.flagged])).toEqual([['ok', 0], ['already', 1]]);
      expect(stored[1].duplicate_of).toBe(stored[0].id);
      const attendance = await t.database.db.selectFrom('checkin_attendance').selectAll().where('list_id', '=', main.id).execute();
      expect(attendance).toHaveLength(1);
      expect(attendance[0]).toMatchObject({ first_scan_id: stored[0].id, first_at: base });
      const dups = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/duplicates`, { as: staff })).data;
      expect(dups).toEqual([expect.objectContaining({ id: stored[1].id, deviceId: 'gate-B', first: { scanId: stored[0].id, at: base, deviceId: 'gate-A' }, reviewedAt: null, participant: expect.objectContaining({ name: '周涛' }) })]);
      // The later upload of the earlier scan moved the attendance: replaying the displaced nonce now says so.
      if (order[0] === 1) expect((await postScans(t, staff, [scans[1]])).outcomes[0]).toMatchObject({ result: 'already', replay: true, flagged: true, first: { at: base, deviceId: 'gate-A' } });
      expect((await call(t.app, 'POST', `/api/checkin/scans/${stored[0].id}/review`, { as: staff, body: { note: 'x' } })).data.error.fields[0].reason).toBe('scan_not_flagged');
      const reviewed = await call(t.app, 'POST', `/api/checkin/scans/${stored[1].id}/review`, { as: staff, body: { note: '同一人从东西两门各扫一次，已核实' } });
      expect(reviewed.data).toMatchObject({ reviewNote: '同一人从东西两门各扫一次，已核实', reviewedBy: 'staff user' });
      expect((await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/stats`, { as: staff })).data.flaggedDuplicates).toBe(0);
      void results;
    }
  });

  it('an online scan answered ok, then moved behind an earlier offline one, is flagged: it let someone in too', async () => {
    const { meeting, pass } = await checkinMeeting(t, people);
    const [main] = await listsOf(t, staff, meeting.id);
    const base = Date.now() - 60_000;
    const online = await postScans(t, staff, [{ listId: main.id, pass: pass(1), scannedAt: base + 30_000, deviceId: 'gate-A' }]);
    expect(online.outcomes[0].result).toBe('ok');
    await new Promise((r) => setTimeout(r, 5));
    const offline = await postScans(t, staff, [{ listId: main.id, pass: pass(1), scannedAt: base, deviceId: 'gate-B', offline: true }]);
    expect(offline.outcomes[0]).toMatchObject({ result: 'ok', flagged: false });
    const replay = await postScans(t, staff, [online.sent[0]]);
    expect(replay.outcomes[0]).toMatchObject({ result: 'already', flagged: true, replay: true, first: { at: base, deviceId: 'gate-B' } });
  });

  it('entry/exit lists: out marks outside; re-entry only where allowed', async () => {
    const { meeting, pass } = await checkinMeeting(t, people);
    const body = (allowReentry: boolean) => ({ name: allowReentry ? '分会场A' : '班车', kind: allowReentry ? 'session' : 'shuttle', trackExit: true, allowReentry });
    expect((await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: { ...body(true), trackExit: false } })).data.error.fields[0]).toMatchObject({ field: 'allowReentry', reason: 'reentry_needs_exit' });
    await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: body(true) });
    const lists = (await call(t.app, 'POST', `/api/meetings/${meeting.id}/checkin/lists`, { as: organiser, body: body(false) })).data;
    const session = lists.find((l: { name: string }) => l.name === '分会场A');
    const shuttle = lists.find((l: { name: string }) => l.name === '班车');
    const t0 = Date.now() - 100_000;
    const seq = (listId: string) => [
      { listId, pass: pass(1), scannedAt: t0 }, { listId, pass: pass(1), scannedAt: t0 + 10_000, direction: 'out' }, { listId, pass: pass(1), scannedAt: t0 + 20_000, direction: 'out' },
      { listId, pass: pass(1), scannedAt: t0 + 30_000 }, { listId, pass: pass(1), scannedAt: t0 + 40_000 },
    ];
    const s = await postScans(t, staff, seq(session.id));
    expect(s.outcomes.map((o) => o.result)).toEqual(['ok', 'exit', 'already', 'ok', 'already']);
    const b = await postScans(t, staff, seq(shuttle.id));
    expect(b.outcomes.map((o) => o.result)).toEqual(['ok', 'exit', 'already', 'already', 'already']);
    const inside = await t.database.db.selectFrom('checkin_attendance').select(['list_id', 'inside', 'first_at', 'last_at']).where('meeting_id', '=', meeting.id).execute();
    expect(inside.find((a) => a.list_id === session.id)).toMatchObject({ inside: 1, first_at: t0, last_at: t0 + 30_000 });
    expect(inside.find((a) => a.list_id === shuttle.id)).toMatchObject({ inside: 0, first_at: t0, last_at: t0 + 10_000 });
    const stats = (await call(t.app, 'GET', `/api/meetings/${meeting.id}/checkin/stats`, { as: staff })).data;
    expect(stats.lists.find((l: { listId: string }) => l.listId === session.id)).toMatchObject({ arrived: 1, inside: 1 });
    expect(stats.lists.find((l: { listId: string }) => l.listId === shuttle.id)).toMatchObject({ arrived: 1, inside: 0 });
  });
});
