#!/usr/bin/env bash
# The README's first command (`npm start`): installs everything, then runs the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

install_dependencies
pnpm run main-job
