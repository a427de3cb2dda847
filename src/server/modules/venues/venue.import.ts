/** Export and import of 主要会议场所明细表: every row is checked first, then all are written in one transaction or none. */
import { venueInputSchema, type Venue, type VenueInput } from '../../../shared/venues';
import { issuesToFieldErrors } from '../../../shared/zod-issues';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { orgById } from '../org';
import { insertVenueChecked, listVenues, updateVenueChecked } from './venue.service';
import { columnOf, parseVenueXlsx, venuesToXlsx, type RowProblem } from './venue.xlsx';

/** The registry as .xlsx. */
export async function exportVenues(ctx: Ctx): Promise<Buffer> {
  authorize(ctx, 'venue.read');
  return venuesToXlsx(await listVenues(ctx), (await orgById(ctx.db, ctx.actor.orgId)).name);
}

/** What an import did (or, with `dryRun`, would do). */
export type ImportResult = { rows: number; created: number; updated: number; unchanged: number; dryRun: boolean };

/** Reads a sheet; rows whose name exists update that venue, others are added. Any problem: 400 listing every cell, nothing written. */
export async function importVenues(ctx: Ctx, file: Buffer, dryRun: boolean): Promise<ImportResult> {
  authorize(ctx, 'venue.manage');
  const { rows, headerProblem } = await parseVenueXlsx(file);
  const problems: RowProblem[] = headerProblem ? [{ row: 0, column: '', message: headerProblem }] : [];
  const seen = new Map<string, number>();
  const inputs: { row: number; input: VenueInput }[] = [];
  for (const r of rows) {
    // Every cell is checked, so one upload shows every mistake.
    problems.push(...r.problems);
    const parsed = venueInputSchema.safeParse(r.input);
    const shown = new Set(r.problems.map((p) => p.column));
    if (!parsed.success) {
      for (const f of issuesToFieldErrors(parsed.error.issues, r.input, ctx.lang, 'venue')) {
        if (!shown.has(columnOf(f.field))) problems.push({ row: r.row, column: columnOf(f.field), message: f.message });
      }
    }
    const earlier = r.input.name ? seen.get(r.input.name) : undefined;
    if (earlier) problems.push({ row: r.row, column: '场所名称', message: `与第 ${earlier} 行重复` });
    if (r.input.name && !earlier) seen.set(r.input.name, r.row);
    if (parsed.success && r.problems.length === 0) inputs.push({ row: r.row, input: parsed.data });
  }
  if (!headerProblem && rows.length === 0) problems.push({ row: 0, column: '', message: '表中没有数据行' });
  if (problems.length) {
    throw new AppError('validation', {
      fields: [{ field: 'file', reason: 'import_rows', params: { count: problems.length, first: `${problems[0].row ? `第 ${problems[0].row} 行` : ''}${problems[0].column ? `「${problems[0].column}」` : ''}${problems[0].message}` } }],
      data: { rows: problems },
    });
  }
  const current = new Map((await listVenues(ctx)).map((v) => [v.name, v]));
  const result: ImportResult = { rows: inputs.length, created: 0, updated: 0, unchanged: 0, dryRun };
  const changed = inputs.filter(({ input }) => {
    const before = current.get(input.name);
    const kind = !before ? 'created' : sameAsSheet(before, input) ? 'unchanged' : 'updated';
    result[kind]++;
    return kind !== 'unchanged';
  });
  if (dryRun) return result;
  await ctx.db.transaction().execute(async (trx) => {
    for (const { input } of changed) {
      const before = current.get(input.name);
      if (before) {
        await updateVenueChecked(trx, ctx, before.id, {
          ...input, rules: before.rules, checkinRequired: before.checkinRequired, managerUserIds: before.managerUserIds, serviceUserIds: before.serviceUserIds, version: before.version,
        });
      } else {
        await insertVenueChecked(trx, ctx, input);
      }
    }
    await recordAudit(trx, ctx, { action: 'venue.import', entityType: 'organisation', entityId: ctx.actor.orgId, after: result });
  });
  return result;
}

/** True when the sheet's columns say what the venue already says (re-importing an export changes nothing). */
function sameAsSheet(v: Venue, input: VenueInput): boolean {
  const pick = (x: Venue | VenueInput) => [
    x.name, x.kind, x.building ?? null, x.floor ?? null, x.address ?? null, JSON.stringify(Object.fromEntries(Object.entries(x.capacities).filter(([, n]) => n !== undefined).sort())),
    [...x.equipment].sort().join(','), x.costHalfDayFen ?? null, x.costDayFen ?? null, x.contactName ?? null, x.contactPhone ?? null, x.notes ?? null, x.requiresApproval, x.isActive,
  ];
  return JSON.stringify(pick(v)) === JSON.stringify(pick(input));
}
