"""Every command is documented: it has help with an example, and the README shows it."""
import pytest

from eventwire.cli import app

from .conftest import ROOT

COMMANDS = [(c.name or c.callback.__name__.replace("_cmd", ""), c) for c in app.registered_commands]


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_example_and_is_in_readme(name, command):
    doc = command.callback.__doc__ or ""
    assert doc.strip(), f"{name} has no help text"
    assert "Example:" in doc and f"eventwire {name}" in doc
    assert f"eventwire {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_contract_commands_exist():
    names = {n for n, _ in COMMANDS}
    assert {"extract", "ingest", "events", "timeline", "timex", "geocode", "serve"} <= names
