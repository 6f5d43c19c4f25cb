#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
"""Fills the English plural forms in translations/voronka_en.ts from the "(s)" sources.

English ships only plural forms (lupdate -pluralonly); "%n deal(s)" gives "%n deal" and
"%n deals". Run after scripts/update-translations.sh; entries already filled are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

SPECIAL = {"entry(s)": ("entry", "entries"), "company(s)": ("company", "companies"),
           "y(ies)": ("y", "ies")}


def forms(source):
    one, many = source, source
    for marker, (s, p) in SPECIAL.items():
        one, many = one.replace(marker, s), many.replace(marker, p)
    one = re.sub(r"\(s\)", "", one)
    many = re.sub(r"\(s\)", "s", many)
    return one, many


path = sys.argv[1] if len(sys.argv) > 1 else "translations/voronka_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    tr = message.find("translation")
    numerus = tr.findall("numerusform")
    if numerus and all((f.text or "") for f in numerus) and tr.get("type") != "unfinished":
        continue
    one, many = forms(message.find("source").text)
    for f in numerus:
        tr.remove(f)
    for text in (one, many):
        ET.SubElement(tr, "numerusform").text = text
    tr.attrib.pop("type", None)
    changed += 1
text = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n")
print(f"{changed} English plural entries filled")
