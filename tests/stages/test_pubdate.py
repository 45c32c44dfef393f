"""Publication dates inferred from the text when the article has none."""
from datetime import date

from eventwire.records import Article
from eventwire.stages.clean import segment_article
from eventwire.stages.pubdate import full_dates, infer_published
from eventwire.stages.read import read_paths

from ..conftest import SAMPLES


def test_second_seed_dated_by_caption_and_weekday():
    art = next(a for a in read_paths([str(SAMPLES)]) if a.id.startswith("003_"))
    assert art.published is None
    infer_published(segment_article(art))
    assert art.published == date(2021, 1, 25)
    assert art.published_how == "text:caption+weekday"


def test_full_dates_forms():
    found = [d for d, _ in full_dates("On 3 March 2013, and later on Sept. 4, 2014 and 2015-06-01.")]
    assert found == [date(2013, 3, 3), date(2014, 9, 4), date(2015, 6, 1)]


def test_no_date_anywhere():
    art = segment_article(Article(id="x", text="Protesters gathered outside parliament on Friday."))
    infer_published(art)
    assert art.published is None and art.published_how == "none"
