/** The tasks module: playbooks and the dated, owned tasks of meetings (会务分工). */
export { registerTaskRoutes } from './task.routes';
export { closeByEvidence, followMeeting } from './task.evidence';
export { remindTaskOwners } from './task.reminders';
