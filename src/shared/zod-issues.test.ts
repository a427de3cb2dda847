import { describe, expect, it } from 'vitest';
import { createMeetingSchema } from './meetings';
import { personInputSchema } from './directory';
import { issuesToFieldErrors } from './zod-issues';

function errors(schema: typeof createMeetingSchema | typeof personInputSchema, input: unknown, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const r = schema.safeParse(input);
  expect(r.success).toBe(false);
  return r.success ? [] : issuesToFieldErrors(r.error.issues, input, lang);
}

describe('field errors from zod issues', () => {
  it('names missing, out-of-range and wrongly ordered fields in Chinese', () => {
    const e = errors(createMeetingSchema, { title: '', kind: 'party', scope: 'internal', startAt: 10, endAt: 5, timeZone: 'Mars/Base' });
    const byField = Object.fromEntries(e.map((x) => [x.field, x]));
    expect(byField.title).toMatchObject({ reason: 'required', message: '会议名称为必填项' });
    expect(byField.kind.reason).toBe('invalid_option');
    expect(byField.kind.message).toContain('forum');
    expect(byField.timeZone).toMatchObject({ reason: 'time_zone' });
  });

  it('reports end before start on endAt, in English too', () => {
    const e = errors(createMeetingSchema, { title: 'x', kind: 'forum', scope: 'internal', startAt: 10, endAt: 5, timeZone: 'Asia/Shanghai' }, 'en');
    expect(e).toEqual([{ field: 'endAt', reason: 'end_before_start', message: 'The end must be after the start', params: {} }]);
  });

  it('words phone and email problems with the field label', () => {
    const e = errors(personInputSchema, { kind: 'staff', name: '王五', phone: '1380013800', email: 'not-mail' });
    expect(e.map((x) => x.message)).toEqual(['手机应为 11 位手机号或带区号的座机号', '邮箱不是有效的邮箱地址']);
  });
});
