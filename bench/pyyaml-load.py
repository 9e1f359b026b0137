#!/usr/bin/env python3
"""The second floor: load every plan with PyYAML's libyaml-backed CSafeLoader.

    bench/pyyaml-load.py FILE|DIR|@LIST ...

For each file, `yaml.load(f, Loader=yaml.CSafeLoader)`: libyaml's parser
plus PyYAML's composer and constructor building Python objects (YAML 1.1
typing). Prints how many files were loaded.
"""

import os
import sys

import yaml


def paths(args):
    for arg in args:
        if arg.startswith("@"):
            with open(arg[1:], encoding="utf-8") as f:
                yield from (line.rstrip("\n") for line in f if line.strip())
        elif os.path.isdir(arg):
            yield from sorted(os.path.join(arg, n) for n in os.listdir(arg)
                              if n.endswith((".yaml", ".yml")) and not n.startswith("."))
        else:
            yield arg


def main():
    if not getattr(yaml, "__with_libyaml__", False):
        sys.exit("pyyaml-load: this PyYAML has no libyaml binding (CSafeLoader); install PyYAML with libyaml")
    count = 0
    for path in paths(sys.argv[1:]):
        with open(path, "rb") as f:
            yaml.load(f, Loader=yaml.CSafeLoader)
        count += 1
    print(f"{count} files loaded")


if __name__ == "__main__":
    main()
