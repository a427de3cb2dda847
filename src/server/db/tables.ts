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
};
