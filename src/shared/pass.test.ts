import { describe, expect, it } from 'vitest';
import { passPublicKey, signPass, verifyPass } from './pass';

const seed = new Uint8Array(32).map((_, i) => i + 1);
const other = new Uint8Array(32).map((_, i) => 200 - i);

describe('passes', () => {
  it('verifies with the public key alone and refuses tampering or another key', async () => {
    const pub = await passPublicKey(seed);
    const token = await signPass({ m: 'meeting-1', p: 'participant-1', e: 0 }, seed);
    expect(token).toMatch(/^HW1\.[\w-]+\.[\w-]+$/);
    expect(await verifyPass(token, pub)).toEqual({ m: 'meeting-1', p: 'participant-1', e: 0 });
    expect(await verifyPass(token, await passPublicKey(other))).toBeNull();
    const [, body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ m: 'meeting-1', p: 'participant-2', e: 0 })).toString('base64url');
    expect(await verifyPass(`HW1.${forged}.${sig}`, pub)).toBeNull();
    expect(await verifyPass(`HW1.${body}.${sig.slice(0, -2)}AA`, pub)).toBeNull();
    expect(await verifyPass('not a pass', pub)).toBeNull();
    expect(await verifyPass('', pub)).toBeNull();
  });
});
