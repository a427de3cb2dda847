/** Row types of every table, as Kysely sees them. Instants are epoch ms; flags are 0/1 on both dialects. */
import type { ChannelBotRow, DeliveryRow, JobRow, MailOutboxRow, NoticeRow, NoticeTemplateRow } from './tables-notices';
import type { CheckinAttendanceRow, CheckinListRow, CheckinScanRow, IncidentRow, OrgLogoRow, PersonPhotoRow, SeatingPlanRow } from './tables-onsite';
import type { AgendaItemRow, AgendaVersionRow, CoordinationDecisionRow, CoordinationNoteRow, MaterialBlobRow, MaterialOpenRow, MaterialRow, PlaybookRow, PlaybookStepRow, TaskRow } from './tables-work';

export type { ChannelBotRow, DeliveryRow, JobRow, MailOutboxRow, NoticeRow, NoticeTemplateRow } from './tables-notices';
export type { CheckinAttendanceRow, CheckinListRow, CheckinScanRow, IncidentRow, OrgLogoRow, PersonPhotoRow, SeatingPlanRow } from './tables-onsite';
export type { AgendaItemRow, AgendaVersionRow, CoordinationDecisionRow, CoordinationNoteRow, MaterialBlobRow, MaterialOpenRow, MaterialRow, PlaybookRow, PlaybookStepRow, TaskRow } from './tables-work';

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
  /** Raised to revoke the participant's pass (a lost badge); passes carry the epoch they were issued at. */
  pass_epoch: number;
  /** 座次 rank, 1 = highest; null = not ranked. */
  protocol_rank: number | null;
  created_at: number;
  updated_at: number | null;
};

/** An in-app notification for one user (channels such as mail come with the notices module). */
export type NotificationRow = { id: string; org_id: string; user_id: string; kind: string; params_json: string; link: string | null; read_at: number | null; created_at: number };

/** A secret iCalendar feed URL for a venue or a person. */
export type CalendarFeedRow = { id: string; org_id: string; subject_type: string; subject_id: string; token: string; created_by: string; created_at: number; revoked_at: number | null };

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
  materials: MaterialRow;
  material_blobs: MaterialBlobRow;
  material_opens: MaterialOpenRow;
  coordination_notes: CoordinationNoteRow;
  coordination_decisions: CoordinationDecisionRow;
  person_photos: PersonPhotoRow;
  org_logos: OrgLogoRow;
  checkin_lists: CheckinListRow;
  checkin_scans: CheckinScanRow;
  checkin_attendance: CheckinAttendanceRow;
  seating_plans: SeatingPlanRow;
  incidents: IncidentRow;
};
