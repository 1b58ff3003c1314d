#!/usr/bin/env python3
"""Regenerates src/lexicon/places.txt: the gazetteer of China.

Sources:
- every province-, prefecture- and county-level division of mainland China:
  the adcode table shipped with cpca (pip install cpca==0.5.5;
  cpca/resources/adcodes.csv, the Ministry of Civil Affairs' division codes).
  The level comes from the code: AA0000000000 a province-level division,
  AABB00000000 a prefecture-level one, AABBCC000000 a county-level one.
- the names' romanisation: pypinyin (pip install pypinyin), syllables joined,
  an apostrophe before a syllable opening with a, o or e (Xi'an).
- ethnic names stripped from autonomous divisions: cpca's 56_nations.csv.
- by hand, below: the English exonyms the press uses (Tibet, Inner
  Mongolia, Harbin, Urumqi ...), Hong Kong, Macao and Taiwan, and the named
  regions of the press (Greater Bay Area, Yangtze River Delta ...).

Kinds (SCHEMA.md, gold convention 28): provinces and autonomous regions are
province; the four municipalities and prefecture-level divisions are city;
urban districts, counties and banners are district; county-level cities are
city. A name shared by divisions of several levels takes the highest.

A county-level name carries its parents (the prefecture and province, as
romanised here) in a third column: the place pass matches it bare only in
an article that also names one of them ("Pengjiang" in a Jiangmen story,
not "Xinhua" the news agency in a Guangdong one). A name that is also a
province- or prefecture-level name has no parents and always matches.

A name of one syllable ("Xiao" of Xiao County) is also a surname or an
ordinary word: it is written with its suffix ("Xiao County"), so it only
matches with that suffix. Multi-syllable names that are also surnames or
given-name-like words are left to the place pass, which refuses gazetteer
matches inside person names.

usage: python3 scripts/gen_places.py   (from the repository root)
"""
import csv
import os
import re
import sys

import cpca
from pypinyin import Style, lazy_pinyin

RES = os.path.join(os.path.dirname(cpca.__file__), "resources")

# The English names the press uses where they differ from the pinyin of the
# division's name (added beside the pinyin form, same kind).
EXONYMS = {
    "西藏自治区": ["Tibet", "Xizang"],
    "内蒙古自治区": ["Inner Mongolia"],
    "陕西省": ["Shaanxi"],
    "哈尔滨市": ["Harbin"],
    "乌鲁木齐市": ["Urumqi"],
    "呼和浩特市": ["Hohhot"],
    "拉萨市": ["Lhasa"],
    "喀什地区": ["Kashgar"],
    "包头市": ["Baotou"],
}

# Not in the division table, or named by the press as a zone rather than the
# division: the SARs, Taiwan, and the press's named regions.
EXTRA = [
    ("Hong Kong", "region"), ("Macao", "region"), ("Macau", "region"), ("Taiwan", "province"),
    ("Greater Bay Area", "region"), ("Guangdong-Hong Kong-Macao Greater Bay Area", "region"),
    ("Pearl River Delta", "region"), ("Yangtze River Delta", "region"),
    ("Yangtze River Economic Belt", "region"), ("Beijing-Tianjin-Hebei", "region"),
    ("Chengdu-Chongqing", "region"), ("Hengqin", "region"), ("Qianhai", "region"), ("Nansha", "region"),
    ("Xiong'an New Area", "region"), ("Pudong New Area", "region"),
    ("Southwest China", "region"), ("South China", "region"), ("North China", "region"),
    ("East China", "region"), ("Central China", "region"), ("Northeast China", "region"),
    ("Northwest China", "region"), ("Middle East", "region"), ("Africa", "region"),
    ("Latin America", "region"), ("Southeast Asia", "region"), ("Europe", "region"),
]

MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}

# Administrative suffixes, longest first.
SUFFIXES = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
            "新区", "省", "市", "区", "县", "旗", "盟"]

ORDER = {"province": 0, "city": 1, "district": 2}


