/** The tasks module: playbooks and the dated, owned tasks of meetings (会务分工). */
export { registerTaskRoutes } from './task.routes';
export { registerPlaybookRoutes } from './playbook.routes';
export { closeByEvidence, followMeeting } from './task.evidence';
export { remindTaskOwners } from './task.reminders';
export { insertHandTask } from './task.service';
