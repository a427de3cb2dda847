/** Row types of the agenda, playbooks and tasks (split from tables.ts to keep it readable). */

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
  /** Working days the step takes, ending at its due date (the timeline's bar and the critical path). */
  duration_days: number;
};

/** A dated, owned task of a meeting (会务分工), from a playbook step or added by hand. */
export type TaskRow = {
  id: string; org_id: string; meeting_id: string; playbook_id: string | null; step_key: string | null; parent_task_id: string | null; sort_order: number;
  phase: string; group_name: string; title: string; description: string; owner_role: string; owner_user_id: string | null;
  anchor: string; offset_days: number; due_time: string; due_at: number; status: string; evidence: string | null;
  done_at: number | null; done_by: string | null; done_note: string | null; depends_on_json: string;
  /** When the owner was told it is due within a day, and that it is overdue (each once). */
  reminded_soon_at: number | null; reminded_overdue_at: number | null; version: number; created_at: number; updated_at: number;
  /** Days of work ending at the due date. */
  duration_days: number;
};

/** An uploaded meeting document (PPT, PDF, Word); the bytes live in `material_blobs`. */
export type MaterialRow = {
  id: string; org_id: string; meeting_id: string; agenda_item_id: string | null; title: string; file_name: string; mime: string; format: string;
  size_bytes: number; sha256: string; visibility: string; uploaded_by: string | null; created_at: number; deleted_at: number | null;
};

/** The bytes of a material (kept apart so lists never read them). */
export type MaterialBlobRow = { material_id: string; content: Buffer };

/** One opening of a material, by a participant's link or a signed-in user. */
export type MaterialOpenRow = { id: string; material_id: string; meeting_id: string; participant_id: string | null; user_id: string | null; opened_at: number };

/** Notes of a 协调会 (coordination meeting) of the 会务组 about one meeting. */
export type CoordinationNoteRow = {
  id: string; org_id: string; meeting_id: string; held_at: number; title: string; attendees: string; body: string; created_by: string | null; created_at: number; updated_at: number;
};

/** A decision taken at a 协调会, recorded against a task of the meeting (or none). */
export type CoordinationDecisionRow = { id: string; org_id: string; note_id: string; meeting_id: string; task_id: string | null; sort_order: number; text: string; created_at: number };
