"""Corpora bigger than one machine, on Dask.

A ``dask.bag`` of articles is mapped partition by partition through
:func:`govfacts.extract_many` on the workers; the fact tables come back as
pandas DataFrames. Items are ``(id, text)`` pairs, dicts with ``id``,
``text`` and optionally ``published``, or bare texts (id None)::

    import dask.bag as db
    from distributed import Client
    import govfacts.dask

    client = Client("tcp://scheduler.example.org:8786")   # a real cluster
    bag = db.read_text("s3://corpus/*.jsonl").map(json.loads)
    tables = govfacts.dask.fact_tables(bag)
    tables["targets"].groupby(["subject", "period"]).size()

A ``dask.dataframe`` with ``id`` and ``text`` columns converts with
``df[["id", "text"]].to_bag()``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

import govfacts

from ._tables import COLUMNS, rows


def _split(item: Any) -> Tuple[Any, Any, Any]:
    if isinstance(item, dict):
        return item.get("id"), item.get("text"), item.get("published")
    if isinstance(item, (tuple, list)) and len(item) == 2:
        return item[0], item[1], None
    return None, item, None


def _extract_partition(items: List[Any], jobs: int) -> List[Tuple[Any, Dict[str, Any]]]:
    parts = [_split(item) for item in items]
    articles = govfacts.extract_many([t for _, t, _ in parts], [d for _, _, d in parts], jobs=jobs)
    return [(doc, article) for (doc, _, _), article in zip(parts, articles)]


def extract_bag(bag: Any, *, jobs: int = 1) -> Any:
    """A bag of ``(id, article dict)`` pairs, extracted on the workers with
    ``jobs`` threads per partition (1: let Dask's workers be the
    parallelism)."""
    return bag.map_partitions(_extract_partition, jobs=jobs)


def _tables_of(pairs: List[Tuple[Any, Dict[str, Any]]]) -> List[Dict[str, List[tuple]]]:
    ids = [doc for doc, _ in pairs]
    articles = [a for _, a in pairs]
    return [{name: data for name, (_, data) in rows(articles, ids).items()}]


def fact_tables(bag: Any, *, jobs: int = 1, scheduler: Optional[str] = None) -> Dict[str, Any]:
    """Extracts the bag's articles on the cluster and returns the fact tables
    (pandas DataFrames, as :func:`govfacts.tables`), rows in the bag's
    order."""
    import pandas as pd

    parts = extract_bag(bag, jobs=jobs).map_partitions(_tables_of)
    computed = parts.compute(scheduler=scheduler) if scheduler else parts.compute()
    return {
        name: pd.DataFrame([row for part in computed for row in part[name]], columns=columns)
        for name, columns in COLUMNS.items()
    }
