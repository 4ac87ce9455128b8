"""scripts/events_record_vs_args.py: its traced extraction is the pipeline's, parts kept."""

from __future__ import annotations

from scripts_loader import load_script

from newsledger import extract, pipeline


def test_traced_extract_keeps_the_registry_before_and_after_completion() -> None:
    text = "Turkish soldiers shelled Kurdish positions in Syria on Monday, the ministry said."
    traced = load_script("events_record_vs_args").traced_extract(text)
    assert traced.record == extract(text)
    assert [c.event.trigger for c in traced.coded] == ["shelled"]
    assert traced.registry <= {a.id for a in traced.index.actors}
    assert traced.doc.text == traced.record.article.text
    assert pipeline.complete_actors.__name__ == "complete_actors"  # the spy is taken away
