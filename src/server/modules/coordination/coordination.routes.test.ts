import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
let otherOrganiser: Caller;
beforeAll(async () => {
  t = await createTestApp();
  organiser = await signIn(t, t.org, 'organiser');
  staff = await signIn(t, t.org, 'staff');
  member = await signIn(t, t.org, 'member');
  otherOrganiser = await signIn(t, t.otherOrg, 'organiser');
});
afterAll(() => t.close());

type Task = { id: string; title: string; ownerUserId: string | null };
const start = DateTime.now().setZone('Asia/Shanghai').plus({ days: 40 }).set({ hour: 9, minute: 10, second: 0, millisecond: 0 }).toMillis();

async function meetingWithTasks() {
  const m = await buildMeeting(t.database, t.org, { title: '合作伙伴论坛', scope: 'external', startAt: start, endAt: start + 8 * 3_600_000, timeZone: 'Asia/Shanghai' });
  const playbooks = (await call(t.app, 'GET', '/api/playbooks', { as: organiser })).data as { id: string; key: string }[];
  const tasks = (await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: playbooks.find((p) => p.key === 'external')!.id } })).data as Task[];
  return { m, tasks };
}

const inbox = async (as: Caller) => (await call(t.app, 'GET', '/api/notifications', { as })).data as { items: { kind: string; text: string }[] };

describe('协调会 notes', () => {
  it('403 for members and other organisations; 400 names the decision field', async () => {
    const { m, tasks } = await meetingWithTasks();
    const body = { heldAt: start - 7 * 86_400_000, title: '第一次协调会', decisions: [] };
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, { as: member, body })).statusCode).toBe(403);
    expect((await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, { as: otherOrganiser, body })).statusCode).toBe(404);
    const foreign = await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, { as: organiser, body: { ...body, decisions: [{ text: '改用大巴', taskId: 'nope' }] } });
    expect(foreign.data.error.fields[0]).toMatchObject({ field: 'decisions.0.taskId', reason: 'unknown_reference' });
    const both = await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, {
      as: organiser, body: { ...body, decisions: [{ text: 'x', taskId: tasks[0].id, newTask: { phase: 'before', group: '会务组', title: 'y', dueAt: start } }] },
    });
    expect(both.data.error.fields[0]).toMatchObject({ field: 'decisions.0.newTask', reason: 'one_of' });
    const blank = await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, { as: organiser, body: { ...body, decisions: [{ text: ' ' }] } });
    expect(blank.data.error.fields[0].field).toBe('decisions.0.text');
    // Nothing half-written by the refused attempts.
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}/coordination-notes`, { as: member })).data).toEqual([]);
  });

  it('records decisions against tasks and as new tasks, tells the owners once, and keeps made tasks when the note goes', async () => {
    const { m, tasks } = await meetingWithTasks();
    const vehicles = tasks.find((x) => x.title === '车辆安排')!;
    // The vehicles task belongs to staff; give it to them explicitly so the test does not depend on name order.
    const v = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: organiser })).data.find((x: { id: string }) => x.id === vehicles.id);
    await call(t.app, 'PATCH', `/api/tasks/${vehicles.id}`, { as: organiser, body: { version: v.version, ownerUserId: t.org.users.staff.id } });
    const before = (await inbox(staff)).items.length;

    const res = await call(t.app, 'POST', `/api/meetings/${m.id}/coordination-notes`, {
      as: organiser,
      body: {
        heldAt: start - 7 * 86_400_000, title: '第一次协调会', attendees: '会务组、接待组、后勤保障组', body: '逐项过会务分工明细表。',
        decisions: [
          { text: '接站改用两辆大巴，8:00 在酒店门口集合', taskId: vehicles.id },
          { text: '增加同声传译设备', newTask: { phase: 'before', group: '后勤保障组', title: '同传设备租赁', ownerUserId: t.org.users.staff.id, dueAt: start - 3 * 86_400_000 } },
          { text: '下次协调会定于会前三天' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const [note] = res.data;
    expect(note).toMatchObject({ title: '第一次协调会', attendees: '会务组、接待组、后勤保障组', createdByName: expect.any(String) });
    expect(note.decisions.map((d: { text: string }) => d.text)).toEqual(['接站改用两辆大巴，8:00 在酒店门口集合', '增加同声传译设备', '下次协调会定于会前三天']);
    expect(note.decisions[0]).toMatchObject({ taskId: vehicles.id, taskTitle: '车辆安排', taskStatus: 'open' });
    expect(note.decisions[1]).toMatchObject({ taskTitle: '同传设备租赁', taskOwnerName: expect.any(String) });
    expect(note.decisions[2].taskId).toBeNull();
    const all = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as Task[];
    const made = all.find((x) => x.title === '同传设备租赁')!;
    expect(made.ownerUserId).toBe(t.org.users.staff.id);

    const told = (await inbox(staff)).items.slice(0, (await inbox(staff)).items.length - before);
    expect(told.filter((n) => n.kind === 'coordination_decision').map((n) => n.text).sort()).toEqual([
      '「合作伙伴论坛」协调会决定（任务「同传设备租赁」）：增加同声传译设备',
      '「合作伙伴论坛」协调会决定（任务「车辆安排」）：接站改用两辆大巴，8:00 在酒店门口集合',
    ]);

    // Rewriting the note with one more decision tells only about the new one.
    const count = (await inbox(staff)).items.length;
    const decisions = note.decisions.map((d: { text: string; taskId: string | null }) => ({ text: d.text, taskId: d.taskId }));
    const put = await call(t.app, 'PUT', `/api/coordination-notes/${note.id}`, {
      as: organiser, body: { heldAt: note.heldAt, title: note.title, attendees: note.attendees, body: note.body, decisions: [...decisions, { text: '车辆提前一天确认', taskId: vehicles.id }] },
    });
    expect(put.data[0].decisions).toHaveLength(4);
    expect((await inbox(staff)).items.length - count).toBe(1);

    expect((await call(t.app, 'DELETE', `/api/coordination-notes/${note.id}`, { as: member })).statusCode).toBe(403);
    expect((await call(t.app, 'DELETE', `/api/coordination-notes/${note.id}`, { as: organiser })).statusCode).toBe(200);
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}/coordination-notes`, { as: member })).data).toEqual([]);
    expect(((await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: member })).data as Task[]).some((x) => x.id === made.id)).toBe(true);
  });
});
