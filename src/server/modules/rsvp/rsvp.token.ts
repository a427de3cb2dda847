/** Personal reply links: `<participantId>.<mac>`, unguessable without the server key, revoked by bumping the participant's epoch. */
import { macOf, sameMac } from '../../platform/secrets';

/** The token of a participant's personal link. */
export function rsvpToken(participantId: string, epoch: number): string {
  return `${participantId}.${macOf(`rsvp:${participantId}:${epoch}`)}`;
}

/** The participant a token names, if it is well formed; the caller checks it with `tokenMatches`. */
export function participantOfToken(token: string): string | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{24})$/.exec(token);
  return m ? m[1] : null;
}

/** True when the token is the current one for the participant. */
export function tokenMatches(token: string, participantId: string, epoch: number): boolean {
  return sameMac(token, rsvpToken(participantId, epoch));
}

/** The personal link; `via` is the delivery's tracking token so opening the link counts as read. */
export function rsvpUrl(publicUrl: string, token: string, via?: string): string {
  return `${publicUrl}/r/${token}${via ? `?via=${via}` : ''}`;
}
