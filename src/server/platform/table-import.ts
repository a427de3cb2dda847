/** What every sheet import reports: problems by Excel row and column, worded in the caller's language, and the one 400 that lists them. */
import { z } from 'zod';
import { reasonMessage, type Entity, type Lang } from '../../shared/errors';
import { AppError } from './errors';
import type { TableResult } from './table-file';

/** A problem as found: the row (0 for the file itself), the sheet column, the API field and a reason key of shared/errors.ts. */
export type ImportProblem = { row: number; column: string; field: string; reason: string; params?: Record<string, unknown> };

/** A problem as the client gets it, with its message. */
export type ImportError = { row: number; column: string; field: string; reason: string; message: string };

/** One problem in a 200 dry-run answer or a 400's `error.details.errors`. */
export const importErrorSchema = z.object({ row: z.number(), column: z.string(), field: z.string(), reason: z.string(), message: z.string() });

/** Words problems in a language, in row order; `entity` picks the field labels (姓名 for a person's name). */
export function wordProblems(problems: readonly ImportProblem[], lang: Lang, entity?: Entity): ImportError[] {
  return [...problems].sort((a, b) => a.row - b.row).map((p) => ({ row: p.row, column: p.column, field: p.field, reason: p.reason, message: reasonMessage(p.field, p.reason, lang, p.params, entity) }));
}

/** The problem of a file that is not a table or lacks columns (row 0: the file as a whole). */
export function tableProblem(t: Extract<TableResult, { ok: false }>): ImportProblem {
  if (t.reason === 'import_missing_columns') return { row: 0, column: '', field: 'file', reason: t.reason, params: { columns: t.missing.join('、') } };
  return { row: 0, column: '', field: 'file', reason: t.reason };
}

/** The 400 of an import with problems: `error.details` is the whole result (counts and `errors`); nothing was written. */
export function importFailed(result: { errors: readonly ImportError[] }): AppError {
  const first = result.errors[0];
  const where = first ? `${first.row ? `第 ${first.row} 行` : ''}${first.column ? `「${first.column}」` : ''}${first.message}` : '';
  return new AppError('validation', { fields: [{ field: 'file', reason: 'import_rows', params: { count: result.errors.length, first: where } }], data: result });
}

/** Marks every later row repeating an earlier row's key (e.g. a phone) as `duplicate_in_file`, naming the first row. */
export function duplicatesInFile<T>(items: readonly T[], key: (item: T) => string | null, problem: (item: T, firstRow: number) => ImportProblem, rowOf: (item: T) => number): ImportProblem[] {
  const seen = new Map<string, number>();
  const out: ImportProblem[] = [];
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, rowOf(item));
    else out.push(problem(item, first));
  }
  return out;
}

/** Splits a list into chunks, so bulk inserts stay under the databases' bound-parameter limits. */
export function chunks<T>(items: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Content types a sheet upload may arrive as besides .xlsx: CSV, and what Windows browsers call a .csv when Excel is installed. */
export const CSV_CONTENT_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'] as const;

/** The uploaded bytes whichever parser read the body (raw buffer, or text for text/plain). */
export function uploadedBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  return Buffer.from(typeof body === 'string' ? body : '');
}
