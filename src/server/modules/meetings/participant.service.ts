/** Who takes part in a meeting and in what role; required attendees' meetings are their busy times. */
import type { z } from 'zod';
import type { addParticipantSchema, Participant } from '../../../shared/participants';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { assertPersonExists } from '../people';
import * as mq from './meeting.queries';
import * as q from './participant.queries';


/** The participants of a meeting. */
export async function listParticipants(ctx: Ctx, meetingId: string): Promise<Participant[]> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await mq.findMeeting(ctx.db, meetingId));
  return (await q.listParticipants(ctx.db, meetingId)).map((r) => ({
    id: r.id, personId: r.person_id, personName: r.person_name, unit: r.person_unit, departmentName: r.department_name,
    role: r.role as Participant['role'], required: r.required === 1,
  }));
}

/** Adds a person to a meeting. */
export async function addParticipant(ctx: Ctx, meetingId: string, input: z.infer<typeof addParticipantSchema>): Promise<Participant[]> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    ownRow(ctx, await mq.findMeeting(trx, meetingId));
    await assertPersonExists(trx, ctx.actor.orgId, input.personId, 'personId');
    const row = { id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, person_id: input.personId, role: input.role, required: input.required ? 1 : 0, created_at: ctx.now() };
    if (!(await q.insertParticipant(trx, row))) throw invalid('personId', 'duplicate');
    await recordAudit(trx, ctx, { action: 'meeting.participant_add', entityType: 'meeting', entityId: meetingId, after: { personId: input.personId, role: input.role, required: input.required } });
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
