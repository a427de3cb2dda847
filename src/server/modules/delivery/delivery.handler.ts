/** Sends one delivery (the `delivery.send` job): mail with its calendar invitation, SMS, in-app, or a group robot; idempotent on re-run. */
import type { Config } from '../../config';
import type { Database, Db } from '../../db/database';
import type { DeliveryRow, JobRow } from '../../db/tables';
import { newId } from '../../platform/ids';
import { decryptText } from '../../platform/secrets';
import type { JobHandler } from '../jobs';
import { passPngForMail } from '../checkin';
import { findBot } from '../notices/bot.queries';
import { markSentIfDrained, findNotice } from '../notices/notice.queries';
import { notify } from '../notifications';
import { sendBot } from './channels/bots';
import type { Mailer } from './channels/mail';
import { sendSms } from './channels/sms';
import { ChannelError, type CalendarInvite, type SendResult } from './channels/types';
import * as q from './delivery.queries';

/** Plain text as simple HTML: escaped, links clickable, line breaks kept, with the read-tracking pixel (and the pass QR block when given). */
export function mailHtml(text: string, pixelUrl: string, extra = ''): string {
  const esc = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const linked = esc.replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);
  return `<div style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:15px;line-height:1.7">${linked.replace(/\n/g, '<br>')}</div>${extra}<img src="${pixelUrl}" width="1" height="1" alt="">`;
}

/** The content id of the pass QR inside a notice mail. */
export const PASS_CID = 'pass@huiwu';

/** The pass block of a notice mail: the QR to show at the check-in desk. */
function passBlock(locale: string): string {
  const [title, hint] = locale === 'en' ? ['Your pass', 'Show this QR code at the check-in desk (it also appears on your personal reply page).'] : ['入场二维码', '签到时请出示此二维码（个人回执页面上也可查看）。'];
  return `<div style="margin:16px 0;font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#434343"><strong>${title}</strong><br>${hint}<br><img src="cid:${PASS_CID}" width="200" height="200" alt="${title}"></div>`;
}

function invitationFor(m: Awaited<ReturnType<typeof q.inviteFacts>>, d: DeliveryRow, config: Config, kind: string, cancelled: boolean): CalendarInvite | undefined {
  if ((kind !== 'meeting' && kind !== 'change') || !m) return undefined;
  return {
    method: cancelled || m.status === 'cancelled' ? 'CANCEL' : 'REQUEST', uid: `${m.id}@huiwu`, sequence: m.version, summary: m.title, description: m.purpose ?? undefined,
    location: m.place ?? undefined, start: m.start_at, end: m.end_at, timeZone: m.time_zone, organizer: { name: m.org_name, email: config.mailFrom },
    attendee: { name: d.recipient_name, email: d.address }, url: `${config.publicUrl}/meetings/${m.id}`,
  };
}

async function deliver(db: Db, d: DeliveryRow, config: Config, mailer: Mailer): Promise<SendResult & { outbox?: boolean }> {
  const notice = await findNotice(db, d.notice_id);
  if (!notice) throw new ChannelError('notice deleted', false);
  switch (d.channel) {
    case 'email': {
      const cancelled = !!notice.change_json && !!(JSON.parse(notice.change_json) as { cancelled?: boolean }).cancelled;
      const facts = await q.inviteFacts(db, d.meeting_id);
      // A participant's mail carries their pass (not a cancellation: there is nothing to check in to).
      const pass = d.participant_id && !cancelled && facts?.status !== 'cancelled' ? await passPngForMail(db, d.participant_id) : null;
      const res = await mailer.send({
        to: d.address, toName: d.recipient_name, from: config.mailFrom, fromName: facts?.org_name ?? undefined, subject: d.subject, text: d.body,
        html: mailHtml(d.body, `${config.publicUrl}/api/track/${d.track_token}`, pass ? passBlock(notice.locale) : ''), messageId: `<${d.id}@huiwu>`,
        calendar: invitationFor(facts, d, config, notice.kind, cancelled),
        inline: pass ? [{ cid: PASS_CID, filename: notice.locale === 'en' ? 'pass.png' : '入场二维码.png', content: pass, contentType: 'image/png' }] : undefined,
      });
      return { ...res, outbox: mailer.kind === 'outbox' };
    }
    case 'sms': {
      if (!config.sms) throw new ChannelError('SMS provider not configured', false);
      const link = /https?:\/\/\S+/.exec(d.body)?.[0] ?? '';
      return sendSms(config.sms, { phone: d.address, params: { name: d.recipient_name, title: d.subject.slice(0, 30), link } });
    }
    case 'inapp': {
      const link = /\/r\/\S+/.exec(d.body)?.[0] ?? null;
      await notify(db, { orgId: d.org_id, userIds: [d.address], kind: 'notice_received', params: { subject: d.subject }, link: link ?? undefined, now: Date.now() });
      return { providerId: null };
    }
    case 'bot': {
      const bot = await findBot(db, d.recipient_key.slice(4));
      if (!bot || !bot.is_active) throw new ChannelError('robot removed or disabled', false);
      return sendBot({ platform: bot.platform as 'dingtalk', webhookUrl: decryptText(bot.webhook_cipher), secret: bot.secret_cipher ? decryptText(bot.secret_cipher) : null }, { title: d.subject, markdown: `### ${d.subject}\n\n${d.body}` });
    }
    default:
      throw new ChannelError(`unknown channel ${d.channel}`, false);
  }
}

/**
 * The handler of `delivery.send`. A delivery no longer queued is skipped, so a job re-run after a crash does not send twice
 * unless the crash fell between the provider accepting the message and this process recording it (the Message-ID then lets mail clients drop the copy).
 */
export function deliveryHandler(database: Database, config: Config, mailer: Mailer, now: () => number = Date.now): JobHandler {
  return async (job: JobRow) => {
    const d = await q.findDelivery(database.db, job.ref_id);
    if (!d || d.status !== 'queued') return { ok: true };
    try {
      const res = await deliver(database.db, d, config, mailer);
      await database.db.transaction().execute(async (trx) => {
        if (res.outbox && res.raw) await q.insertOutbox(trx, { id: newId(), org_id: d.org_id, delivery_id: d.id, to_address: d.address, subject: d.subject, raw: res.raw, created_at: now() });
        await q.markSent(trx, d.id, res.providerId, now());
      });
      // After the commit, so that of two deliveries finishing at once the later check sees both done.
      await markSentIfDrained(database.db, d.notice_id, now());
      return { ok: true };
    } catch (err) {
      const retryable = err instanceof ChannelError ? err.retryable : true;
      const reason = err instanceof ChannelError ? err.reason : (err as Error).message;
      const final = !retryable || job.attempts >= job.max_attempts;
      await q.markAttempt(database.db, d.id, reason, final, now());
      if (final) await markSentIfDrained(database.db, d.notice_id, now());
      return { ok: false, error: reason, retryable };
    }
  };
}
