// `npm run bench:notices`: 10,000 personalised notices.
//   1. Render + enqueue (one delivery and one job each, one transaction) against inserting the same number of
//      pre-rendered rows (the raw insert rate), same run: the ratio is what rendering and the personal links cost.
//   2. Drain them to a loopback SMTP server from a worker process: messages per second.
//   3. Another 10,000, with the worker process killed (SIGKILL) mid-batch and a second one finishing after the lease:
//      lost (never delivered) and duplicated (same Message-ID delivered twice).
//   DATABASE_URL selects PostgreSQL; otherwise a fresh SQLite file. BENCH_NOTICES (default 10000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { DeliveryRow, NoticeRow } from '../src/server/db/tables';
import { insertJobs, jobRows } from '../src/server/modules/jobs';
import { enqueueNotice } from '../src/server/modules/notices/notice.flow';
import { insertDeliveries } from '../src/server/modules/notices/notice.queries';
import { insertNoticeRow } from '../src/server/modules/notices/notice.service';
import { newId } from '../src/server/platform/ids';
import { initSecrets } from '../src/server/platform/secrets';
import { startSmtpSink } from '../src/server/testing/channel-servers';
import { buildMeeting, buildOrg } from '../src/server/testing/factories';
import { startProcess, stopAll } from './lib';

const N = Number(process.env.BENCH_NOTICES ?? 10_000);
const KEY = 'aa'.repeat(32);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huiwu-bench-notices-'));
const postgres = !!process.env.DATABASE_URL;
const dbName = `huiwu_bench_n_${Date.now().toString(36)}`;

