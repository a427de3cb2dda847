/** 座次 plans: create, read, save with a version, auto-assign from ranks and units, delete; and the meeting's protocol ranks. */
import { orderBlocks } from '../../../shared/seating-order';
import { autoAssign, defaultLayout } from '../../../shared/seating-assign';
import {
  blockOf, seatingSettingsSchema, type CreateSeatingPlanInput, type SeatPerson, type SeatingPlan, type UpdateSeatingPlanInput,
} from '../../../shared/seating';
import { LAYOUTS } from '../../../shared/venues';
import type { Db } from '../../db/database';
import type { SeatingPlanRow } from '../../db/tables';
import { authorize, ownRow } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { candidatesOf, documentsOf, toPeople, toPlan } from './seating.dto';
import * as q from './seating.queries';

/** States in which seating may change (as the agenda: not once the meeting is over or cancelled). */
const EDITABLE = ['draft', 'planned', 'approved', 'notified', 'in_progress'];

async function meetingOf(ctx: Ctx, db: Db, meetingId: string, forWrite: boolean) {
  const meeting = ownRow(ctx, await q.findMeeting(db, meetingId));
  if (forWrite && !EDITABLE.includes(meeting.status)) throw invalid('status', 'seating_not_editable');
  return meeting;
}

async function planOf(ctx: Ctx, db: Db, id: string) {
  return ownRow(ctx, await q.findPlan(db, id));
}

/** The plans of a meeting with how many people each seats. */
export async function listPlans(ctx: Ctx, meetingId: string) {
  authorize(ctx, 'meeting.read');
  await meetingOf(ctx, ctx.db, meetingId, false);
  return (await q.listPlans(ctx.db, meetingId)).map((r) => ({
    id: r.id, name: r.name, venueName: r.venue_name, seated: documentsOf(r).assignments.length, version: r.version, updatedAt: Number(r.updated_at),
  }));
}

/** One plan with the meeting's people. */
export async function getPlan(ctx: Ctx, id: string, db: Db = ctx.db): Promise<SeatingPlan> {
  authorize(ctx, 'meeting.read');
  const row = await planOf(ctx, db, id);
  return toPlan(row, toPeople(await q.seatPeople(db, row.meeting_id)));
}

async function checkVenue(ctx: Ctx, db: Db, venueId: string | null) {
  if (!venueId) return null;
  const venue = await q.findVenue(db, ctx.actor.orgId, venueId);
  if (!venue) throw invalid('venueId', 'unknown_reference');
  return venue;
}

async function checkName(db: Db, meetingId: string, name: string, selfId?: string) {
  const same = await q.findPlanByName(db, meetingId, name);
  if (same && same.id !== selfId) throw invalid('name', 'duplicate');
}

/** Seats for a venue: its theatre capacity (then classroom, then the largest), else room for everyone with some to spare. */
function capacityOf(capacitiesJson: string | null, people: number): number {
  if (!capacitiesJson) return Math.max(30, Math.ceil(people * 1.2));
  const caps = JSON.parse(capacitiesJson) as Record<string, number>;
  return caps.theatre ?? caps.classroom ?? Math.max(0, ...LAYOUTS.map((l) => caps[l] ?? 0));
}

/** A new plan; without a layout the venue's capacity suggests one. */
export async function createPlan(ctx: Ctx, meetingId: string, input: CreateSeatingPlanInput): Promise<SeatingPlan> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    await meetingOf(ctx, trx, meetingId, true);
    const venue = await checkVenue(ctx, trx, input.venueId);
    await checkName(trx, meetingId, input.name);
    const people = await q.seatPeople(trx, meetingId);
    const now = ctx.now();
    const row: SeatingPlanRow = {
      id: newId(), org_id: ctx.actor.orgId, meeting_id: meetingId, venue_id: venue?.id ?? null, name: input.name,
      settings_json: JSON.stringify(input.settings ?? seatingSettingsSchema.parse({})),
      layout_json: JSON.stringify(input.layout ?? defaultLayout(capacityOf(venue?.capacities_json ?? null, people.length))),
      assignments_json: '[]', version: 1, created_at: now, updated_at: now,
    };
    await q.insertPlan(trx, row);
    await recordAudit(trx, ctx, { action: 'seating.plan_create', entityType: 'meeting', entityId: meetingId, after: { planId: row.id, name: row.name, venueId: row.venue_id } });
    return getPlan(ctx, row.id, trx);
  });
}

