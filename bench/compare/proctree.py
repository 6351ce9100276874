"""CPU time and resident memory of whole process trees, from /proc (run by bench/compare.sh, Linux only).

    python3 proctree.py cpu PID [PID…]              # CPU seconds (user + system) of the trees under the PIDs
    python3 proctree.py watch OUT PID [PID…]        # every 100 ms: the RSS summed over the trees; on SIGTERM
                                                    # or SIGINT writes the peak (KiB) to OUT and exits

A tree is the PID and all its descendants (MLflow's server runs uvicorn workers; PostgreSQL its backends).
CPU counts every live process's utime + stime plus its cutime + cstime (children already reaped), so a worker
that exited is still counted once, by its parent. RSS is summed over processes, so pages shared between forked
workers count once per process (as `ps` would add them up).
"""

import os
import signal
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def children_by_parent():
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    return parents


def tree(roots):
    parents = children_by_parent()
    seen, stack = set(), list(roots)
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        stack.extend(parents.get(pid, []))
    return seen


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # After the name: state is fields[0], so utime, stime, cutime, cstime are fields[11..14].
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / TICKS


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE_KIB
    except OSError:
        return 0


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("cpu", "watch"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "cpu":
        roots = [int(pid) for pid in sys.argv[2:]]
        print(f"{sum(cpu_seconds(pid) for pid in tree(roots)):.2f}")
        return
    out, roots = sys.argv[2], [int(pid) for pid in sys.argv[3:]]
    peak = 0
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    signal.signal(signal.SIGINT, lambda *_: stopping.append(True))
    while not stopping:
        peak = max(peak, sum(rss_kib(pid) for pid in tree(roots)))
        time.sleep(0.1)
    with open(out, "w") as file:
        file.write(f"{peak}\n")


if __name__ == "__main__":
    main()
