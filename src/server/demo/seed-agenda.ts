/** Demo agenda: the seed's all-hands agenda (「联想会议实施方案」四、会议议程) as real items, published as version 1. */
import { DateTime } from 'luxon';
import type { AgendaKind } from '../../shared/agenda';
import type { Ctx } from '../platform/context';
import { addItem } from '../modules/agenda/agenda.service';
import { publishAgenda } from '../modules/agenda/agenda.publish';
import { ALL_HANDS_AGENDA } from './demo-data';

/** The kind of each line, by its words. */
function kindOf(title: string): AgendaKind {
  if (title.includes('签到')) return 'sign_in';
  if (title.includes('致辞')) return 'opening';
  if (title.includes('汇报')) return 'report';
  if (title.includes('茶歇')) return 'break';
  if (title.includes('午餐')) return 'meal';
  if (title.includes('团队')) return 'activity';
  if (title.includes('互动')) return 'discussion';
  if (title.includes('总结') || title.includes('表彰')) return 'summary';
  return 'speech';
}

/** Adds the agenda lines ("8:30-9:00 会议签到") on the meeting's day and publishes them. */
export async function seedAgenda(ctx: Ctx, meeting: { id: string; startAt: number; timeZone: string }): Promise<void> {
  const day = DateTime.fromMillis(meeting.startAt, { zone: meeting.timeZone }).startOf('day');
  const at = (hm: string) => { const [h, m] = hm.split(':').map(Number); return day.set({ hour: h, minute: m }).toMillis(); };
  for (const line of ALL_HANDS_AGENDA.split('\n')) {
    const m = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})\s+(.+)$/.exec(line);
    if (!m) continue;
    await addItem(ctx, meeting.id, { kind: kindOf(m[3]), title: m[3], startAt: at(m[1]), endAt: at(m[2]), presenterIds: [] });
  }
  await publishAgenda(ctx, meeting.id);
}
