#!/usr/bin/env python3
"""Fails when a translation catalogue lags the sources.

    check_catalogues.py LUPDATE SOURCE_DIR CATALOGUE.ts...

Each catalogue is copied to a scratch folder and updated there from the sources of core, ui and
app, as the build refreshes the real ones (cmake/RefreshCatalogues.cmake: lupdate, relative
locations) but keeping obsolete entries. The check then fails, listing the first messages of
each kind, when the updated copy has an unfinished message (a string added or changed in the
sources since the catalogue was translated, or never translated) or an obsolete one (a string
the sources no longer have), or a translation that drops a placeholder (%1, %L2, %n) of its
source. The real catalogues are never written.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source_dir, catalogues = sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
if not catalogues:
    sys.exit("check_catalogues: no catalogue given")
placeholder = re.compile(r"%L?\d+|%n")
failed = False
with tempfile.TemporaryDirectory() as scratch:
    copies = []
    for ts in catalogues:
        copy = Path(scratch) / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    subprocess.run([lupdate, "-silent", "-locations", "relative", "core", "ui", "app", "-ts", *map(str, copies)],
                   cwd=source_dir, check=True)
    for ts, copy in zip(catalogues, copies):
        problems = {"unfinished": [], "obsolete": [], "placeholder": []}
        messages = 0
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                messages += 1
                source = message.findtext("source") or ""
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "unfinished"
                if kind in ("unfinished", "obsolete", "vanished"):
                    problems["obsolete" if kind != "unfinished" else "unfinished"].append(f"{name}: {source!r}")
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                wanted = set(placeholder.findall(source)) - {"%n"}
                for form in forms:
                    if set(placeholder.findall(form)) - {"%n"} != wanted:
                        problems["placeholder"].append(f"{name}: {source!r} -> {form!r}")
        if messages == 0:
            print(f"check_catalogues: {ts.name} holds no message")
            failed = True
        for kind, found in problems.items():
            if found:
                failed = True
                print(f"check_catalogues: {ts.name}: {len(found)} {kind} message(s), the first:")
                for line in found[:10]:
                    print(f"    {line}")
        if not any(problems.values()) and messages:
            print(f"check_catalogues: {ts.name}: all {messages} messages translated, none obsolete")
if failed:
    print("check_catalogues: build (the build refreshes the catalogues from the sources), then translate what is "
          "unfinished (Qt Linguist) and commit the catalogues")
sys.exit(1 if failed else 0)
