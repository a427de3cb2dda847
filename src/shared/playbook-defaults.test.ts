import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS, EVIDENCE_KINDS, EVIDENCE_LABELS, type PlaybookDef, type PlaybookStepDef } from './playbook-defaults';
import { ROLES } from './roles';

const book = (key: PlaybookDef['key']) => DEFAULT_PLAYBOOKS.find((p) => p.key === key)!;
const titles = (key: PlaybookDef['key'], phase?: PlaybookStepDef['phase']) => book(key).steps.filter((s) => !phase || s.phase === phase).map((s) => s.title);
const step = (key: PlaybookDef['key'], stepKey: string) => book(key).steps.find((s) => s.key === stepKey)!;
/** Minutes from the anchor for a meeting whose start and end coincide: a conservative order (a real end is never before the start). */
const position = (s: PlaybookStepDef) => s.offsetDays * 1440 + Number(s.dueTime.slice(0, 2)) * 60 + Number(s.dueTime.slice(3));

describe('DEFAULT_PLAYBOOKS', () => {
  it('holds the internal, external and forum playbooks with names in both languages', () => {
    expect(DEFAULT_PLAYBOOKS.map((p) => p.key)).toEqual(['internal', 'external', 'forum']);
    expect(book('internal').name['zh-CN']).toBe('在企业内召开的会议');
    expect(book('external').name['zh-CN']).toBe('在企业外召开的会议');
    for (const p of DEFAULT_PLAYBOOKS) expect(p.name.en).not.toBe('');
  });

  describe.each(DEFAULT_PLAYBOOKS.map((p) => [p.key, p] as const))('%s', (_key, p) => {
    it('has unique keys and non-empty titles, descriptions and groups', () => {
      const keys = p.steps.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(p.steps.map((s) => s.title)).size).toBe(keys.length);
      for (const s of p.steps) {
        expect(s.key).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(s.title.trim()).not.toBe('');
        expect(s.description.length).toBeGreaterThan(10);
        expect(['会务组', '接待组', '后勤保障组', '宣传组', '财务组']).toContain(s.group);
      }
    });

    it('refers only to existing keys, never to itself, and has no cycles', () => {
      const byKey = new Map(p.steps.map((s) => [s.key, s]));
      for (const s of p.steps) {
        for (const d of s.dependsOn) expect(byKey.has(d), `${s.key} → ${d}`).toBe(true);
        expect(s.dependsOn).not.toContain(s.key);
        expect(new Set(s.dependsOn).size).toBe(s.dependsOn.length);
      }
      const state = new Map<string, 'visiting' | 'done'>();
      const visit = (key: string, path: string[]): void => {
        if (state.get(key) === 'done') return;
        if (state.get(key) === 'visiting') throw new Error(`cycle: ${[...path, key].join(' → ')}`);
        state.set(key, 'visiting');
        for (const d of byKey.get(key)!.dependsOn) visit(d, [...path, key]);
        state.set(key, 'done');
      };
      for (const s of p.steps) expect(() => visit(s.key, [])).not.toThrow();
    });

    it('never makes a step due before one it depends on', () => {
      const byKey = new Map(p.steps.map((s) => [s.key, s]));
      for (const s of p.steps) {
        for (const d of s.dependsOn.map((k) => byKey.get(k)!)) {
          expect(d.anchor === 'end' && s.anchor === 'start', `${s.key} (start) depends on ${d.key} (end)`).toBe(false);
          expect(position(d), `${d.key} is due after ${s.key}`).toBeLessThanOrEqual(position(s));
        }
      }
    });

    it('has valid times, anchors and offsets per phase', () => {
      for (const s of p.steps) {
        expect(s.dueTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(Number.isInteger(s.offsetDays)).toBe(true);
        if (s.phase === 'before') expect([s.anchor, s.offsetDays <= 0]).toEqual(['start', true]);
        if (s.phase === 'during') expect([s.anchor, s.offsetDays]).toEqual(['start', 0]);
        if (s.phase === 'after') expect([s.anchor, s.offsetDays >= 0]).toEqual(['end', true]);
      }
    });

    it('lists steps phase by phase (会前, 会中, 会后), each phase in the order it falls due', () => {
      const phases = p.steps.map((s) => s.phase);
      expect(phases).toEqual([...phases].sort((a, b) => ['before', 'during', 'after'].indexOf(a) - ['before', 'during', 'after'].indexOf(b)));
      for (const phase of ['before', 'during', 'after'] as const) {
        const due = p.steps.filter((s) => s.phase === phase).map(position);
        expect(due).toEqual([...due].sort((a, b) => a - b));
      }
    });

    it('gives every step an owner role that exists, leaving leaders out of the legwork', () => {
      for (const s of p.steps) {
        expect(ROLES).toContain(s.ownerRole);
        expect(s.ownerRole).not.toBe('admin');
      }
      for (const key of ['budget', 'reimbursement']) expect(p.steps.find((s) => s.key === key)!.ownerRole).toBe('finance');
      for (const key of ['equipment', 'venue_setup', 'food']) expect(p.steps.find((s) => s.key === key)!.ownerRole).toBe('staff');
      for (const key of ['topic_scope', 'meeting_notice', 'logistics_notice', 'agenda_ppt', 'summary']) expect(p.steps.find((s) => s.key === key)!.ownerRole).toBe('organiser');
    });

    it('closes venue, notice and agenda steps by their evidence', () => {
      const withEvidence = Object.fromEntries(p.steps.filter((s) => s.evidence).map((s) => [s.evidence, s.key]));
      expect(withEvidence).toMatchObject({ venue_booked: 'venue', notice_sent: 'meeting_notice', agenda_published: 'agenda_ppt' });
      for (const s of p.steps) if (s.evidence) expect(EVIDENCE_KINDS).toContain(s.evidence);
      const kinds = p.steps.map((s) => s.evidence).filter(Boolean);
      expect(new Set(kinds).size).toBe(kinds.length);
    });
  });

  it('follows the handbook for a meeting inside the organisation, without the outside-only steps', () => {
    expect(titles('internal', 'before')).toEqual([
      '议题及参会人员范围确定', '会议场所选定', '会议通知草拟', '申报会议预算', '人员确认', '设备准备', '预约', '会务通知草拟', '议程PPT制作', '食品采买', '指导服务员工作', '会议场地布置与熟悉',
    ]);
    expect(titles('internal', 'during')).toEqual(['会议室保障', '汇报人员保障', '用餐保障']);
    expect(titles('internal', 'after')).toEqual(['设备整理', '费用报销', '会务总结']);
    for (const t of ['车辆安排', '退房', '住宿保障', '娱乐保障', '离会车辆安排', '结帐', '设备归还']) expect(titles('internal')).not.toContain(t);
    expect(step('internal', 'logistics_notice').dependsOn).toEqual(['attendee_confirm', 'reservations']);
    expect(step('internal', 'reimbursement').dependsOn).toEqual([]);
    expect(book('internal').steps.some((s) => s.evidence === 'materials_uploaded')).toBe(false);
  });

  it('follows the handbook for a meeting outside: 13 + 5 + 7 steps', () => {
    expect(titles('external', 'before')).toEqual([
      '议题及参会人员范围确定', '会议场所选定', '会议通知草拟', '申报会议预算', '人员确认', '设备准备', '预约', '车辆安排', '会务通知草拟', '议程PPT制作', '食品采买', '指导服务员工作', '会议场地布置与熟悉',
    ]);
    expect(titles('external', 'during')).toEqual(['会议室保障', '汇报人员保障', '用餐保障', '娱乐保障', '住宿保障']);
    expect(titles('external', 'after')).toEqual(['离会车辆安排', '退房', '设备整理', '结帐', '设备归还', '费用报销', '会务总结']);
    expect(book('external').steps).toHaveLength(25);
    expect(step('external', 'reservations').description).toContain('酒店');
    expect(step('external', 'logistics_notice').dependsOn).toContain('vehicles');
    expect(book('external').steps.some((s) => s.evidence === 'materials_uploaded')).toBe(false);
  });

  it('keeps the order the handbook implies', () => {
    const ext = (k: string) => step('external', k).dependsOn;
    expect(ext('meeting_notice')).toContain('venue');
    expect(ext('logistics_notice')).toContain('attendee_confirm');
    expect(ext('agenda_ppt')).toContain('topic_scope');
    expect(ext('settlement')).toContain('checkout');
    expect(ext('reimbursement')).toContain('settlement');
    expect(ext('summary')).toContain('reimbursement');
    expect(ext('equipment_return')).toContain('equipment_tidy');
  });

  it('builds the forum on the external playbook with the 论坛 flow around it', () => {
    const external = book('external').steps;
    const forum = book('forum').steps;
    for (const s of external) {
      const f = forum.find((x) => x.key === s.key);
      expect(f, s.key).toBeDefined();
      expect([f!.phase, f!.group, f!.ownerRole, f!.anchor, f!.evidence]).toEqual([s.phase, s.group, s.ownerRole, s.anchor, s.evidence]);
      for (const d of s.dependsOn) expect(f!.dependsOn).toContain(d);
    }
    const extra = forum.filter((s) => !external.some((e) => e.key === s.key));
    expect(extra.map((s) => [s.title, s.offsetDays])).toEqual([
      ['策划方案', -90], ['嘉宾与赞助商邀约', -75], ['宣传推广', -60], ['第一次会务协调会', -30], ['第二次会务协调会', -7], ['会议材料上传/分发', -3],
    ]);
    expect(step('forum', 'plan').description).toContain('提前三个月以上进行大型会议的策划');
    expect(step('forum', 'materials').evidence).toBe('materials_uploaded');
    expect(step('forum', 'topic_scope').offsetDays).toBe(-85);
    expect(step('forum', 'meeting_notice').offsetDays).toBe(-60);
    expect(step('forum', 'meeting_notice').dependsOn).toEqual(expect.arrayContaining(['plan', 'venue']));
    expect(step('forum', 'meeting_notice').title).toContain('一轮');
  });

  it('uses every evidence kind somewhere, each with labels', () => {
    const used = new Set(DEFAULT_PLAYBOOKS.flatMap((p) => p.steps.map((s) => s.evidence)));
    for (const kind of EVIDENCE_KINDS) {
      expect(used.has(kind)).toBe(true);
      expect(EVIDENCE_LABELS[kind]['zh-CN']).not.toBe('');
    }
  });

  it('gives independent step objects and dependency arrays per playbook', () => {
    expect(step('internal', 'venue')).not.toBe(step('external', 'venue'));
    expect(step('external', 'venue').dependsOn).not.toBe(step('forum', 'venue').dependsOn);
  });
});
