/** Password hashing with argon2id (OWASP's first choice), parameters from the library's defaults. */
import { hash, verify } from '@node-rs/argon2';

/** Argon2id hash in PHC string format. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 });
}

let dummy: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still spends the same time, so timing does not reveal accounts. */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('not-a-real-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
