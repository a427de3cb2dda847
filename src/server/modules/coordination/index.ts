/** The coordination module: 协调会 notes of the 会务组 and the decisions they record against a meeting's tasks. */
export { registerCoordinationRoutes } from './coordination.routes';
