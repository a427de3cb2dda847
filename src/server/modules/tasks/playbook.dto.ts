/** Playbook rows as the API returns them, and how a deleted built-in playbook is remembered. */
import type { Lang } from '../../../shared/errors';
import { builtInGroup, builtInText } from '../../../shared/playbook-defaults-en';
import { BUILT_IN_PLAYBOOK_KEYS, type Playbook, type PlaybookStep } from '../../../shared/playbook-steps';
import type { PlaybookRow, PlaybookStepRow } from '../../db/tables';

/**
 * A deleted built-in playbook keeps its row under `deleted:<key>` without steps, so the lazy install does not bring it back;
 * only "reset" does. (No migration: the key column is the one place that can say so.)
 */
export const DELETED_PREFIX = 'deleted:';

/** True for the row left by deleting a built-in playbook. */
export function isDeletedBuiltIn(key: string): boolean {
  return key.startsWith(DELETED_PREFIX);
}

/** The built-in key a row stands for (live or deleted), or undefined for an organisation's own playbook. */
export function builtInKeyOf(key: string): string | undefined {
  const k = isDeletedBuiltIn(key) ? key.slice(DELETED_PREFIX.length) : key;
  return (BUILT_IN_PLAYBOOK_KEYS as readonly string[]).includes(k) ? k : undefined;
}

/** A step row as the API returns it; with `lang`, shipped Chinese text reads in that language (the editor asks without). */
export function toPlaybookStep(s: PlaybookStepRow, lang?: Lang): PlaybookStep {
  const show = (text: string) => (lang ? builtInText(s.key, text, lang) : text);
  return {
    key: s.key, phase: s.phase as PlaybookStep['phase'], group: lang ? builtInGroup(s.group_name, lang) : s.group_name, title: show(s.title), description: show(s.description),
    ownerRole: s.owner_role, anchor: s.anchor as PlaybookStep['anchor'], offsetDays: s.offset_days, dueTime: s.due_time, evidence: s.evidence,
    dependsOn: JSON.parse(s.depends_on_json) as string[], durationDays: s.duration_days,
  };
}

/** A playbook with its steps in order; the name in the caller's language (Chinese when no English one was given). */
export function toPlaybook(p: PlaybookRow, steps: readonly PlaybookStepRow[], lang: Lang, translate: boolean): Playbook {
  return {
    id: p.id, key: p.key, name: lang === 'en' && p.name_en ? p.name_en : p.name_zh, nameZh: p.name_zh, nameEn: p.name_en,
    builtIn: builtInKeyOf(p.key) !== undefined, updatedAt: Number(p.updated_at),
    steps: steps.filter((s) => s.playbook_id === p.id).map((s) => toPlaybookStep(s, translate ? lang : undefined)),
  };
}
