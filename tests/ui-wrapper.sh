#!/bin/bash
# Runs a UI test on a display of its own (Xvfb) with a private session bus,
# so tests never see the developer's desktop or each other.
# SPDX-License-Identifier: GPL-3.0-or-later
exec dbus-run-session -- xvfb-run -a -s '-screen 0 1280x800x24 -nolisten tcp -noreset' "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
