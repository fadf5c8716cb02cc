#!/usr/bin/env python3
"""Helps keep translations/winsock-doctor_zh_CN.ts complete.

  tools/ts-translate.py export OUT.json   write every unfinished source text as {"context|source": ""}
  tools/ts-translate.py apply IN.json     fill translations from {"context|source": "译文"} (or
                                          {"source": "译文"} for any context) and mark them finished
  tools/ts-translate.py check             list unfinished entries, exit 1 when there are any
Numerus entries (%n) take one translation (Chinese has one plural form).
"""
import json
import sys
import xml.etree.ElementTree as ET

TS = "translations/winsock-doctor_zh_CN.ts"


def load():
    tree = ET.parse(TS)
    return tree, tree.getroot()


def entries(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") == "unfinished" or not (tr.text or list(tr))


def save(tree):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(TS, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    tree, root = load()
    if cmd == "export":
        out = {}
        for ctx, msg in entries(root):
            if unfinished(msg):
                out[ctx + "|" + msg.findtext("source")] = ""
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(len(out), "unfinished")
    elif cmd == "apply":
        with open(sys.argv[2], encoding="utf-8") as f:
            table = json.load(f)
        n = 0
        for ctx, msg in entries(root):
            src = msg.findtext("source")
            t = table.get(ctx + "|" + src) or table.get(src)
            if not t:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                tr.text = None
                ET.SubElement(tr, "numerusform").text = t
            else:
                tr.text = t
            tr.attrib.pop("type", None)
            n += 1
        save(tree)
        print(n, "translations applied")
    else:
        bad = [(c, m.findtext("source")) for c, m in entries(root) if unfinished(m)]
        for c, s in bad:
            print(f"{c}: {s}")
        print(len(bad), "unfinished")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
