"""Reading articles: formats, publication dates, and bad input named by file and line."""
import json
from datetime import date

from eventwire.errors import InputError
from eventwire.stages.read import read_paths, read_stream

from ..conftest import SAMPLES


def test_seed_text_with_date_line():
    arts = [a for a in read_paths([str(SAMPLES)])]
    assert all(not isinstance(a, InputError) for a in arts)
    first = next(a for a in arts if a.id.startswith("000_"))
    assert first.published == date(2021, 2, 10) and first.published_how == "date-line"
    assert first.text.lstrip().startswith("date 2021-02-10 Moscow")  # text kept as read


def test_cli_date_wins_over_date_line():
    art = next(read_paths([str(SAMPLES / "000_b0e895444fb2a88d.txt")], published=date(2021, 3, 1)))
    assert art.published == date(2021, 3, 1) and art.published_how == "cli"


def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a1", "text": "Police detained ten protesters in Minsk.", "published": "2020-08-10"}),
             '{"id": "broken", "text": "unterminated',
             json.dumps({"id": "a2", "title": "no body"}),
             json.dumps({"id": "a3", "text": "Hungary and Romania agreed to cooperate.", "published": "10/08/2020"}),
             json.dumps({"id": "a4", "html": "<html><body><article><p>The army shelled the town of Idlib on "
                         "Monday, killing four civilians, local officials said in a statement.</p></article></body></html>"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    ok = [i for i in items if not isinstance(i, InputError)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in ok] == ["a1", "a4"]
    assert ok[0].published == date(2020, 8, 10) and ok[0].published_how == "field"
    assert "Idlib" in ok[1].text
    assert [(e.line, e.code) for e in bad] == [(2, "E106"), (3, "E107"), (4, "E108")]
    assert all(str(path) in str(e) for e in bad)


def test_binary_empty_undecodable_and_huge(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Police arrested two men in Lagos on Friday.", encoding="utf-8")
    items = list(read_paths([str(tmp_path)]))
    codes = {i.path.split("/")[-1]: i.code for i in items if isinstance(i, InputError)}
    assert codes == {"bin.txt": "E103", "empty.txt": "E102", "latin.txt": "E104"}
    assert [i.id for i in items if not isinstance(i, InputError)] == ["good.txt"]
    huge = list(read_stream("big.txt", b"a" * 6_000_000))
    assert isinstance(huge[0], InputError) and huge[0].code == "E105"


def test_missing_path_is_an_error():
    items = list(read_paths(["/nonexistent/article.txt"]))
    assert isinstance(items[0], InputError) and items[0].code == "E101"


def test_stdin_sniffs_jsonl_and_html():
    js = list(read_stream("-", b'{"id": "x", "text": "Protesters marched in Santiago."}\n'))
    assert js[0].id == "x"
    html = list(read_stream("-", b"<!doctype html><html><head><title>T</title></head><body><article><p>"
                                 b"Rebels attacked an army base near Goma on Sunday, the military said in a "
                                 b"statement released late on Sunday evening.</p></article></body></html>"))
    assert "Goma" in html[0].text
