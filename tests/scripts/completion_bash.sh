#!/usr/bin/env bash
# jiedui completion bash: the script sources without error, and completing
# simulated command lines (COMP_WORDS/COMP_CWORD, as bash sets them) offers
# what the binary's own CLI11 tree holds.
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
expect "--year" audit --y
expect "cadres districts pairings" report ""
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
[ $fail = 0 ] && echo "ok"
exit $fail
