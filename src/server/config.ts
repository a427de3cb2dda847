/** Configuration from the environment, parsed once; a bad value stops the process with a message naming it. */
import path from 'node:path';
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
  HUIWU_SECRET_KEY: z.string().regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'must be 32 bytes as 64 hex digits or base64' }).optional(),
  HUIWU_KEY_FILE: z.string().min(1).optional(),
  HUIWU_SMTP_URL: z.string().regex(/^smtps?:\/\//, { message: 'must start with smtp:// or smtps://' }).optional(),
  HUIWU_MAIL_FROM: z.email().default('huiwu@localhost'),
  HUIWU_SMS_ENDPOINT: z.url().optional(),
  HUIWU_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  HUIWU_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  HUIWU_SMS_SIGN_NAME: z.string().min(1).optional(),
  HUIWU_SMS_TEMPLATE_CODE: z.string().min(1).optional(),
  HUIWU_WORKER: bool.default(true),
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
  /** Master key for encryption at rest and signed links; else read from (or created in) `keyFile`. */
  secretKey?: string;
  keyFile: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** Aliyun-style SMS provider; null when not configured (the SMS channel is then unavailable). */
  sms: { endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string; templateCode: string } | null;
  /** Whether this process runs the jobs worker (sending, reminders). */
  worker: boolean;
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
    secretKey: e.HUIWU_SECRET_KEY,
    keyFile: e.HUIWU_KEY_FILE ?? path.join(path.dirname(e.HUIWU_SQLITE_PATH), 'huiwu.key'),
    smtpUrl: e.HUIWU_SMTP_URL ?? null,
    mailFrom: e.HUIWU_MAIL_FROM,
    sms: e.HUIWU_SMS_ENDPOINT && e.HUIWU_SMS_ACCESS_KEY_ID && e.HUIWU_SMS_ACCESS_KEY_SECRET && e.HUIWU_SMS_SIGN_NAME && e.HUIWU_SMS_TEMPLATE_CODE
      ? { endpoint: e.HUIWU_SMS_ENDPOINT, accessKeyId: e.HUIWU_SMS_ACCESS_KEY_ID, accessKeySecret: e.HUIWU_SMS_ACCESS_KEY_SECRET, signName: e.HUIWU_SMS_SIGN_NAME, templateCode: e.HUIWU_SMS_TEMPLATE_CODE }
      : null,
    worker: e.HUIWU_WORKER,
    logLevel: e.LOG_LEVEL,
  };
}
