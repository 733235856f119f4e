#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs on a Debian machine (run as root), idempotently:
#   - apt: chromium (driven by playwright-core), neovim (the second LSP editor), ripgrep and
#     libkrb5-dev (needed to install code-server, see below);
#   - code-server (a real VS Code 1.100.3 served to a browser) into a cache folder OUTSIDE the
#     package, so the 300 MB never becomes a dependency of the extension.
# A second run only checks and returns in about a second.
#
# The cache folder is $COPYDESK_E2E_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-e2e;
# test/e2e/paths.ts resolves the same folder.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${COPYDESK_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-e2e}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"
MARKER="$PREFIX/.installed"

log() { printf '[install-e2e-deps] %s\n' "$*"; }

# --- apt packages ---------------------------------------------------------------------------
APT_PACKAGES=(libkrb5-dev ripgrep chromium neovim)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages present: ${APT_PACKAGES[*]}"
fi

# --- code-server ----------------------------------------------------------------------------
if [[ -f "$MARKER" && -f "$ENTRY" ]]; then
  log "code-server $CODE_SERVER_VERSION present in $PREFIX"
  exit 0
fi

mkdir -p "$PREFIX"
TMP_ROOT="${TMPDIR:-/tmp}"

# @vscode/ripgrep's postinstall downloads a ripgrep build from GitHub, which is unreachable here,
# unless its cache folder already holds the archive. Debian's rg (13.0.0) stands in for it: the
# archive holds the single file `rg`. The names are those of the @vscode/ripgrep that
# code-server 4.100.3 pins (1.15.11; VERSION 'v13.0.0-10' in its lib/postinstall.js).
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
seed_ripgrep_cache() {
  local dir="$TMP_ROOT/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION" work
  [[ -f "$dir/$RIPGREP_ASSET" ]] && return 0
  work="$(mktemp -d)"
  cp /usr/bin/rg "$work/rg"
  mkdir -p "$dir"
  tar -czf "$dir/$RIPGREP_ASSET" -C "$work" rg
  rm -rf "$work"
}
seed_ripgrep_cache

log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX (about 90 s)"
# unsafe_perm: code-server's postinstall refuses to run as root without it;
# yes: node-pty's build runs `npx node-gyp`, which would otherwise prompt.
(
  cd "$PREFIX"
  [[ -f package.json ]] || printf '{ "name": "copydesk-e2e-code-server", "private": true }\n' > package.json
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
)

if [[ ! -f "$ENTRY" ]]; then
  log "code-server did not install: $ENTRY is missing" >&2
  exit 1
fi
# The ripgrep binary must exist, or search in the workbench fails at run time.
if ! find "$PREFIX/node_modules" -path '*@vscode/ripgrep/bin/rg' -type f | grep -q .; then
  log "code-server installed without @vscode/ripgrep's rg binary" >&2
  exit 1
fi
# XDG_CONFIG_HOME: otherwise code-server writes a default config into ~/.config/code-server.
XDG_CONFIG_HOME="$PREFIX/xdg-config" "$PREFIX/node_modules/.bin/code-server" --version
touch "$MARKER"
log "done"
