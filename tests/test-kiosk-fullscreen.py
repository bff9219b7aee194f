#!/usr/bin/python3
# test-kiosk-fullscreen.py: the kiosk fills the screen on any display
#
# Starts the real app with --kiosk on an Xvfb display with no window
# manager (where nothing honours a full-screen request) at 1920x1080 and
# 1280x800, and on a headless Weston with its desktop shell. On X11 the
# window's geometry, read from the X server with xwininfo, must be the
# screen's; on Weston, whose windows cannot be asked their size from
# outside, every pixel along the edges of a screenshot must differ from
# the shell alone (panel and background). Prints TAP.
#   test-kiosk-fullscreen.py APP SCREENSHOT-DIR
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import tempfile
import time

app, shot_dir = sys.argv[1], sys.argv[2]
os.makedirs(shot_dir, exist_ok=True)
results = []


class Failure(Exception):
    pass


def wait_for(what, timeout, poll):
    """Calls poll() until it returns something true, or fails naming what."""
    deadline = time.monotonic() + timeout
    while True:
        value = poll()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure(f"{what} (waited {timeout} s)")
        time.sleep(0.1)


def app_env(**extra):
    env = dict(os.environ)
    env.update(GSK_RENDERER="cairo", NO_AT_BRIDGE="1", GTK_A11Y="none")
    env.update(extra)
    return env


def edge_pixels(png, width, height):
    """The RGB values of every 8th pixel along the four edges."""
    raw = subprocess.run(["convert", png, "-depth", "8", "rgb:-"], check=True,
                         capture_output=True).stdout
    if len(raw) != width * height * 3:
        raise Failure(f"{png}: {len(raw) // 3} pixels, expected {width}x{height}")
    points = [(x, y) for x in range(0, width, 8) for y in (0, height - 1)]
    points += [(x, y) for y in range(0, height, 8) for x in (0, width - 1)]
    return {(x, y): raw[(y * width + x) * 3:(y * width + x) * 3 + 3] for x, y in points}


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def x11_no_wm(width, height):
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", f"{width}x{height}x24",
                             "-nolisten", "tcp", "-noreset"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    kiosk = None
    try:
        display = ":" + xvfb.stdout.readline().decode().strip()
        env = app_env(DISPLAY=display, GDK_BACKEND="x11")
        env.pop("WAYLAND_DISPLAY", None)
        kiosk = subprocess.Popen([app, "--kiosk"], env=env, stderr=subprocess.DEVNULL)

        def window():
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Kratom Help$"],
                                   env=env, capture_output=True, text=True).stdout.split()
            return found[0] if found else None

        xid = wait_for(f"X11 {width}x{height}: no visible window named “Kratom Help”", 20, window)
        geometry = {}

        def fills():
            info = subprocess.run(["xwininfo", "-id", xid], env=env, capture_output=True,
                                  text=True).stdout
            for line in info.splitlines():
                key, _, value = line.strip().partition(": ")
                if key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
                    geometry[key] = int(value)
            return geometry == {"Absolute upper-left X": 0, "Absolute upper-left Y": 0,
                                "Width": width, "Height": height}

        try:
            wait_for("", 15, fills)
        except Failure:
            raise Failure(f"X11 {width}x{height} with no window manager: kiosk window {xid} is "
                          f"{geometry.get('Width')}x{geometry.get('Height')} at "
                          f"+{geometry.get('Absolute upper-left X')}+{geometry.get('Absolute upper-left Y')}")
        png = os.path.join(shot_dir, f"kiosk-x11-{width}x{height}.png")
        black = []

        # The geometry is right; wait for the window to be painted.
        def painted():
            subprocess.run(["import", "-window", "root", png], env=env, check=True)
            black[:] = [p for p, rgb in edge_pixels(png, width, height).items() if rgb == b"\0\0\0"]
            return not black

        try:
            wait_for("", 15, painted)
        except Failure:
            raise Failure(f"X11 {width}x{height}: {png} shows the bare root window at {black[:5]}")
        return f"X11 with no window manager, {width}x{height}: kiosk window {width}x{height} at +0+0"
    finally:
        if kiosk is not None:
            stop(kiosk)
        stop(xvfb)


def weston(width, height):
    runtime = tempfile.mkdtemp(prefix="kh-weston-")
    socket = f"kh-test-{os.getpid()}"
    env = app_env(XDG_RUNTIME_DIR=runtime, WAYLAND_DISPLAY=socket, GDK_BACKEND="wayland")
    env.pop("DISPLAY", None)
    server = subprocess.Popen(["weston", "--backend=headless-backend.so", "--shell=desktop-shell.so",
                               "--use-pixman", f"--socket={socket}", f"--width={width}",
                               f"--height={height}", "--debug"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kiosk = None
    try:
        wait_for(f"Weston: no socket {socket}", 20,
                 lambda: os.path.exists(os.path.join(runtime, socket)))

        def screenshot(name):
            before = set(os.listdir(runtime))
            subprocess.run(["weston-screenshooter"], env=env, cwd=runtime, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            new = [f for f in set(os.listdir(runtime)) - before if f.endswith(".png")]
            if not new:
                raise Failure("Weston: weston-screenshooter wrote no PNG")
            path = os.path.join(shot_dir, name)
            os.replace(os.path.join(runtime, new[0]), path)
            return path

        # The shell alone, once it has faded in and drawn its panel and
        # background: two screenshots in a row the same and not black.
        last = []

        def shell_settled():
            pixels = edge_pixels(screenshot("weston-shell.png"), width, height)
            settled = pixels == (last[0] if last else None) and any(
                rgb != b"\0\0\0" for rgb in pixels.values())
            last[:] = [pixels]
            return settled

        wait_for("Weston: the desktop shell never settled", 20, shell_settled)
        shell = os.path.join(shot_dir, "weston-shell.png")
        shell_pixels = edge_pixels(shell, width, height)
        kiosk = subprocess.Popen([app, "--kiosk"], env=env, stderr=subprocess.DEVNULL)
        png = f"kiosk-weston-{width}x{height}.png"
        uncovered = []

        def covered():
            pixels = edge_pixels(screenshot(png), width, height)
            uncovered[:] = [p for p, rgb in pixels.items() if rgb == shell_pixels[p]]
            return not uncovered

        try:
            wait_for("", 20, covered)
        except Failure:
            raise Failure(f"Weston {width}x{height}: the kiosk does not cover the output; the shell "
                          f"shows at {len(uncovered)} edge points, e.g. {uncovered[:5]} "
                          f"({os.path.join(shot_dir, png)})")
        return f"Weston {width}x{height} (desktop shell): the kiosk covers the whole output"
    finally:
        if kiosk is not None:
            stop(kiosk)
        stop(server)


cases = [lambda: x11_no_wm(1920, 1080), lambda: x11_no_wm(1280, 800), lambda: weston(1280, 800)]
print(f"1..{len(cases)}")
failed = False
for number, case in enumerate(cases, 1):
    try:
        print(f"ok {number} - {case()}", flush=True)
    except Failure as failure:
        failed = True
        print(f"not ok {number} - {failure}", flush=True)
sys.exit(1 if failed else 0)
