/** The desk's search: find a participant by name, pinyin initials (zs → 张三), the last digits of their phone, or their unit. */
import type { BundleParticipant } from './decide';
import { pinyinInitials } from './pinyin';

/** A participant with what the search compares, computed once per bundle. */
export type SearchEntry = { p: BundleParticipant; name: string; unit: string; nameInitials: string; unitInitials: string };

/** Prepares the bundle's participants for searching. */
export function searchIndex(participants: readonly BundleParticipant[]): SearchEntry[] {
  return participants.map((p) => ({
    p,
    name: p.name.toLowerCase(),
    unit: (p.unit ?? '').toLowerCase(),
    nameInitials: pinyinInitials(p.name),
    unitInitials: pinyinInitials(p.unit ?? ''),
  }));
}

/** Matches, best first (exact name, name starts with, initials start with, then anything containing the text); at most `limit`. */
export function searchParticipants(index: readonly SearchEntry[], query: string, limit = 20): BundleParticipant[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const digits = /^\d+$/.test(q);
  const latin = /^[a-z]+$/.test(q);
  const up = q.toUpperCase();
  const scored: { p: BundleParticipant; score: number }[] = [];
  for (const e of index) {
    let score = 0;
    if (digits) score = e.p.phoneTail?.endsWith(q) ? 5 : e.p.phoneTail?.includes(q) ? 2 : 0;
    else if (e.name === q) score = 6;
    else if (e.name.startsWith(q)) score = 5;
    else if (latin && e.nameInitials.startsWith(up)) score = 4;
    else if (e.name.includes(q)) score = 3;
    else if (e.unit.includes(q) || (latin && e.unitInitials.startsWith(up))) score = 1;
    if (score) scored.push({ p: e.p, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name, 'zh-Hans-CN-u-co-pinyin'))
    .slice(0, limit)
    .map((s) => s.p);
}
