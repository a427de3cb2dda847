/** This phone's settings at the desk, kept in localStorage: its name on scans (签到台1), the list chosen per meeting, sound on or off. */

const DEVICE_KEY = 'huiwu.checkin.device';
const SOUND_KEY = 'huiwu.checkin.sound';
const listKey = (meetingId: string) => `huiwu.checkin.list.${meetingId}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the setting lasts for this page only.
  }
}

/** A default name that differs between phones: the desk's word and three random characters (签到台-K7Q, Desk-K7Q). */
export function defaultDeviceName(prefix: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return `${prefix}-${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/** The device name saved on this phone, if any. */
export function savedDeviceName(): string | null {
  return read(DEVICE_KEY)?.trim() || null;
}

/** Saves the device name. */
export function saveDeviceName(name: string): void {
  write(DEVICE_KEY, name.trim());
}

/** The list last used for a meeting on this phone. */
export function savedListId(meetingId: string): string | null {
  return read(listKey(meetingId));
}

/** Remembers the list used for a meeting. */
export function saveListId(meetingId: string, listId: string): void {
  write(listKey(meetingId), listId);
}

/** Whether results beep and vibrate (on unless turned off). */
export function soundOn(): boolean {
  return read(SOUND_KEY) !== 'off';
}

/** Turns the beep and vibration on or off. */
export function saveSoundOn(on: boolean): void {
  write(SOUND_KEY, on ? 'on' : 'off');
}

/** A random id for a scan: crypto.randomUUID where the page is a secure context, else the same shape from getRandomValues. */
export function newNonce(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
