/** The audit module: the admins' view of the audit log (writing it is `platform/audit`). */
export { registerAuditRoutes } from './audit.routes';
