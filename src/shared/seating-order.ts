/**
 * Ordering names for 座次: by stroke count (笔画, via `cnchar`'s stroke table) or by pinyin (via `pinyin-pro`), and audience blocks by
 * the organiser's own list. Kept apart from seating.ts so the web app, which never sorts, does not bundle the dictionaries.
 *
 * 笔画 order as secretariats use it (按姓氏/单位名称笔画为序): the first character's stroke count decides, then the second's, and so on;
 * characters that are not Chinese come after Chinese ones at the same place. The finer rule for equal counts (起笔笔形 横竖撇点折) needs
 * stroke-order data several MB large; equal counts fall back to pinyin instead.
 */
import cnchar from 'cnchar';
import { pinyin } from 'pinyin-pro';
import type { SeatingSettings } from './seating';

// cnchar adds String.prototype.spell/stroke when loaded; take them off again so nothing comes to depend on them.
for (const k of ['spell', 'stroke'] as const) delete (String.prototype as unknown as Record<string, unknown>)[k];

/** Stroke counts of each character; non-Chinese characters count as 1000 + their code point so they sort after Chinese ones. */
export function strokeKey(name: string): number[] {
  const chars = [...name.trim()];
  const counts = cnchar.stroke(chars.join(''), 'array') as unknown as number[];
  return chars.map((c, i) => (counts[i] > 0 ? counts[i] : 1000 + c.codePointAt(0)!));
}

/** Pinyin with tone numbers, syllables separated (bei3 jing1); other characters as they are. */
export function pinyinKey(name: string): string {
  return pinyin(name.trim(), { toneType: 'num', type: 'array', nonZh: 'consecutive' }).join(' ').toLowerCase();
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Compares two names by strokes (then pinyin) or by pinyin (then strokes); never 0 for different names. */
export function compareNames(a: string, b: string, by: 'strokes' | 'pinyin'): number {
  const strokes = compareArrays(strokeKey(a), strokeKey(b));
  const sound = plain(pinyinKey(a), pinyinKey(b));
  const first = by === 'strokes' ? strokes || sound : sound || strokes;
  return first || plain(a, b);
}

/** Blocks in the order the settings give; the empty block (no unit given) always last. */
export function orderBlocks(names: Iterable<string>, settings: Pick<SeatingSettings, 'blockOrder' | 'blockList'>): string[] {
  const unique = [...new Set(names)];
  const by = settings.blockOrder === 'pinyin' ? 'pinyin' : 'strokes';
  const listed = new Map(settings.blockOrder === 'list' ? settings.blockList.map((n, i) => [n, i] as const) : []);
  const key = (n: string) => (n === '' ? 2 : listed.has(n) ? 0 : 1);
  return unique.sort((a, b) => key(a) - key(b) || (listed.get(a) ?? 0) - (listed.get(b) ?? 0) || compareNames(a, b, by));
}
