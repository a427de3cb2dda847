/** A short beep and buzz per result, so the desk hears a problem without looking: one high tone for ok, two low ones for anything else. */
import type { ScanResult } from '../../../shared/checkin';

let audio: AudioContext | undefined;

function tone(ctx: AudioContext, freq: number, start: number, length: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = freq;
  gain.gain.setValueAtTime(0.15, ctx.currentTime + start);
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + start + length);
  osc.connect(gain).connect(ctx.destination);
  osc.start(ctx.currentTime + start);
  osc.stop(ctx.currentTime + start + length);
}

/** Plays the result's sound and vibration; silently does nothing where the browser offers neither. */
export function signalResult(result: ScanResult): void {
  const good = result === 'ok' || result === 'exit';
  try {
    navigator.vibrate?.(good ? 80 : [120, 80, 120]);
  } catch {
    // Not offered.
  }
  try {
    audio ??= new AudioContext();
    if (good) tone(audio, 1320, 0, 0.12);
    else {
      tone(audio, 330, 0, 0.15);
      tone(audio, 330, 0.22, 0.15);
    }
  } catch {
    // No audio (or not yet allowed by a user gesture).
  }
}
