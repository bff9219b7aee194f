#!/bin/bash
# Installs the build into a temporary DESTDIR, checks that everything a
# desktop needs is there, and starts the installed app from it under Xvfb.
# Anything missing is a failure, never a skip.
#
#   test-install.sh BUILD-DIR SOURCE-DIR APP-ID
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

build=$1
source=$2
app_id=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

destdir=$(mktemp -d "${TMPDIR:-/tmp}/kratom-help-install.XXXXXX")
trap 'rm -rf "$destdir"' EXIT

meson install -C "$build" --no-rebuild --destdir "$destdir" > "$destdir.log" 2>&1 \
  || { cat "$destdir.log"; rm -f "$destdir.log"; fail "meson install failed"; }
rm -f "$destdir.log"

# Where meson was told to install things.
eval "$(python3 - "$build" << 'PY'
import json, os, sys
with open(os.path.join(sys.argv[1], "meson-info", "intro-buildoptions.json")) as f:
    opts = {o["name"]: o["value"] for o in json.load(f)}
prefix = opts["prefix"]
for name in ("bindir", "datadir", "localedir"):
    print(f'{name}="{os.path.join(prefix, opts[name])}"')
PY
)"
root=$destdir
bin=$root$bindir/kratom-help
share=$root$datadir

expected=(
  "$bin"
  "$share/applications/$app_id.desktop"
  "$share/metainfo/$app_id.metainfo.xml"
  "$share/glib-2.0/schemas/io.github.kratomhelp.KratomHelp.gschema.xml"
  "$share/icons/hicolor/scalable/apps/$app_id.svg"
  "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
)
# one catalogue per shipped language
while read -r lang; do
  expected+=("$root$localedir/$lang/LC_MESSAGES/kratom-help.mo")
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$source/po/LINGUAS")

for f in "${expected[@]}"; do
  [ -s "$f" ] || fail "not installed: ${f#"$root"}"
  echo "ok: ${f#"$root"}"
done
[ -x "$bin" ] || fail "${bin#"$root"} is not executable"

# The installed files must not lean on the build tree.
if readelf -d "$bin" | grep -E 'R(UN)?PATH' | grep -F "$build"; then
  fail "the installed binary has the build dir in its run path"
fi
desktop-file-validate "$share/applications/$app_id.desktop"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail "desktop file names another icon"
glib-compile-schemas --strict "$share/glib-2.0/schemas"

version=$("$bin" --version)
echo "installed binary says: $version"
case "$version" in
  "Kratom Help "[0-9]*) ;;
  *) fail "unexpected --version output: $version" ;;
esac

# Start it from the prefix: nothing from the build tree in the environment.
unset KRATOM_HELP_LOCALEDIR G_TEST_SRCDIR G_TEST_BUILDDIR KH_APP
export GSETTINGS_SCHEMA_DIR=$share/glib-2.0/schemas GSETTINGS_BACKEND=memory
export XDG_DATA_DIRS=$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
export GSK_RENDERER=cairo GTK_A11Y=none NO_AT_BRIDGE=1 G_DEBUG=fatal-criticals
export KH_BIN=$bin
dbus-run-session -- xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp -noreset' bash -c '
  "$KH_BIN" &
  pid=$!
  wid=$(timeout 30 xdotool search --sync --onlyvisible --name "^Kratom Help\$" | head -1) || true
  [ -n "$wid" ] || { echo "FAIL: no window titled Kratom Help appeared" >&2; kill $pid 2>/dev/null; exit 1; }
  echo "ok: window $wid is shown"
  sleep 1
  kill -0 $pid 2>/dev/null || { echo "FAIL: the app exited after showing its window" >&2; exit 1; }
  kill $pid
  wait $pid 2>/dev/null || true
' 2> >(grep -v 'Failed to set fd limit' >&2)
echo "ok: the installed app starts from $bindir"
