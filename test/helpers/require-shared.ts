// The public vectors live in ../shared beside the repository (PROFILE.md and shared/vectors).
// A suite that needs them must fail loudly when they are missing, never skip itself: a clean
// clone without them would otherwise "pass" with the conformance and photo suites silently gone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export const SHARED_MISSING = `../shared is missing (looked for ${SHARED}).
The tests read the profile and the public vectors from the steering repository's shared/ folder,
checked out beside this repository (…/shared next to …/main). See CONTRIBUTING.md.`;

/** Vitest global set-up: stops the whole run before any suite when ../shared is absent. */
export default function requireShared(): void {
  for (const part of ['spec/PROFILE.md', 'vectors/qr-photos/manifest.json', 'vectors/mdoc/README.md']) {
    if (!existsSync(`${SHARED}${part}`)) throw new Error(`${SHARED_MISSING}\n(missing: shared/${part})`);
  }
}
