"""The data files' YAML: prepositions stay words (YAML 1.1 would read `on` / `off` as booleans)."""
from importlib import resources

from eventwire.yaml_data import read_yaml


def test_on_and_off_stay_words_but_true_stays_boolean():
    assert read_yaml("preps: [on, off, yes, no]\nflag: true") == {"preps": ["on", "off", "yes", "no"], "flag": True}


def test_every_list_in_the_trigger_lexicon_holds_words():
    raw = read_yaml(resources.files("eventwire.data").joinpath("triggers.yaml").read_text("utf-8"))
    bad = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            bad.extend(f"{path}[{i}]" for i, item in enumerate(node) if isinstance(item, bool))
            for item in node:
                walk(item, path)
    walk(raw, "")
    assert not bad
    assert "on" in raw["nouns"]["attack"]["patient_preps"]


def test_no_data_file_repeats_a_key():
    """YAML keeps the last of two equal keys without a word: a second `walk:` would silently drop the first."""
    import yaml

    from eventwire.yaml_data import DataLoader

    class StrictLoader(DataLoader):
        pass

    def mapping(loader, node):
        keys = [loader.construct_object(k) for k, _ in node.value]
        repeated = sorted({k for k in keys if keys.count(k) > 1}, key=str)
        assert not repeated, f"line {node.start_mark.line + 1}: repeated keys {repeated}"
        return loader.construct_mapping(node)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    data = resources.files("eventwire.data")
    for name in ("triggers.yaml", "furniture.yaml", "actors_overrides.yaml"):
        yaml.load(data.joinpath(name).read_text("utf-8"), Loader=StrictLoader)


def test_every_lexicon_mode_is_a_plover_mode():
    from eventwire.stages.event_lexicon import lexicon, plover_modes

    lex = lexicon()
    senses = list(lex["verbs"].values()) + list(lex["nouns"].values())
    senses += [sense for plist in lex["patterns"].values() for _, sense in plist if hasattr(sense, "mode")]
    senses += [sense for entries in lex["object_senses"].values() for *_, sense in entries]
    modes = plover_modes()
    assert len(senses) > 1000
    assert not [(s.type, s.mode) for s in senses if s.mode and s.mode not in modes.get(s.type, ())]
