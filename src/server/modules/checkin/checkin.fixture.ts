/** Test fixtures of check-in: a meeting with people in roles and groups, their passes, and scans as a scanner sends them. */
import type { ScanOutcome } from '../../../shared/checkin';
import { newId } from '../../platform/ids';
import { buildMeeting } from '../../testing/factories';
import { call, type Caller, type TestApp } from '../../testing/test-app';
import { passToken } from './pass.keys';

/** A person to put on the meeting. */
export type FixturePerson = { name: string; role?: string; group?: string | null; phone?: string; unit?: string; title?: string; attendance?: string };

/**
 * A meeting of the first organisation with these people (inserted directly: a fixture, not the use-case under test), its default list,
 * and each participant's pass.
 */
export async function checkinMeeting(t: TestApp, people: FixturePerson[], overrides: Parameters<typeof buildMeeting>[2] = {}) {
  const meeting = await buildMeeting(t.database, t.org, overrides);
  const now = Date.now();
  const rows = people.map((p, i) => ({ person: newId(), participant: newId(), p, i }));
  for (let i = 0; i < rows.length; i += 400) {
    const part = rows.slice(i, i + 400);
    await t.database.db.insertInto('people').values(part.map(({ person, p }) => ({
      id: person, org_id: t.org.id, kind: 'staff', name: p.name, department_id: null, unit: p.unit ?? '华信科技集团', title: p.title ?? null, phone: p.phone ?? null, email: null, is_active: 1, created_at: now, updated_at: now,
    }))).execute();
    await t.database.db.insertInto('meeting_participants').values(part.map(({ person, participant, p, i: n }) => ({
      id: participant, org_id: t.org.id, meeting_id: meeting.id, person_id: person, role: p.role ?? 'participant', required: 1, group_name: p.group === undefined ? '正式代表' : p.group,
      attendance: p.attendance ?? 'confirmed', reply_json: null, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, created_at: now + n, updated_at: null,
    }))).execute();
  }
  const ids = rows.map((r) => r.participant);
  return {
    meeting, ids,
    pass: (i: number, epoch = 0) => passToken(t.org.id, { m: meeting.id, p: ids[i], e: epoch }),
  };
}

/** The lists of a meeting (the default one is made on the first read). */
export async function listsOf(t: TestApp, as: Caller, meetingId: string) {
  return (await call(t.app, 'GET', `/api/meetings/${meetingId}/checkin/lists`, { as })).data as { id: string; kind: string; name: string; version: number }[];
}

let nonce = 0;
/** A fresh client nonce. */
export const nextNonce = (prefix = 'n') => `${prefix}-${Date.now().toString(36)}-${(nonce++).toString(36).padStart(6, '0')}`;

/** Posts a batch of scans; each gets a nonce, the time and a device unless given. */
export async function postScans(t: TestApp, as: Caller, scans: Record<string, unknown>[]) {
  const body = { scans: scans.map((s) => ({ nonce: nextNonce(), scannedAt: Date.now(), deviceId: 'desk-1', ...s })) };
  const res = await call(t.app, 'POST', '/api/checkin/scans', { as, body });
  return Object.assign(res, { outcomes: (res.data.outcomes ?? []) as ScanOutcome[], sent: body.scans });
}

/** How many rows a table has for a list. */
export async function countRows(t: TestApp, table: 'checkin_scans' | 'checkin_attendance', listId: string): Promise<number> {
  const r = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', listId).executeTakeFirstOrThrow();
  return Number(r.n);
}
