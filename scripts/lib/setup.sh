# Sourced by the README's commands: the environment every script runs in, and pnpm.
# pnpm is the version package.json pins; when it is not installed, npx fetches it from npm.

# Our tools phone home by default; everything here stays on this machine.
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1 DO_NOT_TRACK=1
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1
export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false

PNPM_VERSION=$(node -p 'require("./package.json").packageManager.split("@")[1]')

pnpm() {
  if [ "$(command pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    command pnpm "$@"
  else
    npx --yes "pnpm@$PNPM_VERSION" "$@"
  fi
}

install_dependencies() {
  pnpm install --frozen-lockfile
}
