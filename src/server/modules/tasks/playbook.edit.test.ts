import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from '../../../shared/playbook-defaults';
import type { Playbook, PlaybookStepInput } from '../../../shared/playbook-steps';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let admin: Caller;
let staff: Caller;
let member: Caller;
let other: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  admin = await signIn(t, t.org, 'admin');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
  other = await signIn(t, t.otherOrg, 'organiser');
});
afterAll(() => t.close());

/** The caller reading English (the language cookie wins over the account's language). */
const inEnglish = (c: Caller): Caller => ({ ...c, cookie: `${c.cookie}; huiwu_lang=en` });
const list = async (as: Caller = member) => (await call(t.app, 'GET', '/api/playbooks', { as })).data as Playbook[];
const byKey = async (key: string) => (await list()).find((p) => p.key === key)!;
const step = (key: string | undefined, title: string, dependsOn: string[] = []): PlaybookStepInput => ({
  ...(key ? { key } : {}), phase: 'before', group: '会务组', title, description: '', ownerRole: 'organiser', anchor: 'start', offsetDays: -3, dueTime: '17:00', evidence: null, dependsOn, durationDays: 1,
});
const audit = (entityId: string) => t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('at').execute().then((r) => r.map((x) => x.action));

describe('playbook editing: access and validation', () => {
  it('refuses anonymous callers, and roles without playbook.manage, before looking at the body', async () => {
    const internal = await byKey('internal');
    expect((await call(t.app, 'POST', '/api/playbooks', { body: { nameZh: 'x' } })).statusCode).toBe(401);
    expect((await call(t.app, 'POST', '/api/playbooks', { as: staff, body: { nameZh: 'x' } })).statusCode).toBe(403);
    expect((await call(t.app, 'PUT', `/api/playbooks/${internal.id}/steps`, { as: member, body: { version: internal.updatedAt, steps: [] } })).statusCode).toBe(403);
    expect((await call(t.app, 'DELETE', `/api/playbooks/${internal.id}`, { as: staff })).statusCode).toBe(403);
    expect((await call(t.app, 'POST', '/api/playbooks/reset', { as: member, body: { builtInKey: 'internal' } })).statusCode).toBe(403);
    // Reading stays open to everyone (the picker and the read-only editor).
    expect((await call(t.app, 'GET', `/api/playbooks/${internal.id}`, { as: member })).statusCode).toBe(200);
  });

  it('names the field of each wrong value: names, steps by index and field, in the caller’s language', async () => {
    const res = await call(t.app, 'POST', '/api/playbooks', { as: organiser, body: { nameZh: ' ', nameEn: 'x'.repeat(61) } });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.fields.map((f: { field: string; reason: string }) => `${f.field} ${f.reason}`)).toEqual(['nameZh required', 'nameEn too_long']);

    const internal = await byKey('internal');
    const steps = [{ ...step('a', 'A'), dueTime: '25:00', offsetDays: 401 }, step('b', 'B', ['c']), step('a', 'A2'), step('c', 'C', ['b', 'ghost'])];
    const bad = await call(t.app, 'PUT', `/api/playbooks/${internal.id}/steps`, { as: inEnglish(organiser), body: { version: internal.updatedAt, steps } });
    expect(bad.statusCode).toBe(400);
    const fields = bad.data.error.fields.map((f: { field: string; reason: string }) => `${f.field} ${f.reason}`);
    expect(fields).toEqual(expect.arrayContaining([
      'steps.0.offsetDays too_big', 'steps.0.dueTime clock_time', 'steps.1.dependsOn dependency_cycle', 'steps.2.key duplicate', 'steps.3.dependsOn unknown_step', 'steps.3.dependsOn dependency_cycle',
    ]));
    expect(bad.data.error.fields.find((f: { field: string }) => f.field === 'steps.0.dueTime').message).toBe('Due time must be HH:mm, e.g. 09:10');
    expect(bad.data.error.fields.find((f: { reason: string }) => f.reason === 'dependency_cycle').message).toMatch(/^Dependencies go round in a loop/);
    // Nothing was written.
    expect((await byKey('internal')).updatedAt).toBe(internal.updatedAt);
  });

  it('keeps organisations apart: another organisation’s playbook is not found', async () => {
    const internal = await byKey('internal');
    expect((await call(t.app, 'GET', `/api/playbooks/${internal.id}`, { as: other })).statusCode).toBe(404);
    expect((await call(t.app, 'PATCH', `/api/playbooks/${internal.id}`, { as: other, body: { version: internal.updatedAt, nameZh: 'x' } })).statusCode).toBe(404);
    const copy = await call(t.app, 'POST', '/api/playbooks', { as: other, body: { nameZh: '偷来的', copyFrom: internal.id } });
    expect(copy.data.error.fields[0]).toMatchObject({ field: 'copyFrom', reason: 'unknown_reference' });
  });
});

