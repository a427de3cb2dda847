/**
 * Who may see a material. Three kinds of viewer reach a material: a signed-in user of the organisation, a participant through their
 * personal link, and those who manage materials.
 *
 * - Managers (`material.manage`: admin, organiser — the ones with meeting.write — and 会务 staff) see every material of every meeting.
 * - `everyone`: any signed-in user of the organisation and every personal link of the meeting (sponsors and media included).
 * - `participants`: the meeting's participants whose role receives materials (ROLE_CAPABILITIES: not sponsors or media), whether they come
 *   by their link or signed in (a user whose person is a participant); the meeting's host person counts as a participant.
 * - `presenters`: participants whose role is host, presenter or guest speaker, and the presenters of any agenda item of the meeting.
 *
 * A material someone may not see is a 404 to them, like a missing one.
 */
import { PRESENTER_ROLES } from '../../../shared/materials';
import { ROLE_CAPABILITIES, type ParticipantRole } from '../../../shared/participants';
import { hasPermission } from '../../../shared/roles';
import type { Db } from '../../db/database';
import type { Ctx } from '../../platform/context';
import * as q from './material.queries';

/** A viewer: whether they manage materials, and their place in the meeting when they have one. */
export type Viewer = { manager: boolean; participant: { id: string; role: string; presents: boolean } | null };

/** True when the viewer may see a material of this visibility. */
export function maySee(visibility: string, v: Viewer): boolean {
  if (v.manager || visibility === 'everyone') return true;
  const p = v.participant;
  if (!p) return false;
  if (visibility === 'participants') return ROLE_CAPABILITIES[p.role as ParticipantRole]?.materials ?? false;
  if (visibility === 'presenters') return PRESENTER_ROLES.includes(p.role) || p.presents;
  return false;
}

/** A participant as a viewer (the agenda's presenters are read once per request). */
export function participantViewer(p: { id: string; role: string }, presenters: ReadonlySet<string>): Viewer {
  return { manager: false, participant: { id: p.id, role: p.role, presents: presenters.has(p.id) } };
}

/** The signed-in caller as a viewer of a meeting's materials. */
export async function userViewer(ctx: Ctx, db: Db, meeting: { id: string; host_person_id: string | null }): Promise<Viewer> {
  if (hasPermission(ctx.actor.roles, 'material.manage')) return { manager: true, participant: null };
  const personId = ctx.actor.personId;
  if (!personId) return { manager: false, participant: null };
  const p = await q.participantOfPerson(db, meeting.id, personId);
  if (p) return participantViewer(p, await q.agendaPresenterIds(db, meeting.id));
  if (meeting.host_person_id === personId) return { manager: false, participant: { id: '', role: 'host', presents: false } };
  return { manager: false, participant: null };
}
