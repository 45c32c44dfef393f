"""Page furniture is marked, never parsed for events; the text itself never changes."""
from eventwire.stages.clean import segment_article
from eventwire.stages.read import read_paths

from ..conftest import SAMPLES


def _seed(prefix):
    art = next(a for a in read_paths([str(SAMPLES)]) if a.id.startswith(prefix))
    before = art.text
    segment_article(art)
    assert art.text == before
    return art


def test_furniture_in_second_seed():
    art = _seed("003_")
    kinds = {art.text[s.start:s.end]: s.kind for s in art.segments}
    assert kinds["Route 6"] == "furniture"
    assert kinds["AP"] == "furniture"
    read_more = [t for t, k in kinds.items() if t.startswith("READ MORE")]
    assert len(read_more) == 2 and all(kinds[t] == "furniture" for t in read_more)
    captions = [s for s in art.segments if art.text[s.start:s.end].startswith("European Union foreign policy chief Josep Borrell rings")]
    assert [s.kind for s in captions] == ["caption", "furniture"]
    assert kinds["Anti-Kremlin rallies"] == "heading"
    assert kinds["Extended prison term?"] == "heading"


def test_date_line_is_not_prose():
    art = _seed("000_")
    first = art.segments[0]
    assert art.text[first.start:].startswith("Moscow has issued")
    assert first.kind == "body"


def test_segments_are_in_order_and_within_text():
    art = _seed("003_")
    ends = [(s.start, s.end) for s in art.segments]
    assert ends == sorted(ends)
    assert all(0 <= a < b <= len(art.text) for a, b in ends)


def test_wire_datelines_are_stripped_and_kept():
    from eventwire.records import Article

    for text, place, rest in [
        ("MOSCOW (Reuters) - Russian police detained dozens of protesters on Sunday.", "Moscow", "Russian police"),
        ("BRUSSELS, Jan 25 (AFP) -- EU ministers weighed fresh sanctions.", "Brussels", "EU ministers"),
        ("NEW DELHI: Police arrested five men in connection with the riots, officials said.", "New Delhi", "Police"),
    ]:
        art = segment_article(Article(id="x", text=text))
        body = art.segments[0]
        assert art.dateline == place
        assert art.text[body.start:].startswith(rest)
    plain = segment_article(Article(id="y", text="NATO said on Monday it would deploy more troops."))
    assert plain.dateline is None and plain.segments[0].start == 0


def test_a_one_line_text_is_news_not_furniture():
    from eventwire.records import Article

    for text in ["Police arrest opposition leader in Minsk", "Rebels attacked an army base near Goma"]:
        art = segment_article(Article(id="h", text=text))
        assert [s.kind for s in art.segments] == ["body"]
