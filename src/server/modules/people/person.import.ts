/** Export and import of the directory sheet: every row is checked first, then all are written in one transaction or none. */
import { personInputSchema } from '../../../shared/directory';
import { issuesToFieldErrors } from '../../../shared/zod-issues';
import { writeTransaction, type Db } from '../../db/database';
import type { PersonRow } from '../../db/tables';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { decryptText } from '../../platform/secrets';
import { readTable } from '../../platform/table-file';
import { duplicatesInFile, importFailed, tableProblem, wordProblems, type ImportError, type ImportProblem } from '../../platform/table-import';
import * as q from './person.import.queries';
import { idNumberColumns, type PersonInput } from './person.service';
import { PERSON_FIELD, peopleToXlsx, readPersonRow, type PersonColumn, type PersonDraft } from './person.xlsx';

/** What an import did (or, with `dryRun`, would do); `errors` is non-empty only in a dry run (a real run with errors is a 400). */
export type PersonImportResult = { dryRun: boolean; total: number; created: number; updated: number; unchanged: number; errors: ImportError[] };

/** The directory as .xlsx; ID numbers only masked. */
export async function exportPeople(ctx: Ctx): Promise<Buffer> {
  authorize(ctx, 'person.read');
  return peopleToXlsx(await q.allPeopleWithDepartment(ctx.db, ctx.actor.orgId));
}

const COLUMN_OF = new Map(Object.entries(PERSON_FIELD).map(([c, f]) => [f, c as PersonColumn]));

type Plan = { result: PersonImportResult; problems: ImportProblem[]; creates: PersonRow[]; updates: { id: string; patch: Partial<PersonRow> }[] };

/** Reads a sheet (.xlsx or CSV). Rows match people by phone (or, without one, by a name only one phoneless person bears): matches update, others are added. */
export async function importPeople(ctx: Ctx, file: Buffer, dryRun: boolean): Promise<PersonImportResult> {
  authorize(ctx, 'person.manage');
  const table = await readTable(file, ['姓名']);
  const drafts = table.ok ? table.rows.map(readPersonRow) : [];
  const fileProblems = !table.ok ? [tableProblem(table)] : drafts.length === 0 ? [{ row: 0, column: '', field: 'file', reason: 'import_no_rows' }] : [];
  if (dryRun) return { ...(await plan(ctx, ctx.db, drafts, fileProblems)).result, dryRun: true };
  return writeTransaction(ctx.db, ctx.dialect, async (trx) => {
    const p = await plan(ctx, trx, drafts, fileProblems);
    if (p.problems.length) throw importFailed(p.result);
    await q.insertPeople(trx, p.creates);
    for (const u of p.updates) await q.patchPerson(trx, u.id, u.patch);
    const { errors: _none, ...counts } = p.result;
    await recordAudit(trx, ctx, { action: 'person.import', entityType: 'organisation', entityId: ctx.actor.orgId, after: counts });
    return p.result;
  });
}

