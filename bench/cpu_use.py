#!/usr/bin/env python3
"""CPU use of Oscalis while REAPER (the simulator) plays 64 tracks with meters at 15 Hz.

Three runs in turn, each against its own oscalis-reaper-sim --tracks 64 --play:
  baseline  oscdump -L PORT > /dev/null   (liblo receiving and printing the same stream)
  headless  oscalis --headless --bank-size 64
  gui       oscalis --bank-size 64 under xvfb-run (the real window, whatever ui/ holds today)
For each, utime+stime of the process is read from /proc/<pid>/stat over WINDOWS windows of
WINDOW_S seconds after a settling pause; the median is reported as % of one core, and the
Oscalis figures as ratios to the oscdump baseline of the same run.

Usage: bench/cpu_use.py BUILD_DIR [--windows N] [--window-seconds S]
Stdlib only. Fails loudly (exit 1) if a process dies or the stream does not flow.
"""

import argparse
import os
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

from benchutil import CLK_TCK, cpu_ticks, free_tcp_port, free_udp_port

TRACKS = 64
SETTLE_S = 4.0


def fail(text):
    print(f"cpu_use: FAILED: {text}", file=sys.stderr)
    sys.exit(1)


def find_binary(build, names):
    for name in names:
        path = os.path.join(build, name)
        if os.access(path, os.X_OK):
            return path
    fail(f"cannot find {names[0]} under {build} (build with: cmake --preset test && cmake --build build/test)")


def osc_string(text):
    data = text.encode() + b"\0"
    return data + b"\0" * (-len(data) % 4)


def osc_int_message(path, value):
    return osc_string(path) + osc_string(",i") + struct.pack(">i", value)


def send_handshake(port):
    """What Oscalis's Link sends on start: bank of 64, marker and region counts, refresh all."""
    messages = [
        osc_int_message("/device/track/count", TRACKS),
        osc_int_message("/device/marker/count", 16),
        osc_int_message("/device/region/count", 16),
        osc_int_message("/device/track/bank/select", 1),
        osc_int_message("/action", 41743),
    ]
    bundle = osc_string("#bundle") + struct.pack(">II", 0, 1)
    for m in messages:
        bundle += struct.pack(">i", len(m)) + m
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(bundle, ("127.0.0.1", port))


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                text = f.read()
        except OSError:
            continue
        comm = text[text.index("(") + 1:text.rindex(")")]
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.append((int(entry), comm))
    return found


class Run:
    """Processes started for one scenario; stopped (by pid) when the scenario ends."""

    def __init__(self, name):
        self.name = name
        self.procs = []  # (label, Popen, stderr file)
        self.tmp = tempfile.mkdtemp(prefix=f"oscalis-cpu-{name}-")

    def start(self, label, argv, stdout=subprocess.DEVNULL, env=None, new_session=False):
        err = open(os.path.join(self.tmp, f"{label}.stderr"), "w+")
        p = subprocess.Popen(argv, stdout=stdout, stderr=err, env=env, start_new_session=new_session)
        self.procs.append((label, p, err))
        return p

    def stderr_of(self, label):
        for l, _, err in self.procs:
            if l == label:
                err.flush()
                err.seek(0)
                return err.read()
        return ""

    def check_alive(self):
        for label, p, _ in self.procs:
            if p.poll() is not None:
                tail = self.stderr_of(label)[-2000:]
                fail(f"[{self.name}] {label} exited with status {p.returncode}\n{tail}")

    def stop(self):
        for label, p, err in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
            err.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def measure(run, pids, windows, seconds):
    """Median % of one core per label over `windows` windows of `seconds`."""
    samples = {label: [] for label in pids}
    for _ in range(windows):
        run.check_alive()
        t0 = time.monotonic()
        start = {label: cpu_ticks(pid) for label, pid in pids.items()}
        time.sleep(seconds)
        run.check_alive()
        dt = time.monotonic() - t0
        for label, pid in pids.items():
            used = (cpu_ticks(pid) - start[label]) / CLK_TCK
            samples[label].append(100.0 * used / dt)
    return {label: (statistics.median(v), v) for label, v in samples.items()}


