/** Configuration from the environment, parsed once; a bad value stops the process with a message naming it. */
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres:// (leave it unset for SQLite)' })
    .optional(),
  HUIWU_SQLITE_PATH: z.string().min(1).default('data/huiwu.db'),
  HUIWU_DEMO: bool.default(true),
  HUIWU_PUBLIC_URL: z.url().optional(),
  HUIWU_SECURE_COOKIES: bool.default(false),
  HUIWU_TRUST_PROXY: bool.default(false),
  HUIWU_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  HUIWU_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  HUIWU_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  HUIWU_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated configuration. */
export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  sqlitePath: string;
  demo: boolean;
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionMs: number;
  loginMaxFailures: number;
  loginWindowMs: number;
  dbPoolSize: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
};

/** Thrown by `loadConfig` with one line per bad variable. */
export class ConfigError extends Error {}

/** Reads the environment; unknown variables are ignored, empty ones count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(cleaned[String(i.path[0])])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sqlitePath: e.HUIWU_SQLITE_PATH,
    demo: e.HUIWU_DEMO,
    publicUrl: (e.HUIWU_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secureCookies: e.HUIWU_SECURE_COOKIES,
    trustProxy: e.HUIWU_TRUST_PROXY,
    sessionMs: e.HUIWU_SESSION_HOURS * 3_600_000,
    loginMaxFailures: e.HUIWU_LOGIN_MAX_FAILURES,
    loginWindowMs: e.HUIWU_LOGIN_WINDOW_MINUTES * 60_000,
    dbPoolSize: e.HUIWU_DB_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
  };
}
