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
};

/** A dated, owned task of a meeting (会务分工), from a playbook step or added by hand. */
export type TaskRow = {
  id: string; org_id: string; meeting_id: string; playbook_id: string | null; step_key: string | null; parent_task_id: string | null; sort_order: number;
  phase: string; group_name: string; title: string; description: string; owner_role: string; owner_user_id: string | null;
  anchor: string; offset_days: number; due_time: string; due_at: number; status: string; evidence: string | null;
  done_at: number | null; done_by: string | null; done_note: string | null; depends_on_json: string;
  /** When the owner was told it is due within a day, and that it is overdue (each once). */
  reminded_soon_at: number | null; reminded_overdue_at: number | null; version: number; created_at: number; updated_at: number;
};