def app_env(tmp):
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = tmp  # no stored settings from this machine's user
    env.pop("QT_QPA_PLATFORM", None)
    return env


def baseline(sim, oscdump, windows, seconds):
    run = Run("oscdump")
    try:
        port, reply = free_udp_port(), free_udp_port()
        run.start("sim", [sim, "--port", str(port), "--tracks", str(TRACKS), "--play",
                          "--reply-host", "127.0.0.1", "--reply-port", str(reply)])
        # First make sure the stream flows and see how big it is: oscdump into a file.
        dump_path = os.path.join(run.tmp, "dump.txt")
        with open(dump_path, "w") as dump_file:
            check = run.start("oscdump-check", [oscdump, "-L", str(reply)], stdout=dump_file)
            time.sleep(0.5)
            send_handshake(port)
            time.sleep(1.0)
            lines_before = sum(1 for _ in open(dump_path))
            time.sleep(3.0)
            run.check_alive()
            rate = (sum(1 for _ in open(dump_path)) - lines_before) / 3.0
            check.terminate()
            check.wait()
        run.procs[-1][2].close()
        run.procs.pop()  # the check's oscdump has ended
        if rate < TRACKS * 15:
            fail(f"the simulator sends only {rate:.0f} messages/s; expected meters of {TRACKS} tracks at 15 Hz")
        dump = run.start("oscdump", [oscdump, "-L", str(reply)])
        time.sleep(SETTLE_S)
        sim_pid = run.procs[0][1].pid
        result = measure(run, {"oscdump": dump.pid, "sim": sim_pid}, windows, seconds)
        return result, rate
    finally:
        run.stop()


def headless(sim, oscalis, windows, seconds):
    run = Run("headless")
    try:
        port = free_udp_port()
        run.start("sim", [sim, "--port", str(port), "--tracks", str(TRACKS), "--play"])
        time.sleep(0.3)
        app = run.start("oscalis", [oscalis, "--headless", "--reaper-port", str(port), "--port", "0",
                                    "--web-port", str(free_tcp_port()),
                                    "--bank-size", str(TRACKS)], env=app_env(run.tmp))
        time.sleep(SETTLE_S)
        run.check_alive()
        if "Connected to REAPER" not in run.stderr_of("oscalis"):
            fail("oscalis --headless did not report \"Connected to REAPER\":\n" + run.stderr_of("oscalis")[-2000:])
        result = measure(run, {"oscalis": app.pid, "sim": run.procs[0][1].pid}, windows, seconds)
        if result["oscalis"][0] <= 0.0:
            fail("oscalis --headless used no CPU at all: it is not receiving the stream")
        return result
    finally:
        run.stop()


def gui(sim, oscalis, windows, seconds):
    if not shutil.which("xvfb-run"):
        fail("xvfb-run is missing (apt-get install xvfb)")
    run = Run("gui")
    try:
        port = free_udp_port()
        run.start("sim", [sim, "--port", str(port), "--tracks", str(TRACKS), "--play"])
        time.sleep(0.3)
        env = app_env(run.tmp)
        env["QT_QPA_PLATFORM"] = "xcb"
        # The window fits the bank to its width by default (8..64 strips); hold it at 64 so it
        # shows the same stream as the other runs. Harmless if the window has no such setting.
        os.makedirs(os.path.join(run.tmp, "Oscalis"), exist_ok=True)
        with open(os.path.join(run.tmp, "Oscalis", "Oscalis.conf"), "w") as conf:
            conf.write("[ui]\nfitBankToWindow=false\n\n[reaper]\nbankSize=64\n")
        wrapper = run.start("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", oscalis,
                                         "--reaper-port", str(port), "--port", "0",
                                         "--web-port", str(free_tcp_port()), "--bank-size", str(TRACKS)], env=env, new_session=True)
        app_pid = xvfb_pid = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and app_pid is None:
            run.check_alive()
            for pid, comm in children(wrapper.pid):
                if comm == "oscalis":
                    app_pid = pid
                elif comm == "Xvfb":
                    xvfb_pid = pid
            time.sleep(0.1)
        if app_pid is None:
            fail("xvfb-run did not start oscalis:\n" + run.stderr_of("xvfb-run")[-2000:])
        time.sleep(SETTLE_S)
        run.check_alive()
        if "Connected to REAPER" not in run.stderr_of("xvfb-run"):
            fail("the oscalis window did not log \"Connected to REAPER\":\n" + run.stderr_of("xvfb-run")[-2000:])
        pids = {"oscalis": app_pid, "sim": run.procs[0][1].pid}
        if xvfb_pid:
            pids["Xvfb"] = xvfb_pid
        result = measure(run, pids, windows, seconds)
        if result["oscalis"][0] <= 0.0:
            fail("the oscalis window used no CPU at all: it is not receiving the stream")
        # xvfb-run stops its Xvfb when the program ends: end oscalis, then the wrapper.
        os.kill(app_pid, signal.SIGTERM)
        try:
            wrapper.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(wrapper.pid, signal.SIGKILL)  # the group this script created
        return result
    finally:
        run.stop()


