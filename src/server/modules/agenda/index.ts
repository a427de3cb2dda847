/** The agenda module: items, checks, versioned publishing, exports and the run of show. */
export { registerAgendaRoutes } from './agenda.routes';
