#!/usr/bin/env bash
# jiedui completion bash|zsh: each script loads without error, and completing
# simulated command lines (bash: COMP_WORDS/COMP_CWORD; zsh: words/CURRENT,
# with compadd and _files stubbed) offers what the binary's own CLI11 tree holds.
set -eu
bin=$(realpath "$1")
script=$(mktemp); trap 'rm -f "$script"' EXIT
"$bin" completion bash >"$script"
bash -n "$script"
# shellcheck disable=SC1090
source "$script"
complete -p jiedui | grep -q -- '-F _jiedui' || { echo "not registered for jiedui"; exit 1; }

fail=0
expect() {  # expect "WANTED WORDS" WORD… (the last word is the one being completed)
  local want=$1; shift
  COMP_WORDS=("$bin" "$@"); COMP_CWORD=$#; COMPREPLY=()
  _jiedui
  local got="${COMPREPLY[*]}"
  if [ "$got" != "$want" ]; then echo "jiedui $*<TAB>: want '$want', got '$got'"; fail=1; fi
}
expect "report" rep
expect "--year --ytd" audit --y
expect "cadres districts entitlements pairings roles subsidy" report ""
expect "city county township village" report districts --by ""
expect "--bom --by" report districts --b
expect "csv" report cadres --year 2026 --format c
expect "bash zsh" completion ""
expect "-C" -C
expect "due" -C data-samples/pingliang du
expect "--as-of" -C data-samples/pingliang audit --year 2026 --as
expect "--records" export --month 2026-07 --r
expect "--input-encoding" audit --inp  # a global option, offered under a subcommand
# A value that is a file: the shell's own file completion.
tmp=$(mktemp -d); touch "$tmp/out-2026.csv"
expect "$tmp/out-2026.csv" export -o "$tmp/out-"
rm -rf "$tmp"

command -v zsh >/dev/null || { echo "zsh is not installed (make deps installs it)"; exit 1; }
"$bin" completion zsh >"$script"
zsh -n "$script"
got=$(BIN=$bin SCRIPT=$script zsh -fc '
compdef() { print -r -- "compdef $*"; }
compadd() { shift; print -r -- "${(j: :)@}"; }
_files() { print -r -- "<files>"; }
source $SCRIPT
words=($BIN rep); CURRENT=2; _jiedui
words=($BIN audit --y); CURRENT=3; _jiedui
words=($BIN report districts --by ""); CURRENT=5; _jiedui
words=($BIN export -o ""); CURRENT=4; _jiedui
')
want='compdef _jiedui jiedui
report
--year --ytd
city county township village
<files>'
if [ "$got" != "$want" ]; then echo "zsh completion: want"; echo "$want"; echo "got"; echo "$got"; fail=1; fi
[ $fail = 0 ] && echo "ok: bash and zsh"
exit $fail
