/** The seating module (座次): plans with rostrum and hall, auto-assign by rank and unit, protocol ranks, a participant's own seat. */
export { registerSeatingRoutes } from './seating.routes';
/** A participant's seats in the meeting's plans (the pass page shows them; words via shared `seatLabel`). */
export { participantSeats } from './seating.public';
