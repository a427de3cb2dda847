/** Incidents on site (紧急情况): anyone signed in reports one; staff handle it; a high-severity one alerts the on-duty staff at once. */
import type { z } from 'zod';
import { INCIDENT_KIND_LABELS, type Incident, type incidentInputSchema, type incidentUpdateSchema } from '../../../shared/incidents';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { insertJobs, jobRows } from '../jobs';
import { findMeetingRow } from '../notices/notice.queries';
import { notify } from '../notifications';
import * as q from './incident.queries';

/** The job that pushes a high-severity incident to one group robot (`refId` = `<incidentId>:<botId>`). */
export const INCIDENT_ALERT_JOB = 'incident.alert';

/** A meeting's incidents. */
export async function listIncidents(ctx: Ctx, meetingId: string): Promise<Incident[]> {
  authorize(ctx, 'meeting.read');
  ownRow(ctx, await findMeetingRow(ctx.db, meetingId));
  return (await q.incidentsOfMeeting(ctx.db, meetingId)).map(toIncident);
}

/** Reports an incident; a high one tells the on-duty staff in the app and every group robot, in the same transaction (robots via retried jobs). */
export async function reportIncident(ctx: Ctx, meetingId: string, input: z.infer<typeof incidentInputSchema>): Promise<Incident[]> {
  authorize(ctx, 'meeting.read');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = ownRow(ctx, await findMeetingRow(trx, meetingId));
    if (input.handlerUserId) {
      authorize(ctx, 'incident.manage');
      if (!(await q.isActiveUser(trx, ctx.actor.orgId, input.handlerUserId))) throw invalid('handlerUserId', 'unknown_reference');
    }
    const now = ctx.now();
    const id = newId();
    await q.insertIncident(trx, {
      id, org_id: ctx.actor.orgId, meeting_id: meetingId, kind: input.kind, severity: input.severity, place: input.place, description: input.description,
      reported_by: ctx.actor.userId, handler_user_id: input.handlerUserId ?? null, status: input.handlerUserId ? 'handling' : 'open', resolution: null,
      occurred_at: input.occurredAt ?? now, resolved_at: null, version: 1, created_at: now, updated_at: now,
    });
    await recordAudit(trx, ctx, { action: 'incident.report', entityType: 'meeting', entityId: meetingId, after: { incidentId: id, ...input } });
    if (input.severity === 'high') {
      const duty = (await q.onDutyUserIds(trx, ctx.actor.orgId, meetingId, meeting.created_by)).filter((u) => u !== ctx.actor.userId);
      const params = { meeting: meeting.title, kind: INCIDENT_KIND_LABELS[input.kind]['zh-CN'], kindKey: input.kind, place: input.place, text: input.description };
      await notify(trx, { orgId: ctx.actor.orgId, userIds: duty, kind: 'incident_high', params, link: `/meetings/${meetingId}?tab=incidents`, now });
      const bots = await q.activeBotIds(trx, ctx.actor.orgId);
      await insertJobs(trx, jobRows(bots.map((b) => ({ orgId: ctx.actor.orgId, kind: INCIDENT_ALERT_JOB, refId: `${id}:${b}`, runAt: now, dedupeKey: `incident:${id}:${b}` })), now));
    }
    return (await q.incidentsOfMeeting(trx, meetingId)).map(toIncident);
  });
}

/** Assigns, moves along or resolves an incident (staff and organisers); resolving needs a word on how. */
export async function updateIncident(ctx: Ctx, id: string, input: z.infer<typeof incidentUpdateSchema>): Promise<Incident[]> {
  authorize(ctx, 'incident.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findIncident(trx, id));
    if (input.handlerUserId && !(await q.isActiveUser(trx, ctx.actor.orgId, input.handlerUserId))) throw invalid('handlerUserId', 'unknown_reference');
    const resolving = input.status === 'resolved' && row.status !== 'resolved';
    if (resolving && !(input.resolution ?? row.resolution)) throw invalid('resolution', 'required');
    const now = ctx.now();
    const ok = await q.updateIncidentAt(trx, id, input.version, {
      ...(input.status !== undefined && { status: input.status, resolved_at: input.status === 'resolved' ? (resolving ? now : row.resolved_at) : null }),
      ...(input.severity !== undefined && { severity: input.severity }),
      ...(input.handlerUserId !== undefined && { handler_user_id: input.handlerUserId, ...(input.status === undefined && row.status === 'open' && input.handlerUserId ? { status: 'handling' } : {}) }),
      ...(input.resolution !== undefined && { resolution: input.resolution }),
      updated_at: now,
    });
    if (!ok) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'incident.update', entityType: 'meeting', entityId: row.meeting_id, before: { incidentId: id, status: row.status, handler: row.handler_user_id }, after: { incidentId: id, ...input } });
    if (input.handlerUserId && input.handlerUserId !== row.handler_user_id && input.handlerUserId !== ctx.actor.userId) {
      const meeting = (await findMeetingRow(trx, row.meeting_id))!;
      await notify(trx, { orgId: ctx.actor.orgId, userIds: [input.handlerUserId], kind: 'incident_assigned', params: { meeting: meeting.title, place: row.place, text: row.description }, link: `/meetings/${row.meeting_id}?tab=incidents`, now });
    }
    return (await q.incidentsOfMeeting(trx, row.meeting_id)).map(toIncident);
  });
}

function toIncident(r: Awaited<ReturnType<typeof q.incidentsOfMeeting>>[number]): Incident {
  return {
    id: r.id, meetingId: r.meeting_id, kind: r.kind as Incident['kind'], severity: r.severity as Incident['severity'], place: r.place, description: r.description,
    reportedByName: r.reported_by_name, handlerUserId: r.handler_user_id, handlerName: r.handler_name, status: r.status as Incident['status'], resolution: r.resolution,
    occurredAt: Number(r.occurred_at), resolvedAt: r.resolved_at === null ? null : Number(r.resolved_at), version: r.version, createdAt: Number(r.created_at),
  };
}
