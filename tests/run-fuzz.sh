#!/bin/sh
# Builds the libFuzzer targets with clang in a build directory of their
# own and runs each for a bounded time on a seed corpus (the bundled
# content and malformed variants). A crash fails the test and leaves the
# input in BUILD-DIR/crashes; add it to tests/fuzz/corpus-* as a
# regression seed.
#   run-fuzz.sh SOURCE-DIR BUILD-DIR SECONDS-PER-TARGET
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
src=$1
build=$2
seconds=$3

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$src" -Dfuzzing=true -Dtests=false >/dev/null
fi
ninja -C "$build" tests/fuzz/fuzz-content tests/fuzz/fuzz-search tests/fuzz/fuzz-overlay >/dev/null

mkdir -p "$build/crashes"
for target in content search overlay; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  cp "$src/tests/fuzz/corpus-$target/"* "$corpus/"
  [ "$target" = content ] && cp "$src/data/content/"*.json "$corpus/"
  [ "$target" = overlay ] && cp "$src/data/content/directory.json" "$corpus/"
  echo "fuzz-$target: ${seconds}s"
  "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" "$corpus" 2>&1 |
    grep -E "^(#[0-9]+[[:space:]]+(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|INFO: Loaded|==.*ERROR|SUMMARY)" || true
  if ls "$build/crashes/$target-"* >/dev/null 2>&1; then
    echo "fuzz-$target found a crash: see $build/crashes" >&2
    exit 1
  fi
done
