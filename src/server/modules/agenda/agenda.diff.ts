/** What changed between two versions of an agenda, line by line, for the changelog and the change notice. */
import type { AgendaChange, AgendaItem } from '../../../shared/agenda';
import { clockTime } from '../../../shared/time';

type Item = Pick<AgendaItem, 'id' | 'title' | 'startAt' | 'endAt' | 'venueId' | 'venueName' | 'place' | 'presenterIds' | 'presenterNames'>;

const span = (i: Item, zone: string) => `${clockTime(i.startAt, zone)}–${clockTime(i.endAt, zone)}`;
const where = (i: Item) => i.venueName ?? i.place ?? null;

/** The changes from `before` to `after` (items matched by id), in the new agenda's order, removed items last. */
export function agendaChanges(before: readonly Item[], after: readonly Item[], zone: string): AgendaChange[] {
  const old = new Map(before.map((i) => [i.id, i]));
  const out: AgendaChange[] = [];
  for (const i of after) {
    const o = old.get(i.id);
    if (!o) {
      out.push({ kind: 'added', itemId: i.id, title: i.title, before: null, after: span(i, zone) });
      continue;
    }
    if (o.startAt !== i.startAt || o.endAt !== i.endAt) out.push({ kind: 'moved', itemId: i.id, title: i.title, before: span(o, zone), after: span(i, zone) });
    if (o.title !== i.title) out.push({ kind: 'renamed', itemId: i.id, title: i.title, before: o.title, after: i.title });
    if ((o.venueId ?? '') !== (i.venueId ?? '') || (o.place ?? '') !== (i.place ?? '')) out.push({ kind: 'place', itemId: i.id, title: i.title, before: where(o), after: where(i) });
    if ([...o.presenterIds].sort().join() !== [...i.presenterIds].sort().join()) {
      out.push({ kind: 'presenters', itemId: i.id, title: i.title, before: o.presenterNames.join('、') || null, after: i.presenterNames.join('、') || null });
    }
  }
  const kept = new Set(after.map((i) => i.id));
  for (const o of before) if (!kept.has(o.id)) out.push({ kind: 'removed', itemId: o.id, title: o.title, before: span(o, zone), after: null });
  return out;
}

/** A change as one line of a notice. */
export function changeLine(c: AgendaChange, lang: 'zh-CN' | 'en'): string {
  const zh = lang === 'zh-CN';
  switch (c.kind) {
    case 'added': return zh ? `新增「${c.title}」（${c.after}）` : `Added "${c.title}" (${c.after})`;
    case 'removed': return zh ? `取消「${c.title}」（原 ${c.before}）` : `Removed "${c.title}" (was ${c.before})`;
    case 'moved': return zh ? `「${c.title}」时间由 ${c.before} 调整为 ${c.after}` : `"${c.title}" moved from ${c.before} to ${c.after}`;
    case 'renamed': return zh ? `「${c.before}」更名为「${c.after}」` : `"${c.before}" is now "${c.after}"`;
    case 'place': return zh ? `「${c.title}」地点由 ${c.before ?? '主会场'} 调整为 ${c.after ?? '主会场'}` : `"${c.title}" moved from ${c.before ?? 'the main room'} to ${c.after ?? 'the main room'}`;
    case 'presenters': return zh ? `「${c.title}」主讲由 ${c.before ?? '无'} 调整为 ${c.after ?? '无'}` : `"${c.title}" presenters: ${c.before ?? 'none'} → ${c.after ?? 'none'}`;
  }
}