def nations():
    with open(os.path.join(RES, "56_nations.csv"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip()]
    # "朝鲜族" and its short form "朝鲜"; longest first.
    forms = set(names) | {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return sorted(forms, key=len, reverse=True)


def strip_name(name, nation_forms):
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            core, suffix = name[: -len(suf)], suf
            break
    else:
        return name, ""
    if suffix.startswith("自治"):
        # Strip the ethnic names at the end: 延边朝鲜族 -> 延边.
        changed = True
        while changed:
            changed = False
            for n in nation_forms:
                if core.endswith(n) and len(core) > len(n):
                    core = core[: -len(n)]
                    changed = True
                    break
            if core.endswith("各族") and len(core) > 2:
                core = core[:-2]
                changed = True
    return core, suffix


def romanise(core):
    """(pinyin name, syllable count), or None when nothing romanises."""
    syllables = [s.replace("ü", "v") for s in lazy_pinyin(core, style=Style.NORMAL, errors="ignore") if s]
    if not syllables:
        return None
    out = syllables[0]
    for s in syllables[1:]:
        out += ("'" if s[0] in "aoe" else "") + s
    return out[0].upper() + out[1:], len(syllables)


def level_and_kind(code, name):
    """The division's level from its adcode, and its SCHEMA kind."""
    if code[2:] == "0000000000":
        return "province", ("city" if name in MUNICIPALITIES else "province")
    if code[4:] == "00000000":
        return "prefecture", "city"
    if code[6:] == "000000":
        return "county", ("city" if name.endswith("市") else "district")
    return None, None


ENGLISH_SUFFIX = {"县": "County", "区": "District", "市": "City", "旗": "Banner", "自治县": "County",
                  "自治旗": "Banner", "林区": "Forestry District", "新区": "New Area"}


def main():
    nation_forms = nations()
    best = {}
    parents = {}
    with open(os.path.join(RES, "adcodes.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_code = {r["adcode"]: r["name"] for r in rows}

    def bare_forms(name):
        """The names a division matches under without its suffix."""
        core, _ = strip_name(name, nation_forms)
        r = romanise(core)
        return ([r[0]] if r and r[1] >= 2 else []) + EXONYMS.get(name, [])

    for row in rows:
        code, name = row["adcode"], row["name"]
        level, kind = level_and_kind(code, name)
        if level is None or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        core, suffix = strip_name(name, nation_forms)
        r = romanise(core)
        if r is None:
            continue
        roman, n_syllables = r
        forms = []
        if n_syllables >= 2:
            forms.append(roman)
        elif suffix in ENGLISH_SUFFIX:
            forms.append(f"{roman} {ENGLISH_SUFFIX[suffix]}")
        forms += EXONYMS.get(name, [])
        for form in forms:
            if not re.fullmatch(r"[A-Z][a-z']+(?:[ -][A-Z][a-z']+)*", form):
                continue
            old = best.get(form)
            if old is None or ORDER[kind] < ORDER[old]:
                best[form] = kind
            # parents[form]: None once any province- or prefecture-level
            # division has the name (it always matches); else the union of
            # the prefectures and provinces of its counties.
            if level != "county" or parents.get(form, set()) is None:
                parents[form] = None
                continue
            ups = (by_code.get(code[:4] + "00000000", ""), by_code.get(code[:2] + "0000000000", ""))
            parents.setdefault(form, set()).update(p for up in ups for p in bare_forms(up))
    # The press's named zones win over a division of the same name
    # ("Nansha", the zone, beside the district "Nansha District").
    for name, kind in EXTRA:
        best[name] = kind
        parents[name] = None
    out = os.path.join("src", "lexicon", "places.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_places.py, do not edit\n")
        f.write("# Sources: cpca 0.5.5 adcodes.csv (every province-, prefecture- and county-level\n")
        f.write("# division of mainland China) romanised with pypinyin; exonyms, SARs and the\n")
        f.write("# press's named regions listed in the script. Format: name<TAB>kind[<TAB>parents],\n# parents (county-level names) being the prefecture and province that must be named too.\n")
        for name in sorted(best):
            ps = parents.get(name)
            tail = "\t" + ",".join(sorted(ps)) if ps else ""
            f.write(f"{name}\t{best[name]}{tail}\n")
    print(len(best), "places written to", out, file=sys.stderr)


if __name__ == "__main__":
    main()
