#!/usr/bin/env python3
"""Fills the unfinished entries of tidings_en.ts, the English plural forms, from their sources:
"%n item(s)" -> "%n item" / "%n items", "%n fetch(es)", "%n entry(ies)" -> "%n entry" / "%n entries".
Run after `update_translations` added a "%n" message; review the result (git diff) before committing.
Finished entries are left alone, so a hand-made form stays."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("tidings_en.ts"))
text = path.read_text(encoding="utf-8")


def forms(source):
    singular = re.sub(r"y\(ies\)", "y", source).replace("(es)", "").replace("(s)", "")
    plural = re.sub(r"y\(ies\)", "ies", source).replace("(es)", "es").replace("(s)", "s")
    return singular, plural


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill(match):
    block = match.group(0)
    source = ET.fromstring("<s>" + re.search(r"<source>(.*?)</source>", block, re.S).group(1) + "</s>").text or ""
    one, many = forms(source)
    translation = ('<translation>\n            <numerusform>%s</numerusform>\n'
                   '            <numerusform>%s</numerusform>\n        </translation>') % (escape(one), escape(many))
    return re.sub(r'<translation type="unfinished">.*?</translation>', translation, block, flags=re.S)


text, count = re.subn(r'<message numerus="yes">(?:(?!</message>).)*?type="unfinished".*?</message>', fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
print(f"{path}: {count} plural entries filled")
