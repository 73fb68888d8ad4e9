#!/usr/bin/env bash
# A user has the repository and the installed program, not the project's
# internal specification or its numbered source documents: no text a user
# reads (the man pages, README.md, HACKING.md, the binary's strings, the
# string literals of cmd/ and lib/) names "SPEC", a "§" section or a
# "seed 00N"; they cite the programme document by title and clause, or a
# man page (jiedui-ledger(5), jiedui-rules(5)). Comments may keep them.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
pattern='\bSPEC\b|[Ss]eeds? ?0[0-9]{2}|§|shared/'
fail=0

# Man pages (sources and generated), skipping troff comment lines; README, HACKING.
for f in "$src"/man/src/*.in "$src"/man/*.[1-9] "$src"/README.md "$src"/HACKING.md "$src"/data-samples/README.md; do
  [ -e "$f" ] || continue
  if hits=$(grep -nE "$pattern" "$f" | grep -vE '^[0-9]+:\.\\"'); then
    echo "${f#"$src"/} names an internal reference:"; echo "$hits"; fail=1
  fi
done

# The generated pages hold non-ASCII characters as \[uXXXX]: § is \[u00A7].
if hits=$(grep -n '\\\[u00A7\]' "$src"/man/*.[1-9] | grep -v ':\.\\"'); then
  echo "a generated man page holds §:"; echo "$hits"; fail=1
fi

# The binary: every printable string of it (--help texts, messages).
if hits=$(strings -n 4 "$bin" | grep -E '\bSPEC\b|[Ss]eeds? ?0[0-9]{2}|shared/'); then
  echo "the binary's strings name an internal reference:"; echo "$hits"; fail=1
fi

# String literals of cmd/ and lib/ (comments removed first): catches § too,
# which the binary's bytes cannot be searched for reliably.
if ! python3 - "$src" "$pattern" <<'EOF'
import pathlib, re, sys
src, pattern = pathlib.Path(sys.argv[1]), re.compile(sys.argv[2])
literal = re.compile(r'R"([^(\s]*)\((.*?)\)\1"|"((?:[^"\\\n]|\\.)*)"', re.S)
comment = re.compile(r'//[^\n]*|/\*.*?\*/', re.S)
bad = 0
for path in sorted(list(src.glob("cmd/*.[ch]pp")) + list(src.glob("lib/**/*.[ch]pp"))):
    text = path.read_text(encoding="utf-8")
    # Remove comments outside literals: walk literals and comments in order.
    pos, kept = 0, []
    token = re.compile(literal.pattern + r"|'(?:[^'\\\n]|\\.)*'|" + comment.pattern, re.S)
    for m in token.finditer(text):
        s = m.group(0)
        if s.startswith("//") or s.startswith("/*"):
            continue
        if s.startswith("'"):
            continue
        body = m.group(2) if m.group(2) is not None else (m.group(3) or "")
        if pattern.search(body):
            line = text.count("\n", 0, m.start()) + 1
            print(f"{path.relative_to(src)}:{line}: string literal names an internal reference: {body[:120]}")
            bad = 1
sys.exit(bad)
EOF
then fail=1; fi

exit $fail
