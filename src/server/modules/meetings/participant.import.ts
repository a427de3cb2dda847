/** A meeting's 参会人员名单 in and out: every row is checked first, then all are written in one transaction or none. */
import { replySchema } from '../../../shared/rsvp';
import { writeTransaction, type Db } from '../../db/database';
import type { MeetingParticipantRow, PersonRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { readTable } from '../../platform/table-file';
import { duplicatesInFile, importFailed, tableProblem, wordProblems, type ImportError, type ImportProblem } from '../../platform/table-import';
import { insertPeople, patchPerson, peopleByPhones } from '../people';
import * as mq from './meeting.queries';
import * as q from './participant.import.queries';
import { listToXlsx, readListRow, replyProblems, type ListDraft } from './participant.xlsx';

/** What an import did (or, with `dryRun`, would do); `errors` is non-empty only in a dry run (a real run with errors is a 400). */
export type ListImportResult = { dryRun: boolean; total: number; created: number; updated: number; unchanged: number; peopleCreated: number; errors: ImportError[] };

/** The list as .xlsx with where each reply stands, and the meeting's title for the file name. */
export async function exportParticipantList(ctx: Ctx, meetingId: string): Promise<{ file: Buffer; title: string }> {
  authorize(ctx, 'meeting.read');
  const meeting = ownRow(ctx, await mq.findMeeting(ctx.db, meetingId));
  return { file: await listToXlsx(await q.listRowsOf(ctx.db, meetingId), meeting.time_zone), title: meeting.title };
}

/** New externals get a contact category from their role in the list. */
const CATEGORY_OF_ROLE: Record<string, string> = { guest_speaker: 'speaker', sponsor: 'sponsor', media: 'media', staff: 'other' };

type Plan = {
  result: ListImportResult; problems: ImportProblem[]; people: PersonRow[]; personPatches: { id: string; patch: Partial<PersonRow> }[];
  inserts: MeetingParticipantRow[]; updates: { id: string; patch: Partial<MeetingParticipantRow> }[];
};

/**
 * Reads a list (.xlsx or CSV). Each row's person is found by mobile in the organisation, or added as an external contact;
 * they join the meeting, or, already in it, get the row's role, group and travel parts. Re-importing a list changes nothing.
 */
export async function importParticipantList(ctx: Ctx, meetingId: string, file: Buffer, dryRun: boolean): Promise<ListImportResult> {
  authorize(ctx, 'meeting.write');
  ownRow(ctx, await mq.findMeeting(ctx.db, meetingId));
  const table = await readTable(file, ['姓名', '手机']);
  const drafts = table.ok ? table.rows.map(readListRow) : [];
  const fileProblems: ImportProblem[] = !table.ok ? [tableProblem(table)] : drafts.length === 0 ? [{ row: 0, column: '', field: 'file', reason: 'import_no_rows' }] : [];
  if (dryRun) return { ...(await plan(ctx, ctx.db, meetingId, drafts, fileProblems)).result, dryRun: true };
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const p = await plan(ctx, trx, meetingId, drafts, fileProblems);
    if (p.problems.length) throw importFailed(p.result);
    await insertPeople(trx, p.people);
    for (const u of p.personPatches) await patchPerson(trx, u.id, u.patch);
    await q.insertParticipants(trx, p.inserts);
    for (const u of p.updates) await q.patchParticipant(trx, u.id, u.patch);
    const { errors: _none, ...counts } = p.result;
    await recordAudit(trx, ctx, { action: 'meeting.participant_import', entityType: 'meeting', entityId: meetingId, after: counts });
    return p.result;
  });
}

