/** The notifications module: the in-app inbox every other module writes to. */
export { registerNotificationRoutes } from './notification.routes';
export { notify, usersWithRole } from './notification.service';
