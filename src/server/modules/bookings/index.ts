/** The bookings module: booking venues without double-booking, approvals, check-in, waitlist, services. */
export { registerBookingRoutes } from './booking.routes';
export { registerWaitlistRoutes } from './waitlist.routes';
export { sweepBookings } from './booking.checkin';
export { liveBlocks } from './booking.queries';
