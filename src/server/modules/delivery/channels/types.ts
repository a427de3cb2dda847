/** Shapes shared by the delivery channels (mail, group robots, SMS): what goes out, what comes back, how a failure is told. */

/** A calendar invitation attached to a mail so Outlook and phone calendars add/update/remove the meeting. */
export type CalendarInvite = {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  summary: string;
  description?: string;
  location?: string;
  /** Epoch ms, UTC. */
  start: number;
  end: number;
  /** IANA zone the times are written in, e.g. Asia/Shanghai. */
  timeZone: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  url?: string;
};

/** One mail to one recipient. */
export type OutgoingMail = {
  to: string;
  toName?: string;
  from: string;
  fromName?: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. '<0190...@huiwu>' — deterministic per delivery so receivers can dedupe. */
  messageId: string;
  calendar?: CalendarInvite;
  /** Images the HTML shows by `cid:` (the participant's pass QR), sent as inline parts. */
  inline?: { cid: string; filename: string; content: Buffer; contentType: string }[];
};

/** A group-robot message (markdown). */
export type BotMessage = { title: string; markdown: string };

/** What a channel reports after a successful send. */
export type SendResult = { providerId: string | null; raw?: string };

/** A failed send: `retryable` false means do not retry (bad address, rejected signature, invalid params). `reason` is short and human readable (stored on the delivery row). */
export class ChannelError extends Error {
  constructor(
    public reason: string,
    public retryable: boolean,
  ) {
    super(reason);
    this.name = 'ChannelError';
  }
}
