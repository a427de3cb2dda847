/** The rsvp module: the reply slip (回执), reminders and the dashboard. */
export { registerRsvpRoutes } from './rsvp.routes';
export { remindHandler, escalateHandler } from './rsvp.reminders';
export { rsvpToken, rsvpUrl } from './rsvp.token';
/** The participant behind a personal link (wrong, revoked, expired or cancelled all `link_invalid`), for other pages the link opens. */
export { byToken as participantByToken } from './rsvp.service';
