#!/usr/bin/env bash
# README.md's "A month in ten minutes" runs as written: every `$ command`
# between <!-- walkthrough:begin --> and <!-- walkthrough:end --> is run in
# order, in an empty directory, with this build's jiedui first on PATH, and
# what it prints (standard output, then standard error) must be the lines
# the README shows under it. A here-document (`<<'EOF'` … `EOF`) is part of
# its command. So the README cannot drift from the program.
#
# UPDATE_README=1 rewrites the README's outputs from the run (read the diff).
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work"
ln -s "$bin" "$tmp/bin/jiedui"

python3 - "$src/README.md" "$tmp" <<'EOF'
import os, re, subprocess, sys

readme, tmp = sys.argv[1], sys.argv[2]
text = open(readme, encoding="utf-8").read()
begin, end = "<!-- walkthrough:begin -->", "<!-- walkthrough:end -->"
if begin not in text or end not in text:
    sys.exit("README.md has no walkthrough markers")
head, rest = text.split(begin, 1)
body, tail = rest.split(end, 1)

lines = body.split("\n")
out_lines, steps, i, in_block = [], [], 0, False
# Parse: inside ```sh blocks, "$ cmd" starts a step; a here-document's body
# up to its terminator belongs to the command; other lines are expected output.
while i < len(lines):
    line = lines[i]
    if line.startswith("```"):
        in_block = line.strip() == "```sh" if not in_block else False
        out_lines.append(line); i += 1; continue
    if in_block and line.startswith("$ "):
        cmd = [line[2:]]
        m = re.search(r"<<-?'?(\w+)'?", line)
        i += 1
        if m:
            while i < len(lines) and lines[i] != m.group(1):
                cmd.append(lines[i]); i += 1
            cmd.append(lines[i]); i += 1
        expected = []
        while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
            expected.append(lines[i]); i += 1
        steps.append(("\n".join(cmd), expected, len(out_lines)))
        out_lines.append("$ " + cmd[0]); out_lines.extend(cmd[1:])
        out_lines.append(None)  # placeholder for the output
        continue
    out_lines.append(line); i += 1

if len(steps) < 10:
    sys.exit(f"only {len(steps)} commands found in the walkthrough")

env = {"PATH": f"{tmp}/bin:/usr/bin:/bin", "HOME": tmp, "LANG": "C.UTF-8", "TZ": "Asia/Shanghai"}
failed, actual_by_step = 0, []
for cmd, expected, _ in steps:
    r = subprocess.run(["bash", "-c", cmd], cwd=f"{tmp}/work", env=env, capture_output=True,
                       stdin=subprocess.DEVNULL)
    got = (r.stdout + r.stderr).decode("utf-8")
    got_lines = got.split("\n")
    if got_lines and got_lines[-1] == "":
        got_lines.pop()
    actual_by_step.append(got_lines)
    if r.returncode not in (0, 1):
        print(f"exit {r.returncode}: {cmd}\n{got}"); failed = 1
    if got_lines != expected:
        print(f"output differs for: {cmd.splitlines()[0]}")
        print("--- README\n" + "\n".join(expected) + "\n--- actual\n" + "\n".join(got_lines))
        failed = 1

if os.environ.get("UPDATE_README"):
    new, k = [], 0
    for l in out_lines:
        if l is None:
            new.extend(actual_by_step[k]); k += 1
        else:
            new.append(l)
    open(readme, "w", encoding="utf-8").write(head + begin + "\n".join(new) + end + tail)
    print("README.md rewritten")
    sys.exit(0)
sys.exit(failed)
EOF
