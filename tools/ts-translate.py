#!/usr/bin/env python3
"""Helps keep translations/winsock-doctor_zh_CN.ts and the plurals of winsock-doctor_en.ts complete.

  tools/ts-translate.py export OUT.json   write every unfinished source text as {"context|source": ""}
  tools/ts-translate.py apply IN.json     fill translations from {"context|source": "译文"} (or
                                          {"source": "译文"} for any context) and mark them finished
  tools/ts-translate.py check             list unfinished entries, exit 1 when there are any
Numerus entries (%n) take one translation (Chinese has one plural form).

English: only the numerus entries of translations/winsock-doctor_en.ts are translated (singular and
plural of the "%n file(s)" idiom); every other English text is the source itself and stays unfinished.
  tools/ts-translate.py en-plurals export OUT.json   write every numerus source as {"context|source":
                                                     ["singular", "plural"]} (empty when unfinished)
  tools/ts-translate.py en-plurals apply IN.json     fill both forms from {"context|source" or "source":
                                                     ["singular", "plural"]}, mark them finished
  tools/ts-translate.py en-plurals check             list unfinished numerus entries, exit 1 when any
The forms must keep the placeholders (%1, %2, %n, ...) of the source. Run tools/update-translations.sh
afterwards: it rewrites the file in lupdate's layout.

Moving strings to another class changes their context; lupdate -no-obsolete then drops the old entries
and adds the moved ones unfinished. Save the .ts files before, then carry the old translations over:
  tools/ts-translate.py carry OLD.ts NEW.ts   fill every unfinished entry of NEW.ts from a finished entry
                                              of OLD.ts with the same source, comment and numerus (the
                                              same context first, else any context whose translations of
                                              it agree) and mark it finished; works for zh_CN and for
                                              the plurals of en alike
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

TS = "translations/winsock-doctor_zh_CN.ts"
TS_EN = "translations/winsock-doctor_en.ts"


def load(path=TS):
    tree = ET.parse(path)
    return tree, tree.getroot()


def entries(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") == "unfinished" or not (tr.text or list(tr))


def save(tree, path=TS):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def placeholders(text):
    return sorted(re.findall(r"%(?:n|L?[1-9][0-9]?)", text))


def en_plurals(args):
    sub = args[0] if args else "check"
    tree, root = load(TS_EN)
    numerus = [(c, m) for c, m in entries(root) if m.get("numerus") == "yes"]
    if sub == "export":
        out = {}
        for ctx, msg in numerus:
            forms = [] if unfinished(msg) else [f.text or "" for f in msg.find("translation").iter("numerusform")]
            out[ctx + "|" + msg.findtext("source")] = forms or ["", ""]
        with open(args[1], "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(len(out), "numerus entries")
    elif sub == "apply":
        with open(args[1], encoding="utf-8") as f:
            table = json.load(f)
        n, bad = 0, 0
        for ctx, msg in numerus:
            src = msg.findtext("source")
            forms = table.get(ctx + "|" + src) or table.get(src)
            if not forms or not all(forms):
                continue
            if len(forms) != 2 or any(placeholders(f) != placeholders(src) for f in forms):
                print(f"{ctx}: {src!r}: need 2 forms with the placeholders {placeholders(src)}: {forms!r}",
                      file=sys.stderr)
                bad += 1
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
            tr.attrib.pop("type", None)
            n += 1
        save(tree, TS_EN)
        left = sum(1 for _, m in numerus if unfinished(m))
        print(n, "numerus entries filled,", left, "still unfinished")
        sys.exit(1 if bad or left else 0)
    else:
        bad = [(c, m.findtext("source")) for c, m in numerus if unfinished(m)]
        for c, s in bad:
            print(f"{c}: {s}")
        print(len(bad), "unfinished numerus entries in", TS_EN)
        sys.exit(1 if bad else 0)


def translation_of(msg):
    """The translation of MSG as (text, [numerus forms]), comparable between entries."""
    tr = msg.find("translation")
    return (tr.text or "", tuple(f.text or "" for f in tr.iter("numerusform")))


def carry(old_path, new_path):
    _, old_root = load(old_path)
    tree, root = load(new_path)
    by_key = {}  # (source, comment, numerus) -> {context: msg}
    for ctx, msg in entries(old_root):
        if unfinished(msg):
            continue
        key = (msg.findtext("source"), msg.findtext("comment") or "", msg.get("numerus") == "yes")
        by_key.setdefault(key, {})[ctx] = msg
    n, ambiguous = 0, []
    for ctx, msg in entries(root):
        if not unfinished(msg):
            continue
        key = (msg.findtext("source"), msg.findtext("comment") or "", msg.get("numerus") == "yes")
        found = by_key.get(key)
        if not found:
            continue
        old = found.get(ctx)
        if old is None:
            if len({translation_of(m) for m in found.values()}) != 1:
                ambiguous.append(f"{ctx}: {key[0][:60]!r} is translated differently in {sorted(found)}")
                continue
            old = next(iter(found.values()))
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        text, forms = translation_of(old)
        if key[2]:
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        tr.attrib.pop("type", None)
        n += 1
    save(tree, new_path)
    for a in ambiguous:
        print("not carried, choose by hand:", a, file=sys.stderr)
    left = sum(1 for _, m in entries(root) if unfinished(m))
    print(n, "translations carried from", old_path, "to", new_path + ";", left, "entries still unfinished")


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "en-plurals":
        en_plurals(sys.argv[2:])
        return
    if cmd == "carry":
        if len(sys.argv) != 4:
            sys.exit("usage: tools/ts-translate.py carry OLD.ts NEW.ts")
        carry(sys.argv[2], sys.argv[3])
        return
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
