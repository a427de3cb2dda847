/** Personal passes: the signed token of each participant, its QR code (badge, personal page, notice mail), and revoking a lost one. */
import QRCode from 'qrcode';
import type { ParticipantPass } from '../../../shared/checkin';
import type { Database, Db } from '../../db/database';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { participantByToken } from '../rsvp';
import { meetingOf } from './checkin.lists';
import * as q from './checkin.queries';
import { passToken } from './pass.keys';
import { qrPngFast } from './pass.png';
import type { Lang } from '../../../shared/errors';
import { seatLabel } from '../../../shared/seating';
import { participantSeats } from '../seating';

type PassPerson = { id: string; org_id: string; meeting_id: string; pass_epoch: number };

/** The token in force for a participant (issued at their current epoch). */
export function tokenOf(p: PassPerson): string {
  return passToken(p.org_id, { m: p.meeting_id, p: p.id, e: Number(p.pass_epoch) });
}

/** A pass as SVG (crisp at any print size; ECC level M survives a creased badge). */
export function qrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** A pass as PNG (mail clients that do not show SVG). */
export function qrPng(token: string, width = 360): Buffer {
  return qrPngFast(token, width);
}

/** Every participant's pass, for the badge print pages (one signature each, native, so 2,000 take milliseconds). */
export async function meetingPasses(ctx: Ctx, meetingId: string): Promise<ParticipantPass[]> {
  authorize(ctx, 'checkin.scan');
  const meeting = await meetingOf(ctx, ctx.db, meetingId);
  return (await q.participantsOfMeeting(ctx.db, meetingId)).map((p) => ({
    participantId: p.id, name: p.name, unit: p.unit, role: p.role, groupName: p.group_name, token: tokenOf({ ...p, org_id: meeting.org_id, meeting_id: meeting.id }),
  }));
}

async function participantOf(ctx: Ctx, db: Db, meetingId: string, participantId: string) {
  const p = await q.participantForPass(db, participantId);
  if (!p || p.meeting_id !== meetingId) throw notFound();
  return ownRow(ctx, p);
}

/** One participant's pass as a QR image. */
export async function passImage(ctx: Ctx, meetingId: string, participantId: string, format: 'png' | 'svg'): Promise<{ type: string; body: Buffer | string }> {
  authorize(ctx, 'checkin.scan');
  const token = tokenOf(await participantOf(ctx, ctx.db, meetingId, participantId));
  return format === 'png' ? { type: 'image/png', body: qrPng(token) } : { type: 'image/svg+xml', body: await qrSvg(token) };
}

/** Revokes a participant's pass (a lost badge): every pass issued so far now scans as `revoked`; returns the new one to print. */
export async function revokePass(ctx: Ctx, meetingId: string, participantId: string): Promise<ParticipantPass> {
  authorize(ctx, 'checkin.scan');
  const p = await ctx.db.transaction().execute(async (trx) => {
    const before = await participantOf(ctx, trx, meetingId, participantId);
    await q.bumpPassEpoch(trx, participantId, ctx.now());
    await recordAudit(trx, ctx, { action: 'checkin.pass_revoke', entityType: 'meeting', entityId: meetingId, before: { participantId, passEpoch: before.pass_epoch }, after: { participantId, name: before.name, passEpoch: Number(before.pass_epoch) + 1 } });
    return (await q.participantForPass(trx, participantId))!;
  });
  return { participantId: p.id, name: p.name, unit: p.unit, role: p.role, groupName: p.group_name, token: tokenOf(p) };
}

/** The attendee's own pass by their personal link (the link is the credential; wrong, revoked or expired links are `link_invalid`). */
export async function passByLink(database: Database, linkToken: string, now: number, lang: Lang): Promise<{ token: string; qrSvg: string; seat: string | null }> {
  const found = await participantByToken(database.db, linkToken, now);
  const p = (await q.participantForPass(database.db, found.id))!;
  const token = tokenOf(p);
  // The seat from the 座次 plans (several plans, e.g. a plenary and a banquet, are listed together).
  const seats = await participantSeats(database.db, p.meeting_id, p.id);
  const seat = seats.length ? seats.map((s) => (seats.length > 1 ? `${s.planName} ` : '') + seatLabel(s, lang)).join('；') : null;
  return { token, qrSvg: await qrSvg(token), seat };
}

/** The PNG of a participant's pass for the notice mail, or null when the participant is gone. */
export async function passPngForMail(db: Db, participantId: string): Promise<Buffer | null> {
  const p = await q.participantForPass(db, participantId);
  return p ? qrPng(tokenOf(p), 240) : null;
}
