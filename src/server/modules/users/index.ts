/** The users module: accounts, roles, invitations and passwords. */
export { registerUserRoutes } from './user.routes';
export { insertAccount, toUser } from './user.service';
export { acceptInvitation, lookupInvitation } from './invitation.service';
export { hashPassword, verifyPassword } from './password';
export { findUser, findUserByUsername, updateUser as updateUserRow } from './user.queries';
