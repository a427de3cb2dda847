/**
 * Personal passes: a QR code carrying a signed token a scanner can verify without the server (Ed25519; the scanner holds only the
 * organisation's public key). Format: `HW1.<base64url JSON {m,p,e}>.<base64url signature>`; `e` is the participant's pass epoch, raised to revoke.
 */
import { getPublicKey, hashes, sign, verify } from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

// Pure-JS SHA-512, so passes verify on a phone page served over plain HTTP too (WebCrypto exists only in secure contexts).
hashes.sha512 = sha512;

/** What a pass says: the meeting, the participant, and the epoch it was issued at. */
export type PassClaims = { m: string; p: string; e: number };

const PREFIX = 'HW1';

function toB64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The public key (base64url) of a 32-byte private seed; scanners receive this. */
export async function passPublicKey(seed: Uint8Array): Promise<string> {
  return toB64url(getPublicKey(seed));
}

/** Signs a pass with the organisation's seed. */
export async function signPass(claims: PassClaims, seed: Uint8Array): Promise<string> {
  const body = toB64url(new TextEncoder().encode(JSON.stringify({ m: claims.m, p: claims.p, e: claims.e })));
  const sig = sign(new TextEncoder().encode(`${PREFIX}.${body}`), seed);
  return `${PREFIX}.${body}.${toB64url(sig)}`;
}

/** The claims of a pass whose signature holds under the public key, else null (not a pass, tampered, or another organisation's). */
export async function verifyPass(token: string, publicKey: string): Promise<PassClaims | null> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  try {
    const ok = verify(fromB64url(parts[2]), new TextEncoder().encode(`${PREFIX}.${parts[1]}`), fromB64url(publicKey));
    if (!ok) return null;
    const c = JSON.parse(new TextDecoder().decode(fromB64url(parts[1]))) as PassClaims;
    return typeof c.m === 'string' && typeof c.p === 'string' && Number.isInteger(c.e) ? c : null;
  } catch {
    return null;
  }
}
