/** What the signed-in user may do with a booking, as the API decides it (the UI only hides what would be refused). */
import type { Booking } from '../../../shared/bookings';
import type { Me } from '../../../shared/directory';
import type { Venue } from '../../../shared/venues';
import { isLive } from './labels';

/** The actions on one booking. */
export type BookingAbilities = {
  mine: boolean;
  cancel: boolean;
  decide: boolean;
  acceptHold: boolean;
  checkIn: boolean;
  requestService: boolean;
  handleServices: boolean;
};

/** Abilities from the booking, its venue (managers, service staff) and the user's roles. */
export function bookingAbilities(b: Booking, venue: Venue | undefined, me: Me): BookingAbilities {
  const mine = b.bookedBy === me.user.id;
  const admin = me.roles.includes('admin');
  const manager = !!venue?.managerUserIds.includes(me.user.id);
  const service = !!venue?.serviceUserIds.includes(me.user.id);
  // Admins, organisers and staff (booking.manage) act on anyone's booking, like the venue's managers.
  const manages = me.permissions.includes('booking.manage') || manager;
  const live = isLive(b);
  return {
    mine,
    cancel: live && (mine || manages),
    decide: b.status === 'pending' && (admin || manager),
    acceptHold: b.status === 'held' && mine,
    checkIn: (b.status === 'confirmed' || b.status === 'tentative') && b.checkedInAt === null && (mine || manages),
    requestService: live && (mine || manages),
    handleServices: manages || service,
  };
}

/** True when now lies in the check-in window around a booking's start. */
export function inCheckinWindow(b: Pick<Booking, 'startAt'>, now: number, before: number, after: number): boolean {
  return now >= b.startAt - before * 60_000 && now <= b.startAt + after * 60_000;
}
