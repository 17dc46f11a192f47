#!/usr/bin/env bash
# The README's second command (`npm test`): installs what the tests need, then runs every test.
# Nothing is skipped: a missing tool is installed (as root) or the run fails saying how to get it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

bash scripts/lib/ensure-chromium.sh
install_dependencies

# Generated code must match the spec: regenerate and fail on any difference.
pnpm run generate:check
# Formatter and linter over every TypeScript and JavaScript file (Biome; `pnpm format` fixes).
set +e
pnpm exec biome ci .
biome_status=$?
# Lint, typecheck and test every package (turbo runs generate -> build -> test in order).
# The log is kept too, so the last line can add up the test counts.
log=$(mktemp)
pnpm exec turbo run lint typecheck test --concurrency=2 --continue --output-logs=full 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -ne 0 ] || status=$biome_status
set -e
node scripts/lib/summarize-tests.mjs "$log"
rm -f "$log"
exit "$status"
