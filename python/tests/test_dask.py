"""govfacts on Dask: a LocalCluster with two worker processes over a
generated corpus gives the same fact tables as one process."""

import pytest

import govfacts

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import govfacts.dask  # noqa: E402


def test_local_cluster_equals_one_process(seeds, construction):
    base = seeds + construction
    corpus = [(f"doc-{i}", base[i % len(base)]) for i in range(3000)]
    expected = govfacts.tables(govfacts.extract_many([t for _, t in corpus]), [d for d, _ in corpus])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            bag = db.from_sequence(corpus, npartitions=12)
            got = govfacts.dask.fact_tables(bag)
    assert set(got) == set(expected)
    for name in expected:
        pd.testing.assert_frame_equal(got[name], expected[name], check_dtype=False, obj=name)
    assert len(got["targets"]) > 1000


def test_items_may_be_dicts_with_dates():
    bag = db.from_sequence(
        [{"id": "a", "text": "Yesterday, the Foshan Municipal People's Government held a meeting.", "published": "2024-02-20"}],
        npartitions=1,
    )
    (doc, article), = govfacts.dask.extract_bag(bag).compute(scheduler="sync")
    assert doc == "a" and article["events"][0]["date"] == "2024-02-19"
