/** The organisation module: settings, policy and departments. */
export { registerOrgRoutes } from './org.routes';
export { createOrg, databaseIsEmpty, orgById, orgSettings, parsePolicy } from './org.service';
export { allOrgIds } from './org.queries';
export { setOrgLogo } from './org.logo';
export { assertDepartmentsExist, createDepartment } from './department.service';