/** Checks every row against the schema and the directory (read through `db`, the transaction in a real run) and decides each row's write. */
async function plan(ctx: Ctx, db: Db, drafts: readonly PersonDraft[], fileProblems: ImportProblem[]): Promise<Plan> {
  const orgId = ctx.actor.orgId;
  const problems: ImportProblem[] = [...fileProblems];
  const departments = new Map<string, string>();
  for (const d of await q.departmentNames(db, orgId)) if (!departments.has(d.name)) departments.set(d.name, d.id);
  const parsed = drafts.map((d) => ({ d, p: personInputSchema.safeParse(d.input) }));
  // Matching and duplicates use the phone as written (normalised), so a row with another mistake is still checked.
  const phoneOf = (d: PersonDraft) => (typeof d.input.phone === 'string' && d.input.phone ? d.input.phone : null);
  const byPhone = new Map<string, PersonRow>();
  for (const row of await q.peopleByPhones(db, orgId, drafts.map(phoneOf).filter((s): s is string => !!s))) if (!byPhone.has(row.phone!)) byPhone.set(row.phone!, row);
  // A row without a phone matches by name only when the name is unique among such rows and among phoneless people.
  const phoneless = drafts.filter((d) => !phoneOf(d) && d.input.name).map((d) => d.input.name as string);
  const nameCount = count(phoneless);
  const byName = new Map<string, PersonRow[]>();
  for (const row of await q.phonelessPeopleByNames(db, orgId, phoneless)) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  const matchOf = (d: PersonDraft): PersonRow | undefined => {
    const phone = phoneOf(d);
    if (phone) return byPhone.get(phone);
    const named = nameCount.get(d.input.name as string) === 1 ? byName.get(d.input.name as string) : undefined;
    return named?.length === 1 ? named[0] : undefined;
  };
  problems.push(...duplicatesInFile(drafts, phoneOf, (d, first) => ({ row: d.row, column: '手机', field: 'phone', reason: 'duplicate_in_file', params: { row: first } }), (d) => d.row));

  const result: PersonImportResult = { dryRun: false, total: drafts.length, created: 0, updated: 0, unchanged: 0, errors: [] };
  const creates: PersonRow[] = [];
  const updates: Plan['updates'] = [];
  const now = ctx.now();
  for (const { d, p } of parsed) {
    const rowProblems = [...d.problems];
    const flagged = new Set(rowProblems.map((x) => x.column));
    if (!p.success) {
      for (const f of issuesToFieldErrors(p.error.issues, d.input, ctx.lang, 'person')) {
        const column = COLUMN_OF.get(f.field.split('.')[0]) ?? '';
        if (!flagged.has(column)) rowProblems.push({ row: d.row, column, field: f.field, reason: f.reason, params: f.params });
      }
    }
    const departmentId = d.department === undefined ? undefined : d.department ? departments.get(d.department) ?? false : null;
    if (departmentId === false) rowProblems.push({ row: d.row, column: '部门', field: 'departmentId', reason: 'unknown_department', params: { value: d.department } });
    const before = matchOf(d);
    // A masked number (from an export) means "keep the one on file"; there must be one.
    if (d.idNumberMasked && !before?.id_number_masked) rowProblems.push({ row: d.row, column: '身份证号', field: 'idNumber', reason: 'id_number_masked' });
    problems.push(...rowProblems);
    if (!p.success || rowProblems.length) continue;
    const input: PersonInput = { ...p.data, departmentId: departmentId === false ? undefined : departmentId, kind: !d.kindGiven && before ? (before.kind as PersonInput['kind']) : p.data.kind };
    const columns = personColumns(input);
    if (!before) {
      result.created++;
      creates.push({
        id: newId(), org_id: ctx.actor.orgId, name: input.name, kind: input.kind, department_id: null, unit: null, title: null, phone: null, email: null, gender: null, category: null,
        id_number_cipher: null, id_number_masked: null, ...columns, is_active: 1, created_at: now, updated_at: now,
      });
      continue;
    }
    const patch = changed(before, columns);
    if (input.idNumber && !sameIdNumber(before, input.idNumber)) Object.assign(patch, idNumberColumns(input.idNumber));
    if (Object.keys(patch).length === 0) result.unchanged++;
    else {
      result.updated++;
      updates.push({ id: before.id, patch: { ...patch, updated_at: now } });
    }
  }
  result.errors = wordProblems(problems, ctx.lang, 'person');
  return { result, problems, creates, updates };
}

/** The columns a sheet row sets (an absent sheet column leaves its column out; an ID number is sealed, never stored in clear). */
function personColumns(input: PersonInput): Partial<PersonRow> {
  const cols: Partial<PersonRow> = { name: input.name, kind: input.kind };
  if (input.departmentId !== undefined) cols.department_id = input.departmentId;
  for (const [key, col] of [['unit', 'unit'], ['title', 'title'], ['phone', 'phone'], ['email', 'email'], ['gender', 'gender'], ['category', 'category']] as const) {
    if (input[key] !== undefined) cols[col] = input[key] ?? null;
  }
  return input.idNumber ? { ...cols, ...idNumberColumns(input.idNumber) } : cols;
}

/** The columns whose value differs from the stored row (sealed ID numbers are compared by the caller). */
function changed(before: PersonRow, cols: Partial<PersonRow>): Partial<PersonRow> {
  const out: Partial<PersonRow> = {};
  for (const [k, v] of Object.entries(cols) as [keyof PersonRow, unknown][]) {
    if (k === 'id_number_cipher' || k === 'id_number_masked') continue;
    if (before[k] !== v) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** True when the sealed number on file is this one (sealing is randomised, so the ciphers never compare equal). */
function sameIdNumber(before: PersonRow, idNumber: string): boolean {
  try {
    return before.id_number_cipher !== null && decryptText(before.id_number_cipher) === idNumber;
  } catch {
    return false;
  }
}

function count(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of items) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}
