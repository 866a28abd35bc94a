#!/bin/sh
# Installs the Debian packages krait needs to build and test, when missing.
# Safe to run again; needs root (or sudo) only when something is missing.
set -e
need=""
# clang + libclang-rt-14-dev: `make asan` / `make asan-test` (ASan, UBSan, LSan runtimes)
# libncurses-dev, libbsd-dev, libmd-dev: the static libtinfo/libbsd/libmd that libedit needs
for pkg in gcc make pkg-config libgmp-dev libssl-dev libutf8proc-dev libedit-dev \
           libncurses-dev libbsd-dev libmd-dev python3.11 \
           libpython3.11-testsuite clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
    echo "setup: installing$need"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need
fi
echo "setup: all build dependencies present"
