#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the translatable strings of Kratom Help's content JSON.

Used by the kratom-help-pot target (through tools/xgettext-with-content)
and by tests. Which members are translatable is defined here, once, and
documented in data/content/README.md: a string is a message when its
member name is in TRANSLATABLE (or it is an element of such an array),
and it is not inside a member listed in NOT_TRANSLATED.

  content-strings.py --pot OUT.pot [--root SRCROOT] FILE.json...
  content-strings.py --list FILE.json...      (one JSON-escaped msgid a line)
"""
import argparse
import json
import os
import sys

TRANSLATABLE = {
    # sections
    "title", "summary", "text", "items", "question", "answer", "label",
    # checklist
    "hint", "intro", "meaning", "next_steps", "note", "notes", "explanation",
    "heading", "button", "prompt",
    # plan and craving tool
    "inhale", "exhale",
    # directory
    "name", "description", "hours", "cost", "confidentiality", "languages",
    "advice", "emergency_note",
}
# Citations name English-language documents; codes, numbers and addresses
# are never translated.
NOT_TRANSLATED = {"sources", "id", "icon", "reviewed", "style", "target",
                  "type", "url", "uri", "value", "number", "code", "kind",
                  "area", "region", "regions_codes", "locales"}


def walk(node, path, key, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in NOT_TRANSLATED:
                continue
            walk(v, f"{path}/{k}", k, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}/{i}", key, out)
    elif isinstance(node, str) and key in TRANSLATABLE:
        out.append((path, node))


def strings_of(filename):
    with open(filename, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    walk(data, "", None, out)
    return out


def po_quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in s:
        return f'"{s}"'
    parts = s.split("\n")
    lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    return '""\n' + "\n".join(f'"{l}"' for l in lines)


def write_pot(files, root, out):
    entries = {}
    order = []
    for filename in files:
        rel = os.path.relpath(os.path.abspath(filename), root)
        for path, msgid in strings_of(filename):
            if msgid not in entries:
                entries[msgid] = []
                order.append(msgid)
            entries[msgid].append(f"{rel}:{path}")
    with open(out, "w", encoding="utf-8") as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                '"Content-Transfer-Encoding: 8bit\\n"\n\n')
        for msgid in order:
            f.write("#. Content string; the reference gives the file and JSON path\n")
            for ref in entries[msgid]:
                f.write(f"#: {ref}\n")
            if "%" in msgid:
                f.write("#, no-c-format\n")
            f.write(f"msgid {po_quote(msgid)}\nmsgstr \"\"\n\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pot")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--root", default=os.getcwd())
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.pot:
        write_pot(args.files, args.root, args.pot)
    elif args.list:
        for filename in args.files:
            for _, msgid in strings_of(filename):
                print(json.dumps(msgid, ensure_ascii=False))
    else:
        ap.error("give --pot OUT or --list")


if __name__ == "__main__":
    sys.exit(main())