describe('playbook editing: behaviour', () => {
  it('creates a blank playbook and a copy, renames at a version, and replaces the steps at a version (409 when stale)', async () => {
    const blank = (await call(t.app, 'POST', '/api/playbooks', { as: organiser, body: { nameZh: '季度例会', nameEn: 'Quarterly meeting' } })).data as Playbook;
    expect(blank).toMatchObject({ name: '季度例会', builtIn: false, steps: [] });
    const external = await byKey('external');
    const copy = (await call(t.app, 'POST', '/api/playbooks', { as: admin, body: { nameZh: '外部会议（简化）', copyFrom: external.id } })).data as Playbook;
    expect(copy.steps.map((s) => s.key)).toEqual(external.steps.map((s) => s.key));
    expect(copy.nameEn).toBe('');
    expect((await list(inEnglish(member))).find((p) => p.id === copy.id)!.name).toBe('外部会议（简化）');

    const renamed = await call(t.app, 'PATCH', `/api/playbooks/${blank.id}`, { as: organiser, body: { version: blank.updatedAt, nameZh: '季度工作例会', nameEn: 'Quarterly review' } });
    expect(renamed.data).toMatchObject({ nameZh: '季度工作例会', nameEn: 'Quarterly review' });
    expect(renamed.data.updatedAt).toBeGreaterThan(blank.updatedAt);
    expect((await call(t.app, 'PATCH', `/api/playbooks/${blank.id}`, { as: organiser, body: { version: blank.updatedAt, nameZh: 'x' } })).statusCode).toBe(409);

    const version = renamed.data.updatedAt as number;
    const saved = await call(t.app, 'PUT', `/api/playbooks/${blank.id}/steps`, { as: organiser, body: { version, steps: [step(undefined, '定会场'), step('step_2', '发通知', []), step(undefined, '总结')] } });
    expect(saved.statusCode).toBe(200);
    expect(saved.data.steps.map((s: { key: string; title: string }) => `${s.key}:${s.title}`)).toEqual(['step_1:定会场', 'step_2:发通知', 'step_3:总结']);
    const stale = await call(t.app, 'PUT', `/api/playbooks/${blank.id}/steps`, { as: admin, body: { version, steps: [] } });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.error.code).toBe('conflict');
    const again = await call(t.app, 'PUT', `/api/playbooks/${blank.id}/steps`, { as: admin, body: { version: saved.data.updatedAt, steps: [step('step_3', '总结'), step('step_1', '定会场', ['step_3'])] } });
    expect(again.data.steps.map((s: { key: string }) => s.key)).toEqual(['step_3', 'step_1']);
    expect((await call(t.app, 'GET', `/api/playbooks/${blank.id}`, { as: member })).data.steps[1].dependsOn).toEqual(['step_3']);

    expect(await audit(blank.id)).toEqual(['playbook.create', 'playbook.rename', 'playbook.steps_replace', 'playbook.steps_replace']);
    expect(await audit(copy.id)).toEqual(['playbook.create']);
    const del = await call(t.app, 'DELETE', `/api/playbooks/${copy.id}`, { as: organiser });
    expect(del.data).toEqual({ ok: true });
    expect((await list()).some((p) => p.id === copy.id)).toBe(false);
    expect(await audit(copy.id)).toEqual(['playbook.create', 'playbook.delete']);
  });

  it('never changes the tasks already applied: editing or deleting the playbook leaves them as they were', async () => {
    const copy = (await call(t.app, 'POST', '/api/playbooks', { as: organiser, body: { nameZh: '临时', copyFrom: (await byKey('internal')).id } })).data as Playbook;
    const m = await buildMeeting(t.database, t.org, { title: '季度会' });
    const applied = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: copy.id } })).data as { id: string; title: string }[];
    expect(applied).toHaveLength(copy.steps.length);
    const edited = copy.steps.map((s) => ({ ...s, title: `${s.title}（新）` }));
    expect((await call(t.app, 'PUT', `/api/playbooks/${copy.id}/steps`, { as: organiser, body: { version: copy.updatedAt, steps: edited.slice(0, -1) } })).statusCode).toBe(200);
    const tasks = async () => ((await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as { id: string; title: string }[]).map((x) => `${x.id}:${x.title}`).sort();
    const before = applied.map((x) => `${x.id}:${x.title}`).sort();
    expect(await tasks()).toEqual(before);
    await call(t.app, 'DELETE', `/api/playbooks/${copy.id}`, { as: organiser });
    expect(await tasks()).toEqual(before);
  });

  it('deletes a built-in playbook for good, until reset brings it back as shipped with the same id', async () => {
    const forum = await byKey('forum');
    const m = await buildMeeting(t.database, t.org, { title: '行业论坛' });
    expect((await call(t.app, 'DELETE', `/api/playbooks/${forum.id}`, { as: organiser })).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) expect((await list()).map((p) => p.key)).not.toContain('forum'); // listing does not reinstall it
    expect((await call(t.app, 'GET', `/api/playbooks/${forum.id}`, { as: member })).statusCode).toBe(404);
    expect((await call(t.app, 'DELETE', `/api/playbooks/${forum.id}`, { as: organiser })).statusCode).toBe(404);
    const apply = await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: forum.id } });
    expect(apply.data.error.fields[0]).toMatchObject({ field: 'playbookId', reason: 'unknown_reference' });

    const reset = await call(t.app, 'POST', '/api/playbooks/reset', { as: admin, body: { builtInKey: 'forum' } });
    expect(reset.data).toMatchObject({ id: forum.id, key: 'forum', builtIn: true, nameZh: '论坛（大型会议）' });
    expect(reset.data.steps).toHaveLength(DEFAULT_PLAYBOOKS.find((p) => p.key === 'forum')!.steps.length);
    expect((await list()).filter((p) => p.key === 'forum')).toHaveLength(1);

    // Reset also undoes changes to a live built-in playbook.
    const internal = await byKey('internal');
    await call(t.app, 'PATCH', `/api/playbooks/${internal.id}`, { as: organiser, body: { version: internal.updatedAt, nameZh: '内部会', nameEn: 'Internal' } });
    const changed = (await call(t.app, 'GET', `/api/playbooks/${internal.id}`, { as: member })).data as Playbook;
    await call(t.app, 'PUT', `/api/playbooks/${internal.id}/steps`, { as: organiser, body: { version: changed.updatedAt, steps: changed.steps.slice(0, 2) } });
    const restored = (await call(t.app, 'POST', '/api/playbooks/reset', { as: organiser, body: { builtInKey: 'internal' } })).data as Playbook;
    expect(restored).toMatchObject({ id: internal.id, nameZh: '在企业内召开的会议' });
    expect(restored.steps.map((s) => s.key)).toEqual(DEFAULT_PLAYBOOKS[0].steps.map((s) => s.key));
    expect(await audit(forum.id)).toEqual(['playbook.delete', 'playbook.reset']);
    expect((await call(t.app, 'POST', '/api/playbooks/reset', { as: organiser, body: { builtInKey: 'mine' } })).data.error.fields[0]).toMatchObject({ field: 'builtInKey', reason: 'invalid_option' });
  });
});

