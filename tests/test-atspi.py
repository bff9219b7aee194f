#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end accessibility test through AT-SPI (gi.repository.Atspi).

Reads the running app as a screen reader does (run by run-atspi.sh):
- every focusable or actionable node has a non-empty accessible name;
- page titles and headings carry the heading role;
- the sidebar exposes every page, and choosing each shows its page;
- with KH_ATSPI_CHECKLIST=1, the checklist can be completed with the
  keyboard alone and the result is exposed;
- with KH_ATSPI_HELP_NUMBERS=a,b,..., those numbers are exposed as text;
- with KH_ATSPI_MIN_TARGET=44, every actionable node is at least that big.
Prints TAP.
"""
import os
import sys
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import gi  # noqa: E402

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP = "kratom-help"
results = []


def check(ok, what):
    results.append((bool(ok), what))
    print(("ok" if ok else "not ok") + f" {len(results)} - {what}", flush=True)
    return ok


def find_app(timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            a = desktop.get_child_at_index(i)
            if a is not None and a.get_name() == APP:
                return a
        time.sleep(0.2)
    print(f"Bail out! {APP} never appeared on the accessibility bus")
    sys.exit(1)


def on_screen(node):
    # GTK 4.8 sets neither SHOWING on containers nor VISIBLE false on the
    # hidden pages of a stack; a hidden page has no size.
    try:
        e = Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)
    except Exception:
        return True
    return e.width > 0 and e.height > 0 and e.x < 4000 and e.y < 4000


def walk(node, out, visible_only=True):
    try:
        states = node.get_state_set()
    except Exception:
        return out
    if visible_only and role(node) != "application" and \
            (not states.contains(Atspi.StateType.VISIBLE) or not on_screen(node)):
        return out
    out.append(node)
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, out, visible_only)
    return out


def role(node):
    return node.get_role_name()


def name(node):
    return node.get_name() or ""


def text_of(node):
    try:
        return Atspi.Text.get_text(node, 0, Atspi.Text.get_character_count(node))
    except Exception:
        return ""


def actions(node):
    try:
        return [Atspi.Action.get_action_name(node, i) for i in range(Atspi.Action.get_n_actions(node))]
    except Exception:
        return []


ACTIONABLE = {"push button", "toggle button", "check box", "radio button", "menu item",
              "link", "combo box", "spin button", "entry", "text", "list item", "slider",
              "page tab", "menu button"}


def is_actionable(node):
    states = node.get_state_set()
    return (states.contains(Atspi.StateType.FOCUSABLE) or bool(actions(node))) and \
        role(node) in ACTIONABLE


def wait_for(pred, timeout=5.0):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.1)
    return False


def check_names(app, page):
    nodes = walk(app, [])
    unnamed = [f"[{role(n)}]" for n in nodes if is_actionable(n) and not name(n).strip()
               and not (role(n) in ("text", "entry") and text_of(n))]
    check(not unnamed, f"{page}: every actionable node has a name" + (f" (unnamed: {unnamed})" if unnamed else ""))
    return nodes


TAB, SPACE, RETURN = 0xff09, 0x20, 0xff0d


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    time.sleep(0.08)


def focused(app):
    for n in walk(app, [], visible_only=False):
        try:
            if n.get_state_set().contains(Atspi.StateType.FOCUSED) and role(n) != "frame":
                return n
        except Exception:
            pass
    return None


def checklist_by_keyboard(app, sidebar, titles):
    """Answer all eleven questions and reach the result with keys only."""
    index = titles.index("Screening checklist")
    Atspi.Selection.select_child(sidebar, index)
    time.sleep(1)
    # keys go to the window under the pointer (no window manager here)
    Atspi.generate_mouse_event(600, 400, "abs")
    time.sleep(0.2)
    answered = set()
    result_button = None
    for _ in range(120):
        key(TAB)
        node = focused(app)
        label = name(node) if node is not None else ""
        question = len(answered) // 2
        # "yes" to questions 1, 3, 5, 7, 9, 11 and "no" to the others:
        # 6 of 11, the severe band
        if label.startswith("Yes: ") and label not in answered:
            if question % 2 == 0:
                key(SPACE)
            answered.add(label)
        elif label.startswith("No: ") and ("Yes: " + label[4:]) in answered and label not in answered:
            if question % 2 == 1:
                key(SPACE)
            answered.add(label)
        elif label.replace("_", "") == "See My Result" and len(answered) >= 22:
            result_button = node
            break
    check(len(answered) == 22, f"the keyboard reaches both answers of all 11 questions ({len(answered) // 2})")
    if not check(result_button is not None, "the keyboard reaches “See My Result”"):
        return
    key(RETURN)
    time.sleep(1)
    texts = [name(n) + " " + text_of(n) for n in walk(app, [])]
    result = [t for t in texts if "match" in t and "of 11" in t]
    check(any("match 6 of 11" in t for t in result), f"the result is exposed: {result[:1]}")
    check(any("Your result" in t for t in texts), "the result has its heading")


def main():
    app = find_app()
    time.sleep(1)
    nodes = walk(app, [])
    sidebar = next((n for n in nodes if role(n) == "list" and name(n) == "Sections"), None)
    if not check(sidebar is not None, "the sidebar is a list named Sections"):
        return
    rows = [sidebar.get_child_at_index(i) for i in range(sidebar.get_child_count())]
    titles = [name(r) for r in rows]
    check(len(titles) >= 7 and all(titles), f"the sidebar exposes every page by name: {titles}")

    min_target = int(os.environ.get("KH_ATSPI_MIN_TARGET", "0"))
    for index, title in enumerate(titles):
        Atspi.Selection.select_child(sidebar, index)
        shown = wait_for(lambda: any(role(n) == "heading" and name(n) == title for n in walk(app, [])))
        check(shown, f"choosing “{title}” shows a heading “{title}”")
        time.sleep(0.3)
        nodes = check_names(app, title)
        headings = [n for n in nodes if role(n) == "heading"]
        check(len(headings) >= 1, f"{title}: headings carry the heading role ({len(headings)})")
        if min_target:
            small = []
            for n in nodes:
                if not is_actionable(n) or role(n) in ("text", "list item"):
                    continue
                e = Atspi.Component.get_extents(n, Atspi.CoordType.WINDOW)
                if e.width > 0 and (e.width < min_target or e.height < min_target):
                    small.append(f"[{role(n)}] {name(n)!r} {e.width}x{e.height}")
            check(not small, f"{title}: every actionable node is at least {min_target}×{min_target} px"
                  + (f" (too small: {small})" if small else ""))

    if os.environ.get("KH_ATSPI_CHECKLIST") == "1":
        checklist_by_keyboard(app, sidebar, titles)

    numbers = [x for x in os.environ.get("KH_ATSPI_HELP_NUMBERS", "").split(",") if x]
    if numbers:
        index = next(i for i, t in enumerate(titles) if t == "Get help")
        Atspi.Selection.select_child(sidebar, index)
        time.sleep(1)
        texts = " ".join(name(n) + " " + text_of(n) for n in walk(app, []))
        for number in numbers:
            check(number in texts, f"Get help exposes {number} as text")

    failed = sum(1 for ok, _ in results if not ok)
    print(f"1..{len(results)}")
    sys.exit(1 if failed else 0)


main()
