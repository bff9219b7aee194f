#!/usr/bin/python3
# test-kiosk-crash.py: a kiosk killed mid-visit leaves nothing behind
#
# Starts the real app with --kiosk (run under dbus-run-session, on an
# Xvfb display of its own, HOME and every XDG folder private, settings
# in a keyfile so that anything written would land on disk), answers
# checklist questions through AT-SPI, types a search with xdotool, checks
# the app shows both, kills it with SIGKILL, and proves that neither the
# private folders nor the files changed in /tmp meanwhile hold the search
# text or any other trace of the visit, and that the app started again
# shows neither. Prints TAP. With KH_KEEP=1 the private folders, with the
# app's and Xvfb's logs, are kept (and named) for a look after a failure.
#   test-kiosk-crash.py APP
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import gi  # noqa: E402

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

app_path = sys.argv[1]
SECRET = "quokkaharbour7315"
results = []


def check(ok, what):
    results.append(bool(ok))
    print(("ok" if ok else "not ok") + f" {len(results)} - {what}", flush=True)
    return ok


def wait_for(pred, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = pred()
        if value:
            return value
        time.sleep(0.1)
    return None


def walk(node, out):
    try:
        count = node.get_child_count()
    except Exception:
        return out
    out.append(node)
    for i in range(count):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, out)
    return out


def text_of(node):
    try:
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    except Exception:
        return ""


def find_app(pid):
    desktop = Atspi.get_desktop(0)
    # The list of applications is cached once read: an app that registers
    # after the first look would never be seen without asking again.
    desktop.clear_cache()
    for i in range(desktop.get_child_count()):
        a = desktop.get_child_at_index(i)
        try:
            if a is not None and a.get_process_id() == pid:
                return a
        except Exception:
            pass
    return None


def answers(app):
    """The "Yes: …" and "No: …" answers of the checklist, radio buttons."""
    return [n for n in walk(app, []) if n.get_role_name() == "radio button"
            and (n.get_name() or "").startswith(("Yes: ", "No: "))]


def pressed(node):
    states = node.get_state_set()
    return states.contains(Atspi.StateType.CHECKED) or states.contains(Atspi.StateType.PRESSED)


def snapshot(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            try:
                st = os.lstat(path)
                files[path] = (st.st_size, st.st_mtime_ns)
            except OSError:
                pass
    return files


def holds_secret(path):
    try:
        if os.path.getsize(path) > 50 * 1024 * 1024:
            return False
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return False
    return SECRET.encode() in data or SECRET.encode("utf-16-le") in data


root = tempfile.mkdtemp(prefix="kh-crash-")
home = os.path.join(root, "home")
env = dict(os.environ)
env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
           XDG_DATA_HOME=os.path.join(home, ".local/share"),
           XDG_CACHE_HOME=os.path.join(home, ".cache"),
           XDG_STATE_HOME=os.path.join(home, ".local/state"),
           GSETTINGS_BACKEND="keyfile", GSK_RENDERER="cairo", GDK_BACKEND="x11")
for key in ("GTK_A11Y", "NO_AT_BRIDGE", "WAYLAND_DISPLAY"):
    env.pop(key, None)
for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.makedirs(env[key], exist_ok=True)

def start_xvfb():
    """An X server of our own, once it answers: the number -displayfd gives
    can belong to a server that another test started at the same moment,
    so the display is tried, and another server started if it is not ours."""
    for attempt in range(5):
        server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                                   "-noreset"],
                                  stdout=subprocess.PIPE, stderr=open(os.path.join(root, "xvfb.log"), "a"))
        display = ":" + server.stdout.readline().decode().strip()
        if display != ":" and wait_for(lambda: server.poll() is None and subprocess.run(
                ["xdpyinfo", "-display", display], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL).returncode == 0, 10):
            return server, display
        server.terminate()
        server.wait()
    print("Bail out! no Xvfb display could be started")
    sys.exit(1)


