/** Demo check-in: the all-hands' 主会场签到 and 午餐 lists with a morning's scans (QR, by name, a 补签) and one flagged offline duplicate. */
import { DateTime } from 'luxon';
import type { Ctx } from '../platform/context';
import { createCheckinList, ensureLists, passToken, recordScans } from '../modules/checkin';

/** Creates the lists and records the scans as the 会务 staff's two desks would have sent them. */
export async function seedCheckin(organiser: Ctx, staffAt: (at: number) => Ctx, meeting: { id: string; startAt: number; timeZone: string }): Promise<void> {
  const day = DateTime.fromMillis(meeting.startAt, { zone: meeting.timeZone }).startOf('day');
  const at = (hh: number, mm: number, ss = 0) => day.set({ hour: hh, minute: mm, second: ss }).toMillis();
  const [main] = await ensureLists(organiser.db, { id: meeting.id, org_id: organiser.actor.orgId }, organiser.now());
  const lists = await createCheckinList(organiser, meeting.id, {
    name: '午餐', kind: 'meal', agendaItemId: null, allowedRoles: null, allowedGroups: null, trackExit: false, allowReentry: false, opensAt: at(11, 50), closesAt: at(13, 30),
  });
  const lunch = lists.find((l) => l.name === '午餐')!;
  const people = await organiser.db.selectFrom('meeting_participants').select(['id', 'pass_epoch']).where('meeting_id', '=', meeting.id).orderBy('created_at').orderBy('id').execute();
  if (people.length < 7) return;
  const pass = (i: number) => passToken(organiser.actor.orgId, { m: meeting.id, p: people[i].id, e: Number(people[i].pass_epoch) });
  const n = (k: string) => `demo-${k}-${meeting.id.slice(-8)}`;
  // Online at the two desks from 08:35.
  await recordScans(staffAt(at(8, 52)), [
    { nonce: n('m0'), listId: main.id, pass: pass(0), scannedAt: at(8, 36, 12), deviceId: '签到台1', direction: 'in', method: 'qr', offline: false },
    { nonce: n('m1'), listId: main.id, pass: pass(1), scannedAt: at(8, 38, 40), deviceId: '签到台1', direction: 'in', method: 'qr', offline: false },
    { nonce: n('m2'), listId: main.id, pass: pass(2), scannedAt: at(8, 41, 5), deviceId: '签到台2', direction: 'in', method: 'qr', offline: false },
    { nonce: n('m4'), listId: main.id, pass: pass(4), scannedAt: at(8, 47, 30), deviceId: '签到台1', direction: 'in', method: 'qr', offline: false },
    { nonce: n('m5'), listId: main.id, participantId: people[5].id, scannedAt: at(8, 50, 2), deviceId: '签到台2', direction: 'in', method: 'manual', offline: false },
  ]);
  // 签到台2 lost the network for a while and let 1 in again from its own copy: kept as a flagged duplicate for review.
  await recordScans(staffAt(at(9, 3)), [
    { nonce: n('m1b'), listId: main.id, pass: pass(1), scannedAt: at(8, 44, 18), deviceId: '签到台2', direction: 'in', method: 'qr', offline: true },
  ]);
  await recordScans(staffAt(at(9, 20)), [
    { nonce: n('m6'), listId: main.id, participantId: people[6].id, scannedAt: at(9, 18), deviceId: '签到台1', direction: 'in', method: 'makeup', reason: '胸卡遗失，已核实身份后补签', offline: false },
  ]);
  await recordScans(staffAt(at(12, 10)), people.slice(0, 3).map((_p, i) => ({
    nonce: n(`l${i}`), listId: lunch.id, pass: pass(i), scannedAt: at(12, 2 + i * 3), deviceId: '餐厅入口', direction: 'in' as const, method: 'qr' as const, offline: false,
  })));
}
