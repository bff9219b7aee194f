#!/bin/sh
# Checks data/kiosk/kratom-help-kiosk.service with `systemd-analyze
# verify`. It needs no running systemd (this works in a container), but
# verify looks up the units the file names and the programs it starts:
# it runs on an alternative root holding this machine's systemd units and
# stand-ins for the programs (cage is on the kiosk, not on CI). Any
# complaint fails, and so does a broken copy that verify does not
# complain about, so the check cannot pass by checking nothing.
#   check-kiosk-unit.sh SOURCE-DIR
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
unit=$1/data/kiosk/kratom-help-kiosk.service
name=$(basename "$unit")

if ! command -v systemd-analyze >/dev/null; then
  echo "systemd-analyze not found: install systemd (tools/install-deps test)" >&2
  exit 1
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/etc/systemd/system" "$root/usr/lib/systemd"
cp -r /usr/lib/systemd/system "$root/usr/lib/systemd/"
sed -n 's/^ExecStart=[-@:+!]*\([^ ]*\).*/\1/p' "$unit" | while read -r program; do
  mkdir -p "$root$(dirname "$program")"
  printf '#!/bin/sh\n' >"$root$program"
  chmod +x "$root$program"
done

verify() {
  SYSTEMD_LOG_COLOR=0 systemd-analyze verify --man=no --generators=no --root="$root" \
    "$root/etc/systemd/system/$1" 2>&1
}

cp "$unit" "$root/etc/systemd/system/$name"
if ! out=$(verify "$name") || [ -n "$out" ]; then
  printf '%s\n' "$out" | sed "s|$root||g"
  echo "$unit: systemd-analyze verify complains (above)" >&2
  exit 1
fi

sed 's/^Restart=.*/Restart=sometimes/' "$unit" >"$root/etc/systemd/system/broken.service"
if out=$(verify broken.service) && [ -z "$out" ]; then
  echo "systemd-analyze verify accepted a unit with Restart=sometimes: the check checks nothing" >&2
  exit 1
fi

echo "$unit: systemd-analyze verify finds no problem"