async function pgAdmin(q: string) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query(q);
  await c.end();
}
let dbEnv: Record<string, string>;
if (postgres) {
  await pgAdmin(`create database ${dbName}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${dbName}`;
  dbEnv = { DATABASE_URL: url.toString() };
} else dbEnv = { HUIWU_SQLITE_PATH: path.join(dir, 'bench.db') };

const database: Database = openDatabase({ url: dbEnv.DATABASE_URL, sqlitePath: dbEnv.HUIWU_SQLITE_PATH });
initSecrets(Buffer.from(KEY, 'hex'));
const sink = await startSmtpSink({ parse: false });
try {
  await migrateToLatest(database.db);
  const db = database.db;
  const org = await buildOrg(db, { name: '华信科技集团' });
  const meeting = await buildMeeting(database, org, { title: '2027数字经济论坛', purpose: '交流数字经济发展经验', place: '国际会议中心', kind: 'forum', scope: 'external' });
  await db.updateTable('meetings').set({ status: 'approved' }).where('id', '=', meeting.id).execute();
  const now = Date.now();
  const people = Array.from({ length: N }, (_, i) => ({
    id: newId(), org_id: org.id, kind: 'external', name: `参会人${i + 1}`, department_id: null, unit: `单位${i % 300}`, title: null,
    phone: `139${String(i).padStart(8, '0')}`, email: `user${i + 1}@example.com`, is_active: 1, created_at: now, updated_at: now,
  }));
  for (let i = 0; i < N; i += 500) await db.insertInto('people').values(people.slice(i, i + 500)).execute();
  const parts = people.map((p) => ({
    id: newId(), org_id: org.id, meeting_id: meeting.id, person_id: p.id, role: 'participant', required: 1, group_name: '正式代表', attendance: 'invited',
    reply_json: null, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, created_at: now, updated_at: null,
  }));
  for (let i = 0; i < N; i += 500) await db.insertInto('meeting_participants').values(parts.slice(i, i + 500)).execute();
  const template = (await import('../src/shared/notice-templates')).DEFAULT_TEMPLATES.meeting['zh-CN'];
  const newNotice = () => insertNoticeRow(db, {
    org_id: org.id, meeting_id: meeting.id, kind: 'meeting', round: 1, status: 'approved', locale: 'zh-CN', subject: template.subject, body: template.body,
    doc_number: null, addressee: null, prepare: '携带身份证', contact: '王秘书 010-12345678', rsvp_deadline: null, attachments_json: '[]',
    channels_json: JSON.stringify({ email: true, sms: false, inapp: false, botIds: [] }), audience_json: JSON.stringify({ roles: [], groups: [], attendance: [] }),
    reminders_json: JSON.stringify({ hoursBeforeDeadline: [], escalate: false }), change_json: null, reject_reason: null,
    created_by: null, approved_by: null, approved_at: now, queued_at: null,
  }, Date.now());
  const meetingRow = (await db.selectFrom('meetings').selectAll().where('id', '=', meeting.id).executeTakeFirst())!;

  // 1a. Raw insert: the same rows, pre-rendered with one constant text, no links.
  const rawNotice: NoticeRow = await newNotice();
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    const rows: DeliveryRow[] = parts.map((p, i) => ({
      id: newId(), org_id: org.id, notice_id: rawNotice.id, meeting_id: meeting.id, participant_id: p.id, recipient_key: p.id, recipient_name: people[i].name, channel: 'email',
      address: people[i].email, status: 'queued', subject: template.subject, body: template.body, track_token: newId(), attempts: 0, last_error: null, provider_id: null,
      sent_at: null, failed_at: null, read_at: null, answered_at: null, created_at: now, updated_at: now,
    }));
    await insertDeliveries(trx, rows);
    await insertJobs(trx, jobRows(rows.map((d) => ({ orgId: org.id, kind: 'delivery.send', refId: d.id, runAt: now, dedupeKey: `delivery:${d.id}` })), now));
  });
  const rawMs = performance.now() - t0;
  // 1b. Render + enqueue through the real code path.
  const notice = await newNotice();
  const t1 = performance.now();
  const count = await db.transaction().execute((trx) => enqueueNotice(trx, notice, meetingRow, '华信科技集团', { sms: false, publicUrl: 'https://huiwu.example' }, Date.now()));
  const enqueueMs = performance.now() - t1;
  console.log(`enqueue ${count} notices: render+enqueue ${enqueueMs.toFixed(0)} ms (${(count / enqueueMs * 1000).toFixed(0)}/s); raw insert ${rawMs.toFixed(0)} ms (${(N / rawMs * 1000).toFixed(0)}/s); ratio ${(rawMs / enqueueMs).toFixed(2)}`);

  // The raw rows stay queued as the kill test's batch; the enqueued notice drains first. Park the raw batch's jobs until then.
  await db.updateTable('jobs').set({ run_at: Date.now() + 3_600_000 }).where('ref_id', 'in', db.selectFrom('deliveries').select('id').where('notice_id', '=', rawNotice.id)).execute();
  const env = { ...dbEnv, HUIWU_SECRET_KEY: KEY, HUIWU_SMTP_URL: sink.url, HUIWU_MAIL_FROM: 'office@huaxin.example', LOG_LEVEL: 'silent', BENCH_LEASE_MS: '3000' };
  const queued = async (noticeId: string) => Number((await db.selectFrom('deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('notice_id', '=', noticeId).where('status', '=', 'queued').executeTakeFirstOrThrow()).n);

  // 2. Drain.
  const t2 = performance.now();
  const w1: ChildProcess = await startProcess(['bench/notice-worker.ts'], env, /worker ready/);
  while ((await queued(notice.id)) > 0) await new Promise((r) => setTimeout(r, 200));
  const drainMs = performance.now() - t2;
  console.log(`drain ${count} mails to loopback SMTP: ${(drainMs / 1000).toFixed(1)} s, ${(count / drainMs * 1000).toFixed(0)} messages/s (with calendar invitations)`);

  // 3. Kill mid-batch.
  const before = sink.raw.length;
  await db.updateTable('jobs').set({ run_at: Date.now() }).where('status', '=', 'pending').execute();
  while (sink.raw.length - before < N * 0.4) await new Promise((r) => setTimeout(r, 20));
  w1.kill('SIGKILL');
  const atKill = sink.raw.length - before;
  await new Promise((r) => setTimeout(r, 500));
  await startProcess(['bench/notice-worker.ts'], env, /worker ready/);
  while ((await queued(rawNotice.id)) > 0) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 500));
  const ids = sink.messageIds.slice(before);
  const distinct = new Set(ids);
  const expected = new Set((await db.selectFrom('deliveries').select('id').where('notice_id', '=', rawNotice.id).execute()).map((r) => `<${r.id}@huiwu>`));
  const lost = [...expected].filter((id) => !distinct.has(id)).length;
  const duplicated = ids.length - distinct.size;
  console.log(`kill -9 after ${atKill} of ${N} mails, second worker finished after the 3 s lease: delivered ${distinct.size}, lost ${lost}, duplicated ${duplicated}`);
  const result = { dialect: database.dialect, notices: N, rawInsertMs: Math.round(rawMs), renderEnqueueMs: Math.round(enqueueMs), ratio: Number((rawMs / enqueueMs).toFixed(3)), drainMs: Math.round(drainMs), messagesPerSecond: Math.round(count / drainMs * 1000), killedAfter: atKill, lost, duplicated };
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(`bench/results/notices-${database.dialect}.json`, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  stopAll();
  await sink.close();
  await database.close();
  if (postgres) await pgAdmin(`drop database if exists ${dbName} with (force)`);
}
