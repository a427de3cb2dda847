/** Test factories: each builds what it needs (organisation, users, departments) and returns real rows. */
import { DateTime } from 'luxon';
import type { CreateMeetingInput, Meeting } from '../../shared/meetings';
import type { VenueInput } from '../../shared/venues';
import type { Role } from '../../shared/roles';
import type { Db, Database } from '../db/database';
import type { Ctx } from '../platform/context';
import { newId } from '../platform/ids';
import { createMeeting } from '../modules/meetings';
import { createOrg } from '../modules/org';
import { insertAccount } from '../modules/users';
import { createVenue } from '../modules/venues/venue.service';

/** Password of every test account. */
export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/** An organisation with one user per role. */
export type TestOrg = { id: string; timeZone: string; users: Record<Role, { id: string; username: string }> };

/** Creates an organisation and a user for each role (usernames are unique across the database). */
export async function buildOrg(db: Db, opts: { timeZone?: string; name?: string } = {}): Promise<TestOrg> {
  const now = Date.now();
  const org = await createOrg(db, { name: opts.name ?? unique('Org '), timeZone: opts.timeZone }, now);
  const users = {} as TestOrg['users'];
  for (const role of ['admin', 'organiser', 'staff', 'finance', 'leader', 'member'] as const) {
    const username = unique(`${role}-`);
    const row = await insertAccount(db, { orgId: org.id, username, displayName: `${role} user`, password: TEST_PASSWORD, roles: [role] }, now);
    users[role] = { id: row.id, username };
  }
  return { id: org.id, timeZone: org.timeZone, users };
}

/** A use-case context acting as one of the organisation's role users. */
export function ctxFor(database: Database, org: TestOrg, role: Role, now: () => number = Date.now): Ctx {
  const u = org.users[role];
  return { db: database.db, dialect: database.dialect, lang: 'zh-CN', now, actor: { userId: u.id, orgId: org.id, name: `${role} user`, roles: [role], personId: null } };
}

/** Inserts a department directly (bypassing audit: a fixture, not a use-case under test). */
export async function buildDepartment(db: Db, orgId: string, name = unique('Dept ')): Promise<string> {
  const id = newId();
  const now = Date.now();
  await db.insertInto('departments').values({ id, org_id: orgId, name, code: null, parent_id: null, sort_order: 0, is_active: 1, created_at: now, updated_at: now }).execute();
  return id;
}

/** Inserts a person directly. */
export async function buildPerson(db: Db, orgId: string, name = unique('Person ')): Promise<string> {
  const id = newId();
  const now = Date.now();
  await db.insertInto('people').values({ id, org_id: orgId, kind: 'staff', name, department_id: null, unit: null, title: null, phone: null, email: null, is_active: 1, created_at: now, updated_at: now }).execute();
  return id;
}

/** A valid meeting body, a week from now 14:10–16:00 in the organisation's zone, with overrides. */
export function meetingInput(org: TestOrg, overrides: Partial<CreateMeetingInput> = {}): CreateMeetingInput {
  const day = 7 * 86_400_000;
  const start = Math.floor((Date.now() + day) / 3_600_000) * 3_600_000;
  return { title: unique('Meeting '), kind: 'report', scope: 'internal', startAt: start, endAt: start + 2 * 3_600_000, timeZone: org.timeZone, ...overrides };
}

/** Creates a meeting through the service as the organiser. */
export async function buildMeeting(database: Database, org: TestOrg, overrides: Partial<CreateMeetingInput> = {}): Promise<Meeting> {
  return createMeeting(ctxFor(database, org, 'organiser'), meetingInput(org, overrides));
}

/** A venue body with overrides (internal, 30 boardroom / 60 theatre, projector and whiteboard). */
export function venueInput(overrides: Partial<VenueInput> = {}): VenueInput {
  return {
    name: unique('Room '), kind: 'internal', capacities: { boardroom: 30, theatre: 60 }, equipment: ['projector', 'whiteboard'], rules: {},
    requiresApproval: false, isActive: true, managerUserIds: [], serviceUserIds: [], ...overrides,
  };
}

/** Creates a venue through the service as the admin. */
export async function buildVenue(database: Database, org: TestOrg, overrides: Partial<VenueInput> = {}): Promise<string> {
  return (await createVenue(ctxFor(database, org, 'admin'), venueInput(overrides))).id;
}

/** The next local day of the organisation at a clock time (bookings must start within 7 days by default). */
export function tomorrowAt(org: TestOrg, hh: number, mm = 0, days = 1): number {
  return DateTime.now().setZone(org.timeZone).plus({ days }).set({ hour: hh, minute: mm, second: 0, millisecond: 0 }).toMillis();
}
