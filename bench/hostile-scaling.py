#!/usr/bin/env python3
"""bench/hostile-scaling.py: does hostile input that stays under the 8 MiB
limit cost linear time? Writes plans with 10k/40k/100k unknown keys, with
10k/40k keys each written twice, and with 2k/20k distinct responsible units,
runs `itaplan validate` (text, the format that prints a source snippet per
finding) or `itaplan status` on each, and prints wall time, time per item and
peak memory (from wait4) as a Markdown table. docs/hostile-input.md holds
the numbers.

Usage: bench/hostile-scaling.py [path/to/itaplan]   (default: .build/release/itaplan)
"""
import os, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "plans", "pho-hak-2564.yaml")


def seed():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


def unknown_keys(count):
    """The seed plan with `count` unknown top-level keys: one finding each."""
    text = seed()
    extra = "".join(f"unknown_key_{i:06d}: {i}\n" for i in range(count))
    return text.replace("schema: 1\n", "schema: 1\n" + extra, 1)


def duplicate_keys(count):
    """`count` distinct keys in one mapping, each written twice: a
    duplicate-key finding (with a note at the first) for every second half key."""
    keys = "".join(f"  k{i:06d}: {i}\n" for i in range(count))
    return "schema: 1\nnotes_map:\n" + keys + keys


def units(count):
    """The seed plan's first measure with `count` steps, each its own unit."""
    text = seed()
    head = text[: text.index("measures:\n")]
    steps = "".join(
        f"      - id: 1.{i + 1}\n        text: ขั้นตอน {i + 1}\n        responsible: หน่วยงานที่ {i + 1}\n"
        f"        schedule: {{ by: 2564-0{1 + i % 9}-15 }}\n"
        for i in range(count))
    return (head + "measures:\n  - id: 1\n    title: มาตรการทดสอบ\n    indicators: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
            "    steps:\n" + steps)


CASES = [
    ("validate: unknown keys", "keys", [10_000, 40_000, 100_000], unknown_keys, ["validate"]),
    ("validate: keys written twice", "keys", [10_000, 40_000], duplicate_keys, ["validate"]),
    ("status: distinct responsible units", "units", [2_000, 20_000], units, ["status", "--as-of", "2021-03-31"]),
    ("status --format json: distinct units", "units", [2_000, 20_000], units,
     ["status", "--format", "json", "--as-of", "2021-03-31"]),
]


def run(binary, arguments, directory):
    out = os.path.join(directory, "out.txt")
    start = time.monotonic()
    # posix_spawn, not fork: a forked child would count this script's memory.
    pid = os.posix_spawn(binary, [binary] + arguments, os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ])
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss / 1024, os.path.getsize(out)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/itaplan"))
    print("| input | size | exit | wall time | per item | peak memory | output |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        for name, unit, counts, make, command in CASES:
            for count in counts:
                path = os.path.join(directory, "plan.yaml")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(make(count))
                size = os.path.getsize(path) / 1048576
                code, elapsed, memory, output = run(binary, command + [path], directory)
                print(f"| {name}, {count:,} {unit} | {size:.1f} MB | {code} | {elapsed:.2f} s | "
                      f"{elapsed / count * 1e6:.1f} µs | {memory:.0f} MB | {output / 1048576:.1f} MB |", flush=True)


if __name__ == "__main__":
    main()