/** Saves the whole plan at the version it was read; assignments must name the meeting's participants. */
export async function updatePlan(ctx: Ctx, id: string, input: UpdateSeatingPlanInput): Promise<SeatingPlan> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await planOf(ctx, trx, id);
    await meetingOf(ctx, trx, before.meeting_id, true);
    await checkVenue(ctx, trx, input.venueId);
    await checkName(trx, before.meeting_id, input.name, id);
    const ids = new Set((await q.seatPeople(trx, before.meeting_id)).map((p) => p.id));
    const stranger = input.assignments.findIndex((a) => !ids.has(a.participantId));
    if (stranger >= 0) throw invalid(`assignments.${stranger}.participantId`, 'not_a_participant');
    const ok = await q.updatePlanAt(trx, id, input.version, {
      name: input.name, venue_id: input.venueId, settings_json: JSON.stringify(input.settings), layout_json: JSON.stringify(input.layout),
      assignments_json: JSON.stringify(input.assignments), updated_at: ctx.now(),
    });
    if (!ok) throw new AppError('conflict');
    await recordAudit(trx, ctx, {
      action: 'seating.plan_update', entityType: 'meeting', entityId: before.meeting_id,
      before: { planId: id, name: before.name, seated: documentsOf(before).assignments.length }, after: { planId: id, name: input.name, seated: input.assignments.length },
    });
    return getPlan(ctx, id, trx);
  });
}

/** Replaces the plan's seats with what the settings give from ranks and blocks; `unassigned` says who did not fit. */
export async function autoAssignPlan(ctx: Ctx, id: string, version: number): Promise<SeatingPlan & { unassigned: string[] }> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await planOf(ctx, trx, id);
    await meetingOf(ctx, trx, row.meeting_id, true);
    const { settings, layout } = documentsOf(row);
    const people = toPeople(await q.seatPeople(trx, row.meeting_id));
    const blocks = orderBlocks(people.map((p) => blockOf(p, settings)), settings);
    const result = autoAssign(candidatesOf(people, settings), layout, settings, blocks);
    if (!(await q.updatePlanAt(trx, id, version, { assignments_json: JSON.stringify(result.assignments), updated_at: ctx.now() }))) throw new AppError('conflict');
    await recordAudit(trx, ctx, { action: 'seating.auto_assign', entityType: 'meeting', entityId: row.meeting_id, after: { planId: id, seated: result.assignments.length, unassigned: result.unassigned.length } });
    return { ...(await getPlan(ctx, id, trx)), unassigned: result.unassigned };
  });
}

/** Deletes a plan. */
export async function deletePlan(ctx: Ctx, id: string): Promise<void> {
  authorize(ctx, 'meeting.write');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await planOf(ctx, trx, id);
    await meetingOf(ctx, trx, row.meeting_id, true);
    await q.deletePlan(trx, id);
    await recordAudit(trx, ctx, { action: 'seating.plan_delete', entityType: 'meeting', entityId: row.meeting_id, before: { planId: id, name: row.name } });
  });
}

/** Sets the meeting's protocol ranks: the listed participants become 1, 2, 3…; everyone else unranked. */
export async function setProtocolRanks(ctx: Ctx, meetingId: string, participantIds: readonly string[]): Promise<SeatPerson[]> {
  authorize(ctx, 'meeting.write');
  return ctx.db.transaction().execute(async (trx) => {
    await meetingOf(ctx, trx, meetingId, true);
    const people = await q.seatPeople(trx, meetingId);
    const ids = new Set(people.map((p) => p.id));
    const seen = new Set<string>();
    participantIds.forEach((id, i) => {
      if (!ids.has(id)) throw invalid(`participantIds.${i}`, 'not_a_participant');
      if (seen.has(id)) throw invalid(`participantIds.${i}`, 'duplicate');
      seen.add(id);
    });
    const now = ctx.now();
    await q.clearRanks(trx, meetingId, now);
    for (const [i, id] of participantIds.entries()) await q.setRank(trx, id, i + 1, now);
    const before = people.filter((p) => p.protocol_rank !== null).sort((a, b) => a.protocol_rank! - b.protocol_rank!).map((p) => p.id);
    await recordAudit(trx, ctx, { action: 'seating.ranks', entityType: 'meeting', entityId: meetingId, before: { participantIds: before }, after: { participantIds } });
    return toPeople(await q.seatPeople(trx, meetingId));
  });
}
