/** The mail channel: sends one mail over SMTP (or renders it into a local outbox), with an optional iTIP calendar invitation. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { ChannelError, type CalendarInvite, type OutgoingMail, type SendResult } from './types';

/** A ready mail sender: SMTP when configured, otherwise an outbox that only renders the raw message. */
export type Mailer = { send(mail: OutgoingMail): Promise<SendResult>; close(): void; kind: 'smtp' | 'outbox' };

// ical-generator writes TZID times from zoned Luxon values (a plain Date would be written in UTC under the TZID).
const zoned = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });

/** The iCalendar (iTIP) text of an invitation or cancellation, the way Outlook and phone calendars apply it. */
export function buildInviteIcs(invite: CalendarInvite): string {
  const cancel = invite.method === 'CANCEL';
  const cal = ical({
    prodId: { company: 'Huiwu', product: 'huiwu', language: 'ZH' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // No calendar-wide zone: it would write DTSTAMP as local time, and iTIP wants it in UTC. The generator still adds the event's VTIMEZONE.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  cal.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    start: zoned(invite.start, invite.timeZone),
    end: zoned(invite.end, invite.timeZone),
    timezone: invite.timeZone,
    summary: invite.summary,
    description: invite.description,
    location: invite.location,
    url: invite.url,
    organizer: { name: invite.organizer.name, email: invite.organizer.email },
    attendees: [
      {
        name: invite.attendee.name,
        email: invite.attendee.email,
        role: ICalAttendeeRole.REQ,
        ...(cancel ? {} : { rsvp: true, status: ICalAttendeeStatus.NEEDSACTION }),
      },
    ],
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}

// Pooled connections are reused across sends; timeouts keep a stuck server from holding a worker for minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY', 'EABORT']);

type NodemailerError = Error & { code?: string; responseCode?: number; response?: string; originalCode?: string };

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}...` : s);

/** Maps a nodemailer failure to a ChannelError: 5xx replies are permanent, 4xx replies and connection trouble are retried. */
export function smtpError(err: unknown): ChannelError {
  const e = (err instanceof Error ? err : new Error(String(err))) as NodemailerError;
  if (typeof e.responseCode === 'number') {
    const reply = (e.response ?? String(e.responseCode)).replace(/\s+/g, ' ').trim();
    const text = reply.startsWith(String(e.responseCode)) ? reply : `${e.responseCode} ${reply}`;
    return new ChannelError(clip(`SMTP ${text}`), !(e.responseCode >= 500 && e.responseCode < 600));
  }
  if (e.code && CONNECTION_CODES.has(e.code)) {
    return new ChannelError(clip(`SMTP connection failed: ${e.originalCode ?? e.code} ${e.message}`), true);
  }
  // Rejected before reaching the server (malformed address, no recipient): sending again cannot help.
  if (e.code === 'EENVELOPE' || e.code === 'EMESSAGE') return new ChannelError(clip(`SMTP ${e.message}`), false);
  return new ChannelError(clip(`SMTP error: ${e.message}`), true);
}

function toMessage(mail: OutgoingMail): SendMailOptions {
  const invite = mail.calendar;
  return {
    from: { name: mail.fromName ?? '', address: mail.from },
    to: { name: mail.toName ?? '', address: mail.to },
    subject: mail.subject,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    messageId: mail.messageId,
    ...(invite ? { icalEvent: { method: invite.method, filename: 'invite.ics', content: buildInviteIcs(invite) } } : {}),
    ...(mail.inline?.length ? { attachments: mail.inline.map((i) => ({ filename: i.filename, content: i.content, cid: i.cid, contentType: i.contentType, contentDisposition: 'inline' as const })) } : {}),
  };
}

/** Creates the mail sender: SMTP (smtp:// or smtps:// URL, pooled) when a URL is given, otherwise an outbox renderer. */
export function createMailer(smtpUrl: string | null): Mailer {
  if (smtpUrl === null) {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    return {
      kind: 'outbox',
      async send(mail) {
        try {
          const info = await transport.sendMail(toMessage(mail));
          // `buffer: true` makes the message a Buffer; the guard keeps the type honest.
          if (!Buffer.isBuffer(info.message)) throw new Error('outbox transport did not buffer the message');
          return { providerId: null, raw: info.message.toString('utf8') };
        } catch (err) {
          throw smtpError(err);
        }
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5, maxMessages: 1000, ...SMTP_TIMEOUTS });
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        const info = await transport.sendMail(toMessage(mail));
        return { providerId: info.response || info.messageId || null };
      } catch (err) {
        throw smtpError(err);
      }
    },
    close: () => transport.close(),
  };
}
