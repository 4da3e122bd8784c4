// Sound and vibration per verdict, distinct enough to tell apart without looking.
import type { Verdict } from '../../../core/reasons';

const TONES: Record<Verdict, { freq: number[]; vibrate: number[] }> = {
  valid: { freq: [880, 1320], vibrate: [80] },
  invalid: { freq: [220, 220, 220], vibrate: [250, 100, 250, 100, 250] },
  indeterminate: { freq: [440, 330], vibrate: [150, 100, 150] },
};

let audio: AudioContext | undefined;

export function signal(verdict: Verdict, options: { sound: boolean; vibrate: boolean }): void {
  const tone = TONES[verdict];
  if (options.vibrate && 'vibrate' in navigator) navigator.vibrate(tone.vibrate);
  if (!options.sound) return;
  try {
    audio ??= new AudioContext();
    let at = audio.currentTime;
    for (const freq of tone.freq) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.2, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.15);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + 0.16);
      at += 0.18;
    }
  } catch {
    // no audio output: the screen still shows the verdict
  }
}
