#!/usr/bin/env bash
# facility.sh NAME: exit 0 when this machine can do what a test needs, else
# print why not and exit 1. A clean Debian chroot or a container may lack each:
#   unshare  a private mount namespace as a mapped root (EPERM inside a chroot)
#   nonroot  running a command as nobody through setpriv (needs root to start)
#   pty      a pseudo-terminal from script(1) (needs /dev/pts)
# Tests that need one skip (exit 77) with this reason instead of failing.
case $1 in
  unshare)
    command -v unshare >/dev/null || { echo "needs unshare (util-linux)"; exit 1; }
    err=$(unshare --mount --map-root-user true 2>&1) || { echo "needs a private mount namespace: unshare: $err"; exit 1; } ;;
  nonroot)
    [ "$(id -u)" = 0 ] || { echo "needs root to run a command as nobody (the tests run as $(id -un))"; exit 1; }
    command -v setpriv >/dev/null || { echo "needs setpriv (util-linux)"; exit 1; }
    err=$(setpriv --reuid=65534 --regid=65534 --clear-groups true 2>&1) || { echo "needs setpriv to nobody: $err"; exit 1; } ;;
  pty)
    command -v script >/dev/null || { echo "needs script(1) (bsdutils)"; exit 1; }
    out=$(script -qec 'test -t 2 && echo tty' /dev/null 2>&1 </dev/null) || true
    case $out in *tty*) ;; *) echo "needs a pseudo-terminal (script(1) could not open one: ${out:0:120})"; exit 1 ;; esac ;;
  *) echo "facility.sh: unknown facility '$1'"; exit 2 ;;
esac
