"""Shared fixtures: the repository's seed articles and construction texts."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def texts_of(folder: str):
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).glob("*.txt"))]


@pytest.fixture(scope="session")
def seeds():
    return texts_of("seeds")


@pytest.fixture(scope="session")
def construction():
    return texts_of("tests/data")
