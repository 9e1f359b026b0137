#!/usr/bin/env python3
"""Runs `itaplan validate` on hostile files and reports wall time and peak
memory of each run, with what the tool said. The numbers in
docs/hostile-input.md come from this script.

Usage: scripts/hostile-inputs.py [path/to/itaplan]   (default: a release build)
"""
import os, subprocess, sys, tempfile, time

def cases(directory):
    def write(name, data):
        path = os.path.join(directory, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for prev, name in zip("abcdefgh", "bcdefghi"):
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    yield "billion laughs (alias bomb)", write("bomb.yaml", bomb)
    yield "nesting 100,000 deep (flow)", write("deep-flow.yaml", "x: " + "[" * 100_000 + "]" * 100_000 + "\n")
    yield "nesting 2,000 deep (block)", write("deep-block.yaml", "\n".join(" " * i + f"k{i}:" for i in range(2_000)) + " 1\n")
    # Large files are written in chunks: Linux counts a parent's peak memory
    # in the peak of a child it spawns, so this script must stay small.
    big = os.path.join(directory, "huge.yaml")
    with open(big, "wb") as f:
        f.write(b"notes: ")
        for _ in range(50):
            f.write(b"a" * (1 << 20))
        f.write(b"\n")
    yield "a 50 MB file", big
    large = os.path.join(directory, "large.yaml")
    with open(large, "w", encoding="utf-8") as f:
        f.write("schema: 1\nnotes:\n")
        for i in range(140_000):
            f.write(f"  - บันทึกที่ {i} ของแผน\n")
    yield f"{os.path.getsize(large) / 1048576:.1f} MB of YAML, just under the size limit", large
    yield "invalid UTF-8", write("latin1.yaml", b"schema: 1\nagency:\n  name: caf\xe9\n")
    yield "binary (zip header)", write("binary.yaml", b"PK\x03\x04\x14\x00\x06\x00" + os.urandom(4096))
    yield "empty file", write("empty.yaml", "")
    yield "top-level list", write("list.yaml", "- schema: 1\n- agency: x\n")
    yield "tab indentation", write("tabs.yaml", "schema: 1\nagency:\n\tname: x\n")

def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/itaplan"
    print("| input | exit | wall time | peak memory | first line of output |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        for name, path in cases(directory):
            # posix_spawn, not fork: a forked child would count this script's
            # own memory in its peak. wait4 gives the child's peak resident set.
            out = os.path.join(directory, "out.txt")
            start = time.monotonic()
            pid = os.posix_spawn(binary, [binary, "validate", path], os.environ, file_actions=[
                (os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                (os.POSIX_SPAWN_DUP2, 1, 2),
            ])
            _, status, usage = os.wait4(pid, 0)
            elapsed = time.monotonic() - start
            with open(os.path.join(directory, "out.txt"), encoding="utf-8", errors="replace") as f:
                first = f.readline().strip().replace(directory + "/", "").replace("|", "\\|")
            print(f"| {name} | {os.waitstatus_to_exitcode(status)} | {elapsed * 1000:.0f} ms | "
                  f"{usage.ru_maxrss / 1024:.1f} MB | `{first[:110]}` |")

if __name__ == "__main__":
    main()
