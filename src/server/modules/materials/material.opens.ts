/** Who opened a meeting's materials: counts for the list, and per material who opened it and who of those meant to see it has not. */
import type { MaterialOpens } from '../../../shared/materials';
import type { Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { maySee, participantViewer } from './material.policy';
import * as q from './material.queries';

/** Those who will not be there are not chased to read the papers. */
const NOT_COMING = ['declined', 'leave'];

type Opened = MaterialOpens['opened'][number];

/**
 * The openings of a meeting's materials grouped by person: a user whose person is a participant of the meeting is the same person as
 * that participant's link, so opening by account and by link counts once.
 */
async function openedBy(db: Db, meetingId: string, materialId?: string) {
  const rows = await q.opensByViewer(db, meetingId, materialId);
  const participants = await q.participantsOf(db, meetingId);
  const byPerson = new Map(participants.map((p) => [p.person_id, p]));
  const byId = new Map(participants.map((p) => [p.id, p]));
  const users = new Map((await q.usersByIds(db, [...new Set(rows.map((r) => r.user_id).filter((u): u is string => !!u))])).map((u) => [u.id, u]));
  const out = new Map<string, Map<string, Opened>>();
  for (const r of rows) {
    const user = r.user_id ? users.get(r.user_id) : undefined;
    const participant = r.participant_id ? byId.get(r.participant_id) : user?.person_id ? byPerson.get(user.person_id) : undefined;
    const key = participant ? participant.id : `user:${r.user_id}`;
    const via = r.participant_id ? 'link' : 'account';
    const of = out.get(r.material_id) ?? new Map<string, Opened>();
    out.set(r.material_id, of);
    const seen = of.get(key);
    const first = Number(r.first_at);
    const last = Number(r.last_at);
    if (seen) {
      of.set(key, { ...seen, userId: seen.userId ?? r.user_id, via: seen.via === via ? via : 'both', firstAt: Math.min(seen.firstAt, first), lastAt: Math.max(seen.lastAt, last), times: seen.times + Number(r.times) });
      continue;
    }
    of.set(key, {
      participantId: participant?.id ?? null, userId: r.user_id, name: participant?.name ?? user?.name ?? user?.display_name ?? '?', unit: participant ? participant.unit : user?.unit ?? null,
      via, firstAt: first, lastAt: last, times: Number(r.times),
    });
  }
  return { opened: out, participants };
}

/** People and times each material of the meeting was opened. */
export async function openTally(db: Db, meetingId: string): Promise<Map<string, { people: number; times: number }>> {
  const { opened } = await openedBy(db, meetingId);
  return new Map([...opened].map(([id, of]) => [id, { people: of.size, times: [...of.values()].reduce((n, o) => n + o.times, 0) }]));
}

/** Who opened a material (latest first), and which participants meant to see it have not, those not coming left out. */
export async function materialOpens(ctx: Ctx, id: string): Promise<MaterialOpens> {
  authorize(ctx, 'material.manage');
  const row = ownRow(ctx, await q.findMaterial(ctx.db, id));
  if (row.deleted_at !== null) throw notFound();
  const { opened, participants } = await openedBy(ctx.db, row.meeting_id, id);
  const of = opened.get(id) ?? new Map<string, Opened>();
  const presenters = await q.agendaPresenterIds(ctx.db, row.meeting_id);
  const notOpened = participants
    .filter((p) => !of.has(p.id) && !NOT_COMING.includes(p.attendance) && maySee(row.visibility, participantViewer(p, presenters)))
    .map((p) => ({ participantId: p.id, name: p.name, unit: p.unit, phone: p.phone, role: p.role, groupName: p.group_name, attendance: p.attendance }));
  return { materialId: id, opened: [...of.values()].sort((a, b) => b.lastAt - a.lastAt), notOpened };
}
