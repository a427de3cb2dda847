/** The venues module: the registry of rooms and external venues, their rules and closures. */
export { registerVenueRoutes } from './venue.routes';
export {
  capacitiesOf, closuresIn, equipmentOf, findVenueRow, rulesOf, venueForBooking, venueMembers, venueRows, venuesManagedBy,
} from './venue.service';
