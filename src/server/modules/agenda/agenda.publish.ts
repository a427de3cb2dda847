/** Publishing the agenda: a numbered version with its changelog; presenters concerned are told, and those already notified get a change notice drafted. */
import type { AgendaItem } from '../../../shared/agenda';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { draftAgendaChangeNotice } from '../notices';
import { notify } from '../notifications';
import { closeByEvidence } from '../tasks/task.evidence';
import { agendaChanges, changeLine } from './agenda.diff';
import { toItems } from './agenda.dto';
import * as q from './agenda.queries';
import { comparable, getAgenda } from './agenda.service';
import { systemNote } from '../../../shared/task-notes';

/** Publishes the draft as the next version; refuses when nothing changed since the last one. */
export async function publishAgenda(ctx: Ctx, meetingId: string) {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = ownRow(ctx, await q.findMeeting(trx, meetingId));
    const items = await toItems(trx, ctx.actor.orgId, meetingId, await q.listItems(trx, meetingId));
    if (items.length === 0) throw invalid('items', 'agenda_empty');
    const [last] = await q.listVersions(trx, meetingId);
    const previous = last ? (JSON.parse(last.items_json) as AgendaItem[]) : [];
    if (last && JSON.stringify(comparable(previous)) === JSON.stringify(comparable(items))) throw invalid('items', 'agenda_unchanged');
    const changes = last ? agendaChanges(previous, items, meeting.time_zone) : [];
    const version = (last?.version ?? 0) + 1;
    const now = ctx.now();
    const ok = await q.insertVersion(trx, {
      id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, version, items_json: JSON.stringify(items), changes_json: JSON.stringify(changes), published_by: ctx.actor.userId, published_at: now,
    });
    if (!ok) throw new AppError('conflict');
    if (changes.length) {
      // Presenters of changed items (before and after) hear at once; the participants' change notice waits for review like any notice.
      const touched = new Set(changes.map((c) => c.itemId));
      const presenterIds = new Set([...previous, ...items].filter((i) => touched.has(i.id)).flatMap((i) => i.presenterIds));
      const accounts = (await q.participantsOf(trx, meetingId)).filter((p) => presenterIds.has(p.id) && p.user_id).map((p) => p.user_id!);
      await notify(trx, { orgId: ctx.actor.orgId, userIds: accounts, kind: 'agenda_changed', params: { title: meeting.title, version, changes: changes.map((c) => changeLine(c, 'zh-CN')).join('；') }, link: `/meetings/${meetingId}?tab=agenda`, now });
      await draftAgendaChangeNotice(trx, ctx, meetingId, changes.map((c) => changeLine(c, ctx.lang)));
    }
    await closeByEvidence(trx, meetingId, 'agenda_published', systemNote('agenda_published', { version }), now);
    await recordAudit(trx, ctx, { action: 'agenda.publish', entityType: 'meeting', entityId: meetingId, after: { version, changes } });
    return getAgenda(ctx, meetingId, trx);
  });
}
