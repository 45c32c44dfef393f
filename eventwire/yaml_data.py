"""Reading the YAML data files: with libyaml's C loader when PyYAML has it (several times faster on
triggers.yaml, which every run loads), else the pure-Python safe loader. Both are safe loaders."""
from __future__ import annotations

import yaml

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str):
    return yaml.load(text, Loader=YAML_LOADER)
