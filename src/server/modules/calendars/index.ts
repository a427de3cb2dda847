/** The calendars module: iCalendar feeds of venues and people. */
export { registerCalendarRoutes } from './calendar.routes';
