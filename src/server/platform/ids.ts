/** Ids and secrets: UUIDv7 ids (time-ordered, made by the app so offline clients agree), random tokens. */
import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

/** A new row id. */
export function newId(): string {
  return uuidv7();
}

/** An unguessable token for cookies and personal links (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token: a hash, so the database alone cannot be used to log in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
