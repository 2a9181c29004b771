"""What the benchmark scripts share (stdlib only): free loopback ports and a process's CPU time.

Imported by cpu_use.py, startup.py and chat_fanout/run.py.
"""

import os
import socket

CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_tcp_port():
    """A TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_udp_port():
    """A UDP port on 127.0.0.1 that is free now."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ticks(pid):
    """The CPU time process pid has used so far (utime + stime), in clock ticks: CLK_TCK a second."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])
