#!/usr/bin/env bash
# The man pages a user gets: every man/src/NAME.in has its generated
# man/NAME, up to date with man/src/escape.py (so an edit of a source is
# never lost to a stale page); every command of `jiedui --help` has its page;
# and `cmake --install` installs every page, including the section-5 ones
# (jiedui-ledger, jiedui-rules, jiedui-standards) that the pages point to.
set -eu
bin=$(realpath "$1") src=$(realpath "$2")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0

python3 - "$src" <<'EOF' || fail=1
import importlib.util, pathlib, sys
src = pathlib.Path(sys.argv[1])
spec = importlib.util.spec_from_file_location("escape", src / "man/src/escape.py")
escape = importlib.util.module_from_spec(spec); spec.loader.exec_module(escape)
bad = 0
for path in sorted((src / "man/src").glob("*.[1-9].in")):
    page = src / "man" / path.name[:-3]
    want = escape.convert(path.read_text(encoding="utf-8"), path.name)
    if not page.exists() or page.read_text(encoding="ascii") != want:
        print(f"man/{page.name} is not generated from man/src/{path.name}: run python3 man/src/escape.py")
        bad = 1
sys.exit(bad)
EOF

for page in jiedui-ledger.5 jiedui-rules.5 jiedui-standards.5; do
  [ -f "$src/man/$page" ] || { echo "man/$page is missing"; fail=1; }
done
# Commands: the first word of each line of the Subcommands list.
cmds=$("$bin" --help | awk '/^Subcommands:/{on=1; next} on && /^  [a-z]/{print $1}')
[ -n "$cmds" ] || { echo "no commands in jiedui --help"; fail=1; }
for c in $cmds; do
  [ -f "$src/man/jiedui-$c.1" ] || { echo "command $c has no man/jiedui-$c.1"; fail=1; }
done

# Installed: every page of man/ lands in PREFIX/share/man/manN.
build=$(dirname "$bin")
if [ -f "$build/cmake_install.cmake" ]; then
  cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
  for page in "$src"/man/*.[1-9]; do
    name=$(basename "$page"); section=${name##*.}
    cmp -s "$page" "$tmp/prefix/share/man/man$section/$name" || { echo "make install does not install man/$name"; fail=1; }
  done
  [ -x "$tmp/prefix/bin/jiedui" ] || { echo "make install does not install bin/jiedui"; fail=1; }
fi
exit $fail