describe('English of the built-in steps', () => {
  it('lists shipped steps in the reader’s language, the editor’s copy as stored', async () => {
    const all = await list(inEnglish(member));
    expect(all.slice(0, 3).map((p) => p.key)).toEqual(['internal', 'external', 'forum']); // shipped ones first, in the handbook's order
    const en = all.find((p) => p.key === 'external')!;
    expect(en.name).toBe('Meeting held outside the organisation');
    expect(en.steps.find((s) => s.key === 'venue')).toMatchObject({ title: 'Choose the venue', group: 'Secretariat' });
    expect(en.steps.find((s) => s.key === 'venue')!.description).toMatch(/outside the organisation/);
    const raw = (await call(t.app, 'GET', `/api/playbooks/${en.id}`, { as: inEnglish(member) })).data as Playbook;
    expect(raw.steps.find((s) => s.key === 'venue')).toMatchObject({ title: '会议场所选定', group: '会务组' });
    expect((await list()).find((p) => p.key === 'external')!.steps.find((s) => s.key === 'venue')!.title).toBe('会议场所选定');
  });

  it('gives tasks of built-in steps in English, and an organisation’s own wording as written', async () => {
    const external = await byKey('external');
    const raw = (await call(t.app, 'GET', `/api/playbooks/${external.id}`, { as: member })).data as Playbook;
    const steps = raw.steps.map((s) => (s.key === 'budget' ? { ...s, title: '编制预算（含备用金）' } : s));
    await call(t.app, 'PUT', `/api/playbooks/${external.id}/steps`, { as: organiser, body: { version: raw.updatedAt, steps } });
    const m = await buildMeeting(t.database, t.org, { title: '客户大会', scope: 'external' });
    await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: external.id } });

    type T = { id: string; stepKey: string; title: string; description: string; group: string; version: number };
    const tasks = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: inEnglish(member) })).data as T[];
    const venue = tasks.find((x) => x.stepKey === 'venue')!;
    expect(venue).toMatchObject({ title: 'Choose the venue', group: 'Secretariat' });
    expect(venue.description).toMatch(/^Choose and book a venue outside the organisation/);
    expect(tasks.find((x) => x.stepKey === 'budget')).toMatchObject({ title: '编制预算（含备用金）', group: 'Finance' });
    const zh = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    expect(zh.find((x) => x.stepKey === 'venue')!.title).toBe('会议场所选定');

    // A task renamed by the organisation is shown as written; my tasks read English too.
    const renamed = await call(t.app, 'PATCH', `/api/tasks/${venue.id}`, { as: inEnglish(organiser), body: { version: venue.version, title: '会场选定（两个备选）' } });
    expect(renamed.data.title).toBe('会场选定（两个备选）');
    const mine = (await call(t.app, 'GET', '/api/tasks/mine', { as: inEnglish(organiser) })).data as T[];
    const notice = mine.find((x) => x.stepKey === 'meeting_notice' && tasks.some((y) => y.id === x.id));
    expect(notice?.title).toBe('Draft the meeting notice');
  });
});
