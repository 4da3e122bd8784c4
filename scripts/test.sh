#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too (installs what is missing first).
#   types and lint → Node unit/conformance/CLI tests → the core in Chromium (vitest browser mode)
#   → the Worker in workerd → the PWA end to end (Playwright + Debian Chromium + wrangler dev)
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}" WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false NO_UPDATE_NOTIFIER=1
bash scripts/ensure-deps.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
step "types (tsc) and lint (biome)"
npx tsc -p .
npx tsc -p worker
npx biome check .
step "unit, conformance, CLI, PDF and QR tests (Node)"
npx vitest run
step "the core in Chromium (vitest browser mode)"
npx vitest run -c vitest.browser.config.ts
step "the Worker in workerd"
npx vitest run -c vitest.worker.config.ts
step "the PWA end to end (Playwright, Chromium, wrangler dev)"
npx playwright test
