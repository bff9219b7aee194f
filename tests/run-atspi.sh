#!/bin/bash
# Runs the AT-SPI end-to-end test: the real app on its own Xvfb display and
# private session bus, read through the accessibility bus the way a screen
# reader reads it.
#   run-atspi.sh APP TEST.py [APP-ARGS...]
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
app=$1
script=$2
shift 2

# Only the test's TAP goes to stdout: services started on the private bus
# (the AT-SPI registry) print there too, so the bus gets stderr and the
# test writes to fd 3.
exec 3>&1
exec dbus-run-session -- bash -c '
  app=$1; script=$2; shift 2
  export GSETTINGS_BACKEND=memory GSK_RENDERER=cairo
  unset GTK_A11Y NO_AT_BRIDGE
  for n in $(seq 0 20); do
    d=$(( 100 + (RANDOM % 400) ))
    [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || break
  done
  Xvfb :$d -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:$d
  for i in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  # at-spi2 services are started by D-Bus activation and must get DISPLAY
  # too, or synthesised input silently goes nowhere.
  dbus-update-activation-environment DISPLAY
  "$app" "$@" &
  pid=$!
  /usr/bin/python3 "$script" >&3
  rc=$?
  kill $pid $xvfb 2>/dev/null
  wait 2>/dev/null
  exit $rc
' _ "$app" "$script" "$@" >&2 2> >(grep -v "Failed to set fd limit" >&2)
