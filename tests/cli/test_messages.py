#!/usr/bin/env python3
"""The message registry, src/util/messages.yaml: ids and names unique, every
entry complete, the generator's reading equal to a real YAML parser's, every
ARTEX_MSG_* the sources use registered, and the ids the CLI names itself
matching their registry names.

usage: test_messages.py SOURCE_ROOT
"""
import json
import os
import re
import subprocess
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import Checks  # noqa: E402

root = sys.argv[1]
registry = os.path.join(root, "src", "util", "messages.yaml")
check = Checks()


gen = subprocess.run([sys.executable, os.path.join(root, "scripts", "gen-messages"), "--json",
                      registry], capture_output=True, text=True)
check(gen.returncode == 0, f"gen-messages --json: {gen.stderr.strip()}")
entries = json.loads(gen.stdout) if gen.returncode == 0 else []
check(len(entries) >= 50, f"only {len(entries)} registry entries")

ids = [e.get("id") for e in entries]
names = [e.get("name") for e in entries]
check(len(set(ids)) == len(ids), "ids are not unique")
check(len(set(names)) == len(names), "names are not unique")
for e in entries:
    what = f"ARTEX-{e.get('id', 0):03d}"
    check(isinstance(e.get("id"), int) and 0 < e["id"] < 1000, f"{what}: id out of 1..999")
    check(re.fullmatch(r"[A-Z][A-Z0-9_]*", e.get("name", "")) is not None, f"{what}: bad name")
    check(bool(e.get("summary", "").strip()), f"{what}: no summary")
    check("\n" not in e.get("summary", ""), f"{what}: summary spans lines")
    expl = e.get("explanation", "")
    check(len(expl.split()) >= 15, f"{what}: explanation shorter than 15 words")
    check(not re.search(r"[ \t]$", expl, re.M), f"{what}: trailing white space in explanation")
    check(set(e) <= {"id", "name", "summary", "explanation", "retired"}, f"{what}: unknown key")

# The generator reads a subset of YAML by hand; a real parser must agree.
try:
    import yaml
except ImportError:
    print("SKIP: python3-yaml not installed; registry not cross-checked with a YAML parser")
else:
    with open(registry, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    for d in doc:
        d["explanation"] = d["explanation"].rstrip("\n")
    check(doc == entries, "PyYAML and gen-messages read the registry differently")

# Every message id the C sources raise is registered (the build would fail
# otherwise; this names the culprit).
used = set()
for dirpath, _, files in os.walk(os.path.join(root, "src")):
    for name in files:
        if name.endswith((".c", ".h")):
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                used |= set(re.findall(r"\bARTEX_MSG_([A-Z][A-Z0-9_]*)\b", f.read()))
used.discard("NONE")
for n in sorted(used - set(names)):
    check(False, f"ARTEX_MSG_{n} is used in src/ but not in the registry")

# Ids the CLI names by number (it sees only the public header).
with open(os.path.join(root, "src", "cli", "report.h"), encoding="utf-8") as f:
    cli_ids = re.findall(r"ARTEX__MSG_([A-Z0-9_]+) = (\d+)", f.read())
check(len(cli_ids) >= 5, "no ARTEX__MSG_* ids found in src/cli/report.h")
by_id = {e["id"]: e["name"] for e in entries}
for name, num in cli_ids:
    check(by_id.get(int(num)) == name, f"src/cli/report.h: {num} is {by_id.get(int(num))}, not {name}")

check.finish()
