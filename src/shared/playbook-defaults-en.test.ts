import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from './playbook-defaults';
import { builtInGroup, builtInText, GROUP_NAMES_EN, isBuiltInText, STEP_TEXT_EN, stepTextEn } from './playbook-defaults-en';

const cjk = /[\u3400-\u9fff]/;

describe('English of the built-in steps', () => {
  it('has an English title and description for every built-in step key, and no key that is not built in', () => {
    const keys = new Set(DEFAULT_PLAYBOOKS.flatMap((p) => p.steps.map((s) => s.key)));
    expect(new Set(Object.keys(STEP_TEXT_EN))).toEqual(keys);
    for (const p of DEFAULT_PLAYBOOKS) {
      for (const s of p.steps) {
        const en = stepTextEn(p.key, s.key)!;
        expect(en.title, `${p.key}.${s.key}`).toMatch(/^[A-Z]/);
        expect(en.description.length, `${p.key}.${s.key}`).toBeGreaterThan(30);
        expect(`${en.title} ${en.description}`).not.toMatch(cjk);
        expect(builtInText(s.key, s.title, 'en')).toBe(en.title);
        expect(builtInText(s.key, s.description, 'en')).toBe(en.description);
      }
    }
  });

  it('has a wording for each Chinese variant (outside, forum) and none where the Chinese has none', () => {
    for (const key of Object.keys(STEP_TEXT_EN)) {
      for (const field of ['title', 'description'] as const) {
        const zh = DEFAULT_PLAYBOOKS.flatMap((p) => p.steps.filter((s) => s.key === key).map((s) => s[field]));
        const en = DEFAULT_PLAYBOOKS.flatMap((p) => p.steps.filter((s) => s.key === key).map(() => stepTextEn(p.key, key)![field]));
        // The same playbooks share a text in both languages.
        expect(zh.map((z) => zh.indexOf(z)), `${key}.${field}`).toEqual(en.map((e) => en.indexOf(e)));
      }
    }
  });

  it('names every built-in group in English', () => {
    for (const g of new Set(DEFAULT_PLAYBOOKS.flatMap((p) => p.steps.map((s) => s.group)))) expect(GROUP_NAMES_EN[g]).toMatch(/^[A-Z]/);
    expect(builtInGroup('会务组', 'en')).toBe('Secretariat');
    expect(builtInGroup('会务组', 'zh-CN')).toBe('会务组');
    expect(builtInGroup('礼宾组', 'en')).toBe('礼宾组');
  });

  it('keeps an organisation’s own text, Chinese readers, and tasks without a step as written', () => {
    expect(builtInText('venue', '会议场所选定', 'en')).toBe('Choose the venue');
    expect(builtInText('venue', '会议场所选定（含备选）', 'en')).toBe('会议场所选定（含备选）');
    expect(builtInText('venue', '会议场所选定', 'zh-CN')).toBe('会议场所选定');
    expect(builtInText(null, '会议场所选定', 'en')).toBe('会议场所选定');
    // Another step's text under this key is not this step's text.
    expect(builtInText('budget', '会议场所选定', 'en')).toBe('会议场所选定');
    expect(isBuiltInText('venue', '会议场所选定')).toBe(true);
    expect(isBuiltInText('venue', 'Choose the venue')).toBe(false);
  });
});
