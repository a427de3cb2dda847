import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
});
afterAll(() => t.close());

type T = { id: string; title: string; dueAt: number; status: string; doneNote: string | null; doneBy: string | null; ownerUserId: string | null; version: number; parentTaskId: string | null; stepKey: string | null; evidence: string | null; group: string; dependsOn: string[] };

async function meetingWithTasks() {
  const start = DateTime.now().setZone('Asia/Shanghai').plus({ days: 30 }).set({ hour: 9, minute: 10, second: 0, millisecond: 0 }).toMillis();
  const m = await buildMeeting(t.database, t.org, { title: '季度工作会', startAt: start, endAt: start + 6 * 3_600_000, timeZone: 'Asia/Shanghai' });
  const playbooks = (await call(t.app, 'GET', '/api/playbooks', { as: organiser })).data as { id: string; key: string }[];
  const tasks = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: playbooks.find((p) => p.key === 'internal')!.id } })).data as T[];
  return { m, tasks, start };
}

describe('splitting a task', () => {
  it('refuses members, names the field, and a stale version is a conflict', async () => {
    const { tasks } = await meetingWithTasks();
    const equipment = tasks.find((x) => x.title === '设备准备')!;
    expect((await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, { as: member, body: { version: equipment.version, parts: [{ title: '音响' }] } })).statusCode).toBe(403);
    const empty = await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, { as: organiser, body: { version: equipment.version, parts: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.data.error.fields[0].field).toBe('parts');
    const stranger = await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, { as: organiser, body: { version: equipment.version, parts: [{ title: '音响' }, { title: '投影', ownerUserId: 'nobody' }] } });
    expect(stranger.data.error.fields[0]).toMatchObject({ field: 'parts.1.ownerUserId', reason: 'unknown_reference' });
    expect((await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, { as: organiser, body: { version: equipment.version + 5, parts: [{ title: '音响' }] } })).statusCode).toBe(409);
  });

  it('creates parts under the task; the parts follow the meeting unless dated by hand; the task closes when all parts are done and reopens with one', async () => {
    const { m, tasks, start } = await meetingWithTasks();
    const equipment = tasks.find((x) => x.title === '设备准备')!;
    const ownDue = equipment.dueAt - 86_400_000;
    const res = await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, {
      as: organiser, body: { version: equipment.version, parts: [{ title: '音响调试', ownerUserId: t.org.users.staff.id }, { title: '投影与话筒', dueAt: ownDue }] },
    });
    expect(res.statusCode).toBe(200);
    const parts = (res.data as T[]).filter((x) => x.parentTaskId === equipment.id);
    expect(parts.map((x) => x.title).sort()).toEqual(['投影与话筒', '音响调试']);
    const [sound, projector] = [parts.find((x) => x.title === '音响调试')!, parts.find((x) => x.title === '投影与话筒')!];
    expect(sound).toMatchObject({ dueAt: equipment.dueAt, ownerUserId: t.org.users.staff.id, group: equipment.group, evidence: null, stepKey: equipment.stepKey, dependsOn: equipment.dependsOn });
    expect(projector).toMatchObject({ dueAt: ownDue, ownerUserId: equipment.ownerUserId, stepKey: null });
    // A part cannot be split again.
    const nested = await call(t.app, 'POST', `/api/tasks/${sound.id}/split`, { as: organiser, body: { version: sound.version, parts: [{ title: 'x' }] } });
    expect(nested.data.error.fields[0]).toMatchObject({ field: 'parts', reason: 'split_nested' });

    // Moving the meeting a day moves the part that follows it, not the one dated by hand.
    await call(t.app, 'PATCH', `/api/meetings/${m.id}`, { as: organiser, body: { version: m.version, startAt: start + 86_400_000, endAt: start + 86_400_000 + 6 * 3_600_000 } });
    let list = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    const byId = (id: string) => list.find((x) => x.id === id)!;
    expect(byId(sound.id).dueAt).toBe(sound.dueAt + 86_400_000);
    expect(byId(projector.id).dueAt).toBe(ownDue);

    // The staff owner ticks off their part; the parent stays open until the second part is done.
    expect((await call(t.app, 'PATCH', `/api/tasks/${sound.id}`, { as: staff, body: { version: byId(sound.id).version, status: 'done' } })).statusCode).toBe(200);
    list = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    expect(byId(equipment.id).status).toBe('open');
    await call(t.app, 'PATCH', `/api/tasks/${projector.id}`, { as: organiser, body: { version: byId(projector.id).version, status: 'done' } });
    list = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    expect(byId(equipment.id)).toMatchObject({ status: 'done', doneBy: 'system' });
    expect(byId(equipment.id).doneNote).toMatch(/子任务均已完成|All parts are done/);

    // Reopening a part reopens the parent the system had closed.
    await call(t.app, 'PATCH', `/api/tasks/${projector.id}`, { as: organiser, body: { version: byId(projector.id).version, status: 'open' } });
    list = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as T[];
    expect(byId(equipment.id)).toMatchObject({ status: 'open', doneBy: null });
    // A closed task cannot be split.
    const done = await call(t.app, 'PATCH', `/api/tasks/${equipment.id}`, { as: organiser, body: { version: byId(equipment.id).version, status: 'done' } });
    const closed = await call(t.app, 'POST', `/api/tasks/${equipment.id}/split`, { as: organiser, body: { version: done.data.version, parts: [{ title: 'x' }] } });
    expect(closed.data.error.fields[0]).toMatchObject({ field: 'parts', reason: 'split_closed' });
  });
});
