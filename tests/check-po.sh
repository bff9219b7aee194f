#!/bin/sh
# Translation checks run by `meson test` (suite "i18n"):
#   check-po.sh template SOURCE-DIR   po/kratom-help.pot has every string of
#                                     the UI and content, and no stale one
#   check-po.sh LANG SOURCE-DIR       po/LANG.po is complete: no untranslated,
#                                     no fuzzy, every template string present,
#                                     format strings checked
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
what=$1
src=$2
pot="$src/po/kratom-help.pot"

if [ "$what" = template ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # The same extraction as the kratom-help-pot target (meson's "glib"
  # preset keywords, plus the content strings).
  (cd "$src" && "$src/tools/xgettext-with-content" --package-name=kratom-help \
    -p "$tmp" -f po/POTFILES.in -D "$src" -k_ -o kratom-help.pot \
    --from-code=UTF-8 --add-comments=Translators \
    --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
    --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3)
  status=0
  # every string extracted now is in the committed template ...
  msgcmp --use-untranslated "$pot" "$tmp/kratom-help.pot" >/dev/null 2>"$tmp/new" ||
    { echo "po/kratom-help.pot is missing strings; run: meson compile -C build kratom-help-pot"; cat "$tmp/new"; status=1; }
  # ... and the committed template has nothing that is gone
  msgcmp --use-untranslated "$tmp/kratom-help.pot" "$pot" >/dev/null 2>"$tmp/old" ||
    { echo "po/kratom-help.pot has strings that no longer exist; regenerate it"; cat "$tmp/old"; status=1; }
  exit $status
fi

po="$src/po/$what.po"
stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$what: $stats"
case "$stats" in
  *untranslated* | *fuzzy* | *error* | *warning*) exit 1 ;;
esac
# every string of the template is in the translation
msgcmp "$po" "$pot"
