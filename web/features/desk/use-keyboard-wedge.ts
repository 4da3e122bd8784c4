// Hardware scanners in keyboard-wedge mode type the URL and press Enter. Keystrokes that arrive
// while no text field has focus are collected; Enter hands over what looks like a URL.
import { useEffect } from 'preact/hooks';

const MAX_LENGTH = 2400; // a little over the 2,331-byte URL limit (PROFILE §2)
const IDLE_RESET_MS = 1500;

export function useKeyboardWedge(enabled: boolean, onText: (text: string) => void): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let buffer = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const now = performance.now();
      if (now - last > IDLE_RESET_MS) buffer = '';
      last = now;
      if (event.key === 'Enter') {
        const text = buffer;
        buffer = '';
        if (/^https?:\/\//i.test(text)) {
          event.preventDefault();
          onText(text);
        }
        return;
      }
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && buffer.length < MAX_LENGTH)
        buffer += event.key;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onText]);
}
