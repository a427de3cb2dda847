/** Demo notices: the all-hands' first-round notice sent to its staff (into the local outbox), with some replies already in. */
import type { Ctx } from '../platform/context';
import { addParticipant } from '../modules/meetings/participant.service';
import { approveNotice, sendNotice, submitNotice } from '../modules/notices/notice.flow';
import { createNotice } from '../modules/notices/notice.service';
import { answerOnBehalf } from '../modules/rsvp/rsvp.service';
import type { Reply } from '../../shared/rsvp';

/** Who takes part in the all-hands and how some have answered (回访 by the 会务 staff). */
export async function seedNotices(
  ctx: { organiser: Ctx; leader: Ctx; staff: Ctx },
  meeting: { id: string; startAt: number },
  people: { id: string; host?: boolean }[],
  publicUrl: string,
): Promise<void> {
  let list = await addParticipant(ctx.organiser, meeting.id, { personId: people[0].id, role: 'host', required: true, groupName: '公司领导' });
  for (const p of people.slice(1)) list = await addParticipant(ctx.organiser, meeting.id, { personId: p.id, role: 'participant', required: true, groupName: '部门负责人' });
  const notice = await createNotice(ctx.organiser, meeting.id, {
    kind: 'meeting', round: 1, locale: 'zh-CN', docNumber: '华信办〔2026〕12号', addressee: '各部门', prepare: '各部门负责人准备本部门年度工作总结（10 分钟汇报）',
    contact: '张静 010-62881004', rsvpDeadline: meeting.startAt - 7 * 86_400_000, attachments: ['会议议程'],
    channels: { email: true, sms: false, inapp: true, botIds: [] }, audience: { roles: [], groups: [], attendance: [] }, reminders: { hoursBeforeDeadline: [72, 24], escalate: true },
  });
  await submitNotice(ctx.organiser, notice.id);
  await approveNotice(ctx.leader, notice.id);
  await sendNotice(ctx.organiser, notice.id, { sms: false, publicUrl });
  const answers: Reply[] = [
    { attendance: 'confirmed', dietary: { halal: false, vegetarian: true } },
    { attendance: 'confirmed' },
    { attendance: 'leave', leaveReason: '出差在外，由副职参会' },
    { attendance: 'substitute', substitute: { name: '钱晓东', title: '工程师', phone: '13801000011' } },
  ];
  for (const [i, reply] of answers.entries()) {
    const p = list[i + 1];
    if (p) await answerOnBehalf(ctx.staff, meeting.id, p.id, reply);
  }
}
