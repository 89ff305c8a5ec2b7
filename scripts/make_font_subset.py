#!/usr/bin/python3
"""Subset a CJK font to the characters the UI can show, so the browser app downloads a few hundred
kilobytes instead of a 5 MB font. Run at build time (wasm/CMakeLists.txt) with Debian's python3 and
python3-fonttools; use /usr/bin/python3 explicitly, a pyenv python on PATH may lack fontTools.

Kept glyphs: every character in the string values of the given i18n JSON files, printable ASCII,
common CJK / full-width punctuation, the text of any --extra-text files (e.g. place names), and with
--common-hanzi the 3,755 level-1 characters of GB 2312-1980 (the everyday set: the names of imported
cities, stations and buildings come from files the build has never seen).

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


def gb2312_level1():
    """The 3,755 level-1 hanzi of GB 2312-1980: rows 16–55 (bytes 0xB0–0xD7, 0xA1–0xFE)."""
    out = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the five unassigned cells at the end of row 55
    return out


def characters_of(json_paths, text_paths, common_hanzi=False):
    chars = set(chr(c) for c in range(0x20, 0x7F))
    if common_hanzi:
        chars.update(gb2312_level1())
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
    parser.add_argument("--common-hanzi", action="store_true", help="also keep GB 2312 level-1 hanzi")
    parser.add_argument("i18n", nargs="+")
    args = parser.parse_args()

    chars = characters_of(args.i18n, args.extra_text, args.common_hanzi)
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
