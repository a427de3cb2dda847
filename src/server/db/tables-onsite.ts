/** Row types of the on-site tables: check-in lists, scans, attendance, photos, the organisation's logo, 座次 plans and incidents. */

/** The organisation's logo (PNG, JPEG or SVG) for print pages. */
export type OrgLogoRow = { org_id: string; mime: string; content: Buffer; updated_at: number };

/** A person's ID photo (JPEG or PNG) for the identity check at the desk. */
export type PersonPhotoRow = { person_id: string; org_id: string; mime: string; content: Buffer; updated_at: number };

/** A check-in list of a meeting (main entry, a meal, a parallel session, shuttle boarding, materials pickup): who may pass, entry/exit, re-entry. */
export type CheckinListRow = {
  id: string; org_id: string; meeting_id: string; name: string; kind: string; agenda_item_id: string | null;
  /** JSON arrays; null = everyone on the meeting's list. */
  allowed_roles_json: string | null; allowed_groups_json: string | null;
  track_exit: number; allow_reentry: number; opens_at: number | null; closes_at: number | null; sort_order: number; version: number; created_at: number; updated_at: number;
};

/** Every scan as a device made it (online or queued offline), with what the server made of it. */
export type CheckinScanRow = {
  id: string; org_id: string; meeting_id: string; list_id: string; participant_id: string | null; pass_epoch: number | null; direction: string;
  scanned_at: number; received_at: number; device_id: string; client_nonce: string; method: string; by_user_id: string | null; reason: string | null; offline: number;
  /** ok, already, not_on_list, revoked, unknown, closed, exit. */
  result: string; duplicate_of: string | null; flagged: number; reviewed_at: number | null; reviewed_by: string | null; review_note: string | null;
};

/** The one attendance of a participant on a list: the earliest accepted scan, and whether they are inside now (lists with exits). */
export type CheckinAttendanceRow = { list_id: string; participant_id: string; org_id: string; meeting_id: string; first_scan_id: string; first_at: number; inside: number; last_at: number };

/** A 座次 plan: rostrum and audience settings, the room's layout, and who sits where (JSON documents validated by shared schemas). */
export type SeatingPlanRow = {
  id: string; org_id: string; meeting_id: string; venue_id: string | null; name: string; settings_json: string; layout_json: string; assignments_json: string;
  version: number; created_at: number; updated_at: number;
};

/** An on-site incident (紧急情况): medical, equipment, security, lost property. */
export type IncidentRow = {
  id: string; org_id: string; meeting_id: string; kind: string; severity: string; place: string; description: string; reported_by: string | null; handler_user_id: string | null;
  status: string; resolution: string | null; occurred_at: number; resolved_at: number | null; version: number; created_at: number; updated_at: number;
};
