/** Row types of every table, as Kysely sees them. Instants are epoch ms; flags are 0/1 on both dialects. */

/** An organisation: the tenant every other row belongs to. */
export type OrganisationRow = {
  id: string;
  name: string;
  short_name: string | null;
  time_zone: string;
  policy_json: string;
  created_at: number;
  updated_at: number;
};

/** A department (部门) of an organisation. */
export type DepartmentRow = {
  id: string;
  org_id: string;
  name: string;
  code: string | null;
  parent_id: string | null;
  sort_order: number;
  is_active: number;
  /** Whom to escalate to when a member of the department has not replied. */
  contact_person_id: string | null;
  created_at: number;
  updated_at: number;
};

/** A person: staff of a department, or an external contact (guest, speaker, sponsor, media). */
export type PersonRow = {
  id: string;
  org_id: string;
  kind: string;
  name: string;
  department_id: string | null;
  unit: string | null;
  title: string | null;
  phone: string | null;
  email: string | null;
  gender: string | null;
  /** guest, speaker, sponsor, media or other, for external contacts. */
  category: string | null;
  /** AES-256-GCM of the ID number (platform/secrets.ts); only the masked form is ever shown. */
  id_number_cipher: string | null;
  id_number_masked: string | null;
  is_active: number;
  created_at: number;
  updated_at: number;
};

/** A login account; `username` is unique across organisations because login does not name one. */
export type UserRow = {
  id: string;
  org_id: string;
  person_id: string | null;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  locale: string | null;
  is_active: number;
  last_login_at: number | null;
  created_at: number;
  updated_at: number;
};

/** One role held by a user in their organisation. */
export type UserRoleRow = { user_id: string; org_id: string; role: string };

/** An invitation to create an account; the token is stored hashed. */
export type InvitationRow = {
  id: string;
  org_id: string;
  email: string | null;
  display_name: string;
  roles_json: string;
  token_hash: string;
  expires_at: number;
  accepted_at: number | null;
  accepted_user_id: string | null;
  revoked_at: number | null;
  created_by: string;
  created_at: number;
};

/** A login session; `id` is the SHA-256 of the cookie's token, so a leaked table cannot be replayed. */
export type SessionRow = {
  id: string;
  user_id: string;
  org_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ip: string | null;
  user_agent: string | null;
};

/** A failed login, counted per login name and per address to slow guessing across all app processes. */
export type LoginFailureRow = { id: string; login_key: string; ip: string; at: number };

/** One audited mutation. */
export type AuditRow = {
  id: string;
  org_id: string;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  ip: string | null;
  at: number;
};

/** A recurring series: the rule; its occurrences are meeting rows. */
export type MeetingSeriesRow = {
  id: string;
  org_id: string;
  rrule: string;
  time_zone: string;
  /** The rule's DTSTART and each occurrence's planned length (null only for series made before they were kept). */
  dtstart: number | null;
  duration_ms: number | null;
  created_at: number;
  updated_at: number;
};

/** A meeting plan (会议方案), or one occurrence of a series. */
export type MeetingRow = {
  id: string;
  org_id: string;
  series_id: string | null;
  occurrence_index: number | null;
  detached: number;
  title: string;
  theme: string | null;
  purpose: string | null;
  kind: string;
  scope: string;
  status: string;
  start_at: number;
  end_at: number;
  time_zone: string;
  place: string | null;
  host_person_id: string | null;
  department_id: string | null;
  expected_size: number | null;
  notes: string | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  version: number;
};

/** A department taking part in a meeting (decides the multi-department rule). */
export type MeetingDepartmentRow = { meeting_id: string; org_id: string; department_id: string };

/** A lifecycle change of a meeting, for its history on the detail page. */
export type MeetingTransitionRow = {
  id: string;
  org_id: string;
  meeting_id: string;
  action: string;
  from_status: string;
  to_status: string;
  reason: string | null;
  actor_user_id: string | null;
  at: number;
};

/** A room or external venue (会场) with capacity per layout, equipment, cost and booking rules. */
export type VenueRow = {
  id: string;
  org_id: string;
  name: string;
  building: string | null;
  floor: string | null;
  address: string | null;
  kind: string;
  capacities_json: string;
  equipment_json: string;
  cost_half_day_fen: number | null;
  cost_day_fen: number | null;
  contact_name: string | null;
  contact_phone: string | null;
  notes: string | null;
  rules_json: string;
  requires_approval: number;
  checkin_required: number;
  door_token: string;
  is_active: number;
  created_at: number;
  updated_at: number;
  version: number;
};

/** A venue manager (approves bookings) or service staff member (gets service requests). */
export type VenueMemberRow = { venue_id: string; org_id: string; user_id: string; role: string };

/** A period a venue cannot be booked (renovation, reserved for an event). */
export type VenueClosureRow = { id: string; org_id: string; venue_id: string; start_at: number; end_at: number; reason: string; created_by: string | null; created_at: number };

/** A booking of a venue; `block_*` include setup and cleanup buffers and are what may not overlap. */
export type BookingRow = {
  id: string;
  org_id: string;
  venue_id: string;
  meeting_id: string | null;
  title: string;
  start_at: number;
  end_at: number;
  block_start: number;
  block_end: number;
  status: string;
  layout: string | null;
  attendee_count: number | null;
  booked_by: string;
  hold_expires_at: number | null;
  checked_in_at: number | null;
  checked_in_by: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  cancel_reason: string | null;
  created_at: number;
  updated_at: number;
  version: number;
};

