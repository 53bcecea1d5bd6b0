#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently: Debian packages (headless Chromium,
# ripgrep, headers for code-server's native addons) and code-server 4.100.3 (= VS Code 1.100.3
# server + web workbench) into a cache dir. A second run is a fast no-op.
#
# Why code-server and not @vscode/test-electron: this machine kind can reach only the npm
# registry and Debian's apt, so neither VS Code desktop nor Electron can be downloaded. See
# test/e2e/README.md. Based on the tested recipe in /work/shared/e2e/recipe.sh.
#
# Env: E2E_HOME (default ~/.cache/vscode-e2e), CODE_SERVER_VERSION (default 4.100.3).
# Prints the code-server binary path as the last line of its output.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
E2E_HOME="${E2E_HOME:-$HOME/.cache/vscode-e2e}"
CS_DIR="$E2E_HOME/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_BIN="$CS_DIR/node_modules/.bin/code-server"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Build native addons against the headers Debian's nodejs package ships; without this node-gyp
# would try to download the headers from nodejs.org, which is unreachable.
[ -f /usr/include/node/node.h ] && export npm_config_nodedir=/usr

log() { printf '[e2e-setup %s] %s\n' "$(date +%T)" "$*" >&2; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

apt_deps() {
  # libkrb5-dev is what the 'kerberos' addon links against; the other -dev packages are the set
  # code-server's documentation lists, which is the combination that was verified.
  local wanted=(chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ca-certificates)
  command -v make >/dev/null && command -v g++ >/dev/null || wanted+=(build-essential)
  command -v python3 >/dev/null || wanted+=(python3)
  local missing=() p
  for p in "${wanted[@]}"; do installed "$p" || missing+=("$p"); done
  [ "${#missing[@]}" = 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${missing[*]} (run this script as root, or install them)"
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# code-server writes ~/.config/code-server/config.yaml and ~/.local/share/code-server/coder-logs
# even for --version, so give it a throwaway HOME.
cs_version() {
  local h
  h="$(mktemp -d)"
  HOME="$h" XDG_CONFIG_HOME="$h/.config" XDG_DATA_HOME="$h/.local/share" XDG_CACHE_HOME="$h/.cache" \
    "$CODE_SERVER_BIN" --version 2>/dev/null | grep -E "^[0-9]+\.[0-9]+" >&2 || true
  rm -rf "$h"
}

install_code_server() {
  command -v rg >/dev/null || { log "ripgrep missing"; exit 1; }
  local work
  work="$(mktemp -d)"
  mkdir -p "$work/tmp"
  log "code-server@$CODE_SERVER_VERSION: finding the @vscode/ripgrep release its postinstall would fetch"
  (cd "$work" && npm pack --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null)
  local rgpkg rgtag target
  rgpkg="$(tar -xzOf "$work"/code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages["node_modules/@vscode/ripgrep"].version))')"
  (cd "$work" && npm pack --loglevel=error "@vscode/ripgrep@$rgpkg" >/dev/null)
  rgtag="$(tar -xzOf "$work"/vscode-ripgrep-*.tgz package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")"
  case "$(uname -m)" in
    x86_64) target=x86_64-unknown-linux-musl ;;
    aarch64) target=aarch64-unknown-linux-musl ;;
    *) log "unsupported architecture $(uname -m)"; exit 1 ;;
  esac
  # @vscode/ripgrep's postinstall downloads rg from api.github.com unless
  # $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<tag>-<target>.tar.gz already exists, and
  # there is no variable to skip it: seed that cache with Debian's rg.
  local seed="$work/tmp/vscode-ripgrep-cache-$rgpkg"
  mkdir -p "$seed"
  tar -czf "$seed/ripgrep-$rgtag-$target.tar.gz" -C "$(dirname "$(readlink -f "$(command -v rg)")")" rg

  log "npm install code-server@$CODE_SERVER_VERSION into $CS_DIR (compiles native addons, about 1 min)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it.
  # npm_config_yes: node-pty's post-install runs 'npx node-gyp'; the image's ~/.npmrc says yes=false.
  local rc=0
  TMPDIR="$work/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-save --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION" >"$work/npm.log" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    grep -v -E 'Unknown (env|user|cli) config' "$work/npm.log" | tail -n 40 >&2 || true
    log "npm install code-server failed (rc=$rc); full log: $work/npm.log"
    exit 1
  fi
  local vs="$CS_DIR/node_modules/code-server/lib/vscode/node_modules"
  [ -x "$CODE_SERVER_BIN" ] || { log "code-server binary missing after install"; exit 1; }
  [ -x "$vs/@vscode/ripgrep/bin/rg" ] || { log "no bundled rg: ripgrep seeding failed"; exit 1; }
  # npm 11 only warns that install scripts are "not yet covered by allowScripts"; should a later
  # npm skip them, the native addons would be missing and VS Code would fail at run time instead.
  local m
  for m in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node \
    native-watchdog/build/Release/watchdog.node kerberos/build/Release/kerberos.node; do
    [ -f "$vs/$m" ] || { log "native module $m was not built (install scripts skipped?)"; exit 1; }
  done
  cs_version
  touch "$CS_DIR/.e2e-complete"
  rm -rf "$work"
}

t0=$SECONDS
apt_deps
if [ -x "$CODE_SERVER_BIN" ] && [ -f "$CS_DIR/.e2e-complete" ]; then
  : # Already installed: nothing to do.
else
  install_code_server
fi
log "ready in $((SECONDS - t0)) s"
echo "$CODE_SERVER_BIN"
