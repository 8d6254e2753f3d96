#!/usr/bin/env bash
# Install the Debian packages Sitrep's CI needs:
#   kcat      independent Kafka client used by tests (publish like a non-Node pipeline, read back)
#   chromium  headless browser for UI tests
#   fonts-liberation  only a Recommends of chromium (so skipped by --no-install-recommends), but
#             without it pages render with whatever fallback font fontconfig finds
# Non-interactive; safe to rerun: if every package is already installed it does not touch apt.
# Needs root, or sudo without a password.
set -euo pipefail

PACKAGES=(kcat chromium fonts-liberation)

log() { printf 'install-debian-packages: %s\n' "$*" >&2; }

is_installed() { # dpkg's view, not PATH: "install ok installed"
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
for p in "${PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done

if (( ${#missing[@]} == 0 )); then
  log "already installed: ${PACKAGES[*]}; nothing to do"
  exit 0
fi

SUDO=()
if (( $(id -u) != 0 )); then
  command -v sudo >/dev/null 2>&1 || { log "ERROR: not root and no sudo; cannot install ${missing[*]}"; exit 1; }
  SUDO=(sudo -n)
fi

export DEBIAN_FRONTEND=noninteractive
APT_OPTS=(-y -q -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

log "installing: ${missing[*]}"
log "apt-get update"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
log "apt-get install --no-install-recommends ${missing[*]}"
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTS[@]}" --no-install-recommends "${missing[@]}" </dev/null

for p in "${missing[@]}"; do
  is_installed "$p" || { log "ERROR: $p is still not installed"; exit 1; }
done
log "installed: kcat $( (kcat -V 2>/dev/null || true) | sed -n 's/^Version \([^ ]*\).*/\1/p')"
log "installed: $(chromium --version 2>/dev/null || echo 'chromium (version unknown)')"
