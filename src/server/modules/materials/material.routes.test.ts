import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTaskNote } from '../../../shared/task-notes';
import { buildMeeting, buildPerson } from '../../testing/factories';
import { call, createTestApp, signIn, type Caller, type TestApp } from '../../testing/test-app';
import { docxBytes, exeBytes, pdfBytes, pptxBytes, upload, zipBytes } from './material.fixture';

let t: TestApp;
let organiser: Caller;
let staff: Caller;
let member: Caller;
let leader: Caller;
let admin: Caller;
beforeAll(async () => {
  t = await createTestApp();
  [organiser, staff, member, leader, admin] = await Promise.all((['organiser', 'staff', 'member', 'leader', 'admin'] as const).map((r) => signIn(t, t.org, r)));
});
afterAll(() => t.close());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const titles = (list: { title: string }[]) => list.map((m) => m.title).sort();
const raw = (url: string, as?: Caller) => t.app.inject({ method: 'GET', url, headers: as ? { cookie: as.cookie } : {} });

describe('access and input', () => {
  it('401 anonymous, 403 for a member, 400 naming the field', async () => {
    const m = await buildMeeting(t.database, t.org);
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}/materials`)).statusCode).toBe(401);
    expect((await upload(t.app, member, m.id, 'a.pdf', pdfBytes())).statusCode).toBe(403);
    expect((await call(t.app, 'PATCH', '/api/materials/x', { as: member, body: { title: 'x' } })).statusCode).toBe(403);
    expect((await call(t.app, 'GET', '/api/materials/x/opens', { as: member })).statusCode).toBe(403);
    const noName = await upload(t.app, organiser, m.id, '', pdfBytes());
    expect(noName.data.error.fields[0]).toMatchObject({ field: 'fileName', reason: 'required', message: '文件名为必填项' });
    const empty = await upload(t.app, organiser, m.id, 'a.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.data.error.fields[0]).toMatchObject({ field: 'file', reason: 'file_empty', message: '文件是空的' });
    const badVisibility = await upload(t.app, organiser, m.id, 'a.pdf', pdfBytes(), { visibility: 'public' });
    expect(badVisibility.data.error.fields[0].field).toBe('visibility');
    const badItem = await upload(t.app, organiser, m.id, 'a.pdf', pdfBytes(), { agendaItemId: 'nope' });
    expect(badItem.data.error.fields[0]).toMatchObject({ field: 'agendaItemId', reason: 'unknown_reference' });
    const longTitle = await call(t.app, 'PATCH', '/api/materials/x', { as: organiser, body: { title: 'x'.repeat(201) } });
    expect(longTitle.data.error.fields[0].message).toBe('材料名称不能超过 200 个字符');
    // Another organisation's meeting is not there.
    expect((await upload(t.app, await signIn(t, t.otherOrg, 'organiser'), m.id, 'a.pdf', pdfBytes())).statusCode).toBe(404);
  });
});

describe('types and sizes', () => {
  it('takes a real PDF, a .docx from `docx` and a .pptx from `pptxgenjs`; refuses impostors with 415 and large files with 413', async () => {
    const m = await buildMeeting(t.database, t.org);
    const pdf = await upload(t.app, organiser, m.id, '会议议程.pdf', pdfBytes());
    expect(pdf.statusCode).toBe(200);
    expect(pdf.data[0]).toMatchObject({ title: '会议议程', fileName: '会议议程.pdf', format: 'pdf', mime: 'application/pdf', visibility: 'participants', uploaderName: 'organiser user', opens: { people: 0, times: 0 } });
    const docx = await upload(t.app, staff, m.id, '汇报材料.DOCX', await docxBytes(), { title: '各部门汇报材料', visibility: 'everyone' });
    expect(docx.data[1]).toMatchObject({ title: '各部门汇报材料', format: 'docx', visibility: 'everyone' });
    const pptx = await upload(t.app, organiser, m.id, 'plan.pptx', await pptxBytes());
    expect(pptx.data[2]).toMatchObject({ format: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
    // The same title again is a second file, not a replacement.
    expect((await upload(t.app, organiser, m.id, '会议议程.pdf', pdfBytes('v2'))).data.map((x: { title: string }) => x.title)).toEqual(['会议议程', '各部门汇报材料', 'plan', '会议议程']);

    const exe = await upload(t.app, organiser, m.id, 'agenda.pdf', exeBytes());
    expect(exe.statusCode).toBe(415);
    expect(exe.data.error).toMatchObject({ code: 'unsupported_media_type', fields: [{ field: 'file', reason: 'file_content_invalid', message: '文件内容不是有效的 PDF 文件' }] });
    const zip = await upload(t.app, organiser, m.id, 'report.docx', await zipBytes());
    expect(zip.statusCode).toBe(415);
    expect(zip.data.error.fields[0]).toMatchObject({ field: 'file', reason: 'file_content_invalid', message: '文件内容不是有效的 Word 文件' });
    const renamed = await upload(t.app, organiser, m.id, 'slides.pptx', await docxBytes());
    expect(renamed.statusCode).toBe(415);
    expect(renamed.data.error.fields[0]).toMatchObject({ reason: 'file_type_mismatch', message: '文件内容是 Word，与扩展名 .pptx 不符' });
    const text = await upload(t.app, organiser, m.id, 'notes.txt', Buffer.from('hello'), { lang: 'en' });
    expect(text.data.error.fields[0]).toMatchObject({ reason: 'file_type', message: 'Only PDF, Word, PowerPoint or Excel files can be uploaded' });

    expect((await call(t.app, 'PATCH', '/api/org', { as: admin, body: { policy: { materialMaxMb: 101 } } })).data.error.fields[0]).toMatchObject({ field: 'policy.materialMaxMb', reason: 'too_big' });
    expect((await call(t.app, 'PATCH', '/api/org', { as: admin, body: { policy: { materialMaxMb: 1 } } })).statusCode).toBe(200);
    try {
      const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024)]);
      const tooBig = await upload(t.app, organiser, m.id, 'big.pdf', big, { lang: 'en' });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.data.error.fields[0]).toMatchObject({ field: 'file', reason: 'file_too_large', params: { max: 1 }, message: 'File must be at most 1 MB' });
    } finally {
      await call(t.app, 'PATCH', '/api/org', { as: admin, body: { policy: { materialMaxMb: 50 } } });
    }
  });

  it('stores the bytes unchanged: downloads are byte-identical, PDFs inline and the rest as attachments under their UTF-8 names', async () => {
    const m = await buildMeeting(t.database, t.org);
    const files: [string, Buffer][] = [['公司发展规划.pdf', pdfBytes()], ['汇报 (终稿).docx', await docxBytes()], ['deck.pptx', await pptxBytes()]];
    for (const [name, bytes] of files) await upload(t.app, organiser, m.id, name, bytes, { visibility: 'everyone' });
    const list = (await call(t.app, 'GET', `/api/meetings/${m.id}/materials`, { as: member })).data;
    for (const [i, [name, bytes]] of files.entries()) {
      expect(list[i]).toMatchObject({ fileName: name, sizeBytes: bytes.length, sha256: sha(bytes), opens: null });
      const res = await raw(`/api/materials/${list[i].id}/download`, member);
      expect(res.statusCode).toBe(200);
      expect(sha(res.rawPayload)).toBe(sha(bytes));
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
      expect(String(res.headers['content-disposition']).startsWith(i === 0 ? 'inline;' : 'attachment;')).toBe(true);
    }
  });
});

/** A meeting with: A participant (the member's person), B presenter role, C participant presenting an agenda item, D sponsor, E declined. */
async function meetingWithPeople() {
  const m = await buildMeeting(t.database, t.org, { kind: 'forum', scope: 'external' });
  const ids: Record<string, string> = {};
  for (const [key, role] of [['A', 'participant'], ['B', 'presenter'], ['C', 'participant'], ['D', 'sponsor'], ['E', 'participant']] as const) {
    const personId = await buildPerson(t.database.db, t.org.id, `参会人${key}`);
    const list = (await call(t.app, 'POST', `/api/meetings/${m.id}/participants`, { as: organiser, body: { personId, role } })).data;
    ids[key] = list.find((p: { personId: string }) => p.personId === personId).id;
    if (key === 'A') await t.database.db.updateTable('users').set({ person_id: personId }).where('id', '=', t.org.users.member.id).execute();
  }
  await call(t.app, 'POST', `/api/meetings/${m.id}/agenda/items`, { as: organiser, body: { kind: 'report', title: '专题报告', startAt: m.startAt, endAt: m.startAt + 1_800_000, presenterIds: [ids.C] } });
  await call(t.app, 'PUT', `/api/meetings/${m.id}/participants/${ids.E}/reply`, { as: staff, body: { attendance: 'declined' } });
  const token = async (key: string) => (await call(t.app, 'GET', `/api/meetings/${m.id}/participants/${ids[key]}/link`, { as: staff })).data.url.split('/r/')[1] as string;
  return { m, ids, token };
}

describe('who sees what', () => {
  it('follows the visibility by account and by personal link; what one may not see is a 404', async () => {
    const { m, token } = await meetingWithPeople();
    await upload(t.app, organiser, m.id, 'E.pdf', pdfBytes(), { visibility: 'everyone', title: '全体' });
    await upload(t.app, organiser, m.id, 'P.pdf', pdfBytes(), { visibility: 'participants', title: '参会人' });
    const all = await upload(t.app, organiser, m.id, 'R.pdf', pdfBytes(), { visibility: 'presenters', title: '主讲人' });
    const presentersOnly = all.data[2].id;
    const seen = async (as: Caller) => titles((await call(t.app, 'GET', `/api/meetings/${m.id}/materials`, { as })).data);
    expect(await seen(staff)).toEqual(['主讲人', '全体', '参会人']);
    expect(await seen(leader)).toEqual(['全体']);
    expect(await seen(member)).toEqual(['全体', '参会人']);
    const byLink = async (key: string) => titles((await call(t.app, 'GET', `/api/rsvp/${await token(key)}/materials`)).data);
    expect(await byLink('A')).toEqual(['全体', '参会人']);
    expect(await byLink('B')).toEqual(['主讲人', '全体', '参会人']);
    expect(await byLink('C')).toEqual(['主讲人', '全体', '参会人']);
    expect(await byLink('D')).toEqual(['全体']);
    expect((await raw(`/api/rsvp/${await token('D')}/materials/${all.data[1].id}`)).statusCode).toBe(404);
    expect((await raw(`/api/materials/${presentersOnly}/download`, member)).statusCode).toBe(404);
    expect((await raw(`/api/rsvp/${await token('B')}/materials/${presentersOnly}`)).statusCode).toBe(200);
    // A material of another meeting is not reachable through this meeting's link.
    const other = await buildMeeting(t.database, t.org);
    const elsewhere = (await upload(t.app, organiser, other.id, 'x.pdf', pdfBytes(), { visibility: 'everyone' })).data[0].id;
    expect((await raw(`/api/rsvp/${await token('A')}/materials/${elsewhere}`)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/rsvp/${(await token('A')).slice(0, -2)}xx/materials`)).data.error.code).toBe('link_invalid');
  });

  it('records who opened what by account and by link, and lists who has not', async () => {
    const { m, ids, token } = await meetingWithPeople();
    const material = (await upload(t.app, organiser, m.id, 'P.pdf', pdfBytes(), { visibility: 'participants' })).data[0];
    await raw(`/api/materials/${material.id}/download`, member);
    await raw(`/api/materials/${material.id}/download`, member);
    await raw(`/api/rsvp/${await token('A')}/materials/${material.id}`);
    await raw(`/api/rsvp/${await token('B')}/materials/${material.id}`);
    const opens = (await call(t.app, 'GET', `/api/materials/${material.id}/opens`, { as: staff })).data;
    const a = opens.opened.find((o: { participantId: string }) => o.participantId === ids.A);
    expect(a).toMatchObject({ name: '参会人A', via: 'both', times: 3, userId: t.org.users.member.id });
    expect(a.lastAt).toBeGreaterThanOrEqual(a.firstAt);
    expect(opens.opened.find((o: { participantId: string }) => o.participantId === ids.B)).toMatchObject({ via: 'link', times: 1 });
    // C may see it and has not opened it; D (a sponsor) may not see it; E declined.
    expect(opens.notOpened.map((p: { name: string }) => p.name)).toEqual(['参会人C']);
    const listed = (await call(t.app, 'GET', `/api/meetings/${m.id}/materials`, { as: organiser })).data;
    expect(listed[0].opens).toEqual({ people: 2, times: 4 });
    // HEAD is not an opening.
    await t.app.inject({ method: 'HEAD', url: `/api/rsvp/${await token('C')}/materials/${material.id}` });
    expect((await call(t.app, 'GET', `/api/materials/${material.id}/opens`, { as: staff })).data.notOpened).toHaveLength(1);
  });
});

