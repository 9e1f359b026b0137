#!/usr/bin/env python3
"""A/B timing of two itaplan binaries on the same data, runs alternated.

    bench/ab-binaries.py --data DIR --prepare
    bench/ab-binaries.py --data DIR --before OLD --after NEW [--runs 7] [CASE ...]

For "is this change slower than that commit?" on a shared, noisy machine,
where one hyperfine run of each binary after the other is not enough: every
round runs both binaries back to back, in alternating order (before, after;
then after, before), so a change in the machine's load hits both alike. The
first round is a warm-up and is dropped. Per case it prints one JSON line:
the median, fastest and slowest wall time and the median and fastest CPU
time (user + system, from wait4) of each binary, and the ratios after /
before. Judge by the CPU medians: they count the work done, while wall time
on 2 shared cores mostly counts the neighbours. Note the load average
(printed per case) and run a case again when it changed a lot.

Binaries. Build each in release from its commit, in its own worktree so
that the two builds do not share a .build folder:

    git worktree add /tmp/itaplan-before e284fa1
    (cd /tmp/itaplan-before && swift build -c release --product itaplan)
    cp /tmp/itaplan-before/.build/release/itaplan /tmp/itaplan-old
    swift build -c release --product itaplan && cp .build/release/itaplan /tmp/itaplan-new

Data (`--prepare`, once; about a minute): DIR/gen2000/plans holds 2,000
plans from bench/generate-plans.py (seed 1); DIR/sub300 the first 300 of
them by name; DIR/snap a git repository with the 2,000 committed; DIR/hist
the 10,000-commit history of bench/history-stream.py (seed 1). The snapshot
case deletes the snapshot ref and every object not reachable from the
branch before each run, so each run writes a whole first snapshot.

Cases: status-json-2000, validate-json-2000, snapshot-2000, verify-2000,
history-json-10000, report-json-300 (all by default). Exit statuses 0 and 1
(plans with findings) count as runs; any other is reported on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2021-03-31"


def git(*args: str, cwd: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, check=True, **kwargs)


def prepare(data: str) -> None:
    """Writes the four data sets the cases read (see the module comment)."""
    os.makedirs(data, exist_ok=True)
    gen = os.path.join(data, "gen2000")
    subprocess.run([sys.executable, os.path.join(HERE, "generate-plans.py"),
                    "--count", "2000", "--seed", "1", "--out", gen], check=True)
    names = sorted(os.listdir(os.path.join(gen, "plans")))
    sub = os.path.join(data, "sub300", "plans")
    os.makedirs(sub, exist_ok=True)
    for name in names[:300]:
        shutil.copy(os.path.join(gen, "plans", name), sub)
    snap = os.path.join(data, "snap")
    shutil.copytree(os.path.join(gen, "plans"), os.path.join(snap, "plans"))
    git("init", "-q", cwd=snap)
    git("add", "plans", cwd=snap)
    git("-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "-m", "plans", cwd=snap)
    hist = os.path.join(data, "hist")
    os.makedirs(hist)
    git("init", "-q", "-b", "main", cwd=hist)
    stream = subprocess.run([sys.executable, os.path.join(HERE, "history-stream.py"), "--commits", "10000", "--seed", "1"],
                            check=True, capture_output=True).stdout
    git("fast-import", "--quiet", cwd=hist, input=stream)
    git("reset", "-q", "--hard", cwd=hist)


def branch_exists(repo: str, name: str) -> bool:
    return subprocess.run(["git", "rev-parse", "-q", "--verify", name], cwd=repo, capture_output=True).returncode == 0


def fresh_snapshot_repository(repo: str, binaries: dict[str, str]) -> None:
    """No snapshot yet: the ref, its reflog and the objects it kept are gone."""
    subprocess.run(["git", "update-ref", "-d", "refs/itaplan/snapshots"], cwd=repo, stderr=subprocess.DEVNULL)
    git("reflog", "expire", "--expire=now", "--all", cwd=repo)
    pack = os.path.join(repo, ".git", "objects", "pack")
    for name in os.listdir(pack):
        os.remove(os.path.join(pack, name))
    git("prune", "--expire=now", cwd=repo)


def snapshot_present(repo: str, binaries: dict[str, str]) -> None:
    """One snapshot to verify, made by the before binary if there is none."""
    if not branch_exists(repo, "refs/itaplan/snapshots"):
        subprocess.run([binaries["before"], "snapshot", "--as-of", AS_OF], cwd=repo,
                       stdout=subprocess.DEVNULL, check=True)


def cases(data: str) -> dict:
    return {
        "status-json-2000": (["status", "plans", "--as-of", AS_OF, "--format", "json"], f"{data}/gen2000", None),
        "validate-json-2000": (["validate", "plans", "--format", "json"], f"{data}/gen2000", None),
        "snapshot-2000": (["snapshot", "--as-of", AS_OF], f"{data}/snap", fresh_snapshot_repository),
        "verify-2000": (["audit", "verify"], f"{data}/snap", snapshot_present),
        "history-json-10000": (["history", "--format", "json"], f"{data}/hist", None),
        "report-json-300": (["report", "plans", "--format", "json", "--as-of", AS_OF], f"{data}/sub300", None),
    }


def run(binary: str, args: list[str], cwd: str) -> tuple[float, float, int]:
    """Wall and CPU (user + system) seconds of one run, output discarded."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.chdir(cwd)
        os.execv(binary, [binary] + args)
    _, status, usage = os.wait4(pid, 0)
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def measure(name: str, case: tuple, binaries: dict[str, str], runs: int) -> dict:
    args, cwd, prepare_run = case
    times: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    load_start = os.getloadavg()[0]
    for round_ in range(runs + 1):
        order = ["before", "after"] if round_ % 2 == 0 else ["after", "before"]
        for which in order:
            if prepare_run:
                prepare_run(cwd, binaries)
            wall, cpu, status = run(binaries[which], args, cwd)
            if status not in (0, 1):
                print(f"{name}: {which} exited {status}", file=sys.stderr)
            if round_ > 0:  # round 0 is the warm-up
                times[which].append((wall, cpu))
    row: dict = {"load": f"{load_start:.1f}-{os.getloadavg()[0]:.1f}", "runs": runs}
    for which, pairs in times.items():
        walls = [wall for wall, _ in pairs]
        cpus = [cpu for _, cpu in pairs]
        row[which] = {"wall_median": statistics.median(walls), "wall_min": min(walls), "wall_max": max(walls),
                      "cpu_median": statistics.median(cpus), "cpu_min": min(cpus)}
    row["cpu_ratio"] = row["after"]["cpu_median"] / row["before"]["cpu_median"]
    row["cpu_min_ratio"] = row["after"]["cpu_min"] / row["before"]["cpu_min"]
    row["wall_ratio"] = row["after"]["wall_median"] / row["before"]["wall_median"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="folder of the data sets (made by --prepare)")
    parser.add_argument("--prepare", action="store_true", help="write the data sets and stop")
    parser.add_argument("--before", help="the reference binary")
    parser.add_argument("--after", help="the binary under test")
    parser.add_argument("--runs", type=int, default=7, help="measured rounds per case, after one warm-up")
    parser.add_argument("cases", nargs="*", help="cases to run (default: all)")
    options = parser.parse_args()
    data = os.path.abspath(options.data)
    if options.prepare:
        prepare(data)
        return
    if not options.before or not options.after:
        parser.error("--before and --after are required unless --prepare")
    binaries = {"before": os.path.abspath(options.before), "after": os.path.abspath(options.after)}
    known = cases(data)
    for name in options.cases or list(known):
        if name not in known:
            parser.error(f"unknown case {name}; known: {', '.join(known)}")
        print(name, json.dumps(measure(name, known[name], binaries, options.runs)), flush=True)


if __name__ == "__main__":
    main()
