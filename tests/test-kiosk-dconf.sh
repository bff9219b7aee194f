#!/bin/sh
# The dconf keyfile and locks shown in the README's "Kiosk mode" section
# (data/kiosk/) name keys of the schema, with values it accepts, and are
# in the README word for word.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
src=$1
schema=io.github.kratomhelp.KratomHelp
keyfile=$src/data/kiosk/00-kratom-help
locks=$src/data/kiosk/locks
status=0

echo "1..4"

# 1: every key=value is accepted by the schema (type and range)
ok=ok
while IFS= read -r line; do
  case "$line" in ''|'#'*|'['*) continue ;; esac
  key=${line%%=*}
  value=${line#*=}
  if ! GSETTINGS_BACKEND=memory gsettings set "$schema" "$key" "$value" 2>&1; then
    echo "# $keyfile: $key=$value is not accepted"
    ok="not ok"
  fi
done < "$keyfile"
grep -qx '\[io/github/kratomhelp/KratomHelp\]' "$keyfile" || { echo "# wrong group in $keyfile"; ok="not ok"; }
echo "$ok 1 keyfile matches the schema"
[ "$ok" = ok ] || status=1

# 2: every lock is a key of the schema
ok=ok
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  key=${line#/io/github/kratomhelp/KratomHelp/}
  if [ "$key" = "$line" ] || ! gsettings describe "$schema" "$key" >/dev/null 2>&1; then
    echo "# $locks: $line is not a key of $schema"
    ok="not ok"
  fi
done < "$locks"
echo "$ok 2 locks name keys of the schema"
[ "$ok" = ok ] || status=1

# 3: the README shows both files as they are
ok=ok
for file in "$keyfile" "$locks"; do
  while IFS= read -r line; do
    [ -n "$line" ] || continue
    grep -qxF -- "$line" "$src/README.md" || { echo "# README.md lacks: $line"; ok="not ok"; }
  done < "$file"
done
echo "$ok 3 README shows the files verbatim"
[ "$ok" = ok ] || status=1

# 4: compiled with dconf as the README says, the database gives the app
# these values through GSettings, and the locked keys cannot be changed
ok=ok
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/local.d/locks" "$tmp/config"
cp "$keyfile" "$tmp/local.d/00-kratom-help"
cp "$locks" "$tmp/local.d/locks/kratom-help"
if ! dconf compile "$tmp/local" "$tmp/local.d"; then
  echo "# dconf compile failed (is dconf-cli installed?)"
  ok="not ok"
else
  # file-db: the compiled database itself, not /etc/dconf/db
  printf 'user-db:user\nfile-db:%s\n' "$tmp/local" > "$tmp/profile"
  get () { GSETTINGS_BACKEND=dconf DCONF_PROFILE="$tmp/profile" XDG_CONFIG_HOME="$tmp/config" gsettings "$@"; }
  [ "$(get get "$schema" kiosk-mode)" = true ] || { echo "# kiosk-mode is not true"; ok="not ok"; }
  [ "$(get get "$schema" kiosk-region)" = "'US'" ] || { echo "# kiosk-region is not 'US'"; ok="not ok"; }
  for key in kiosk-mode kiosk-idle-timeout kiosk-exit-pin kiosk-region; do
    [ "$(get writable "$schema" "$key")" = false ] || { echo "# $key is not locked"; ok="not ok"; }
  done
  [ "$(get writable "$schema" text-scale)" = true ] || { echo "# text-scale is locked"; ok="not ok"; }
fi
echo "$ok 4 dconf database and locks work as documented"
[ "$ok" = ok ] || status=1

exit $status
