/** Demo venues, the rooms the demo meetings use, and who manages them. */
import type { VenueInput } from '../../shared/venues';
import type { Ctx } from '../platform/context';
import { bookSeries } from '../modules/bookings/booking.series';
import { createBooking } from '../modules/bookings/booking.service';
import { addParticipant } from '../modules/meetings/participant.service';
import { createVenue } from '../modules/venues/venue.service';
import { DEMO_VENUES } from './demo-data';

/** Meetings of the demo the rooms are booked for. */
export type DemoMeetings = { allHands: { id: string; startAt: number; endAt: number }; weeklyFirst: string; kickoff: { id: string; startAt: number; endAt: number }; forum: { id: string; startAt: number; endAt: number } };

/** Adds the venues, books the demo meetings into them and seats the weekly meeting's regular attendees. */
export async function seedRooms(admin: Ctx, organiser: Ctx, meetings: DemoMeetings, users: { leader: string; staff: string }, weeklyPeople: string[]): Promise<void> {
  const ids = new Map<string, string>();
  for (const v of DEMO_VENUES) {
    const input = { rules: {}, requiresApproval: false, isActive: true, managerUserIds: [], serviceUserIds: [users.staff], ...v } as unknown as VenueInput;
    if (v.name.includes('第一会议室')) input.managerUserIds = [users.leader];
    ids.set(v.name, (await createVenue(admin, input)).id);
  }
  for (const personId of weeklyPeople) await addParticipant(organiser, meetings.weeklyFirst, { personId, role: 'participant', required: true });
  await bookSeries(admin, { meetingId: meetings.weeklyFirst, venueId: ids.get('总部 12 层第一会议室')!, layout: 'boardroom', attendeeCount: 12, status: 'confirmed' });
  await createBooking(admin, { venueId: ids.get('总部一层多功能厅')!, meetingId: meetings.allHands.id, startAt: meetings.allHands.startAt, endAt: meetings.allHands.endAt, layout: 'theatre', attendeeCount: 600, status: 'confirmed', equipment: [] });
  await createBooking(organiser, { venueId: ids.get('总部 3 层报告厅')!, meetingId: meetings.kickoff.id, startAt: meetings.kickoff.startAt, endAt: meetings.kickoff.endAt, layout: 'theatre', attendeeCount: 120, status: 'tentative', equipment: [] });
  await createBooking(organiser, { venueId: ids.get('北京国际会议中心（酒店）二层宴会厅')!, meetingId: meetings.forum.id, startAt: meetings.forum.startAt, endAt: meetings.forum.endAt, layout: 'theatre', attendeeCount: 800, status: 'tentative', equipment: ['interpretation'] });
}
