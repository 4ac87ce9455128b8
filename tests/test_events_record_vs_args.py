"""scripts/events_record_vs_args.py: its traced extraction is the pipeline's, parts kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from newsledger import extract, pipeline

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load() -> ModuleType:
    """Import the script as a module (it imports nothing of its siblings)."""
    spec = importlib.util.spec_from_file_location("events_record_vs_args",
                                                  SCRIPTS / "events_record_vs_args.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_record_vs_args"] = module
    spec.loader.exec_module(module)
    return module


def test_traced_extract_keeps_the_registry_before_and_after_completion() -> None:
    traced = _load().traced_extract("Turkish soldiers shelled Kurdish positions in Syria on "
                                    "Monday, the ministry said.")
    text = "Turkish soldiers shelled Kurdish positions in Syria on Monday, the ministry said."
    assert traced.record == extract(text)
    assert [c.event.trigger for c in traced.coded] == ["shelled"]
    assert traced.registry <= {a.id for a in traced.index.actors}
    assert traced.doc.text == traced.record.article.text
    assert pipeline.complete_actors.__name__ == "complete_actors"  # the spy is taken away
