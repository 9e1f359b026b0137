#!/usr/bin/env python3
"""Runs `itaplan validate` on hostile files and reports wall time and peak
memory of each run, with what the tool said. The numbers in
docs/hostile-input.md come from this script.

Then runs the commands that write or read other things (init, import,
report -o, record) against hostile targets: folders where files are
expected, FIFOs, devices, links out of the repository, read-only files.
Each must end by itself with exit 0, 1 or 2 (never a signal, a hang or
"unexpected error"), and the thing it was pointed at must be as it was.

Usage: scripts/hostile-inputs.py [path/to/itaplan]   (default: a release build)
"""
import os, shutil, stat, subprocess, sys, tempfile, time

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

SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "plans", "pho-hak-2564.yaml")

def command_cases(directory):
    """(name, arguments, folder to run in, check after the run -> problem or None)."""
    def fresh(name, plans=1):
        folder = os.path.join(directory, name)
        os.makedirs(os.path.join(folder, "plans"))
        for index in range(plans):
            shutil.copy(SEED, os.path.join(folder, "plans", f"p{index}.yaml"))
        return folder
    def kind(path):
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return "missing"
        return ("link" if stat.S_ISLNK(mode) else "folder" if stat.S_ISDIR(mode) else "fifo" if stat.S_ISFIFO(mode)
                else "device" if stat.S_ISCHR(mode) else "file")
    def still(path, expected):
        return lambda: None if kind(path) == expected else f"{os.path.basename(path)} is now a {kind(path)}"

    folder = fresh("report-folder", plans=24)
    os.makedirs(os.path.join(folder, "precious"))
    open(os.path.join(folder, "precious", "notes.txt"), "w").write("mine\n")
    yield ("report -o FOLDER, 24 plans (dashboard)", ["report", "--format", "html", "--as-of", "2021-03-31", "-o", "precious"],
           folder, lambda: None if os.path.exists(os.path.join(folder, "precious", "notes.txt")) else "the folder was deleted")
    folder = fresh("report-fifo")
    os.mkfifo(os.path.join(folder, "out.html"))
    yield ("report -o FIFO with no reader (blocks as `>` would: timeout expected)",
           ["report", "--format", "html", "--as-of", "2021-03-31", "-o", "out.html"], folder, still(os.path.join(folder, "out.html"), "fifo"))
    if os.geteuid() == 0:
        folder = fresh("import-device")
        os.mknod(os.path.join(folder, "null"), 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        yield ("import -o DEVICE --force (our own /dev/null)", ["import", SEED.replace("plans/pho-hak-2564.yaml", "Tests/Fixtures/import/pho-hak-ita-measures-2564.txt"),
                                                               "-o", "null", "--force"], folder, still(os.path.join(folder, "null"), "device"))
    folder = fresh("init-linked")
    outside = os.path.join(directory, "outside")
    os.makedirs(outside)
    shutil.rmtree(os.path.join(folder, "plans"))
    os.symlink(outside, os.path.join(folder, "plans"))
    yield ("init with plans -> a folder outside", ["init", ".", "--fiscal-year", "2570"], folder,
           lambda: None if not os.listdir(outside) else "wrote " + ", ".join(os.listdir(outside)) + " outside")
    folder = fresh("init-fifo-plan")
    os.mkfifo(os.path.join(folder, "plan.fifo"))
    yield ("init --plan FIFO", ["init", "repo", "--plan", "plan.fifo"], folder, lambda: None)
    yield ("init --plan /dev/zero", ["init", "repo2", "--plan", "/dev/zero"], folder, lambda: None)
    folder = fresh("record-readonly")
    plan = os.path.join(folder, "plans", "p0.yaml")
    os.chmod(plan, 0o444)
    before = open(plan, "rb").read()
    yield ("record into a read-only plan", ["record", "4.3", "--done", "2564-03-10", "--evidence",
                                            "https://www.phohak.go.th/x", "--by", "x"], folder,
           lambda: None if open(plan, "rb").read() == before else "the read-only plan was rewritten")

def run_commands(binary):
    print()
    print("| command | exit | wall time | held | first line of stderr |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as directory:
        for name, arguments, folder, check in command_cases(directory):
            start = time.monotonic()
            try:
                # A FIFO with no reader blocks by design: a short wait is enough to see it.
                done = subprocess.run([os.path.abspath(binary)] + arguments, cwd=folder, capture_output=True,
                                      timeout=3 if "FIFO with no reader" in name else 20,
                                      env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
                                               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t", LANG="C.UTF-8"))
                status = done.returncode
                first = done.stderr.decode("utf-8", "replace").strip().split("\n")[0]
                if status < 0 or status > 2 or "unexpected error" in first or "Fatal error" in first:
                    first = "CRASH/UNCLEAR: " + first
            except subprocess.TimeoutExpired:
                status, first = "timeout", ""
            elapsed = time.monotonic() - start
            problem = check()
            print(f"| {name} | {status} | {elapsed * 1000:.0f} ms | {'yes' if problem is None else 'NO: ' + problem} | "
                  f"`{first.replace(directory + '/', '').replace('|', chr(92) + '|')[:110]}` |")

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
    run_commands(binary)

if __name__ == "__main__":
    main()
