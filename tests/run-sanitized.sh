#!/bin/sh
# Builds Kratom Help with AddressSanitizer and UndefinedBehaviorSanitizer in
# a build directory of its own and runs the whole test suite there, leak
# detection on. Run by `meson test` as the "sanitize" test.
#   run-sanitized.sh SOURCE-DIR BUILD-DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
src=$1
build=$2

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$src" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dwerror=true --buildtype=debug >/dev/null
fi
ninja -C "$build" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
export G_SLICE=always-malloc
# No GL: the sanitizers cannot see into Mesa once it is unloaded.
export GDK_DEBUG=gl-disable

# Everything but the suites that only check packaging or would run this
# again, and the AT-SPI runs (minutes each when sanitized; the app binary
# is still exercised sanitized by the command-line and QR-scan tests);
# sanitized code is slower, so allow more time.
exec meson test -C "$build" --print-errorlogs --timeout-multiplier 4 \
  --no-suite sanitize --no-suite flatpak --no-suite install --no-suite fuzz --no-suite lint --no-suite atspi
