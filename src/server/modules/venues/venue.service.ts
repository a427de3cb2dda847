/** The venue registry (主要会议场所明细表): rooms and external venues with capacity, equipment, cost and rules. */
import type { OrgPolicy } from '../../../shared/policy';
import { effectiveRules, venueRulesSchema, type Venue, type VenueInput, type VenueRules } from '../../../shared/venues';
import type { Db } from '../../db/database';
import type { VenueMemberRow, VenueRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId, newToken } from '../../platform/ids';
import { orgSettings } from '../org';
import * as q from './venue.queries';

/** A stored venue's own rule overrides (ignoring anything a newer version would not accept). */
export function rulesOf(row: VenueRow): VenueRules {
  const parsed = venueRulesSchema.safeParse(JSON.parse(row.rules_json));
  return parsed.success ? parsed.data : {};
}

/** Capacity per layout of a stored venue. */
export function capacitiesOf(row: VenueRow): Record<string, number> {
  return JSON.parse(row.capacities_json) as Record<string, number>;
}

/** Equipment of a stored venue. */
export function equipmentOf(row: VenueRow): string[] {
  return JSON.parse(row.equipment_json) as string[];
}

/** The DTO of a venue. */
export function toVenue(row: VenueRow, members: readonly VenueMemberRow[], policy: OrgPolicy): Venue {
  const own = rulesOf(row);
  const mine = members.filter((m) => m.venue_id === row.id);
  return {
    id: row.id, name: row.name, building: row.building, floor: row.floor, address: row.address, kind: row.kind as Venue['kind'],
    capacities: capacitiesOf(row), equipment: equipmentOf(row), costHalfDayFen: row.cost_half_day_fen, costDayFen: row.cost_day_fen,
    contactName: row.contact_name, contactPhone: row.contact_phone, notes: row.notes, rules: own, effectiveRules: effectiveRules(row.kind, own, policy),
    requiresApproval: row.requires_approval === 1, checkinRequired: row.checkin_required === 1, isActive: row.is_active === 1,
    managerUserIds: mine.filter((m) => m.role === 'manager').map((m) => m.user_id),
    serviceUserIds: mine.filter((m) => m.role === 'service').map((m) => m.user_id),
    version: row.version,
  };
}

/** The organisation's venues. */
export async function listVenues(ctx: Ctx, opts: { activeOnly?: boolean } = {}): Promise<Venue[]> {
  authorize(ctx, 'venue.read');
  const rows = await q.listVenues(ctx.db, ctx.actor.orgId, opts.activeOnly ?? false);
  const members = await q.membersOf(ctx.db, rows.map((r) => r.id));
  const { policy } = await orgSettings(ctx.db, ctx.actor.orgId);
  return rows.map((r) => toVenue(r, members, policy));
}

/** One venue. */
export async function getVenue(ctx: Ctx, id: string, db: Db = ctx.db): Promise<Venue> {
  authorize(ctx, 'venue.read');
  const row = ownRow(ctx, await q.findVenue(db, id));
  const { policy } = await orgSettings(db, ctx.actor.orgId);
  return toVenue(row, await q.membersOf(db, [id]), policy);
}

async function checkVenueInput(trx: Db, ctx: Ctx, input: VenueInput, selfId?: string): Promise<void> {
  const same = await q.findVenueByName(trx, ctx.actor.orgId, input.name);
  if (same && same.id !== selfId) throw invalid('name', 'duplicate');
  for (const field of ['managerUserIds', 'serviceUserIds'] as const) {
    const ids = [...new Set(input[field])];
    if ((await q.countOrgUsers(trx, ctx.actor.orgId, ids)) !== ids.length) throw invalid(field, 'unknown_reference');
  }
}

