#!/usr/bin/env python3
"""Writes man/NAME.N from man/src/NAME.N.in (UTF-8, readable).

groff without preconv (`groff -man -Tutf8 FILE`, no -k) reads bytes above
127 as Latin-1 and warns about each; so every non-ASCII character becomes a
\\[uXXXX] escape, which groff and man(1) both render the same. Chinese has no
spaces, so a \\: break point follows each wide character (never before
closing punctuation, never after opening punctuation) in filled text, and
every '-' becomes '\\-' (options, codes and dates copy as ASCII).

    python3 man/src/escape.py        # regenerate every page
"""
import pathlib
import re
import sys

WIDE = [(0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x3000, 0x303F)]
NO_BREAK_AFTER = set("（「『《〈“‘【")
NO_BREAK_BEFORE = set("，。、；：！？）」』》〉”’】…·,.;:!?)]")
HEADER = ('.\\" Generated from man/src/{name} by man/src/escape.py:'
          ' edit that file, then run it.\n')


def wide(c):
    return any(lo <= ord(c) <= hi for lo, hi in WIDE)


def escape_line(line, breaks):
    out = []
    for i, c in enumerate(line):
        if c == "-" and (i == 0 or line[i - 1] != "\\"):
            out.append("\\-")
        elif ord(c) < 128:
            out.append(c)
        else:
            out.append("\\[u%04X]" % ord(c))
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if (breaks and wide(c) and c not in NO_BREAK_AFTER and nxt
                    and not nxt.isspace() and nxt not in NO_BREAK_BEFORE):
                out.append("\\:")
    return "".join(out)


def convert(text, name):
    lines = text.split("\n")
    out = [lines[0], HEADER.format(name=name).rstrip("\n")]
    nofill = False
    for line in lines[1:]:
        if line.startswith('.\\"'):
            out.append("".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in line))
            continue
        request = re.match(r"^[.'](\w+)", line)
        req = request.group(1) if request else ""
        if req in ("EX", "nf"):
            nofill = True
        elif req in ("EE", "fi"):
            nofill = False
        breaks = not nofill and req not in ("TH", "SH", "SS")
        out.append(escape_line(line, breaks))
    return "\n".join(out)


def main():
    src = pathlib.Path(__file__).resolve().parent
    for path in sorted(src.glob("*.[1-8].in")):
        name = path.name[:-3]
        text = path.read_text(encoding="utf-8")
        if not text.startswith('.\\" -*- coding: UTF-8 -*-'):
            sys.exit(f"{path}: the first line must be the coding comment")
        (src.parent / name).write_text(convert(text, path.name), encoding="ascii")
    return 0


if __name__ == "__main__":
    sys.exit(main())