xvfb, env["DISPLAY"] = start_xvfb()
os.environ["DISPLAY"] = env["DISPLAY"]
subprocess.run(["dbus-update-activation-environment", "DISPLAY=" + env["DISPLAY"]], check=True)


def start(which):
    log = open(os.path.join(root, f"{which}.log"), "w+")
    process = subprocess.Popen([app_path, "--kiosk", "--section=checklist"], env=env, stderr=log)
    app = wait_for(lambda: find_app(process.pid), 30)
    if app is None:
        log.seek(0)
        for line in log.read().splitlines():
            print("# " + line)
        print(f"Bail out! the {which} kiosk (pid {process.pid}, "
              f"{'running' if process.poll() is None else f'exit {process.returncode}'}) "
              "never appeared on the accessibility bus")
        sys.exit(1)
    return process, app


def xdotool(*args):
    subprocess.run(["xdotool", *args], env=env, check=True)


try:
    process, app = start("first")
    buttons = wait_for(lambda: answers(app), 20)
    check(buttons, f"the kiosk shows the checklist's answers ({len(buttons or [])} buttons)")
    before = snapshot(home)
    visit_start = time.time()

    # A visit: three answers, and a search typed with real keys.
    yes = [b for b in buttons if b.get_name().startswith("Yes: ")][:3]
    for button in yes:
        Atspi.Action.do_action(button, 0)
    check(wait_for(lambda: all(pressed(b) for b in yes), 10),
          "three checklist answers are shown as chosen")
    window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Kratom Help$"],
                            env=env, capture_output=True, text=True).stdout.split()[0]
    xdotool("mousemove", "--window", window, "600", "400")
    xdotool("windowfocus", "--sync", window)
    xdotool("key", "ctrl+f")
    entry = wait_for(lambda: next((n for n in walk(app, []) if n.get_role_name() in ("entry", "text")
                                   and n.get_state_set().contains(Atspi.StateType.FOCUSED)), None), 10)
    check(entry is not None, "Ctrl+F puts the focus in a search entry")
    xdotool("type", "--delay", "20", SECRET)
    # (The text itself is not printed: this output may be kept in /tmp.)
    check(wait_for(lambda: SECRET in text_of(entry), 10), "the search entry shows the text typed")

    # The machine loses power, or the app is killed: no chance to clean up.
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    check(process.returncode == -signal.SIGKILL, "the kiosk was killed with SIGKILL")

    after = snapshot(home)
    changed = sorted(p for p in after if before.get(p) != after[p])
    check(not changed, "the visit wrote nothing under HOME or the XDG folders"
          + (f" (written: {[os.path.relpath(p, home) for p in changed]})" if changed else ""))
    found = [p for p in after if holds_secret(p)]
    check(not found, f"no file under HOME or the XDG folders holds the search text" + (f" ({found})" if found else ""))
    tmp_changed = []
    for folder, dirs, names in os.walk("/tmp"):
        dirs[:] = [d for d in dirs if os.path.join(folder, d) != root]
        for name in names:
            path = os.path.join(folder, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if st.st_mtime >= visit_start - 1 and os.path.isfile(path) and not os.path.islink(path):
                tmp_changed.append(path)
    found = [p for p in tmp_changed if holds_secret(p)]
    check(not found, f"none of the {len(tmp_changed)} files changed in /tmp during the visit holds the search text"
          + (f" ({found})" if found else ""))

    # Started again, it shows a fresh visit.
    process, app = start("restarted")
    buttons = wait_for(lambda: answers(app), 20)
    check(buttons and not any(pressed(b) for b in buttons),
          f"after the restart no checklist answer is chosen ({len(buttons or [])} buttons)")
    check(not any(SECRET in (n.get_name() or "") + text_of(n) for n in walk(app, [])),
          "after the restart the search text is shown nowhere")
    process.kill()
    process.wait()
finally:
    xvfb.terminate()
    xvfb.wait()
    if os.environ.get("KH_KEEP"):
        print("# kept " + root)
    else:
        subprocess.run(["rm", "-rf", root])

print(f"1..{len(results)}")
sys.exit(0 if all(results) else 1)
