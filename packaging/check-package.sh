#!/usr/bin/env bash
# check-package.sh DEB: checks Oscalis's Debian package the way a user meets it.
#
#  1. the package holds what it should (programs, menu entry, icons, metainfo, manual pages,
#     REAPER files, kiosk example, copyright, changelog);
#  2. desktop-file-validate and appstreamcli validate accept the files inside it;
#  3. lintian finds no error (warnings are listed; accepted ones are explained in
#     packaging/oscalis.lintian-overrides);
#  4. as root only: dpkg -i (apt-get install -f for missing dependencies), then oscalis --version,
#     a headless demo (started, connected to its simulator, stopped), the window under Xvfb once
#     painted, and dpkg --purge so the computer is left as it was.
#
# Without root, step 4 is skipped and said so. If a package named oscalis is already installed,
# step 4 is skipped too rather than replace it. Run by `make package-check` and `make test`.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 PACKAGE.deb  (build one with: make package)" >&2
  exit 2
fi
deb=$(realpath "$1")
work=$(mktemp -d)
installed_by_us=0
demo=""

cleanup() {
  trap '' PIPE # a closed output (| head) must not stop the removal
  [ -n "$demo" ] && kill "$demo" 2>/dev/null
  if [ $installed_by_us -eq 1 ]; then
    if dpkg --purge oscalis >/dev/null; then
      echo "== Removed the package (dpkg --purge oscalis)"
    else
      echo "warning: could not remove the oscalis package; run: dpkg --purge oscalis" >&2
    fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP PIPE # through cleanup, so the package never stays installed

step() { printf '\n== %s\n' "$*"; }
fail() {
  echo "FAILED: $*" >&2
  exit 1
}

for tool in dpkg-deb file desktop-file-validate appstreamcli lintian; do
  command -v $tool >/dev/null || fail "$tool is missing; make deps (.ci/install-deps.sh) installs it"
done

version=$(dpkg-deb --field "$deb" Version)
upstream_version=${version%-*}

step "Contents of $(basename "$deb") (version $version)"
dpkg-deb --field "$deb" Package Version Architecture Depends Section
dpkg-deb -x "$deb" "$work/root"
expected=(
  usr/bin/oscalis
  usr/bin/oscalis-reaper-sim
  usr/share/applications/org.oscalis.Oscalis.desktop
  usr/share/metainfo/org.oscalis.Oscalis.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/org.oscalis.Oscalis.svg
  usr/share/man/man1/oscalis.1.gz
  usr/share/man/man1/oscalis-reaper-sim.1.gz
  usr/share/oscalis/reaper/Oscalis.ReaperOSC
  usr/share/oscalis/reaper/oscalis.lua
  usr/share/oscalis/reaper/oscalis_json.lua
  usr/share/oscalis/reaper/README.md
  usr/share/oscalis/reaper/index.xml
  usr/share/oscalis/autostart/oscalis-kiosk.desktop
  usr/lib/systemd/user/oscalis-kiosk.service
  usr/share/doc/oscalis/copyright
  usr/share/doc/oscalis/changelog.Debian.gz
)
for size in 16 24 32 48 64 128 256 512; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/org.oscalis.Oscalis.png")
done
for path in "${expected[@]}"; do
  [ -f "$work/root/$path" ] || fail "the package has no /$path"
done
for program in oscalis oscalis-reaper-sim; do
  file "$work/root/usr/bin/$program" | grep -q ', stripped' ||
    fail "/usr/bin/$program is not stripped"
done
echo "all ${#expected[@]} expected files are there; the programs are stripped"

step "desktop-file-validate"
desktop-file-validate "$work/root/usr/share/applications/org.oscalis.Oscalis.desktop" \
  "$work/root/usr/share/oscalis/autostart/oscalis-kiosk.desktop" ||
  fail "desktop-file-validate rejects a desktop entry"
echo "both desktop entries are valid"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.oscalis.Oscalis.metainfo.xml" ||
  fail "appstreamcli rejects the AppStream metainfo"

step "lintian"
lintian_out="$work/lintian.txt"
status=0
lintian --fail-on error --display-info "$deb" >"$lintian_out" 2>&1 || status=$?
grep -v '^running with root privileges' "$lintian_out" || true
[ $status -eq 0 ] || fail "lintian reports errors (E: lines above)"
if grep -q '^W: ' "$lintian_out"; then
  echo "lintian: no errors; the warnings above are allowed but should be looked at"
else
  echo "lintian: no errors, no warnings"
fi

if [ "$(id -u)" -ne 0 ]; then
  step "SKIPPED: installing with dpkg -i, running the installed Oscalis and removing it need root"
  exit 0
fi
if dpkg-query -W -f='${Status}' oscalis 2>/dev/null | grep -q 'install ok installed'; then
  step "SKIPPED: oscalis is already installed on this computer; it is left alone"
  exit 0
fi

step "dpkg -i"
installed_by_us=1
if ! dpkg -i "$deb"; then
  echo "-- dpkg -i wants dependencies: apt-get install -f"
  DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends
fi
dpkg-query -W -f='${Status}' oscalis | grep -q 'install ok installed' ||
  fail "the package did not install"
dpkg -L oscalis
[ "$(command -v oscalis)" = /usr/bin/oscalis ] || fail "oscalis is not /usr/bin/oscalis on PATH"
[ -f /usr/share/applications/org.oscalis.Oscalis.desktop ] ||
  fail "the menu entry is not in /usr/share/applications"

# A home of its own, so nothing of this run stays in root's settings.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

step "oscalis --version"
# offscreen: oscalis --version still opens the GUI platform, which fails without a display.
got=$(QT_QPA_PLATFORM=offscreen /usr/bin/oscalis --version)
echo "$got"
[ "$got" = "Oscalis $upstream_version" ] || fail "expected 'Oscalis $upstream_version'"

step "headless demo: oscalis --demo --headless"
QT_QPA_PLATFORM=offscreen /usr/bin/oscalis --demo --headless --db "$work/band.sqlite" \
  >"$work/demo.log" 2>&1 &
demo=$!
for _ in $(seq 1 150); do # up to 15 s on a slow machine
  grep -q 'Connected to REAPER' "$work/demo.log" && break
  kill -0 $demo 2>/dev/null || break
  sleep 0.1
done
connected=0
grep -q 'Connected to REAPER' "$work/demo.log" && connected=1
if kill -0 $demo 2>/dev/null; then
  kill -TERM $demo
  status=0
  wait $demo || status=$?
  demo=""
  [ $status -eq 143 ] || fail "the headless demo did not stop on SIGTERM (exit status $status)"
else
  wait $demo || true
  demo=""
  cat "$work/demo.log"
  fail "the headless demo quit by itself"
fi
cat "$work/demo.log"
[ $connected -eq 1 ] || fail "the headless demo never connected to its simulator"
[ -s "$work/band.sqlite" ] || fail "the headless demo did not create its band database"
echo "the demo started, connected to its REAPER simulator and stopped on SIGTERM"

if command -v xvfb-run >/dev/null; then
  step "the window under Xvfb: oscalis --demo --exit-after-first-paint"
  xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/oscalis --demo --exit-after-first-paint \
    --db "$work/band.sqlite" >"$work/gui.log" 2>&1 || {
    cat "$work/gui.log"
    fail "the installed Oscalis did not open its window"
  }
  cat "$work/gui.log"
  grep -q '^first-paint:' "$work/gui.log" || fail "the window was never painted"
else
  step "SKIPPED: the window check needs xvfb-run (package xvfb)"
fi

step "oscalis passed: installed, ran, and is being removed"
