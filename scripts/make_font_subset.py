#!/usr/bin/python3
"""Subset a CJK font to the characters the UI can show, so the browser app downloads a few hundred
kilobytes instead of a 5 MB font. Run at build time (wasm/CMakeLists.txt) with Debian's python3 and
python3-fonttools; use /usr/bin/python3 explicitly, a pyenv python on PATH may lack fontTools.

Kept glyphs: every character in the string values of the given i18n JSON files, printable ASCII,
common CJK / full-width punctuation, and the text of any --extra-text files (e.g. place names).

Usage: make_font_subset.py --font FONT.ttc [--font-number 0] --out OUT.ttf \
           [--extra-text FILE ...] I18N.json [I18N.json ...]
"""
import argparse
import json
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# Punctuation and symbols the UI formats numbers and labels with, beyond what the JSON files hold.
EXTRA_SYMBOLS = "·–—…“”‘’、。，：；！？（）《》【】％＋－×÷≥≤±°²³µ€¥"


def characters_of(json_paths, text_paths):
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars.update(EXTRA_SYMBOLS)
    for path in json_paths:
        with open(path, encoding="utf-8") as f:
            strings = json.load(f)
        if not isinstance(strings, dict):
            sys.exit(f"{path}: expected a flat JSON object of key → string")
        for key, value in strings.items():
            if not isinstance(value, str):
                sys.exit(f"{path}: value of key '{key}' is not a string")
            chars.update(value)
    for path in text_paths:
        with open(path, encoding="utf-8") as f:
            chars.update(f.read())
    return sorted(c for c in chars if c.isprintable())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", required=True)
    parser.add_argument("--font-number", type=int, default=0, help="font index inside a .ttc")
    parser.add_argument("--out", required=True)
    parser.add_argument("--extra-text", action="append", default=[])
    parser.add_argument("i18n", nargs="+")
    args = parser.parse_args()

    chars = characters_of(args.i18n, args.extra_text)
    options = subset.Options()
    options.hinting = False          # Dear ImGui rasterises with stb_truetype, which ignores hints
    options.layout_features = []     # no shaping in ImGui: GSUB/GPOS would be dead weight
    options.name_IDs = [1, 2]        # family and style only
    options.notdef_outline = True
    options.drop_tables += ["DSIG", "FFTM", "vhea", "vmtx", "EBDT", "EBLC", "EBSC"]  # embedded bitmaps unused
    font = TTFont(args.font, fontNumber=args.font_number, lazy=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(chars))
    subsetter.subset(font)
    font.flavor = None
    font.save(args.out)
    print(f"make_font_subset: {len(chars)} characters -> {args.out}")


if __name__ == "__main__":
    main()
