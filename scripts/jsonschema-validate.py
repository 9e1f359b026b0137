#!/usr/bin/env python3
"""Validates plan files against schema/plan.schema.json with Python's
jsonschema, independently of itaplan. YAML is read with ruamel.yaml (YAML
1.2, as check-jsonschema reads it), dates are turned into strings, and
duplicate keys or syntax errors count as failures.

Usage: scripts/jsonschema-validate.py SCHEMA FILE...
Prints one JSON object: {"FILE": ["error", ...], ...} (an empty list when valid).
"""
import datetime
import json
import sys

import jsonschema
from ruamel.yaml import YAML


def plain(value):
    """YAML values as JSON would hold them: dates become ISO strings."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    yaml = YAML(typ="safe", pure=True)
    results = {}
    for path in sys.argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                documents = list(yaml.load_all(handle))
            if len(documents) != 1:
                raise ValueError(f"{len(documents)} YAML documents")
            errors = [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
                      for error in validator.iter_errors(plain(documents[0]))]
        except Exception as problem:  # a file that does not load is not valid
            errors = [f"cannot load: {type(problem).__name__}: {problem}".splitlines()[0]]
        results[path] = errors
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
