#!/usr/bin/env bash
# Debian/Ubuntu packages Qt needs that a fresh machine lacks (see ../shared/STACK.md):
# offscreen Qt, real windows under Xvfb, PDF-to-PNG for the report checks, venv support.
# Installs only what is missing; does nothing on other systems.
set -euo pipefail

PACKAGES=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
          xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-randr0 libxcb-render-util0 libxcb-image0 poppler-utils python3-venv)

command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || exit 0

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Missing system packages: ${missing[*]} (run as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