def fmt(samples):
    return ", ".join(f"{v:.2f}" for v in samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", nargs="?", default="build/test")
    ap.add_argument("--windows", type=int, default=3)
    ap.add_argument("--window-seconds", type=float, default=10.0)
    args = ap.parse_args()

    sim = find_binary(args.build, ["app/oscalis-reaper-sim", "core/reaper/oscalis-reaper-sim"])
    oscalis = find_binary(args.build, ["app/oscalis"])
    oscdump = shutil.which("oscdump") or fail("oscdump is missing (apt-get install liblo-tools)")

    print(f"CPU use while the simulator plays {TRACKS} tracks (meters at 15 Hz); "
          f"{args.windows} windows of {args.window_seconds:.0f} s each, median, % of one core")
    base, rate = baseline(sim, oscdump, args.windows, args.window_seconds)
    print(f"stream: {rate:.0f} OSC messages/s (counted by oscdump)")
    head = headless(sim, oscalis, args.windows, args.window_seconds)
    win = gui(sim, oscalis, args.windows, args.window_seconds)

    b = base["oscdump"][0]
    rows = [
        ("oscdump -L > /dev/null (baseline)", base["oscdump"], None, None),
        ("oscalis --headless", head["oscalis"], 3.0, head["oscalis"][0] / b if b else float("inf")),
        ("oscalis window (Xvfb)", win["oscalis"], 10.0, win["oscalis"][0] / b if b else float("inf")),
    ]
    print()
    print(f"{'process':36} {'median %':>9} {'ratio':>7} {'target':>8}   windows")
    for name, (med, samples), target, ratio in rows:
        r = f"{ratio:.2f}" if ratio is not None else "1.00"
        t = f"<={target:.0f} %" if target else ""
        print(f"{name:36} {med:9.2f} {r:>7} {t:>8}   {fmt(samples)}")
    print(f"{'(simulator, in the three runs)':36} {base['sim'][0]:9.2f} / {head['sim'][0]:.2f} / {win['sim'][0]:.2f}")
    if "Xvfb" in win:
        print(f"{'(Xvfb server, during the window run)':36} {win['Xvfb'][0]:9.2f}")

    ok = head["oscalis"][0] <= 3.0 and win["oscalis"][0] <= 10.0
    print()
    print(f"RESULT cpu headless_pct={head['oscalis'][0]:.2f} gui_pct={win['oscalis'][0]:.2f} "
          f"oscdump_pct={b:.2f} headless_ratio={rows[1][3]:.2f} gui_ratio={rows[2][3]:.2f} "
          f"xvfb_pct={win.get('Xvfb', (0.0, []))[0]:.2f} stream_msgs_per_s={rate:.0f} "
          f"target=headless<=3%,gui<=10% pass={'yes' if ok else 'no'}")


if __name__ == "__main__":
    main()
