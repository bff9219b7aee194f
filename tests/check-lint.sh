#!/bin/sh
# Lint checks run by `meson test` (suite "lint"):
#   check-lint.sh format SOURCE-DIR         clang-format, the repository's style
#   check-lint.sh cppcheck SOURCE-DIR BUILD-DIR
# Files are listed when the test runs, so new files are checked too.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
mode=$1
src=$2

case "$mode" in
  format)
    # shellcheck disable=SC2046
    exec clang-format --dry-run --Werror --style=file \
      $(find "$src/src" "$src/tests" -name '*.[ch]' | sort)
    ;;
  cppcheck)
    build=$3
    exec cppcheck --quiet --error-exitcode=1 --inline-suppr --std=c11 \
      --library=gtk --library=posix \
      --enable=warning,performance,portability \
      --suppress=missingIncludeSystem \
      -I "$src/src" -I "$src/src/model" -I "$build" "$src/src"
    ;;
  *)
    echo "usage: $0 format|cppcheck SOURCE-DIR [BUILD-DIR]" >&2
    exit 2
    ;;
esac
