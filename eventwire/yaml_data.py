"""Reading the YAML data files: with libyaml's C loader when PyYAML has it (several times faster on
triggers.yaml, which every run loads), else the pure-Python safe loader. Both are safe loaders.

Booleans follow YAML 1.2 (only true/false): under PyYAML's YAML 1.1 rules the prepositions `on` and
`off` in a lexicon list would silently turn into True and False."""
from __future__ import annotations

import re

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
BOOL_TAG = "tag:yaml.org,2002:bool"


class DataLoader(_BASE):  # type: ignore[misc, valid-type]
    """The safe loader with YAML 1.2 booleans."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != BOOL_TAG]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_yaml(text: str):
    return yaml.load(text, Loader=DataLoader)