/** Checks the rows against each other and the directory (through `db`: the transaction in a real run) and decides each write. */
async function plan(ctx: Ctx, db: Db, meetingId: string, drafts: readonly ListDraft[], fileProblems: ImportProblem[]): Promise<Plan> {
  const orgId = ctx.actor.orgId;
  const now = ctx.now();
  const problems = [...fileProblems, ...drafts.flatMap((d) => d.problems)];
  const mobile = (d: ListDraft) => (d.problems.some((p) => p.column === '手机') ? null : d.phone);
  problems.push(...duplicatesInFile(drafts, mobile, (d, first) => ({ row: d.row, column: '手机', field: 'phone', reason: 'duplicate_in_file', params: { row: first } }), (d) => d.row));
  const byPhone = new Map<string, PersonRow>();
  for (const p of await peopleByPhones(db, orgId, drafts.map(mobile).filter((s): s is string => !!s))) if (!byPhone.has(p.phone!)) byPhone.set(p.phone!, p);
  const current = new Map((await q.participantRowsOf(db, meetingId)).map((r) => [r.person_id, r]));
  const plan: Plan = { result: { dryRun: false, total: drafts.length, created: 0, updated: 0, unchanged: 0, peopleCreated: 0, errors: [] }, problems, people: [], personPatches: [], inserts: [], updates: [] };
  const bad = new Set(problems.map((p) => p.row));

  for (const d of drafts) {
    const known = byPhone.get(d.phone);
    // A mobile on file under another name is more likely a typo in the list than a renamed person: it is refused, not merged.
    if (known && !bad.has(d.row) && squash(known.name) !== squash(d.name)) {
      problems.push({ row: d.row, column: '手机', field: 'phone', reason: 'phone_other_person', params: { name: known.name } });
      bad.add(d.row);
    }
    if (bad.has(d.row)) continue;
    const person = known ?? newExternal(ctx, d, now);
    if (!known) {
      plan.people.push(person);
      plan.result.peopleCreated++;
    } else {
      // The directory is the record: a list only fills what it lacks (a staff member's unit is our organisation, left alone).
      const blanks: Partial<PersonRow> = {};
      if (!known.gender && d.gender) blanks.gender = d.gender;
      if (!known.email && d.email) blanks.email = d.email;
      if (!known.title && d.title) blanks.title = d.title;
      if (!known.unit && d.unit && known.kind !== 'staff') blanks.unit = d.unit;
      if (Object.keys(blanks).length) plan.personPatches.push({ id: known.id, patch: { ...blanks, updated_at: now } });
    }
    const before = current.get(person.id);
    const reply = mergeReply(before?.reply_json ?? null, d);
    if (reply.problems.length) {
      problems.push(...reply.problems);
      continue;
    }
    if (!before) {
      plan.result.created++;
      plan.inserts.push({
        id: newId(), org_id: orgId, meeting_id: meetingId, person_id: person.id, role: d.role, required: 1, group_name: d.groupName,
        attendance: 'invited', reply_json: reply.json, answered_at: null, answered_by_user_id: null, rsvp_epoch: 0, pass_epoch: 0, protocol_rank: null, created_at: now, updated_at: now,
      });
    } else if (before.role !== d.role || before.group_name !== d.groupName || before.reply_json !== reply.json) {
      plan.result.updated++;
      plan.updates.push({ id: before.id, patch: { role: d.role, group_name: d.groupName, reply_json: reply.json, updated_at: now } });
    } else plan.result.unchanged++;
  }
  plan.result.errors = wordProblems(problems, ctx.lang, 'person');
  return plan;
}

/**
 * The list's travel, lodging, diet and note laid over what is stored: cells the list leaves empty never erase an answer.
 * A reply the attendee (or an organiser for them) already gave keeps its attendance and is checked whole again.
 */
function mergeReply(stored: string | null, d: ListDraft): { json: string | null; problems: ImportProblem[] } {
  const before = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
  const merged = { ...before, ...d.parts };
  if (Object.keys(merged).length === 0) return { json: null, problems: [] };
  if (before.attendance) {
    const checked = replySchema.safeParse(merged);
    if (!checked.success) return { json: null, problems: replyProblems(d.row, checked.error.issues, merged) };
  }
  return { json: JSON.stringify(merged), problems: [] };
}

function newExternal(ctx: Ctx, d: ListDraft, now: number): PersonRow {
  return {
    id: newId(), org_id: ctx.actor.orgId, kind: 'external', name: d.name, department_id: null, unit: d.unit, title: d.title, phone: d.phone, email: d.email,
    gender: d.gender, category: CATEGORY_OF_ROLE[d.role] ?? 'guest', id_number_cipher: null, id_number_masked: null, is_active: 1, created_at: now, updated_at: now,
  };
}

const squash = (s: string) => s.replace(/\s+/g, '');
