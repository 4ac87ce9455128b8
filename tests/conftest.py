"""Shared fixtures: the gold data folder (tests skip cleanly when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluate import DEFAULT_DATA_DIR

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """Return ../shared/data, or skip the test when it is not on this machine."""
    if not DEFAULT_DATA_DIR.is_dir():
        pytest.skip(f"gold data not found at {DEFAULT_DATA_DIR}")
    return DEFAULT_DATA_DIR


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """Return the folder of fixtures written for these tests."""
    return FIXTURES
