#!/usr/bin/env python3
"""Chat fan-out: Oscalis's WebSocket hub against a minimal broadcast server on npm `ws`.

100 WebSocket clients in one room; together they send 200 chat messages per second for 30 s
(bench/chat_fanout/load.mjs); every client must receive every message. Two servers, in turn, each
ROUNDS times:
  baseline  node baseline-server.mjs   (parse, number, broadcast: no database, no sessions)
  oscalis   oscalis --headless --web-plain-loopback   (sessions, permissions, every message stored
            in SQLite before it is sent, the real hub)
Both on plain ws:// over loopback, so TLS cost is out of both. For each run: delivered/expected,
latency p50/p99 (send -> each delivery, measured in the load process), and the server's CPU time
(utime+stime from /proc/<pid>/stat) per delivered message. Reported: medians over the rounds, and
Oscalis's CPU per delivered message as a ratio to the baseline's (target <= 1.0).

Usage: bench/chat_fanout/run.py BUILD_DIR [--clients N] [--rate R] [--seconds S] [--rounds K]
Needs node and `npm install` in bench/chat_fanout (bench/run.sh does it).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from benchutil import CLK_TCK, cpu_ticks, free_tcp_port  # noqa: E402 (bench/, found through the line above)


def fail(text):
    print(f"chat_fanout: FAILED: {text}", file=sys.stderr)
    sys.exit(1)


def cpu_seconds(pid):
    return cpu_ticks(pid) / CLK_TCK


def wait_http(port, proc, what):
    deadline = time.time() + 30
    while time.time() < deadline:
        if proc.poll() is not None:
            fail(f"{what} exited with status {proc.returncode} before it listened")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/me", timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers (401 without a session, or 426 for the baseline): listening
        except OSError:
            time.sleep(0.2)
    fail(f"{what} did not listen on port {port} within 30 s")


def run_load(url, tokens, args):
    out = subprocess.run(["node", os.path.join(HERE, "load.mjs"), url, tokens, str(args.clients), str(args.rate),
                          str(args.seconds)], capture_output=True, text=True, timeout=args.seconds + 120)
    sys.stderr.write(out.stderr)
    m = re.search(r"RESULT delivered=(\d+) expected=(\d+) p50_ms=([\d.na]+) p99_ms=([\d.na]+)", out.stdout)
    if out.returncode != 0 or not m:
        fail(f"load.mjs failed (status {out.returncode}): {out.stdout.strip()} {out.stderr.strip()[-400:]}")
    return int(m.group(1)), int(m.group(2)), float(m.group(3)), float(m.group(4))


def one_round(kind, build, args, work):
    port = free_tcp_port()
    if kind == "baseline":
        proc = subprocess.Popen(["node", os.path.join(HERE, "baseline-server.mjs"), str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url, tokens = f"ws://127.0.0.1:{port}/", "-"
    else:
        db = os.path.join(work, f"oscalis-{port}.sqlite")
        tokens = os.path.join(work, f"tokens-{port}.txt")
        subprocess.run([os.path.join(build, "bench", "bench_chat_seed"), db, str(args.clients), tokens],
                       check=True, capture_output=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.info=false")
        proc = subprocess.Popen([os.path.join(build, "app", "oscalis"), "--headless", "--db", db,
                                 "--web-plain-loopback", "--web-port", str(port), "--reaper-port", str(free_tcp_port())],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        url = f"ws://127.0.0.1:{port}/ws?band=1"
    try:
        wait_http(port, proc, kind)
        before = cpu_seconds(proc.pid)
        delivered, expected, p50, p99 = run_load(url, tokens, args)
        cpu = cpu_seconds(proc.pid) - before
        if proc.poll() is not None:
            fail(f"{kind} server died during the run")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    us_per_msg = cpu / delivered * 1e6 if delivered else float("inf")
    print(f"{kind:8s} delivered {delivered}/{expected} ({100.0 * delivered / expected:.2f} %), "
          f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, server CPU {cpu:.2f} s = {us_per_msg:.2f} us per delivered message",
          flush=True)
    return delivered / expected, p50, p99, us_per_msg


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(HERE, "node_modules", "ws")):
        fail("run `npm install` in bench/chat_fanout first (bench/run.sh does)")
    results = {"baseline": [], "oscalis": []}
    with tempfile.TemporaryDirectory() as work:
        for _ in range(args.rounds):
            for kind in ("baseline", "oscalis"):  # interleaved, so both see the same machine
                results[kind].append(one_round(kind, args.build, args, work))
    med = {k: [statistics.median(r[i] for r in v) for i in range(4)] for k, v in results.items()}
    ratio = med["oscalis"][3] / med["baseline"][3]
    delivered_pct = 100.0 * min(r[0] for r in results["oscalis"])
    ok = delivered_pct == 100.0 and ratio <= 1.0 and med["oscalis"][2] <= 10.0
    print(f"RESULT oscalis_delivered_pct={delivered_pct:.2f} oscalis_p50_ms={med['oscalis'][1]:.2f} "
          f"oscalis_p99_ms={med['oscalis'][2]:.2f} oscalis_cpu_us_per_msg={med['oscalis'][3]:.2f} "
          f"baseline_delivered_pct={100.0 * min(r[0] for r in results['baseline']):.2f} "
          f"baseline_p50_ms={med['baseline'][1]:.2f} baseline_p99_ms={med['baseline'][2]:.2f} "
          f"baseline_cpu_us_per_msg={med['baseline'][3]:.2f} cpu_ratio={ratio:.2f} pass={'yes' if ok else 'no'}")


if __name__ == "__main__":
    main()
