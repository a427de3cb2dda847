/** The rsvp module: the reply slip (回执), reminders and the dashboard. */
export { registerRsvpRoutes } from './rsvp.routes';
export { remindHandler, escalateHandler } from './rsvp.reminders';
export { rsvpToken, rsvpUrl } from './rsvp.token';
