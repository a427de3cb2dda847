/** Seating plan rows as the API returns them: documents parsed with the shared schemas, people with ranks, blocks in order. */
import { orderBlocks, compareNames } from '../../../shared/seating-order';
import {
  blockOf, needsSeat, seatAssignmentSchema, seatingLayoutSchema, seatingSettingsSchema, type SeatPerson, type SeatingPlan, type SeatingSettings,
} from '../../../shared/seating';
import type { SeatCandidate } from '../../../shared/seating-assign';
import type { ParticipantRole } from '../../../shared/participants';
import type { SeatingPlanRow } from '../../db/tables';
import type * as q from './seating.queries';

type PeopleRows = Awaited<ReturnType<typeof q.seatPeople>>;

/** Participant rows as seat people. */
export function toPeople(rows: PeopleRows): SeatPerson[] {
  return rows.map((r) => ({
    participantId: r.id, name: r.name, unit: r.unit, departmentName: r.department_name, title: r.title, role: r.role as ParticipantRole,
    groupName: r.group_name, attendance: r.attendance, rank: r.protocol_rank,
  }));
}

/** The plan's documents; stored JSON always passed these schemas, so a parse failure is a bug worth a 500. */
export function documentsOf(row: Pick<SeatingPlanRow, 'settings_json' | 'layout_json' | 'assignments_json'>) {
  return {
    settings: seatingSettingsSchema.parse(JSON.parse(row.settings_json)),
    layout: seatingLayoutSchema.parse(JSON.parse(row.layout_json)),
    assignments: seatAssignmentSchema.array().parse(JSON.parse(row.assignments_json)),
  };
}

/** Who auto-assign seats, in the order it should: absentees and excluded roles left out (ranked people always count), names sorted within blocks. */
export function candidatesOf(people: readonly SeatPerson[], settings: SeatingSettings): SeatCandidate[] {
  const by = settings.blockOrder === 'pinyin' ? 'pinyin' : 'strokes';
  return people
    .filter((p) => needsSeat(p, settings))
    .sort((a, b) => compareNames(a.name, b.name, by))
    .map((p) => ({ participantId: p.participantId, block: blockOf(p, settings), rank: p.rank }));
}

/** A row as the API's plan. */
export function toPlan(row: SeatingPlanRow & { venue_name: string | null }, people: SeatPerson[]): SeatingPlan {
  const docs = documentsOf(row);
  return {
    id: row.id, meetingId: row.meeting_id, venueId: row.venue_id, venueName: row.venue_name, name: row.name, ...docs,
    version: row.version, createdAt: Number(row.created_at), updatedAt: Number(row.updated_at), people,
    blockOrder: orderBlocks(people.map((p) => blockOf(p, docs.settings)), docs.settings),
  };
}
