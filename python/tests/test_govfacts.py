"""govfacts from Python: the JSON contract, character and byte spans,
extract_many, rules, bad input, the DataFrame tables."""

import datetime
import json
import subprocess
from pathlib import Path

import pytest

import govfacts

ROOT = Path(__file__).resolve().parents[2]


def rust_example_json(path: Path) -> dict:
    """The Rust example's JSON for one file (the contract, byte spans)."""
    exe = ROOT / "target" / "release" / "examples" / "extract"
    if not exe.exists():
        pytest.skip("the Rust example is not built (cargo build --release --example extract)")
    line = subprocess.run([str(exe), "--quiet", "--jsonl", str(path)], check=True, capture_output=True).stdout
    return json.loads(line)["article"]


def test_the_installed_package_is_tested():
    # The tests run against the wheel installed in the environment, not
    # the source tree.
    assert "site-packages" in govfacts.__file__, govfacts.__file__
    assert Path(govfacts._native.__file__).suffix in (".so", ".pyd")


def test_version_and_rules():
    assert govfacts.__version__ == "0.1.0"
    rules = govfacts.rules()
    assert len(rules) > 20
    assert all(set(r) == {"id", "description"} for r in rules)
    assert "dateline/byline/labelled" in {r["id"] for r in rules}


def test_the_dict_is_the_json_contract(seeds):
    path = sorted((ROOT / "seeds").glob("*.txt"))[0]
    got = govfacts.extract(path.read_text(encoding="utf-8"), offsets="bytes")
    assert got == rust_example_json(path)
    assert list(got) == ["source", "published", "byline", "people", "events", "targets",
                         "initiatives", "organizations", "places", "source_evidence", "published_evidence"]


def test_character_spans_slice_the_python_string(seeds, construction):
    for text in seeds + construction:
        a = govfacts.extract(text)
        b = govfacts.extract(text, offsets="bytes")
        data = text.encode("utf-8")
        assert len(a["people"]) == len(b["people"]) and len(a["places"]) == len(b["places"])
        for kind in ("people", "places", "organizations", "targets", "initiatives", "events"):
            for fact, fb in zip(a[kind], b[kind]):
                (s, e), (bs, be) = fact["span"], fb["span"]
                assert text[s:e] == data[bs:be].decode("utf-8"), (kind, fact)
        for person in a["people"]:
            s, e = person["span"]
            assert text[s:e].split() == person["name"].split(), person


def test_multibyte_text_before_a_fact():
    text = "“1310” — “百千万工程”. On February 19, the Jiangmen Municipal Party Committee held a meeting."
    a = govfacts.extract(text)
    org = a["organizations"][0]
    assert text[org["span"][0]:org["span"][1]] == "Jiangmen Municipal Party Committee"
    b = govfacts.extract(text, offsets="bytes")
    assert b["organizations"][0]["span"][0] > org["span"][0]


def test_published_as_date_or_string():
    text = "Yesterday, the Foshan Municipal People's Government held a meeting."
    for d in (datetime.date(2024, 2, 20), datetime.datetime(2024, 2, 20, 9, 30), "2024-02-20"):
        a = govfacts.extract(text, published=d)
        assert a["published"] == "2024-02-20"
        assert a["events"][0]["date"] == "2024-02-19"


def test_bad_input_raises_clear_errors():
    with pytest.raises(TypeError, match="text must be str"):
        govfacts.extract(None)
    with pytest.raises(TypeError, match="not int"):
        govfacts.extract(5)
    with pytest.raises(ValueError, match="not UTF-8: invalid byte at offset 3"):
        govfacts.extract(b"abc\xff")
    assert govfacts.extract(b"The Zhuhai Municipal Party Committee met.")["organizations"]
    with pytest.raises(ValueError):  # UnicodeEncodeError: lone surrogate
        govfacts.extract("abc\ud800")
    with pytest.raises(ValueError, match="published: not a date"):
        govfacts.extract("Text.", published="2024-02-30")
    with pytest.raises(TypeError, match="published must be a date"):
        govfacts.extract("Text.", published=20240220)
    with pytest.raises(ValueError, match="offsets"):
        govfacts.extract("Text.", offsets="words")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        govfacts.extract_many(["ok", None])
    with pytest.raises(ValueError, match="2 dates for 1 texts"):
        govfacts.extract_many(["ok"], published=["2024-01-01", None])
    with pytest.raises(ValueError, match="jobs"):
        govfacts.extract_many(["ok"], jobs=0)
    # Extraction itself never fails: hostile text gives an article.
    assert govfacts.extract("\x00" * 1000 + "“" * 500)["people"] == []


def test_extract_many_equals_extract_in_order(seeds, construction):
    texts = (seeds + construction) * 3
    dates = [None, "2024-01-02", datetime.date(2023, 5, 6)] * (len(texts) // 3)
    many = govfacts.extract_many(texts, published=dates, jobs=2)
    assert many == [govfacts.extract(t, published=d) for t, d in zip(texts, dates)]
    assert govfacts.extract_many([]) == []
    assert govfacts.extract_many(iter(texts[:2]), jobs=8) == many[:2]


def test_tables_one_row_per_target_position_and_participant(seeds):
    pd = pytest.importorskip("pandas")
    results = govfacts.extract_many(seeds)
    ids = [f"seed-{i}" for i in range(len(seeds))]
    t = govfacts.tables(results, ids)
    assert isinstance(t["targets"], pd.DataFrame)
    assert len(t["targets"]) == sum(len(a["targets"]) for a in results)
    assert len(t["participants"]) == sum(len(e["participants"]) for a in results for e in a["events"])
    assert len(t["people"]) == sum(max(1, len(p["positions"])) for a in results for p in a["people"])
    assert set(t["targets"]["doc_id"]) <= set(ids)
    by = t["targets"].groupby(["subject", "period"]).size()
    assert by.sum() == t["targets"][["subject", "period"]].notna().all(axis=1).sum()
    chen = t["people"][t["people"]["name"] == "Chen Anming"]
    assert "Secretary of the Municipal Party Committee" in set(chen["position"])
