/** Editing a meeting plan: one meeting, one occurrence, or an occurrence and all later ones of its series. */
import { EDITABLE_STATUSES, STATUS_LABELS, type Meeting, type MeetingStatus, type UpdateMeetingInput } from '../../../shared/meetings';
import { moveOccurrence } from '../../../shared/recurrence';
import type { MeetingRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { draftChangeNotice } from '../notices/notice.change';
import { followMeeting } from '../tasks/task.evidence';
import * as q from './meeting.queries';
import { checkReferences, loadMeeting } from './meeting.service';

type Fields = Omit<UpdateMeetingInput, 'version' | 'applyTo' | 'participatingDepartmentIds'>;

/** Column values for the fields given (absent fields stay as they are). */
function toPatch(f: Fields): Partial<MeetingRow> {
  const p: Partial<MeetingRow> = {};
  if (f.title !== undefined) p.title = f.title;
  if (f.theme !== undefined) p.theme = f.theme;
  if (f.purpose !== undefined) p.purpose = f.purpose;
  if (f.kind !== undefined) p.kind = f.kind;
  if (f.scope !== undefined) p.scope = f.scope;
  if (f.startAt !== undefined) p.start_at = f.startAt;
  if (f.endAt !== undefined) p.end_at = f.endAt;
  if (f.timeZone !== undefined) p.time_zone = f.timeZone;
  if (f.place !== undefined) p.place = f.place;
  if (f.hostPersonId !== undefined) p.host_person_id = f.hostPersonId;
  if (f.departmentId !== undefined) p.department_id = f.departmentId;
  if (f.expectedSize !== undefined) p.expected_size = f.expectedSize;
  if (f.notes !== undefined) p.notes = f.notes;
  return p;
}

/**
 * Changes a plan still being prepared. `version` must be the one read (else `conflict`, nothing
 * written). In a series, `occurrence` edits detach this meeting from later series edits;
 * `following` applies the same change to every later occurrence not edited on its own, moving
 * their times by the same days and to the same clock time.
 */
export async function updateMeeting(ctx: Ctx, id: string, input: UpdateMeetingInput): Promise<Meeting> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const row = ownRow(ctx, await q.findMeeting(trx, id));
    if (!EDITABLE_STATUSES.includes(row.status as MeetingStatus)) {
      throw invalid('status', 'not_editable', { status: STATUS_LABELS[row.status as MeetingStatus][ctx.lang] });
    }
    const { version, applyTo, participatingDepartmentIds, ...fields } = input;
    const startAt = fields.startAt ?? row.start_at;
    const endAt = fields.endAt ?? row.end_at;
    if (endAt <= startAt) throw invalid('endAt', 'end_before_start');
    if (applyTo === 'following' && !row.series_id) throw invalid('applyTo', 'not_in_series');
    await checkReferences(trx, ctx, input);
    const before = await loadMeeting(ctx, id, trx);
    const now = ctx.now();
    const detach = row.series_id && applyTo !== 'following' ? { detached: 1 } : {};
    if (!(await q.updateMeetingAtVersion(trx, id, version, { ...toPatch(fields), ...detach, updated_at: now }))) {
      throw new AppError('conflict');
    }
    if (participatingDepartmentIds) await q.setDepartments(trx, ctx.actor.orgId, [id], [...new Set(participatingDepartmentIds)]);

    let following = 0;
    if (applyTo === 'following') {
      const later = (await q.laterOccurrences(trx, row.series_id!, row.occurrence_index ?? 0)).filter(
        (o) => o.detached === 0 && EDITABLE_STATUSES.includes(o.status as MeetingStatus),
      );
      const timeMoved = fields.startAt !== undefined || fields.endAt !== undefined || fields.timeZone !== undefined;
      const newZone = fields.timeZone ?? row.time_zone;
      const { startAt: _s, endAt: _e, ...sameForAll } = fields;
      for (const o of later) {
        const start = timeMoved ? moveOccurrence(o.start_at, { oldStart: row.start_at, newStart: startAt }, o.time_zone, newZone) : o.start_at;
        const patch = { ...toPatch(sameForAll), start_at: start, end_at: start + (endAt - startAt), updated_at: now };
        if (!(await q.updateMeetingAtVersion(trx, o.id, o.version, patch))) throw new AppError('conflict');
      }
      if (participatingDepartmentIds) await q.setDepartments(trx, ctx.actor.orgId, later.map((o) => o.id), [...new Set(participatingDepartmentIds)]);
      following = later.length;
    }
    const after = await loadMeeting(ctx, id, trx);
    await draftChangeNotice(trx, ctx, id, { startAt: row.start_at, endAt: row.end_at, place: row.place }, { startAt: after.startAt, endAt: after.endAt, place: after.place });
    await followMeeting(trx, { id, start_at: after.startAt, end_at: after.endAt, time_zone: after.timeZone }, now);
    await recordAudit(trx, ctx, {
      action: 'meeting.update', entityType: 'meeting', entityId: id, before, after: following ? { ...after, alsoUpdatedFollowing: following } : after,
    });
    return after;
  });
}
