"""The command line: a thin layer over the library API."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from newsledger import __version__
from newsledger.evaluate import DEFAULT_DATA_DIR, EVALUATIONS


@click.group()
@click.version_option(__version__, prog_name="newsledger")
def main() -> None:
    """Turn news into a source-linked record of who said what and who did what to whom."""


@main.command("eval")
@click.argument("name", type=click.Choice(sorted(EVALUATIONS)))
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DATA_DIR, show_default=True, help="The shared gold data folder.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(name: str, data_dir: Path, as_json: bool) -> None:
    """Score newsledger and its baselines side by side on gold data.

    \b
    Example:
      newsledger eval attribution --data ../shared/data
    """
    module = importlib.import_module(EVALUATIONS[name])
    report = module.evaluate(data_dir)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.to_text())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
