/** The lifecycle: only allowed state changes, each recorded in the meeting's history and the audit log. */
import { ACTION_LABELS, STATUS_LABELS, TRANSITIONS, type Meeting, type MeetingStatus, type TransitionAction } from '../../../shared/meetings';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { draftChangeNotice } from '../notices/notice.change';
import * as q from './meeting.queries';
import { loadMeeting } from './meeting.service';

/** Input of a transition. */
export type TransitionInput = { reason?: string | null; applyTo?: 'occurrence' | 'following' };

/**
 * Moves a meeting along its lifecycle. With `following` on a series occurrence, later occurrences
 * in a state the action allows move too (others are left as they are).
 */
export async function transitionMeeting(ctx: Ctx, id: string, action: TransitionAction, input: TransitionInput): Promise<Meeting> {
  const t = TRANSITIONS[action];
  authorize(ctx, t.permission);
  if (t.reason && !input.reason) throw invalid('reason', 'reason_required');
  const allowed = t.from as readonly MeetingStatus[];
  return ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findMeeting(trx, id));
    if (!allowed.includes(row.status as MeetingStatus)) {
      throw new AppError('invalid_transition', { params: { status: STATUS_LABELS[row.status as MeetingStatus][ctx.lang], action, actionLabel: ACTION_LABELS[action][ctx.lang] } });
    }
    if (input.applyTo === 'following' && !row.series_id) throw invalid('applyTo', 'not_in_series');
    const later = input.applyTo === 'following' ? await q.laterOccurrences(trx, row.series_id!, row.occurrence_index ?? 0) : [];
    const targets = [row, ...later.filter((o) => allowed.includes(o.status as MeetingStatus))];
    const now = ctx.now();
    for (const m of targets) {
      const patch = { status: t.to, updated_at: now, ...(action === 'cancel' ? { cancel_reason: input.reason ?? null } : {}) };
      if (!(await q.updateMeetingAtVersion(trx, m.id, m.version, patch))) throw new AppError('conflict');
      await q.insertTransition(trx, {
        id: newId(), org_id: ctx.actor.orgId, meeting_id: m.id, action, from_status: m.status, to_status: t.to,
        reason: input.reason ?? null, actor_user_id: ctx.actor.userId, at: now,
      });
      await recordAudit(trx, ctx, {
        action: `meeting.${action}`, entityType: 'meeting', entityId: m.id,
        before: { status: m.status }, after: { status: t.to, ...(input.reason ? { reason: input.reason } : {}) },
      });
      if (action === 'cancel') {
        const at = { startAt: m.start_at, endAt: m.end_at, place: m.place };
        await draftChangeNotice(trx, ctx, m.id, at, at, { reason: input.reason ?? null });
      }
    }
    return loadMeeting(ctx, id, trx);
  });
}