describe('editing, deleting, the task and the audit log', () => {
  it('closes the forum playbook\'s materials task; edits and deletes are audited; a deleted material is gone', async () => {
    const { m, token } = await meetingWithPeople();
    const playbooks = (await call(t.app, 'GET', '/api/playbooks', { as: organiser })).data;
    await call(t.app, 'POST', `/api/meetings/${m.id}/playbook`, { as: organiser, body: { playbookId: playbooks.find((p: { key: string }) => p.key === 'forum').id } });
    const item = (await call(t.app, 'GET', `/api/meetings/${m.id}/agenda`, { as: organiser })).data.items[0];
    const up = await upload(t.app, organiser, m.id, 'report.docx', await docxBytes(), { title: '专题报告材料', agendaItemId: item.id });
    expect(up.data[0]).toMatchObject({ agendaItemId: item.id, agendaItemTitle: '专题报告' });
    const task = (await call(t.app, 'GET', `/api/meetings/${m.id}/tasks`, { as: organiser })).data.find((x: { evidence: string }) => x.evidence === 'materials_uploaded');
    expect(task).toMatchObject({ status: 'done', doneBy: 'system' });
    // Whether the tasks API returns the stored note or its words, it reads 已上传《…》.
    expect(renderTaskNote(task.doneNote, 'zh-CN')).toBe('已上传《专题报告材料》');

    const id = up.data[0].id;
    const edited = await call(t.app, 'PATCH', `/api/materials/${id}`, { as: staff, body: { title: '专题报告（终稿）', visibility: 'presenters', agendaItemId: null } });
    expect(edited.data[0]).toMatchObject({ title: '专题报告（终稿）', visibility: 'presenters', agendaItemId: null, agendaItemTitle: null });
    expect((await call(t.app, 'PATCH', `/api/materials/${id}`, { as: staff, body: { agendaItemId: 'nope' } })).data.error.fields[0].field).toBe('agendaItemId');

    expect((await call(t.app, 'DELETE', `/api/materials/${id}`, { as: organiser })).data).toEqual([]);
    expect((await call(t.app, 'GET', `/api/meetings/${m.id}/materials`, { as: admin })).data).toEqual([]);
    expect((await raw(`/api/materials/${id}/download`, admin)).statusCode).toBe(404);
    expect((await raw(`/api/rsvp/${await token('B')}/materials/${id}`)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/materials/${id}/opens`, { as: admin })).statusCode).toBe(404);
    expect((await call(t.app, 'DELETE', `/api/materials/${id}`, { as: organiser })).statusCode).toBe(404);
    const audit = (await call(t.app, 'GET', `/api/audit?entityId=${m.id}`, { as: admin })).data.items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['material.upload', 'material.update', 'material.delete']));
  });

  it('fills the notice\'s {{materials}} with what participants may see', async () => {
    const { m } = await meetingWithPeople();
    const notice = (await call(t.app, 'POST', `/api/meetings/${m.id}/notices`, { as: organiser, body: { kind: 'meeting' } })).data;
    expect((await call(t.app, 'GET', `/api/notices/${notice.id}/preview`, { as: organiser })).data.body).toContain('四、会议材料：无');
    await upload(t.app, organiser, m.id, 'a.pdf', pdfBytes(), { title: '会议议程', visibility: 'everyone' });
    await upload(t.app, organiser, m.id, 'b.pdf', pdfBytes(), { title: '专题汇报' });
    await upload(t.app, organiser, m.id, 'c.pdf', pdfBytes(), { title: '主持词', visibility: 'presenters' });
    const body = (await call(t.app, 'GET', `/api/notices/${notice.id}/preview`, { as: organiser })).data.body;
    expect(body).toContain('四、会议材料：《会议议程》《专题汇报》，请通过回执链接查看下载');
    expect(body).toMatch(/六、请于.*前通过以下链接填写参会回执：http\S+\/r\//);
  });
});
