/** Encryption at rest (ID numbers, bot webhooks) and signed personal links, from one master key. */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

/** The keys derived from the master key; one per purpose so a leak of one use does not expose another. */
export type Keys = { enc: Buffer; mac: Buffer; master: Buffer };

let current: Keys | null = null;

/**
 * The master key: `HUIWU_SECRET_KEY`, or the key file (created with mode 0600 on first start).
 * Several processes on one PostgreSQL database must share it: set HUIWU_SECRET_KEY (or one key file) for all.
 */
export function resolveMasterKey(config: Pick<Config, 'secretKey' | 'keyFile'>): Buffer {
  if (config.secretKey) return parseKey(config.secretKey);
  try {
    return parseKey(fs.readFileSync(config.keyFile, 'utf8').trim());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(config.keyFile), { recursive: true });
  const key = randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(config.keyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return parseKey(fs.readFileSync(config.keyFile, 'utf8').trim());
  }
  return parseKey(key);
}

function parseKey(s: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes (64 hex digits or base64)');
  return key;
}

/** Installs the keys this process uses (at app start). */
export function initSecrets(master: Buffer): void {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  current = { enc: derive('huiwu enc v1'), mac: derive('huiwu mac v1'), master };
}

function keys(): Keys {
  if (!current) throw new Error('initSecrets was not called');
  return current;
}

/** AES-256-GCM; the result is `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptText(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys().enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

/** Reverses `encryptText`; throws when the text was tampered with or the key differs. */
export function decryptText(sealed: string): string {
  const [v, iv, tag, ct] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('Not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keys().enc, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}

/** The organisation's Ed25519 seed for passes (derived, so every process on one key signs alike and nothing is stored). */
export function passSeed(orgId: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', keys().master, Buffer.alloc(0), `huiwu pass ed25519 v1 ${orgId}`, 32));
}

/** A MAC of `data` for signed tokens, base64url, `bytes` long before encoding. */
export function macOf(data: string, bytes = 18): string {
  return createHmac('sha256', keys().mac).update(data).digest().subarray(0, bytes).toString('base64url');
}

/** Constant-time comparison of two MACs. */
export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** 110101199003071234 → 110101********1234; other documents keep their first 2 and last 2. */
export function maskIdNumber(v: string): string {
  if (v.length === 18) return `${v.slice(0, 6)}${'*'.repeat(8)}${v.slice(14)}`;
  return `${v.slice(0, 2)}${'*'.repeat(Math.max(1, v.length - 4))}${v.slice(-2)}`;
}
