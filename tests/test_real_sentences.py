"""Real wire sentences labelled by the team (bench/events/real.py, TBAQ articles read from ../shared/data).

The sentence splitter must be deterministic (label ids are DOCID.n), the label files must name real
sentences with valid types and modes, and the coder keeps a floor under its development figures on them
(2026-11-24: type found 0.55, precision 0.49). The held-back check labels (dev/real/check/) are not used here.
"""
import io
from contextlib import redirect_stdout

import pytest

from bench.events import real


def test_sentences_split_at_end_punctuation_but_not_after_abbreviations():
    text = "WASHINGTON _ Mr. Clinton met U.S. envoys on Friday. They left.\n\n``We agreed,'' he said. Talks end."
    sents = real.split_sentences("DOC", text)
    assert [s.text for s in sents] == ["WASHINGTON _ Mr. Clinton met U.S. envoys on Friday.", "They left.",
                                       "``We agreed,'' he said.", "Talks end."]
    assert [s.id for s in sents] == ["DOC.0", "DOC.1", "DOC.2", "DOC.3"]
    assert all(text[s.start:s.end].split() == s.text.split() for s in sents)


needs_tbaq = pytest.mark.skipif(not real.TBAQ.exists(), reason=f"{real.TBAQ} is absent (it comes with ../shared/data)")


@needs_tbaq
def test_label_files_name_real_sentences():
    for folder in (real.LABEL_DIR, real.LABEL_DIR / "check"):
        out = io.StringIO()
        with redirect_stdout(out):
            assert real.validate(folder) == 0, out.getvalue()


@needs_tbaq
@pytest.mark.slow
def test_coder_keeps_its_floor_on_real_wire_sentences():
    out = io.StringIO()
    with redirect_stdout(out):
        real.score_folder(real.LABEL_DIR)
    table = out.getvalue().split("\n", 1)[1].strip()
    found, precision = real.totals(table)
    assert found >= 0.50 and precision >= 0.45, table
