#!/usr/bin/env bash
# Makes the user guide's screenshots again, in English and in French:
#   docs/guide/make-screenshots.sh [build folder] [languages]
#   (default: build/test "en fr"; `make guide-screenshots` builds what it needs and runs it)
#
# For each language, in a private temporary HOME and XDG folders (never the user's data):
#   1. oscalis_guide_shots seed   writes the guide's demo band into a fresh database;
#   2. oscalis --headless --demo  serves that database to browsers (plain HTTP on 127.0.0.1), and
#      browser-shots.mjs photographs a bandmate's phone (headless Chromium, 390×844);
#   3. oscalis_guide_shots desktop opens the studio window with the demo under Xvfb (1600×1000)
#      and grabs each page and dialog;
#   4. pngquant makes the images small, into docs/guide/images/<language>/ (replacing them all).
# The language comes from the environment (LANG, LANGUAGE, LC_ALL), as for a user.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$repo/build/test}" && pwd)
languages=${2:-en fr}
app=$build/app/oscalis
shots=$build/tests/guide/tools/oscalis_guide_shots
for program in "$app" "$shots" /usr/bin/Xvfb /usr/bin/pngquant /usr/bin/chromium; do
    if [[ ! -x $program ]]; then
        echo "make-screenshots: $program is missing (build with the tests: make build-test;" \
             "packages: .ci/install-deps.sh)" >&2
        exit 1
    fi
done
if [[ ! -d $repo/tests/e2e/node_modules/playwright-core ]]; then
    echo "make-screenshots: playwright-core is not installed in tests/e2e (build the test preset)" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/oscalis-guide-XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# One X server for every language; Xvfb picks a free display number and writes it on fd 3.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { echo "make-screenshots: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
display=:$(head -n1 "$work/display")

free_port() {
    node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

for lang in $languages; do
    case $lang in
        en) locale=en_GB.UTF-8 ;;
        fr) locale=fr_FR.UTF-8 ;;
        *) echo "make-screenshots: unknown language $lang (en or fr)" >&2; exit 1 ;;
    esac
    home=$work/$lang
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime" "$home/raw"
    chmod 700 "$home/runtime"
    db=$home/band.sqlite
    env_for_lang=(HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime"
        LANG="$locale" LANGUAGE="$lang" LC_ALL="$locale")

    invite=$(env "${env_for_lang[@]}" QT_QPA_PLATFORM=offscreen "$shots" seed "$db" "$lang")

    # The browser: Oscalis's own web server, on the demo, as a bandmate reaches it.
    port=$(free_port)
    env "${env_for_lang[@]}" QT_QPA_PLATFORM=offscreen "$app" --headless --demo --db "$db" \
        --web-plain-loopback --web-port "$port" >"$home/oscalis.log" 2>&1 &
    server=$!
    pids+=("$server")
    for _ in $(seq 300); do
        grep -q "Bandmates can join" "$home/oscalis.log" && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    if ! grep -q "Bandmates can join" "$home/oscalis.log"; then
        echo "make-screenshots: oscalis did not start its web server:" >&2
        cat "$home/oscalis.log" >&2
        exit 1
    fi
    env "${env_for_lang[@]}" node "$repo/docs/guide/tools/browser-shots.mjs" \
        "http://127.0.0.1:$port" "$invite" "$lang" "$home/raw"
    kill "$server"
    wait "$server" 2>/dev/null || true

    # The desktop: the studio window under Xvfb (after the browser, so it lists Bob's session).
    env "${env_for_lang[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$shots" desktop "$db" "$home/raw"

    images=$repo/docs/guide/images/$lang
    rm -rf "$images"
    mkdir -p "$images"
    for raw in "$home/raw"/*.png; do
        # Exit 99: the quality asked for would not fit in 256 colours; keep the original then.
        pngquant --quality 65-90 --speed 1 --strip --force --output "$images/$(basename "$raw")" "$raw" ||
            cp "$raw" "$images/"
    done
    echo "make-screenshots: $lang: $(ls "$images" | wc -l) images in $images ($(du -sh "$images" | cut -f1))"
done
