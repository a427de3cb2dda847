/** The organisation: its name, time zone and meeting policy. */
import type { Org } from '../../../shared/directory';
import { DEFAULT_POLICY, orgPolicySchema, type OrgPolicy } from '../../../shared/policy';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import type { Db } from '../../db/database';
import type { OrganisationRow } from '../../db/tables';
import { authorize } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import * as q from './org.queries';

/** Reads stored policy, filling any value added since it was saved with the default. */
export function parsePolicy(json: string): OrgPolicy {
  const parsed = orgPolicySchema.partial().safeParse(JSON.parse(json));
  return { ...DEFAULT_POLICY, ...(parsed.success ? parsed.data : {}) };
}

/** The DTO of an organisation row (with when its logo was set, if it has one). */
export function toOrg(row: OrganisationRow & { logo_updated_at?: number | null }): Org {
  const logoUpdatedAt = row.logo_updated_at == null ? null : Number(row.logo_updated_at);
  return { id: row.id, name: row.name, shortName: row.short_name, timeZone: row.time_zone, policy: parsePolicy(row.policy_json), logoUpdatedAt };
}

/** The actor's organisation. */
export async function getOrg(ctx: Ctx): Promise<Org> {
  authorize(ctx, 'org.read');
  return orgById(ctx.db, ctx.actor.orgId);
}

/** Changes name, time zone or policy; audited. */
export async function updateOrg(ctx: Ctx, input: { name?: string; shortName?: string | null; timeZone?: string; policy?: Partial<OrgPolicy> }): Promise<Org> {
  authorize(ctx, 'org.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await orgById(trx, ctx.actor.orgId);
    const policy = { ...before.policy, ...input.policy };
    await q.updateOrg(trx, before.id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.shortName !== undefined && { short_name: input.shortName }),
      ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
      policy_json: JSON.stringify(policy),
      updated_at: ctx.now(),
    });
    const after = toOrg((await q.findOrg(trx, before.id))!);
    await recordAudit(trx, ctx, { action: 'org.update', entityType: 'organisation', entityId: before.id, before, after });
    return after;
  });
}

/** Creates an organisation (CLI and demo data; there is no actor yet). */
export async function createOrg(db: Db, input: { name: string; shortName?: string; timeZone?: string }, now: number): Promise<Org> {
  const row: OrganisationRow = {
    id: newId(),
    name: input.name,
    short_name: input.shortName ?? null,
    time_zone: input.timeZone ?? DEFAULT_TIME_ZONE,
    policy_json: JSON.stringify(DEFAULT_POLICY),
    created_at: now,
    updated_at: now,
  };
  await q.insertOrg(db, row);
  return toOrg(row);
}

/** An organisation by id, for callers without an actor yet (the signed-in profile). */
export async function orgById(db: Db, orgId: string): Promise<Org> {
  const row = await q.findOrg(db, orgId);
  if (!row) throw new Error(`organisation ${orgId} missing`);
  return toOrg(row);
}

/** Time zone and policy of an organisation, for other modules' checks. */
export async function orgSettings(db: Db, orgId: string): Promise<{ timeZone: string; policy: OrgPolicy }> {
  const row = await q.findOrg(db, orgId);
  if (!row) throw new Error(`organisation ${orgId} missing`);
  return { timeZone: row.time_zone, policy: parsePolicy(row.policy_json) };
}

/** True on a database with no organisation (first start). */
export const databaseIsEmpty = q.isEmpty;
