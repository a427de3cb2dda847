/** The RSVP dashboard of a meeting: counts by state and group, who has not read, who has not answered, lodging and dietary totals. */
import { ATTENDANCE, type Attendance, type Reply, type RsvpSummary } from '../../../shared/rsvp';
import { authorize, ownRow } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { findMeetingRow } from '../notices/notice.queries';
import { recipientsOf } from '../notices/recipient.queries';
import * as q from './rsvp.queries';

type Person = RsvpSummary['notReached'][number];

const zero = (): Record<Attendance, number> => Object.fromEntries(ATTENDANCE.map((a) => [a, 0])) as Record<Attendance, number>;

/** Computes the dashboard from the participants and their deliveries. */
export async function rsvpSummary(ctx: Ctx, meetingId: string): Promise<RsvpSummary> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await findMeetingRow(ctx.db, meetingId));
  const people = await recipientsOf(ctx.db, meetingId);
  const replies = new Map((await q.repliesOf(ctx.db, meetingId)).map((r) => [r.id, r.reply_json]));
  const states = new Map<string, Set<string>>();
  for (const d of await q.deliveryStateByParticipant(ctx.db, meetingId)) {
    if (!states.has(d.participant_id!)) states.set(d.participant_id!, new Set());
    states.get(d.participant_id!)!.add(d.status);
  }
  const s: RsvpSummary = {
    total: people.length, byAttendance: zero(), byGroup: [], notReached: [], notRead: [], notAnswered: [],
    lodging: { single: 0, shared: 0, none: 0, roomNights: 0 }, dietary: { halal: 0, vegetarian: 0, allergies: 0 }, arrivalsByDate: [],
  };
  const groups = new Map<string, { group: string; total: number; byAttendance: Record<Attendance, number> }>();
  const arrivals = new Map<string, number>();
  for (const p of people) {
    const a = (p.attendance ?? 'invited') as Attendance;
    s.byAttendance[a]++;
    const g = p.group_name ?? '';
    if (!groups.has(g)) groups.set(g, { group: g, total: 0, byAttendance: zero() });
    groups.get(g)!.total++;
    groups.get(g)!.byAttendance[a]++;
    const who: Person = { participantId: p.participant_id, name: p.name, unit: p.unit, phone: p.phone, groupName: p.group_name };
    const st = states.get(p.participant_id);
    const delivered = st && (st.has('sent') || st.has('read') || st.has('answered'));
    if (!delivered) s.notReached.push(who);
    else if (!st.has('read') && !st.has('answered') && a === 'invited') s.notRead.push(who);
    if (a === 'invited') s.notAnswered.push(who);
    const reply = replies.get(p.participant_id) ? (JSON.parse(replies.get(p.participant_id)!) as Partial<Reply>) : null;
    if (!reply || a === 'declined' || a === 'leave') continue;
    if (reply.lodging) {
      s.lodging[reply.lodging.need]++;
      if (reply.lodging.need !== 'none') s.lodging.roomNights += reply.lodging.nights?.length ?? 0;
    }
    if (reply.dietary?.halal) s.dietary.halal++;
    if (reply.dietary?.vegetarian) s.dietary.vegetarian++;
    if (reply.dietary?.allergies) s.dietary.allergies++;
    if (reply.arrival?.date) arrivals.set(reply.arrival.date, (arrivals.get(reply.arrival.date) ?? 0) + 1);
  }
  s.byGroup = [...groups.values()].sort((x, y) => y.total - x.total);
  s.arrivalsByDate = [...arrivals.entries()].sort().map(([date, count]) => ({ date, count }));
  return s;
}
