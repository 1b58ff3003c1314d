#!/usr/bin/env python3
"""Lists the misses (FN) and spurious facts (FP) per file and field.

usage: scripts/misses.py GOLD_DIR PRED_DIR [FIELD ...] [--files a001,a002]

Uses shared/score.py's own matching (imported from beside GOLD_DIR's
parent, or from ../shared/score.py), so a line here is exactly a fact that
costs precision or recall there. FIELD is one of: people positions byline
events participants targets initiatives organizations places visited
metadata (default: all). Prints "file field FN|FP fact" lines, grouped by
file, for reading misses by construction.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_score(gold_dir):
    for cand in (os.path.join(gold_dir, "..", "..", "score.py"),
                 os.path.join(HERE, "..", "..", "shared", "score.py")):
        if os.path.exists(cand):
            spec = importlib.util.spec_from_file_location("score", cand)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("misses.py: score.py not found beside the gold directory")


def short_event(e):
    parts = ", ".join(f"{p.get('name')}:{p.get('role')}" for p in e.get("participants") or [])
    vis = "; visited=" + "|".join(e.get("visited") or []) if e.get("visited") else ""
    return f"[{e.get('kind')} {e.get('date')} org={e.get('organizer')}] {e.get('name')!r} ({parts}){vis}"


def short_target(t):
    return (f"{t.get('indicator')} {t.get('comparator')} {t.get('value')} {t.get('unit')}"
            f" subj={t.get('subject')} period={t.get('period')}")


def diff(sc, field, gold, pred):
    """Yields (FN|FP|ATTR, text) for one file and field."""
    A = sc.as_list
    if field == "metadata":
        for k in ("source", "published"):
            if sc.norm(gold.get(k)) != sc.norm(pred.get(k)):
                yield "DIFF", f"{k}: gold={gold.get(k)!r} pred={pred.get(k)!r}"
        return
    if field == "byline":
        g = [(sc.norm(b.get("role")), sc.norm(b.get("name"))) for b in A(gold.get("byline"))]
        p = [(sc.norm(b.get("role")), sc.norm(b.get("name"))) for b in A(pred.get("byline"))]
        same = lambda a, b: 1.0 if a == b else 0.0
        show = str
    elif field == "people":
        g, p = A(gold.get("people")), A(pred.get("people"))
        same = lambda a, b: sc.name_eq(a.get("name"), b.get("name"))
        show = lambda x: x.get("name")
    elif field == "positions":
        g = [(sc.norm(x.get("name")), pos) for x in A(gold.get("people")) for pos in A(x.get("positions"))]
        p = [(sc.norm(x.get("name")), pos) for x in A(pred.get("people")) for pos in A(x.get("positions"))]
        same = lambda a, b: sc.lenient_eq(a[1], b[1]) if a[0] == b[0] else 0.0
        show = lambda x: f"{x[0]}: {x[1]}"
    elif field in ("events", "participants", "visited"):
        g, p = A(gold.get("events")), A(pred.get("events"))
        # Events: align as score.py's participant alignment does, then show
        # unmatched whole events and, for matched ones, their differences.
        def align(a, b):
            gn = {sc.norm(x.get("name")) for x in A(a.get("participants"))}
            pn = {sc.norm(x.get("name")) for x in A(b.get("participants"))}
            o = len(gn & pn)
            if o:
                return 2.0 + o
            j = sc.jaccard(a.get("name"), b.get("name"))
            if j >= 0.5:
                return 1.0 + j
            if a.get("kind") == b.get("kind") and a.get("date") == b.get("date") and a.get("date"):
                return 1.0
            return 0.0
        m = sc.greedy(g, p, align)
        mg = {id(a) for a, _ in m}
        mp = {id(b) for _, b in m}
        for a in g:
            if id(a) not in mg:
                yield "FN", short_event(a)
        for b in p:
            if id(b) not in mp:
                yield "FP", short_event(b)
        for a, b in m:
            if short_event(a) != short_event(b):
                yield "PAIR", "gold " + short_event(a) + "\n" + " " * 16 + "pred " + short_event(b)
        return
    elif field == "targets":
        g, p = A(gold.get("targets")), A(pred.get("targets"))
        same = lambda a, b: 1.0 if (sc.value_eq(a.get("value"), b.get("value")) and a.get("unit") == b.get("unit")
                                    and a.get("comparator") == b.get("comparator")
                                    and a.get("indicator") == b.get("indicator")) else 0.0
        show = short_target
        m = sc.greedy(g, p, same)
        for a, b in m:
            if sc.norm(a.get("period")) != sc.norm(b.get("period")) or sc.norm(a.get("subject")) != sc.norm(b.get("subject")):
                yield "ATTR", f"gold {short_target(a)} / pred subj={b.get('subject')} period={b.get('period')}"
    elif field in ("initiatives", "organizations", "places"):
        g, p = A(gold.get(field)), A(pred.get(field))
        eq = sc.name_eq if field == "initiatives" else sc.lenient_eq
        same = lambda a, b: eq(a.get("name"), b.get("name"))
        show = lambda x: f"{x.get('name')} ({x.get('kind')}" + (f", issuer={x.get('issuer')})" if field == "initiatives" else ")")
        m = sc.greedy(g, p, same)
        for a, b in m:
            if a.get("kind") != b.get("kind"):
                yield "KIND", f"{a.get('name')}: gold {a.get('kind')} pred {b.get('kind')}"
    else:
        sys.exit(f"misses.py: unknown field {field}")
    m = sc.greedy(g, p, same)
    used_g = [any(a is x for x, _ in m) for a in g]
    used_p = [any(b is y for _, y in m) for b in p]
    for a, u in zip(g, used_g):
        if not u:
            yield "FN", show(a)
    for b, u in zip(p, used_p):
        if not u:
            yield "FP", show(b)


def main(argv):
    files = None
    args = []
    for a in argv:
        if a.startswith("--files="):
            files = set(a.split("=", 1)[1].split(","))
        else:
            args.append(a)
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, pred_dir, *fields = args
    fields = fields or ["metadata", "byline", "people", "positions", "events", "targets",
                        "initiatives", "organizations", "places"]
    sc = load_score(gold_dir)
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        stem = name[:-5]
        if files and stem not in files:
            continue
        gold = sc.load(os.path.join(gold_dir, name))
        pred = sc.load(os.path.join(pred_dir, name))
        for field in fields:
            for tag, text in diff(sc, field, gold, pred):
                print(f"{stem:6} {field:13} {tag:4} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