function columns(input: VenueInput): Omit<VenueRow, 'id' | 'org_id' | 'door_token' | 'created_at' | 'updated_at' | 'version'> {
  return {
    name: input.name, building: input.building ?? null, floor: input.floor ?? null, address: input.address ?? null, kind: input.kind,
    capacities_json: JSON.stringify(Object.fromEntries(Object.entries(input.capacities).filter(([, v]) => v !== undefined))),
    equipment_json: JSON.stringify([...new Set(input.equipment)]), cost_half_day_fen: input.costHalfDayFen ?? null, cost_day_fen: input.costDayFen ?? null,
    contact_name: input.contactName ?? null, contact_phone: input.contactPhone ?? null, notes: input.notes ?? null, rules_json: JSON.stringify(input.rules),
    requires_approval: input.requiresApproval ? 1 : 0, checkin_required: (input.checkinRequired ?? input.kind === 'internal') ? 1 : 0, is_active: input.isActive ? 1 : 0,
  };
}

const membersFrom = (input: VenueInput) => [
  ...[...new Set(input.managerUserIds)].map((userId) => ({ userId, role: 'manager' })),
  ...[...new Set(input.serviceUserIds)].map((userId) => ({ userId, role: 'service' })),
];

/** Adds a venue (several at once for an import, within the caller's transaction). */
export async function insertVenueChecked(trx: Db, ctx: Ctx, input: VenueInput): Promise<string> {
  await checkVenueInput(trx, ctx, input);
  const now = ctx.now();
  const id = newId();
  await q.insertVenue(trx, { id, org_id: ctx.actor.orgId, ...columns(input), door_token: newToken(), created_at: now, updated_at: now, version: 1 });
  await q.setMembers(trx, id, ctx.actor.orgId, membersFrom(input));
  return id;
}

/** Adds a venue to the registry. */
export async function createVenue(ctx: Ctx, input: VenueInput): Promise<Venue> {
  authorize(ctx, 'venue.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertVenueChecked(trx, ctx, input);
    const after = await getVenue(ctx, id, trx);
    await recordAudit(trx, ctx, { action: 'venue.create', entityType: 'venue', entityId: id, after });
    return after;
  });
}

/** Changes a venue within the caller's transaction (audited). */
export async function updateVenueChecked(trx: Db, ctx: Ctx, id: string, input: VenueInput & { version: number }): Promise<Venue> {
  const before = await getVenue(ctx, id, trx);
  await checkVenueInput(trx, ctx, input, id);
  if (!(await q.updateVenueAtVersion(trx, id, input.version, { ...columns(input), updated_at: ctx.now() }))) throw new AppError('conflict');
  await q.setMembers(trx, id, ctx.actor.orgId, membersFrom(input));
  const after = await getVenue(ctx, id, trx);
  await recordAudit(trx, ctx, { action: 'venue.update', entityType: 'venue', entityId: id, before, after });
  return after;
}

/** Changes a venue (the whole record, at the version read). */
export async function updateVenue(ctx: Ctx, id: string, input: VenueInput & { version: number }): Promise<Venue> {
  authorize(ctx, 'venue.manage');
  return ctx.db.transaction().execute((trx) => updateVenueChecked(trx, ctx, id, input));
}

/** A venue row of the actor's organisation with its rules in force (for bookings and find-a-time). */
export async function venueForBooking(db: Db, ctx: Ctx, id: string) {
  const row = ownRow(ctx, await q.findVenue(db, id));
  const { policy, timeZone } = await orgSettings(db, ctx.actor.orgId);
  return { row, rules: effectiveRules(row.kind, rulesOf(row), policy), policy, timeZone, members: await q.membersOf(db, [id]) };
}

/** A venue row by id (any organisation; callers check). */
export const findVenueRow = q.findVenue;
/** Ids of venues the actor manages. */
export const venuesManagedBy = q.venuesManagedBy;
/** Venue rows of an organisation (for alternatives and find-a-time). */
export const venueRows = q.listVenues;
/** Members of venues. */
export const venueMembers = q.membersOf;
/** Closures overlapping a range. */
export const closuresIn = q.closuresIn;
