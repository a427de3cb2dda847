/** Notes the system writes when it closes a task (evidence seen, all parts done): stored as a code with values, read in either language. */
import { interpolate, type Lang } from './errors';

const NOTES = {
  agenda_published: { 'zh-CN': '议程第 {version} 版已发布', en: 'Agenda version {version} published' },
  venue_booked: { 'zh-CN': '已预订{venue}', en: 'Booked {venue}' },
  venue_approved: { 'zh-CN': '已预订{venue}（已批准）', en: 'Booked {venue} (approved)' },
  notice_sent: { 'zh-CN': '会议通知《{subject}》已审核并发出（{count} 份）', en: 'Notice "{subject}" approved and sent ({count} recipients)' },
  materials_uploaded: { 'zh-CN': '已上传《{title}》', en: 'Uploaded "{title}"' },
  parts_done: { 'zh-CN': '子任务均已完成', en: 'All parts are done' },
} as const;

/** What a system note says. */
export type SystemNoteKind = keyof typeof NOTES;

/** The stored form of a system note (JSON, so the words follow the reader's language). */
export function systemNote(kind: SystemNoteKind, values: Record<string, string | number> = {}): string {
  return JSON.stringify({ note: kind, ...values });
}

/** A stored note in words; notes typed by people (or written before notes had codes) come back as written. */
export function renderTaskNote(stored: string | null, lang: Lang): string {
  if (!stored?.startsWith('{')) return stored ?? '';
  try {
    const { note, ...values } = JSON.parse(stored) as { note: SystemNoteKind } & Record<string, string | number>;
    const tpl = NOTES[note];
    return tpl ? interpolate(tpl[lang], values) : stored;
  } catch {
    return stored;
  }
}
