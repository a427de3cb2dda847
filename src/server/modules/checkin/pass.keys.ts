/**
 * Passes on the server: the same `HW1.<claims>.<signature>` tokens as src/shared/pass.ts (Ed25519 is deterministic, so both sign alike),
 * made and checked with Node's native Ed25519, which is ~50× faster than the pure-JS library the scanner uses: a 5,000-scan upload or the
 * 2,000 badges of a forum must not spend seconds on signatures. Verified tokens are remembered, as the same passes come back all day.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { PassClaims } from '../../../shared/pass';
import { macOf, passSeed } from '../../platform/secrets';

type OrgKeys = { privateKey: KeyObject; publicKey: KeyObject; publicB64: string };

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const keyCache = new Map<string, OrgKeys & { check: string }>();
const verified = new Map<string, PassClaims | null>();
const issued = new Map<string, string>();
const VERIFIED_MAX = 50_000;

/**
 * The organisation's signing and verifying keys. Deriving the seed (HKDF) on every scan costs more than verifying the signature, so keys
 * are cached per organisation together with a MAC under the current master key: a changed master key (tests, a re-keyed install) misses.
 */
export function orgPassKeys(orgId: string): OrgKeys {
  const check = macOf(`pass-keys:${orgId}`, 12);
  let keys = keyCache.get(orgId);
  if (!keys || keys.check !== check) {
    const seed = Buffer.from(passSeed(orgId));
    const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey);
    const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
    keys = { privateKey, publicKey, publicB64: jwk.x, check };
    if (keyCache.size > 1000) keyCache.clear();
    keyCache.set(orgId, keys);
  }
  return keys;
}

/** The public key (base64url) scanners verify the organisation's passes with. */
export function orgPublicKey(orgId: string): string {
  return orgPassKeys(orgId).publicB64;
}

/** A participant's pass token (remembered: badges, the personal page and every notice mail ask for the same ones). */
export function passToken(orgId: string, claims: PassClaims): string {
  const keys = orgPassKeys(orgId);
  const cacheKey = `${keys.publicB64}|${claims.m}|${claims.p}|${claims.e}`;
  const hit = issued.get(cacheKey);
  if (hit) return hit;
  const body = Buffer.from(JSON.stringify({ m: claims.m, p: claims.p, e: claims.e })).toString('base64url');
  const token = `HW1.${body}.${sign(null, Buffer.from(`HW1.${body}`), keys.privateKey).toString('base64url')}`;
  if (issued.size >= VERIFIED_MAX) issued.clear();
  issued.set(cacheKey, token);
  return token;
}

/** The claims of a token signed with the organisation's key, else null (not a pass, tampered, or another organisation's). */
export function readPass(orgId: string, token: string): PassClaims | null {
  return passReader(orgId)(token);
}

/** `readPass` for many tokens of one organisation (a batch looks the keys up once). */
export function passReader(orgId: string): (token: string) => PassClaims | null {
  const keys = orgPassKeys(orgId);
  return (token) => {
    const cacheKey = `${keys.publicB64}|${token}`;
    const hit = verified.get(cacheKey);
    if (hit !== undefined) return hit;
    const claims = check(keys.publicKey, token.trim());
    if (verified.size >= VERIFIED_MAX) verified.clear();
    verified.set(cacheKey, claims);
    return claims;
  };
}

function check(publicKey: KeyObject, token: string): PassClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'HW1' || !/^[A-Za-z0-9_-]+$/.test(parts[1]) || !/^[A-Za-z0-9_-]{86}$/.test(parts[2])) return null;
  try {
    if (!verify(null, Buffer.from(`HW1.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'))) return null;
    const c = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as PassClaims;
    return typeof c.m === 'string' && typeof c.p === 'string' && Number.isInteger(c.e) ? c : null;
  } catch {
    return null;
  }
}
