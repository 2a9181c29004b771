#!/usr/bin/env python3
"""Start to first painted window: `oscalis --exit-after-first-paint --port 0` under Xvfb.

One Xvfb server is started first (its own start-up is not counted). Each run is timed from
just before the process is spawned (time.monotonic(), CLOCK_MONOTONIC) to the "monotonic M ms"
the program prints once its window has painted (QElapsedTimer, also CLOCK_MONOTONIC).
Baseline in the same run: bench's qt_hello (QApplication and one empty QWidget, same line).
Runs alternate hello / oscalis after one unmeasured warm-up of each; medians of RUNS runs.

Usage: bench/startup.py BUILD_DIR [--runs N]
Stdlib only. Fails loudly (exit 1) if a program fails or prints no first-paint line.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchutil import free_tcp_port

LINE = re.compile(r"first-paint: ([0-9.]+) ms after main\(\); monotonic (\d+) ms")


def fail(text):
    print(f"startup: FAILED: {text}", file=sys.stderr)
    sys.exit(1)


def start_xvfb():
    """Starts Xvfb on a free display (it picks one and writes it to a pipe when ready)."""
    if not shutil.which("Xvfb"):
        fail("Xvfb is missing (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x900x24",
                               "-nolisten", "tcp"],
                              pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    data = b""
    deadline = time.monotonic() + 20
    while not data.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read_fd, 64)
        if not chunk:
            break
        data += chunk
    os.close(read_fd)
    if not data.strip().isdigit():
        server.kill()
        fail("Xvfb did not start: " + server.stderr.read().decode(errors="replace")[-1000:])
    return server, ":" + data.strip().decode()


def run_once(argv, env):
    """Milliseconds from spawn to first paint, and the program's own figure after main()."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        fail(f"{argv[0]} did not paint and quit within 60 s")
    m = LINE.search(out.decode(errors="replace"))
    if p.returncode != 0 or not m:
        fail(f"{' '.join(argv)} exited with {p.returncode} and printed no first-paint line:\n"
             + out.decode(errors="replace")[-1000:] + err.decode(errors="replace")[-1000:])
    return float(m.group(2)) - t0 * 1000.0, float(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", nargs="?", default="build/test")
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()

    oscalis = os.path.join(args.build, "app", "oscalis")
    hello = os.path.join(args.build, "bench", "qt_hello")
    for path in (oscalis, hello):
        if not os.access(path, os.X_OK):
            fail(f"missing {path} (build with: cmake --preset test && cmake --build build/test)")

    server, display = start_xvfb()
    config = tempfile.mkdtemp(prefix="oscalis-startup-")
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=config, XDG_DATA_HOME=config)
    # The web server starts too, as in real use, on a port free now.
    programs = {"qt_hello": [hello],
                "oscalis": [oscalis, "--exit-after-first-paint", "--port", "0", "--web-port", str(free_tcp_port())]}
    spawn = {name: [] for name in programs}
    after_main = {name: [] for name in programs}
    try:
        for name, argv in programs.items():  # warm-up: page cache, fontconfig cache
            run_once(argv, env)
        for _ in range(args.runs):
            for name, argv in programs.items():
                total, inside = run_once(argv, env)
                spawn[name].append(total)
                after_main[name].append(inside)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(config, ignore_errors=True)

    print(f"Start to first painted window under Xvfb {display} (1600x900x24), {args.runs} runs each, "
          "alternating, after one warm-up each")
    print(f"{'program':10} {'median ms':>10} {'(after main)':>13} {'min':>7} {'max':>7}   runs (ms from spawn)")
    for name in programs:
        v = spawn[name]
        print(f"{name:10} {statistics.median(v):10.1f} {statistics.median(after_main[name]):13.1f} "
              f"{min(v):7.1f} {max(v):7.1f}   " + ", ".join(f"{x:.0f}" for x in v))
    o, h = statistics.median(spawn["oscalis"]), statistics.median(spawn["qt_hello"])
    ratio = o / h
    print(f"ratio oscalis / qt_hello: {ratio:.2f}")
    print()
    print(f"RESULT startup ratio={ratio:.2f} oscalis_median_ms={o:.1f} hello_median_ms={h:.1f} "
          f"oscalis_after_main_ms={statistics.median(after_main['oscalis']):.1f} "
          f"target=<500ms pass={'yes' if o < 500 else 'no'}")


if __name__ == "__main__":
    main()