/** Someone waiting for a taken slot, first come first served. */
export type WaitlistRow = {
  id: string;
  org_id: string;
  venue_id: string;
  meeting_id: string | null;
  user_id: string;
  title: string;
  start_at: number;
  end_at: number;
  layout: string | null;
  attendee_count: number | null;
  status: string;
  offered_booking_id: string | null;
  created_at: number;
  updated_at: number;
};

/** A service asked for with a booking (tea/water, AV support, banner, seating layout). */
export type BookingServiceRow = {
  id: string; org_id: string; booking_id: string; kind: string; details: string | null; status: string; created_by: string; created_at: number; updated_at: number;
};

/** A person taking part in a meeting, with a role; required attendees decide "find a time". */
export type MeetingParticipantRow = {
  id: string;
  org_id: string;
  meeting_id: string;
  person_id: string;
  role: string;
  required: number;
  /** 人群类别 (VIP嘉宾, 正式代表 …), free text the secretariat uses. */
  group_name: string | null;
  /** invited, confirmed, declined, substitute, leave, tentative. */
  attendance: string;
  /** The reply slip (shared/rsvp.ts replySchema) as JSON. */
  reply_json: string | null;
  answered_at: number | null;
  /** Who answered on the participant's behalf (回访); null when they answered themselves. */
  answered_by_user_id: string | null;
  /** Bumped to revoke the personal link. */
  rsvp_epoch: number;
  created_at: number;
  updated_at: number | null;
};

/** An in-app notification for one user (channels such as mail come with the notices module). */
export type NotificationRow = { id: string; org_id: string; user_id: string; kind: string; params_json: string; link: string | null; read_at: number | null; created_at: number };

/** A secret iCalendar feed URL for a venue or a person. */
export type CalendarFeedRow = { id: string; org_id: string; subject_type: string; subject_id: string; token: string; created_by: string; created_at: number; revoked_at: number | null };

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

/** An agenda item of a meeting (the draft; published versions keep snapshots). */
export type AgendaItemRow = {
  id: string;
  org_id: string;
  meeting_id: string;
  sort_order: number;
  kind: string;
  title: string;
  start_at: number;
  end_at: number;
  venue_id: string | null;
  place: string | null;
  presenter_ids_json: string;
  materials: string | null;
  notes: string | null;
  actual_start_at: number | null;
  actual_end_at: number | null;
  created_at: number;
  updated_at: number;
};

/** A published version of an agenda: the items as published and what changed since the previous one. */
export type AgendaVersionRow = { id: string; org_id: string; meeting_id: string; version: number; items_json: string; changes_json: string; published_by: string | null; published_at: number };

/** An organisation's copy of a playbook (the seed's flows to begin with). */
export type PlaybookRow = { id: string; org_id: string; key: string; name_zh: string; name_en: string; created_at: number; updated_at: number };

/** A template step of a playbook: phase, group, owner role, due offset from the meeting's start or end, evidence, dependencies. */
export type PlaybookStepRow = {
  id: string; org_id: string; playbook_id: string; key: string; sort_order: number; phase: string; group_name: string; title: string; description: string;
  owner_role: string; anchor: string; offset_days: number; due_time: string; evidence: string | null; depends_on_json: string;
};

/** A dated, owned task of a meeting (会务分工), from a playbook step or added by hand. */
export type TaskRow = {
  id: string; org_id: string; meeting_id: string; playbook_id: string | null; step_key: string | null; parent_task_id: string | null; sort_order: number;
  phase: string; group_name: string; title: string; description: string; owner_role: string; owner_user_id: string | null;
  anchor: string; offset_days: number; due_time: string; due_at: number; status: string; evidence: string | null;
  done_at: number | null; done_by: string | null; done_note: string | null; depends_on_json: string; version: number; created_at: number; updated_at: number;
};

/** The database as Kysely knows it. */
export type Tables = {
  organisations: OrganisationRow;
  departments: DepartmentRow;
  people: PersonRow;
  users: UserRow;
  user_roles: UserRoleRow;
  invitations: InvitationRow;
  sessions: SessionRow;
  login_failures: LoginFailureRow;
  audit_log: AuditRow;
  meeting_series: MeetingSeriesRow;
  meetings: MeetingRow;
  meeting_departments: MeetingDepartmentRow;
  meeting_transitions: MeetingTransitionRow;
  venues: VenueRow;
  venue_members: VenueMemberRow;
  venue_closures: VenueClosureRow;
  bookings: BookingRow;
  booking_waitlist: WaitlistRow;
  booking_services: BookingServiceRow;
  meeting_participants: MeetingParticipantRow;
  notifications: NotificationRow;
  calendar_feeds: CalendarFeedRow;
  notice_templates: NoticeTemplateRow;
  notices: NoticeRow;
  channel_bots: ChannelBotRow;
  deliveries: DeliveryRow;
  mail_outbox: MailOutboxRow;
  jobs: JobRow;
  agenda_items: AgendaItemRow;
  agenda_versions: AgendaVersionRow;
  playbooks: PlaybookRow;
  playbook_steps: PlaybookStepRow;
  tasks: TaskRow;
};
