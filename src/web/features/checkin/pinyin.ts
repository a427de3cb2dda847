/**
 * Pinyin initials of Chinese text (张三 → ZS) for the desk's search box, without a dictionary: the browser's pinyin collation orders
 * characters by reading, so the initial is the letter of the last boundary character a character sorts after. Polyphonic surnames take
 * their common reading (曾 → C); the search also matches the characters themselves, so that is a convenience, not a gate.
 */

const LETTERS = 'ABCDEFGHJKLMNOPQRSTWXYZ';
// The first character of each letter in pinyin order (checked against ~300 common surnames in pinyin.test.ts).
const BOUNDARIES = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他穵夕丫帀';
const HAN = /[\u3400-\u9fff]/;

let collator: Intl.Collator | undefined;

function initialOf(ch: string): string {
  if (!HAN.test(ch)) return /[a-z0-9]/i.test(ch) ? ch.toUpperCase() : '';
  collator ??= new Intl.Collator('zh-Hans-CN-u-co-pinyin');
  let found = '';
  for (let i = 0; i < BOUNDARIES.length; i++) {
    if (collator.compare(ch, BOUNDARIES[i]) >= 0) found = LETTERS[i];
    else break;
  }
  return found;
}

/** The initials of a text: one capital letter per Chinese character, Latin letters and digits kept, everything else dropped. */
export function pinyinInitials(text: string): string {
  let out = '';
  for (const ch of text) out += initialOf(ch);
  return out;
}
