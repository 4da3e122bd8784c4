#!/usr/bin/env bash
# `npm test`: every test, on a fresh machine too (installs what is missing first).
#   types and lint (with the architecture's import guards and the cycle check) → Node unit,
#   conformance and CLI tests → the core in Chromium (vitest browser mode) → the Worker in workerd
#   → the PWA end to end (Playwright + Debian Chromium + wrangler dev). Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI="${CI:-}" WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false NO_UPDATE_NOTIFIER=1
bash scripts/ensure-deps.sh

REPORTS=.tmp/test-reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
json() { echo "--reporter=default --reporter=json --outputFile.json=$REPORTS/$1.json"; }

step "types (tsc) and lint (biome, import guards, no cycles)"
npx tsc -p .
npx tsc -p worker
npx biome check .
npx tsx scripts/gen-import-rules.ts --check
npx tsx scripts/gen-warm-up-pdf.ts --check
npx tsx scripts/gen-warm-up-code.ts --check
npx tsx scripts/check-imports.ts
step "unit, conformance, CLI, PDF and QR tests (Node)"
npx vitest run $(json node)
step "the core in Chromium (vitest browser mode)"
npx vitest run -c vitest.browser.config.ts $(json chromium)
step "the Worker in workerd"
npx vitest run -c vitest.worker.config.ts $(json workerd)
step "the PWA end to end (Playwright, Chromium, wrangler dev)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e.json" npx playwright test --reporter=list,json
npx tsx scripts/test-summary.ts "$REPORTS"
