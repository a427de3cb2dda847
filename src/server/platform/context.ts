/** The context every use-case receives: the database, the acting user, the clock and the language. */
import type { Lang } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { Database, Db } from '../db/database';

/** The signed-in user acting in their organisation. */
export type Actor = { userId: string; orgId: string; name: string; roles: Role[]; personId: string | null };

/** Where a request came from, for the audit log. */
export type RequestInfo = { requestId?: string; ip?: string };

/** Passed first to every service function. */
export type Ctx = {
  db: Db;
  dialect: Database['dialect'];
  actor: Actor;
  lang: Lang;
  now: () => number;
  request?: RequestInfo;
};
