import { describe, expect, it } from 'vitest';
import { renderNotification } from './notifications';

describe('notification texts', () => {
  const dueAt = Date.parse('2026-12-14T09:00:00Z');
  it('reads a reminder of a shipped playbook step in the reader\'s language, and a task written by hand as written', () => {
    const p = { title: '人员确认', stepKey: 'attendee_confirm', meeting: '年度全员大会', dueAt, timeZone: 'Asia/Shanghai' };
    expect(renderNotification('task_due_soon', p, 'zh-CN')).toBe('「年度全员大会」的任务「人员确认」将于 2026年12月14日 周一 17:00 到期');
    expect(renderNotification('task_overdue', p, 'en')).toMatch(/^Task "Confirm attendees" of "年度全员大会" is overdue \(was due .*Dec.*\)$/);
    expect(renderNotification('task_overdue', { ...p, stepKey: null, title: '订会场' }, 'en')).toMatch(/^Task "订会场"/);
  });
});
