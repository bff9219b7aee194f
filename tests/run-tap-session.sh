#!/bin/bash
# Runs a TAP test on a private session bus. Services the bus starts (the
# AT-SPI registry among them) print to the stdout they inherit, which is
# the test's TAP: they get stderr, and the test's own stdout is kept.
#   run-tap-session.sh PROGRAM [ARGS...]
# SPDX-License-Identifier: GPL-3.0-or-later
exec 3>&1
exec dbus-run-session -- bash -c 'exec "$@" >&3' _ "$@" >&2
