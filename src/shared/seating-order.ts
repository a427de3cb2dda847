/**
 * Ordering names for 座次: by stroke count (笔画, via `cnchar`'s stroke table) or by pinyin (via `pinyin-pro`), and audience blocks by
 * the organiser's own list. Kept apart from seating.ts so the web app, which never sorts, does not bundle the dictionaries.
 *
 * 笔画 order as secretariats use it (姓氏笔画排序, after 《现代汉语通用字笔顺规范》): character by character, fewer strokes first; at an
 * equal count the strokes in writing order by their shape 横、竖、撇、点、折 (提 counts as 横, 竖钩 as 竖, 捺 as 点, every turning stroke
 * as 折); then the next character. Characters that are not Chinese come after Chinese ones at the same place; names equal to the
 * last stroke fall back to pinyin. Stroke counts and stroke order come from `cnchar` and its `cnchar-order` plugin.
 */
import cnchar from 'cnchar';
import order from 'cnchar-order';
import { pinyin } from 'pinyin-pro';
import type { SeatingSettings } from './seating';

cnchar.use(order);
// cnchar adds String.prototype.spell/stroke when loaded; take them off again so nothing comes to depend on them.
for (const k of ['spell', 'stroke'] as const) delete (String.prototype as unknown as Record<string, unknown>)[k];

/** cnchar-order's stroke letters in the five classes: 1 横 (横, 提), 2 竖 (竖, 竖钩), 3 撇, 4 点 (点, 捺); any other letter is a 折 (5). */
const SHAPE_CLASS: Record<string, number> = { j: 1, i: 1, f: 2, g: 2, s: 3, k: 4, d: 4, l: 4 };
/** A stroke whose shape the data does not have sorts after every known one at that place. */
const UNKNOWN_SHAPE = 9;

/**
 * The sort key of a name: for each character its stroke count, then the class of each of its strokes in writing order. Non-Chinese
 * characters count as 1000 + their code point, so they sort after Chinese ones. Equal counts give equally long keys, so comparing the
 * keys element by element follows the rule above.
 */
export function strokeKey(name: string): number[] {
  const chars = [...name.trim()];
  const text = chars.join('');
  const counts = cnchar.stroke(text, 'array') as unknown as number[];
  const letters = cnchar.stroke(text, 'order', 'letter') as unknown as (string | undefined)[];
  return chars.flatMap((c, i) => {
    if (!(counts[i] > 0)) return [1000 + c.codePointAt(0)!];
    const known = [...(letters[i] ?? '')].slice(0, counts[i]).map((l) => SHAPE_CLASS[l] ?? 5);
    return [counts[i], ...known, ...Array<number>(counts[i] - known.length).fill(UNKNOWN_SHAPE)];
  });
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

/** Compares two names by strokes and stroke shapes (then pinyin) or by pinyin (then strokes); never 0 for different names. */
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
