/** The scheduling module: "find a time" across people's meetings and rooms' bookings. */
export { registerSchedulingRoutes } from './scheduling.routes';
export { findTime } from './find-time.service';
