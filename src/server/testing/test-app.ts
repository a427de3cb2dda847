/** An app over a test database, with signed-in callers for each role and a JSON request helper. */
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../shared/roles';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import type { ZodApp } from '../platform/routing';
import { createSession, SESSION_COOKIE } from '../platform/sessions';
import { buildOrg, type TestOrg } from './factories';
import { openTestDatabase, type TestDatabase } from './test-db';

/** A signed-in caller: the cookie and CSRF token a browser would hold. */
export type Caller = { cookie: string; csrf: string; userId: string };

/** The app, its database and two organisations (the second proves isolation). */
export type TestApp = { app: ZodApp; database: TestDatabase; config: Config; org: TestOrg; otherOrg: TestOrg; close: () => Promise<void> };

/** A fixed master key so tests can decrypt what they wrote. */
export const TEST_SECRET_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** Test configuration: defaults, no demo data, quiet. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ HUIWU_DEMO: 'false', LOG_LEVEL: 'silent', HUIWU_WORKER: 'false', HUIWU_SECRET_KEY: TEST_SECRET_KEY }), ...overrides };
}

/** Builds the app on a fresh database with two organisations. */
export async function createTestApp(overrides: Partial<Config> = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  const config = testConfig(overrides);
  const app = await buildApp({ config, database: db, logger: false });
  const org = await buildOrg(db.db, { name: 'Org A' });
  const otherOrg = await buildOrg(db.db, { name: 'Org B' });
  return {
    app, database: db, config, org, otherOrg,
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}

/** Signs a role user in without the password round-trip (login itself is tested in auth tests). */
export async function signIn(t: Pick<TestApp, 'database' | 'config'>, org: TestOrg, role: Role): Promise<Caller> {
  const user = org.users[role];
  const s = await createSession(t.database.db, { id: user.id, org_id: org.id }, {}, Date.now(), t.config.sessionMs);
  return { cookie: `${SESSION_COOKIE}=${s.token}`, csrf: s.csrfToken, userId: user.id };
}

/** Sends a JSON request as a caller (or anonymously) and returns the response with its parsed body. */
export async function call(
  app: ZodApp,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  opts: { as?: Caller; body?: unknown; lang?: string; csrf?: string | null } = {},
): Promise<LightMyRequestResponse & { data: any }> {
  const headers: Record<string, string> = {};
  if (opts.as) headers.cookie = opts.as.cookie;
  if (opts.as && method !== 'GET' && opts.csrf !== null) headers['x-csrf-token'] = opts.csrf ?? opts.as.csrf;
  if (opts.lang) headers['accept-language'] = opts.lang;
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const res = await app.inject({ method, url, headers, ...(hasBody ? { payload: (opts.body ?? {}) as object } : {}) });
  const type = String(res.headers['content-type'] ?? '');
  return Object.assign(res, { data: type.includes('json') ? res.json() : res.body });
}
