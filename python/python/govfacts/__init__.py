"""govfacts: typed, evidence-backed facts from English-language news about
Chinese local government (party meetings, officials and their titles, GDP
and investment targets, campaigns), extracted by the govfacts Rust library.

>>> import govfacts
>>> a = govfacts.extract(" date 2023-02-17 Jiangmen Daily News (Reporter/Tang Da) Text.")
>>> a["source"], a["published"]
('Jiangmen Daily News', '2023-02-17')

Results are dicts in the library's JSON contract (SCHEMA.md): the same keys
and values. Spans are ``[start, end]`` offsets: by default in characters of
the Python string, so ``text[start:end]`` is the evidence; with
``offsets="bytes"`` in bytes of the UTF-8 text, exactly as the JSON
contract has them.
"""

from __future__ import annotations

import datetime as _dt
import gc as _gc
import json as _json
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

from . import _native

__version__: str = _native.__version__

__all__ = ["extract", "extract_many", "rules", "tables", "__version__"]

Text = Union[str, bytes]
DateLike = Union[str, _dt.date, None]


def _text(value: Any, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValueError(f"{what}: bytes are not UTF-8: invalid byte at offset {e.start}") from None
    raise TypeError(f"{what} must be str (or UTF-8 bytes), not {type(value).__name__}")


def _date(value: Any, what: str) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"{what} must be a date, an ISO date string or None, not {type(value).__name__}")


def _loads(documents: List[str]) -> List[Dict[str, Any]]:
    """Parses JSON documents into dicts with the cyclic garbage collector
    paused: the dicts hold no cycles, and a collection every few thousand
    new containers made parsing three times slower."""
    enabled = _gc.isenabled()
    _gc.disable()
    try:
        return [_json.loads(d) for d in documents]
    finally:
        if enabled:
            _gc.enable()


def _offsets(offsets: Any) -> str:
    if offsets not in ("chars", "bytes"):
        raise ValueError(f'offsets must be "chars" or "bytes", not {offsets!r}')
    return offsets


def extract(text: Text, published: DateLike = None, *, offsets: str = "chars") -> Dict[str, Any]:
    """Extracts every fact from one article.

    ``text``: the article (str, or bytes that are UTF-8). ``published``: the
    publication date to use when the text states none (``datetime.date`` or
    ``"YYYY-MM-DD"``); relative dates ("yesterday") resolve against it.
    Returns the article as a dict in the JSON contract; spans in characters
    of ``text`` (``offsets="chars"``, the default) or in bytes of its UTF-8
    encoding (``offsets="bytes"``, the contract's own unit).

    Raises TypeError for a text that is not str or bytes (None included),
    ValueError for bytes that are not UTF-8, a str that cannot be UTF-8
    (lone surrogates), a bad date or a bad ``offsets``.
    """
    text = _text(text, "text")
    return _json.loads(_native.extract_json(text, _date(published, "published"), _offsets(offsets)))


def extract_many(
    texts: Iterable[Text],
    published: Union[DateLike, Sequence[DateLike]] = None,
    jobs: Optional[int] = None,
    *,
    offsets: str = "chars",
) -> List[Dict[str, Any]]:
    """Extracts many articles on ``jobs`` threads (default: all cores),
    releasing the GIL; returns their dicts in input order.

    ``published``: None, one date for every text, or a sequence of dates
    (or None) as long as ``texts``. Otherwise as :func:`extract`; an error
    names the item's index.
    """
    items = list(texts)
    checked = [_text(t, f"texts[{i}]") for i, t in enumerate(items)]
    if published is None or isinstance(published, (str, _dt.date)):
        dates = [_date(published, "published")] * len(checked)
    else:
        dates = [_date(d, f"published[{i}]") for i, d in enumerate(published)]
        if len(dates) != len(checked):
            raise ValueError(f"published: {len(dates)} dates for {len(checked)} texts")
    if jobs is None:
        jobs = _native.default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int, not {jobs!r}")
    return _loads(_native.extract_many_json(checked, dates, jobs, _offsets(offsets)))


def rules() -> List[Dict[str, str]]:
    """Every rule the library can cite in a fact's ``rule`` field, with its
    description, in registry order."""
    return [{"id": i, "description": d} for i, d in _native.rules()]


def tables(articles: Sequence[Dict[str, Any]], ids: Optional[Sequence[Any]] = None) -> Dict[str, Any]:
    """Turns results into pandas DataFrames, one per fact kind, each with a
    ``doc_id`` column (``ids``, default the articles' positions):

    - ``people``: one row per person-position (a person without a position
      has one row with ``position`` None);
    - ``events``: one row per event; ``participants``: one row per event
      participant, with the event's kind, name and date;
    - ``targets``: one row per target (``subject``, ``period``, ``indicator``,
      ``comparator``, ``value``, ``unit``, ``stretch``), so that
      ``tables(r)["targets"].groupby(["subject", "period"])`` works;
    - ``initiatives``, ``organizations``, ``places``, ``byline``.

    Span columns are ``span_start`` and ``span_end``. Needs pandas.
    """
    import pandas as pd

    from ._tables import rows

    if ids is None:
        ids = range(len(articles))
    ids = list(ids)
    if len(ids) != len(articles):
        raise ValueError(f"ids: {len(ids)} ids for {len(articles)} articles")
    return {name: pd.DataFrame(data, columns=columns) for name, (columns, data) in rows(articles, ids).items()}
