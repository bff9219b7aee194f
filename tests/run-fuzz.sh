#!/bin/sh
# Builds the libFuzzer targets with clang in a build directory of their
# own and runs each for a bounded time on a seed corpus (the bundled
# content and malformed variants). A crash fails the test and leaves the
# input in BUILD-DIR/crashes; add it to tests/fuzz/corpus-* as a
# regression seed.
#
# Every target gets tests/fuzz/json.dict (JSON tokens, escapes, member
# names). The content and clinic-file targets spend three quarters of
# their time on libFuzzer's default input lengths, which finds most
# paths fastest, and the last quarter with inputs of up to 256 KiB (the
# most the app reads from a clinic's file), which is what deep nesting
# and long member lists need (-len_control=0: from the first input on).
#   run-fuzz.sh SOURCE-DIR BUILD-DIR SECONDS-PER-TARGET
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
src=$1
build=$2
seconds=$3

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$src" -Dfuzzing=true -Dtests=false >/dev/null
fi
ninja -C "$build" tests/fuzz/fuzz-content tests/fuzz/fuzz-search tests/fuzz/fuzz-overlay tests/fuzz/fuzz-plan >/dev/null

mkdir -p "$build/crashes"
for target in content search overlay plan; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  cp "$src/tests/fuzz/corpus-$target/"* "$corpus/"
  [ "$target" = content ] && cp "$src/data/content/"*.json "$corpus/"
  [ "$target" = overlay ] && cp "$src/data/content/directory.json" "$corpus/"
  [ "$target" = plan ] && cp "$src/data/content/plan.json" "$corpus/"
  if [ "$target" = search ]; then
    runs="$seconds:0"
  else
    long=$((seconds / 4))
    runs="$((seconds - long)):0 $long:262144"
  fi
  for run in $runs; do
    run_seconds=${run%%:*}
    max_len=${run##*:}
    [ "$run_seconds" -gt 0 ] || continue
    if [ "$max_len" -gt 0 ]; then
      echo "fuzz-$target: ${run_seconds}s, inputs up to $max_len bytes"
      set -- -max_len="$max_len" -len_control=0
    else
      echo "fuzz-$target: ${run_seconds}s"
      set --
    fi
    "$build/tests/fuzz/fuzz-$target" "$@" -max_total_time="$run_seconds" -timeout=10 -rss_limit_mb=2048 \
      -dict="$src/tests/fuzz/json.dict" \
      -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" "$corpus" 2>&1 |
      grep -E "^(#[0-9]+[[:space:]]+(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|INFO: Loaded|==.*ERROR|SUMMARY)" || true
  done
  if ls "$build/crashes/$target-"* >/dev/null 2>&1; then
    echo "fuzz-$target found a crash: see $build/crashes" >&2
    exit 1
  fi
done
