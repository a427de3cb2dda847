/** SQL for whom a notice reaches: a meeting's participants with their contact details and accounts. */
import type { Db } from '../../db/database';

/** One participant as a recipient. */
export type RecipientRow = {
  participant_id: string; person_id: string; name: string; unit: string | null; email: string | null; phone: string | null;
  role: string; group_name: string | null; attendance: string; rsvp_epoch: number; department_id: string | null; user_id: string | null;
};

/** Participants of a meeting (optionally only some) with email, phone and the account linked to the person. */
export async function recipientsOf(db: Db, meetingId: string, participantIds?: readonly string[]): Promise<RecipientRow[]> {
  if (participantIds && participantIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_participants as mp')
    .innerJoin('people as p', 'p.id', 'mp.person_id')
    .leftJoin('users as u', (j) => j.onRef('u.person_id', '=', 'p.id').on('u.is_active', '=', 1))
    .select([
      'mp.id as participant_id', 'p.id as person_id', 'p.name', 'p.unit', 'p.email', 'p.phone', 'mp.role', 'mp.group_name', 'mp.attendance',
      'mp.rsvp_epoch', 'p.department_id', 'u.id as user_id',
    ])
    .where('mp.meeting_id', '=', meetingId)
    .$if(!!participantIds && participantIds.length <= 500, (qb) => qb.where('mp.id', 'in', participantIds!))
    .orderBy('mp.created_at')
    .orderBy('mp.id')
    .execute();
  const unique = new Map<string, RecipientRow>();
  for (const r of rows) if (!unique.has(r.participant_id)) unique.set(r.participant_id, { ...r, rsvp_epoch: Number(r.rsvp_epoch ?? 0) });
  const all = [...unique.values()];
  if (!participantIds || participantIds.length <= 500) return all;
  const wanted = new Set(participantIds);
  return all.filter((r) => wanted.has(r.participant_id));
}
