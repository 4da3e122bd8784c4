// The record's `app` member (PROFILE §9): name, version and build of this verifier. The version
// is package.json's (`__DQC_VERSION__`, defined by vite.config.ts); the build is the content hash Vite put in the entry script's file name
// (`/assets/app-Bx3k9Q.js` → `app-Bx3k9Q`), which changes with every release: no build step
// has to be told about it. A dev server (no hashed entry) says `dev`.
import type { RecordApp } from '../../../record/record-json';

export function buildOf(scriptSrc: string | undefined): string {
  const file = scriptSrc ? new URL(scriptSrc, 'https://x/').pathname.split('/').pop() : undefined;
  const hashed = file ? /^([\w-]+-[\w-]{6,})\.js$/.exec(file)?.[1] : undefined;
  return hashed ?? 'dev';
}

export function appInfo(name: string): RecordApp {
  const script =
    typeof document === 'undefined'
      ? undefined
      : document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  return {
    name,
    version: typeof __DQC_VERSION__ === 'string' ? __DQC_VERSION__ : 'dev',
    build: buildOf(script),
  };
}
