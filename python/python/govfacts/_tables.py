"""Rows of the fact tables (see govfacts.tables), without pandas."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence, Tuple

COLUMNS: Dict[str, List[str]] = {
    "people": ["doc_id", "name", "position", "title", "body", "level", "span_start", "span_end", "rule"],
    "events": ["doc_id", "event", "kind", "name", "date", "part_of_day", "organizer", "visited", "span_start", "span_end", "rule"],
    "participants": ["doc_id", "event", "event_kind", "event_name", "event_date", "name", "role"],
    "targets": ["doc_id", "indicator", "subject", "period", "comparator", "value", "unit", "stretch", "span_start", "span_end", "rule"],
    "initiatives": ["doc_id", "name", "kind", "issuer", "span_start", "span_end", "rule"],
    "organizations": ["doc_id", "name", "kind", "span_start", "span_end", "rule"],
    "places": ["doc_id", "name", "kind", "span_start", "span_end", "rule"],
    "byline": ["doc_id", "name", "role", "span_start", "span_end", "rule"],
}


def _span(fact: Dict[str, Any]) -> Tuple[Any, Any]:
    span = fact.get("span")
    return (span[0], span[1]) if span else (None, None)


def rows(articles: Sequence[Dict[str, Any]], ids: Sequence[Any]) -> Dict[str, Tuple[List[str], List[tuple]]]:
    """Per table: its columns and its rows."""
    out: Dict[str, List[tuple]] = {name: [] for name in COLUMNS}
    for doc, a in zip(ids, articles):
        for p in a.get("people", []):
            details = p.get("position_details") or []
            positions = p.get("positions") or [None]
            for i, position in enumerate(positions):
                d = details[i] if i < len(details) else {}
                out["people"].append(
                    (doc, p["name"], position, d.get("title"), d.get("body"), d.get("level"), *_span(p), p.get("rule"))
                )
        for n, e in enumerate(a.get("events", [])):
            visited = "; ".join(e.get("visited") or []) or None
            out["events"].append(
                (doc, n, e["kind"], e["name"], e.get("date"), e.get("part_of_day"), e.get("organizer"), visited, *_span(e), e.get("rule"))
            )
            for part in e.get("participants", []):
                out["participants"].append((doc, n, e["kind"], e["name"], e.get("date"), part["name"], part["role"]))
        for t in a.get("targets", []):
            out["targets"].append(
                (doc, t["indicator"], t.get("subject"), t.get("period"), t["comparator"], t["value"], t["unit"], t.get("stretch"), *_span(t), t.get("rule"))
            )
        for i in a.get("initiatives", []):
            out["initiatives"].append((doc, i["name"], i["kind"], i.get("issuer"), *_span(i), i.get("rule")))
        for o in a.get("organizations", []):
            out["organizations"].append((doc, o["name"], o["kind"], *_span(o), o.get("rule")))
        for p in a.get("places", []):
            out["places"].append((doc, p["name"], p["kind"], *_span(p), p.get("rule")))
        for b in a.get("byline", []):
            out["byline"].append((doc, b["name"], b["role"], *_span(b), b.get("rule")))
    return {name: (COLUMNS[name], data) for name, data in out.items()}
