/** Who takes part in a meeting, in what role and group, and where their reply stands; required attendees' meetings are their busy times. */
import type { z } from 'zod';
import { ROLE_CAPABILITIES, type addParticipantSchema, type Participant, type ParticipantRole, type updateParticipantSchema } from '../../../shared/participants';
import type { MeetingParticipantRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { assertPersonExists } from '../people';
import * as mq from './meeting.queries';
import * as q from './participant.queries';

/** Columns of a participant who has not answered yet. */
export const NEW_PARTICIPANT = { group_name: null, attendance: 'invited', reply_json: null, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, updated_at: null } as const;

/** A participant row with its person's details as the API returns it. */
export function toParticipant(r: Awaited<ReturnType<typeof q.listParticipants>>[number]): Participant {
  const role = r.role as ParticipantRole;
  return {
    id: r.id, personId: r.person_id, personName: r.person_name, unit: r.person_unit, departmentName: r.department_name,
    title: r.person_title, phone: r.person_phone, email: r.person_email,
    role, required: r.required === 1, groupName: r.group_name, attendance: (r.attendance ?? 'invited') as Participant['attendance'],
    reply: r.reply_json ? JSON.parse(r.reply_json) : null, answeredAt: r.answered_at, answeredOnBehalf: !!r.answered_by_user_id,
    canVote: ROLE_CAPABILITIES[role]?.vote ?? false,
  };
}

/** The participants of a meeting. */
export async function listParticipants(ctx: Ctx, meetingId: string): Promise<Participant[]> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await mq.findMeeting(ctx.db, meetingId));
  return (await q.listParticipants(ctx.db, meetingId)).map(toParticipant);
}

/** Adds a person to a meeting. */
export async function addParticipant(ctx: Ctx, meetingId: string, input: z.infer<typeof addParticipantSchema>): Promise<Participant[]> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await mq.findMeeting(trx, meetingId));
    await assertPersonExists(trx, ctx.actor.orgId, input.personId, 'personId');
    const row: MeetingParticipantRow = {
      id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, person_id: input.personId, role: input.role, required: input.required ? 1 : 0,
      ...NEW_PARTICIPANT, group_name: input.groupName ?? null, created_at: ctx.now(),
    };
    if (!(await q.insertParticipant(trx, row))) throw invalid('personId', 'duplicate');
    await recordAudit(trx, ctx, { action: 'meeting.participant_add', entityType: 'meeting', entityId: meetingId, after: { personId: input.personId, role: input.role, required: input.required, groupName: row.group_name } });
  });
  return listParticipants(ctx, meetingId);
}

/** Changes a participant's role, group or required flag. */
export async function updateParticipant(ctx: Ctx, meetingId: string, participantId: string, input: z.infer<typeof updateParticipantSchema>): Promise<Participant[]> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await mq.findMeeting(trx, meetingId));
    const row = await q.findParticipant(trx, participantId);
    if (!row || row.meeting_id !== meetingId) throw notFound();
    const patch = {
      ...(input.role !== undefined && { role: input.role }),
      ...(input.required !== undefined && { required: input.required ? 1 : 0 }),
      ...(input.groupName !== undefined && { group_name: input.groupName }),
      updated_at: ctx.now(),
    };
    await q.updateParticipant(trx, participantId, patch);
    await recordAudit(trx, ctx, { action: 'meeting.participant_update', entityType: 'meeting', entityId: meetingId, before: { role: row.role, required: row.required === 1, groupName: row.group_name }, after: input });
  });
  return listParticipants(ctx, meetingId);
}

/** Removes a participant from a meeting. */
export async function removeParticipant(ctx: Ctx, meetingId: string, participantId: string): Promise<void> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await mq.findMeeting(trx, meetingId));
    const row = await q.findParticipant(trx, participantId);
    if (!row || row.meeting_id !== meetingId) throw notFound();
    await q.deleteParticipant(trx, participantId);
    await recordAudit(trx, ctx, { action: 'meeting.participant_remove', entityType: 'meeting', entityId: meetingId, before: { personId: row.person_id, role: row.role } });
  });
}
