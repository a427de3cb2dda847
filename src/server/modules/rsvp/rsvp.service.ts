/** The reply slip: the personal page by token, answers by the participant or on their behalf (回访), personal links. */
import { ATTENDANCE_LABELS, type Reply, type RsvpView } from '../../../shared/rsvp';
import type { Database, Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx, RequestInfo } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { findByTrackToken, markAnswered, markRead } from '../delivery/delivery.queries';
import { notify } from '../notifications';
import { parsePolicy } from '../org';
import * as q from './rsvp.queries';
import { participantOfToken, rsvpToken, rsvpUrl, tokenMatches } from './rsvp.token';

type Found = NonNullable<Awaited<ReturnType<typeof q.participantForRsvp>>>;

function linkExpiresAt(p: Found): number {
  return p.end_at + parsePolicy(p.policy_json).rsvpLinkDaysAfter * 86_400_000;
}

/** The participant a personal link names, or `link_invalid` (wrong, revoked or expired all look the same). */
export async function byToken(db: Db, token: string, now: number): Promise<Found> {
  const id = participantOfToken(token);
  const p = id ? await q.participantForRsvp(db, id) : undefined;
  if (!p || !tokenMatches(token, p.id, Number(p.rsvp_epoch ?? 0)) || now > linkExpiresAt(p) || p.meeting_status === 'cancelled') throw new AppError('link_invalid');
  return p;
}

async function view(db: Db, p: Found, now: number): Promise<RsvpView> {
  const notice = await q.latestMeetingNotice(db, p.meeting_id);
  return {
    orgName: p.org_name,
    meeting: { title: p.title, startAt: p.start_at, endAt: p.end_at, timeZone: p.time_zone, place: p.place, purpose: p.purpose },
    participant: { name: p.person_name, unit: p.unit, role: p.role, groupName: p.group_name },
    attendance: (p.attendance ?? 'invited') as RsvpView['attendance'], reply: p.reply_json ? JSON.parse(p.reply_json) : null, answeredAt: p.answered_at,
    deadline: notice?.rsvp_deadline ?? null, contact: notice?.contact ?? null, paid: p.scope === 'external', open: now < p.start_at, expiresAt: linkExpiresAt(p),
  };
}

/** The personal page's data; `via` (the delivery's tracking token) marks that delivery read. */
export async function rsvpByToken(database: Database, token: string, now: number, via?: string): Promise<RsvpView> {
  const p = await byToken(database.db, token, now);
  if (via) {
    const d = await findByTrackToken(database.db, via);
    if (d && d.participant_id === p.id) await markRead(database.db, d.id, now);
  }
  return view(database.db, p, now);
}

async function save(trx: Db, p: Found, reply: Reply, now: number, byUserId: string | null): Promise<void> {
  if (now >= p.start_at) throw invalid('attendance', 'rsvp_closed');
  await q.saveReply(trx, p.id, { attendance: reply.attendance, reply_json: JSON.stringify(reply), answered_at: now, answered_by_user_id: byUserId });
  await markAnswered(trx, p.meeting_id, p.id, now);
}

/** The participant answers on their personal page; audited as themselves. */
export async function answerByToken(database: Database, token: string, reply: Reply, now: number, request?: RequestInfo): Promise<RsvpView> {
  return database.db.transaction().execute(async (trx) => {
    const p = await byToken(trx, token, now);
    const before = { attendance: p.attendance, reply: p.reply_json ? JSON.parse(p.reply_json) : null };
    await save(trx, p, reply, now, null);
    const actor = { userId: `participant:${p.id}`, orgId: p.org_id, name: p.person_name, roles: [], personId: p.person_id };
    await recordAudit(trx, { actor, now: () => now, request }, { action: 'participant.reply', entityType: 'meeting', entityId: p.meeting_id, before, after: { participantId: p.id, ...reply } });
    return view(trx, (await q.participantForRsvp(trx, p.id))!, now);
  });
}

async function participantOfMeeting(ctx: Ctx, db: Db, meetingId: string, participantId: string): Promise<Found> {
  const p = await q.participantForRsvp(db, participantId);
  if (!p || p.meeting_id !== meetingId) throw notFound();
  return ownRow(ctx, p);
}

/** An organiser records the answer given on the phone (回访); the audit log and the participant's inbox say who did. */
export async function answerOnBehalf(ctx: Ctx, meetingId: string, participantId: string, reply: Reply): Promise<RsvpView> {
  authorize(ctx, 'participant.answer');
  return ctx.db.transaction().execute(async (trx) => {
    const p = await participantOfMeeting(ctx, trx, meetingId, participantId);
    const before = { attendance: p.attendance, reply: p.reply_json ? JSON.parse(p.reply_json) : null };
    const now = ctx.now();
    await save(trx, p, reply, now, ctx.actor.userId);
    await recordAudit(trx, ctx, { action: 'participant.reply_on_behalf', entityType: 'meeting', entityId: meetingId, before, after: { participantId, personName: p.person_name, ...reply } });
    await notify(trx, { orgId: p.org_id, userIds: await q.accountsOfPerson(trx, p.person_id), kind: 'rsvp_on_behalf', params: { by: ctx.actor.name, title: p.title, attendance: ATTENDANCE_LABELS[reply.attendance][ctx.lang] }, now });
    return view(trx, (await q.participantForRsvp(trx, p.id))!, now);
  });
}

/** A participant's personal link, to read out or send by hand. */
export async function personalLink(ctx: Ctx, meetingId: string, participantId: string, publicUrl: string): Promise<{ url: string; expiresAt: number }> {
  authorize(ctx, 'participant.answer');
  const p = await participantOfMeeting(ctx, ctx.db, meetingId, participantId);
  return { url: rsvpUrl(publicUrl, rsvpToken(p.id, Number(p.rsvp_epoch ?? 0))), expiresAt: linkExpiresAt(p) };
}

/** Invalidates a participant's link (forwarded by mistake); the next notice carries a new one. */
export async function revokeLink(ctx: Ctx, meetingId: string, participantId: string, publicUrl: string): Promise<{ url: string; expiresAt: number }> {
  authorize(ctx, 'participant.answer');
  await ctx.db.transaction().execute(async (trx) => {
    await participantOfMeeting(ctx, trx, meetingId, participantId);
    await q.bumpEpoch(trx, participantId, ctx.now());
    await recordAudit(trx, ctx, { action: 'participant.link_revoke', entityType: 'meeting', entityId: meetingId, after: { participantId } });
  });
  return personalLink(ctx, meetingId, participantId, publicUrl);
}
