/** Row types of notices, deliveries, robots, the mail outbox and the jobs table (split from tables.ts to keep it readable). */

/** An organisation's own wording of a notice kind in one language (defaults live in shared/notice-templates.ts). */
export type NoticeTemplateRow = { id: string; org_id: string; kind: string; locale: string; subject: string; body: string; created_at: number; updated_at: number };

/** A notice (通知) of a meeting: drafted, approved, queued; its body is a template rendered per recipient. */
export type NoticeRow = {
  id: string;
  org_id: string;
  meeting_id: string;
  kind: string;
  round: number | null;
  status: string;
  locale: string;
  subject: string;
  body: string;
  doc_number: string | null;
  addressee: string | null;
  prepare: string | null;
  contact: string | null;
  rsvp_deadline: number | null;
  attachments_json: string;
  channels_json: string;
  audience_json: string;
  reminders_json: string;
  change_json: string | null;
  reject_reason: string | null;
  created_by: string | null;
  approved_by: string | null;
  approved_at: number | null;
  queued_at: number | null;
  version: number;
  created_at: number;
  updated_at: number;
};

/** A DingTalk, WeCom or Feishu group robot; its webhook and secret are encrypted at rest. */
export type ChannelBotRow = { id: string; org_id: string; platform: string; name: string; webhook_cipher: string; secret_cipher: string | null; is_active: number; created_at: number; updated_at: number };

/** One recipient × channel of a notice: queued → sent | failed → read → answered. */
export type DeliveryRow = {
  id: string;
  org_id: string;
  notice_id: string;
  meeting_id: string;
  participant_id: string | null;
  recipient_key: string;
  recipient_name: string;
  channel: string;
  address: string;
  status: string;
  subject: string;
  body: string;
  track_token: string;
  attempts: number;
  last_error: string | null;
  provider_id: string | null;
  sent_at: number | null;
  failed_at: number | null;
  read_at: number | null;
  answered_at: number | null;
  created_at: number;
  updated_at: number;
};

/** A mail kept locally because no SMTP server is configured; the UI shows it and offers the .eml. */
export type MailOutboxRow = { id: string; org_id: string; delivery_id: string; to_address: string; subject: string; raw: string; created_at: number };

/** Work done later by whichever process claims it first: the outbox of sends, reminders, escalations. */
export type JobRow = {
  id: string;
  org_id: string | null;
  kind: string;
  ref_id: string;
  dedupe_key: string | null;
  status: string;
  run_at: number;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
};
