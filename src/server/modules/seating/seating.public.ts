/** A participant's own seats through their personal link (the reply-slip link is the credential), for the pass page. */
import type { PublicSeats } from '../../../shared/seating';
import type { Database, Db } from '../../db/database';
import { participantByToken } from '../rsvp';
import { documentsOf } from './seating.dto';
import * as q from './seating.queries';

/** Every seat a participant has in the meeting's plans (a hall and a banquet may both seat them), by plan name. */
export async function participantSeats(db: Db, meetingId: string, participantId: string): Promise<PublicSeats['seats']> {
  const seats: PublicSeats['seats'] = [];
  for (const row of await q.listPlans(db, meetingId)) {
    const mine = documentsOf(row).assignments.find((a) => a.participantId === participantId);
    if (mine) seats.push({ planName: row.name, venueName: row.venue_name, area: mine.area, row: mine.row, seat: mine.seat });
  }
  return seats;
}

/** The link's participant's seats. */
export async function seatsByToken(database: Database, token: string, now: number): Promise<PublicSeats> {
  const p = await participantByToken(database.db, token, now);
  return { seats: await participantSeats(database.db, p.meeting_id, p.id) };
}
