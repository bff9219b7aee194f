#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the metainfo's screenshots against data/screenshots/.

    check-screenshots.py METAINFO SCREENSHOT-DIR

Every <image> must name a PNG in SCREENSHOT-DIR by its published URL, with
the width and height the file really has, and small enough for app stores;
every PNG there must be listed; every screenshot needs a caption.
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET

URL_PREFIX = "https://raw.githubusercontent.com/kratomhelp/kratom-help/main/data/screenshots/"
MAX_BYTES = 300 * 1024

metainfo, shots_dir = sys.argv[1], sys.argv[2]
problems = []
listed = set()

screenshots = ET.parse(metainfo).getroot().findall("./screenshots/screenshot")
if len(screenshots) < 3:
    problems.append(f"{len(screenshots)} screenshots, expected at least 3")
for shot in screenshots:
    if not (shot.findtext("caption") or "").strip():
        problems.append("a screenshot has no caption")
    for image in shot.findall("image"):
        url = image.text.strip()
        if not url.startswith(URL_PREFIX):
            problems.append(f"{url}: not under {URL_PREFIX}")
            continue
        name = url[len(URL_PREFIX):]
        listed.add(name)
        path = os.path.join(shots_dir, name)
        if not os.path.isfile(path):
            problems.append(f"{url}: no {path}")
            continue
        with open(path, "rb") as f:
            head = f.read(24)
        if head[:8] != b"\x89PNG\r\n\x1a\n":
            problems.append(f"{path}: not a PNG")
            continue
        width, height = struct.unpack(">II", head[16:24])
        declared = (int(image.get("width", 0)), int(image.get("height", 0)))
        if declared != (width, height):
            problems.append(f"{path}: is {width}x{height}, metainfo says {declared[0]}x{declared[1]}")
        if os.path.getsize(path) > MAX_BYTES:
            problems.append(f"{path}: {os.path.getsize(path)} bytes, more than {MAX_BYTES}")

for name in sorted(os.listdir(shots_dir)):
    if name.endswith(".png") and name not in listed:
        problems.append(f"{name}: in {shots_dir} but not in the metainfo")

for p in problems:
    print(p, file=sys.stderr)
print(f"{len(listed)} screenshots checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
