/** A small bundle with real signed passes, for the scanner's unit tests (no server, no browser). */
import type { CheckinBundle, CheckinList } from '../../../shared/checkin';
import { passPublicKey, signPass } from '../../../shared/pass';

/** The organisation's seed used to sign the test passes. */
export const TEST_SEED = new Uint8Array(32).map((_, i) => i + 7);

/** A list with every rule at its default; override what a test needs. */
export function testList(over: Partial<CheckinList> = {}): CheckinList {
  return {
    id: 'L-main', meetingId: 'M1', version: 1, name: '主会场', kind: 'main', agendaItemId: null, allowedRoles: null, allowedGroups: null,
    trackExit: false, allowReentry: false, opensAt: null, closesAt: null, ...over,
  };
}

/** Three participants (张三 participant/第一组, 李四 host/第二组, 王五 staff who declined), one list, nobody in yet. */
export async function testBundle(over: Partial<CheckinBundle> = {}): Promise<CheckinBundle> {
  return {
    meetingId: 'M1', meetingTitle: '年度工作会', timeZone: 'Asia/Shanghai', publicKey: await passPublicKey(TEST_SEED), generatedAt: 0,
    lists: [testList()],
    participants: [
      { id: 'P1', name: '张三', unit: '办公室', role: 'participant', groupName: '第一组', phoneTail: '1234', passEpoch: 0, hasPhoto: false, attendance: 'confirmed' },
      { id: 'P2', name: '李四', unit: '财务处', role: 'host', groupName: '第二组', phoneTail: '5678', passEpoch: 1, hasPhoto: true, attendance: 'confirmed' },
      { id: 'P3', name: '王五', unit: '办公室', role: 'staff', groupName: null, phoneTail: null, passEpoch: 0, hasPhoto: false, attendance: 'declined' },
    ],
    checkedIn: {},
    ...over,
  };
}

/** A pass of the test meeting for a participant at an epoch. */
export function testPass(participantId: string, epoch = 0, meetingId = 'M1'): Promise<string> {
  return signPass({ m: meetingId, p: participantId, e: epoch }, TEST_SEED);
}
