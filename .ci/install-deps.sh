#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Oscalis needs to build, run and test.
# Only what is missing is installed; apt-get runs through sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools libgl-dev
  qt6-translations-l10n
  liblo-dev liblo-tools
  libqt6sql6-sqlite libsqlite3-dev libsodium-dev
  xvfb xauth imagemagick procps python3 fonts-dejavu-core
  lua5.4
  librsvg2-bin desktop-file-utils appstream lintian dpkg-dev file
  libqrencode-dev
  qt6-websockets-dev libssl-dev
  libopus-dev
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
  pulseaudio pulseaudio-utils
  pngquant
  dbus-daemon
)
# `install-deps.sh fuzz` adds what `make fuzz` needs: clang and its libFuzzer/sanitizer runtimes
# (the generic package names, on Debian 12 as on Ubuntu 24.04).
[ "${1:-}" = fuzz ] && packages+=(clang libclang-rt-dev)
# The browser client is built with npm (resources/web); a Node.js from elsewhere (nvm, NodeSource)
# already on the PATH is used as it is.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
# Headless Chromium runs the browser end-to-end tests. Debian packages it as chromium; Ubuntu only
# as a snap, which apt-get can't install here, so there it is left out.
os_id="$(. /etc/os-release 2>/dev/null && echo "${ID:-}")"
[ "$os_id" = "ubuntu" ] || packages+=(chromium)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
