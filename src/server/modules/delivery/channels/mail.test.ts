import { createServer } from 'node:net';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../testing/channel-servers';
import { buildInviteIcs, createMailer, type Mailer } from './mail';
import { ChannelError, type CalendarInvite, type OutgoingMail } from './types';

// 2026-11-27 09:00–10:30 in Shanghai (UTC+8).
const START = Date.UTC(2026, 10, 27, 1, 0);
const END = Date.UTC(2026, 10, 27, 2, 30);

const invite = (method: CalendarInvite['method'], sequence: number): CalendarInvite => ({
  method, uid: 'meeting-0190abcd@huiwu', sequence, summary: '年度预算评审会', description: '请带上部门预算草案', location: '第一会议室',
  start: START, end: END, timeZone: 'Asia/Shanghai', organizer: { name: '王秘书', email: 'wang@example.com' }, attendee: { name: '李主任', email: 'li@example.com' },
});

const mail = (over: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to: 'li@example.com', toName: '李主任', from: 'notice@example.com', fromName: '会务秘书处',
  subject: '会议通知：年度预算评审会', text: '请于 11 月 27 日 09:00 到第一会议室参加年度预算评审会。', messageId: '<0190abcd-0001@huiwu>', ...over,
});

/** Reads the text/calendar alternative of a parsed mail with ical.js (independent of ical-generator). */
function calendarOf(parsed: ParsedMail) {
  const part = parsed.attachments.find((a) => a.contentType === 'text/calendar');
  expect(part, 'a text/calendar part').toBeDefined();
  const root = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevent = root.getFirstSubcomponent('vevent')!;
  return { root, vevent, event: new ICAL.Event(vevent) };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let sink: SmtpSink;
let mailer: Mailer;
beforeAll(async () => {
  sink = await startSmtpSink({ rejectRecipients: ['gone@example.com'] });
  mailer = createMailer(`smtp://user:pass@127.0.0.1:${sink.port}`);
});
afterAll(async () => {
  mailer.close();
  await sink.close();
});

describe('mail channel over SMTP', () => {
  it('delivers a Chinese invitation with the exact Message-ID and an Outlook-style REQUEST calendar part', async () => {
    expect(mailer.kind).toBe('smtp');
    const before = sink.messages.length;
    const result = await mailer.send(mail({ calendar: invite('REQUEST', 2) }));
    expect(result.providerId).toMatch(/^250/);
    await sink.waitFor(before + 1);
    const parsed = sink.messages[before];
    expect(parsed.subject).toBe('会议通知：年度预算评审会');
    expect(parsed.from?.value[0]).toEqual({ name: '会务秘书处', address: 'notice@example.com' });
    expect(parsed.messageId).toBe('<0190abcd-0001@huiwu>');
    expect(sink.messageIds[before]).toBe('<0190abcd-0001@huiwu>');
    expect(parsed.text?.trim()).toBe('请于 11 月 27 日 09:00 到第一会议室参加年度预算评审会。');
    expect(sink.raw[before]).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);

    const { root, vevent, event } = calendarOf(parsed);
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('meeting-0190abcd@huiwu');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(2);
    expect(event.summary).toBe('年度预算评审会');
    const dtstart = vevent.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe('Asia/Shanghai');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 0]);
    expect(event.startDate.toUnixTime() * 1000).toBe(START);
    expect(event.endDate.toUnixTime() * 1000).toBe(END);
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:li@example.com');
    expect(attendee.getParameter('rsvp')).toBe('TRUE');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:wang@example.com');
  });

  it('a cancellation carries METHOD:CANCEL and STATUS:CANCELLED', async () => {
    const before = sink.messages.length;
    await mailer.send(mail({ messageId: '<0190abcd-0002@huiwu>', subject: '会议取消：年度预算评审会', calendar: invite('CANCEL', 3) }));
    await sink.waitFor(before + 1);
    const { root, vevent } = calendarOf(sink.messages[before]);
    expect(root.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(sink.raw[before]).toMatch(/method=CANCEL/);
  });

  it('a recipient the server refuses with 550 is a permanent failure', async () => {
    const err = await mailer.send(mail({ to: 'gone@example.com', messageId: '<0190abcd-0003@huiwu>' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelError);
    expect((err as ChannelError).retryable).toBe(false);
    expect((err as ChannelError).reason).toMatch(/^SMTP 550 .*mailbox unavailable/);
  });

  it('a server that is not there is a retryable failure', async () => {
    const down = createMailer(`smtp://127.0.0.1:${await closedPort()}`);
    try {
      const err = await down.send(mail()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ChannelError);
      expect((err as ChannelError).retryable).toBe(true);
      expect((err as ChannelError).reason).toMatch(/^SMTP connection failed/);
    } finally {
      down.close();
    }
  });
});

describe('mail channel into the outbox', () => {
  it('renders the raw MIME message with the same headers and calendar part', async () => {
    const outbox = createMailer(null);
    expect(outbox.kind).toBe('outbox');
    const result = await outbox.send(mail({ calendar: invite('REQUEST', 0) }));
    outbox.close();
    expect(result.providerId).toBeNull();
    expect(result.raw).toMatch(/^Message-ID: <0190abcd-0001@huiwu>\r$/m);
    const parsed = await simpleParser(result.raw!);
    expect(parsed.subject).toBe('会议通知：年度预算评审会');
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0] : null).toEqual({ name: '李主任', address: 'li@example.com' });
    const { root, event } = calendarOf(parsed);
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.startDate.toUnixTime() * 1000).toBe(START);
  });

  it('buildInviteIcs writes the zone’s VTIMEZONE and wall-clock DTSTART', () => {
    const ics = buildInviteIcs(invite('REQUEST', 1));
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai/);
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:20261127T090000/);
    expect(ics).toMatch(/METHOD:REQUEST/);
    // iTIP wants DTSTAMP in UTC, whatever zone the meeting is in.
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});
