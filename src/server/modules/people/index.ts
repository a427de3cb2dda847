/** The people module: the directory of staff and external contacts. */
export { registerPeopleRoutes } from './person.routes';
export { assertPersonExists, insertPersonRow } from './person.service';
export { peopleNames } from './person.queries';
export { insertPeople, patchPerson, peopleByPhones } from './person.import.queries';
export { exportPeople, importPeople } from './person.import';
