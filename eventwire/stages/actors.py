"""Actors: argument noun phrases -> canonical actors (country ISO3/IGO, CAMEO sector, stable id).

Order of evidence for one phrase, most specific first:
1. pronouns and definite descriptions ("he", "the Kremlin critic") -> the most recent compatible person
   named earlier in the article (subject of the same or previous sentence first);
2. a name known in the article (full name, surname, transliteration variant) or in the Phoenix dictionaries,
   with its role valid on the publication date ("Sergey Lavrov [RUSGOV >20040309]");
3. metonyms (capitals and seats of power -> their government; "Brussels", "the bloc" -> the EU);
4. composition: agent noun ("police" -> COP) + country from a nationality adjective, a place or organisation
   used as modifier ("A Moscow court", "EU diplomats"), a possessive ("Chile's"), "in/of <country>",
   else (articles only) the article's main country.
Names absent from every dictionary get a record from the article itself: titles and premodifiers
("jailed opposition leader Alexei Navalny") and appositions ("Leonid Volkov, the head of ...").
spaCy's NER labels are not used for actor type (it often tags "Navalny" ORG or GPE).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..records import ActorRef
from .actor_lexicon import Actor, Lexicon, lexicon, words
from .event_lexicon import lexicon as event_lexicon

PLACE = "<place>"  # a name known to be a country, capital or city: never an article person
PRONOUNS_GROUP = {"they", "them", "their", "themselves"}
GOVERNANCE_HEADS = {"rule", "policy", "regime", "occupation", "administration", "leadership", "junta", "dictatorship"}
PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "some",
               "several", "many", "all", "both", "each", "any"}
CORE_DEPS = {"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case", "punct", "flat", "advmod"}
PARTITIVE_HEADS = {"tens", "hundreds", "thousands", "millions", "dozens", "scores", "some", "many", "most", "all",
                   "one", "two", "three", "several", "members", "member", "group", "groups", "number", "part",
                   "majority", "minority", "handful", "crowd", "crowds", "team", "delegation", "representatives"}
AFFILIATE_NOUNS = {"ally", "allies", "aide", "aides", "supporter", "supporters", "associate", "associates",
                   "follower", "followers", "lawyer", "lawyers", "spokesman", "spokeswoman", "team"}
ORG_WORDS = set("""party council ministry agency union court army force forces front movement bank company group
committee organization organisation office service department commission assembly parliament fund institute
university college news times post corporation inc ltd association federation league brigade brigades battalion
government administration police guard navy command republic state states kingdom society church authority board
bureau center centre foundation network alliance coalition congress senate house airlines media radio television
channel press daily herald tribune journal fleet""".split())


@dataclass
class Coding:
    """What we know about one actor: canonical identity and coding."""

    id: str
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    kind: str = "org"  # person | org | country | group
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # descriptions seen in the article
    descriptors: set = field(default_factory=set)  # word keys of descriptions, for "the Kremlin critic"


@lru_cache(maxsize=1)
def _title_words() -> frozenset:
    """Words that occur in titles and agent phrases ("Foreign", "Minister"): stripped off the front of names."""
    lex = lexicon()
    return frozenset({w for k in lex.agents if len(k) <= 3 for w in k} | {w for k in lex.person_nouns for w in k}
                     | lex.honorifics)


def _slug(key: tuple[str, ...]) -> str:
    return "-".join(key)


def _country_name(lex: Lexicon, iso: Optional[str]) -> Optional[str]:
    if iso == "IGO":
        return None
    return lex.country_names.get(iso) if iso else None


def _content_tokens(tokens: list[Token]) -> list[Token]:
    """Drop determiners, possessive markers and punctuation at the edges."""
    out = [t for t in tokens if not (t.is_punct and t.text not in "-&") and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    while out and (out[0].lower_ in DETERMINERS or out[0].pos_ in ("DET", "NUM") or out[0].like_num):
        out = out[1:]
    return out


def _uncapitalised_acronym(key: tuple[str, ...], tok: Token) -> bool:
    """A one-word key short enough to be an acronym (UN, EU, WHO) written as an ordinary word ("Un", "who"):
    then it is not the organisation."""
    return len(key[0]) <= 3 and not tok.text.replace(".", "").isupper()


def _core(span: Span) -> list[Token]:
    """The noun phrase proper: the root and its left modifiers (no relative clauses, appositions, PPs)."""
    root = span.root
    keep = {root.i}
    stack = [c for c in root.children if c.dep_ in CORE_DEPS and c.i < root.i] + \
            [c for c in root.children if c.dep_ in ("compound", "flat") and c.i > root.i]
    while stack:
        t = stack.pop()
        if span.start <= t.i < span.end:
            keep.add(t.i)
            stack.extend(c for c in t.children if c.dep_ in CORE_DEPS | {"cc", "conj"} and c.i < root.i)
    lo, hi = min(keep), max(keep)
    return [t for t in span.doc[lo:hi + 1]]


def _token_keys(tokens: list[Token]) -> list[tuple[str, Token]]:
    out = []
    for t in tokens:
        for w in words(t.text):
            out.append((w, t))
    return out


@dataclass
class _Match:
    kind: str  # actor | metonym | nationality | demonym | place | local
    key: tuple[str, ...]
    tokens: list[Token]
    value: object


DOMINANCE = 2.0  # the story's country must be named at least twice as often as any other


class ArticleActors:
    """Actors of one article: names, aliases, descriptions and the people pronouns can point back to."""

    def __init__(self, docs: list[Doc], published: Optional[date], use_article_country: bool = True):
        self.lex = lexicon()
        self.docs = docs
        self.published = published
        self.use_article_country = use_article_country
        self.local: dict[str, Coding] = {}  # id -> coding (everything seen in the article)
        self.local_alias: dict[tuple[str, ...], str] = {}
        self.person_mentions: list[tuple[int, str, bool, int]] = []  # (article offset, id, is subject, sentence no)
        self.sentence_subjects: dict[int, list[tuple[int, str]]] = {}
        self.last_compound: list[ActorRef] = []
        self._resolved: dict[str, dict] = {}
        self.group_mentions: list[tuple[int, Token]] = []  # non-person actors handed out by resolve()
        self._sent_no: dict[tuple[int, int], int] = {}
        self._country_votes: Counter = Counter()
        self._title_words = _title_words()
        self.article_country: Optional[str] = None
        self._scan()

    # ---------- building ----------
    def _offset(self, tok: Token) -> int:
        return tok.doc.user_data.get("offset", 0) + tok.idx

    def _sentence_no(self, tok: Token) -> int:
        return self._sent_no.get((id(tok.doc), tok.sent.start), 0)

    def _scan(self) -> None:
        n = 0
        for doc in self.docs:
            for sent in doc.sents:
                self._sent_no[(id(doc), sent.start)] = n
                n += 1
        for doc in self.docs:
            for tok in doc:
                key = words(tok.text)
                if tok.pos_ in ("PROPN", "ADJ", "NOUN") and key:
                    iso = self.lex.nationality.get(key) or self.lex.demonyms.get(key)
                    met = self.lex.metonyms.get(key)
                    if iso and iso != "IGO":
                        self._country_votes[iso] += 1
                    elif met and met[0] not in ("EU", "IGO", "UN", "NATO"):
                        self._country_votes[met[0]] += 1
        if self._country_votes:
            # the country a bare "police" or "protesters" belongs to, when one country clearly dominates the
            # story; in a two-country story ("nine activists" in an Israel-Turkey story) it stays open
            ranked = self._country_votes.most_common(2)
            top, top_n = ranked[0]
            second_n = ranked[1][1] if len(ranked) > 1 else 0
            if top_n >= DOMINANCE * second_n:
                self.article_country = top
        for doc in self.docs:
            for run in self._propn_runs(doc):
                self._register_name(run)
            for tok in doc:  # plural groups "they" may point back to
                key = words(tok.text)
                if tok.tag_ in ("NNS", "NNPS") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj") \
                        and (key in self.lex.agents or key in self.lex.demonyms or tok.lower_ in AFFILIATE_NOUNS):
                    self.group_mentions.append((self._offset(tok), tok))

    def _propn_runs(self, doc: Doc) -> list[list[Token]]:
        runs, cur = [], []
        for tok in doc:
            ok = tok.pos_ == "PROPN" or (cur and tok.text == "-" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            if ok and tok.text[:1].isupper() or (ok and tok.text == "-"):
                cur.append(tok)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        return runs

    def _looks_like_person(self, run: list[Token]) -> bool:
        ks = [w for t in run for w in words(t.text)]
        prev = run[0].nbor(-1) if run and run[0].i > 0 else None
        honorific = prev is not None and bool(words(prev.text)) and words(prev.text)[0] in self.lex.honorifics
        if len(ks) < (1 if honorific else 2) or len(ks) > 4:
            return False
        if set(ks) & ORG_WORDS or self._is_title_word(run[-1]):
            return False
        for t in run:
            ids = self.lex.alias_index.get(words(t.text))
            if ids and self.lex.actors[ids[0]].kind in ("country",) or ids and ids[0] in self.lex.override_ids:
                return False
        if any((w,) in self.lex.nationality or (w,) in self.lex.metonyms or (w,) in self.lex.demonyms for w in ks):
            return False
        return all(t.text[:1].isupper() for t in run if t.text != "-")

    def _is_title_word(self, tok: Token) -> bool:
        k = words(tok.text)
        return bool(k) and (k in self.lex.nationality or k in self.lex.metonyms or k in self.lex.agents
                            or k[0] in self._title_words)

    def _split_title(self, run: list[Token]) -> tuple[list[Token], Optional[str]]:
        """'Russian Foreign Minister Sergei Lavrov' -> ([Sergei, Lavrov], id); unknown names keep only the name."""
        while len(run) > 1 and words(run[0].text) and words(run[0].text)[0] in self.lex.honorifics:
            run = run[1:]  # "Mr Putin" is Putin: the honorific is no part of the name
        for i in range(len(run)):
            key = tuple(w for t in run[i:] for w in words(t.text))
            if len(key) >= 2 or key in self.local_alias or (i == 0 and key):
                if i == 0 and (key in self.lex.metonyms or key in self.lex.nationality or key in self.lex.places):
                    return run, PLACE
                known = self._lookup_name(key, allow_surname=(i == 0 and len(key) == 1))
                if known is not None:
                    return run[i:], known
        i = 0
        while i < len(run) - 1 and self._is_title_word(run[i]):
            i += 1
        return run[i:], None

    def _register_name(self, run: list[Token]) -> None:
        """Record a proper-noun run: known name -> its mentions; new person name -> an article actor."""
        run, known = self._split_title(run)
        key = tuple(w for t in run for w in words(t.text))
        if not key or known == PLACE:
            return
        if known is None:
            if not self._looks_like_person(run):
                return
            cid = f"person:{_slug(key)}"
            coding = self.local.get(cid) or Coding(cid, " ".join(t.text for t in run).replace(" - ", "-"),
                                                    kind="person")
            self.local[cid] = coding
            self.local_alias[key] = cid
            if len(key) >= 2:
                self.local_alias.setdefault(key[-1:], cid)
            known = cid
        coding = self.local.get(known)
        if coding is None:
            return
        text = " ".join(t.text for t in run)
        if text not in coding.aliases:
            coding.aliases.append(text)
        if coding.kind == "person":
            head = run[-1]
            self._describe(coding, head, set(run))
            subj = head.dep_ in ("nsubj", "nsubjpass") or (head.head.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("compound", "flat"))
            off = self._offset(run[0])
            sno = self._sentence_no(head)
            self.person_mentions.append((off, known, subj, sno))

    def _lookup_name(self, key: tuple[str, ...], allow_surname: bool = True) -> Optional[str]:
        """Article alias, else dictionary person/org -> id of an article Coding (created on first sight)."""
        if key in self.local_alias:
            return self.local_alias[key]
        ids = self.lex.alias_index.get(key)
        if not ids and len(key) == 1 and allow_surname:
            ids = self._by_surname(key[0])
        if not ids:
            return None
        actor = self.lex.actors[ids[0]]
        if actor.kind == "country" or key in self.lex.metonyms:
            return PLACE
        coding = self.local.get(actor.id)
        if coding is None:
            coding = self._coding_from_actor(actor)
            self.local[actor.id] = coding
        self.local_alias[key] = actor.id
        if actor.kind == "person" and len(key) >= 2:
            self.local_alias.setdefault(key[-1:], actor.id)
        return actor.id

    def _by_surname(self, surname: str) -> Optional[list[str]]:
        """A bare surname names the one dictionary person of that surname, or among several ("Bush", "Clinton") the
        one holding a dated government office on the article's date (none when that is still ambiguous)."""
        ids = self.lex.surnames.get(surname, [])
        if len(ids) == 1 and len(surname) >= 5:
            return ids
        if len(ids) < 2 or self.published is None:
            return None
        in_office = [i for i in ids if any(r.sector == "GOV" and (r.start or r.end) and r.valid(self.published)
                                           for r in self.lex.actors[i].roles)]
        return in_office if len(in_office) == 1 else None

    def _coding_from_actor(self, actor: Actor) -> Coding:
        role = actor.role_at(self.published)
        country = role.country if role else actor.any_country()
        sector = role.sector if role else None
        name = self.lex.country_names.get(actor.id, actor.name) if actor.kind == "country" else actor.name
        c = Coding(actor.id, name, country, sector, kind=actor.kind)
        if role is None:
            c.roles.append("dictionary role not valid on the publication date")
        return c

    def _describe(self, coding: Coding, head: Token, name_tokens: set) -> None:
        """Titles, premodifiers and appositions of a person's mention -> country, sector, descriptors."""
        desc_tokens: list[Token] = []
        # premodifiers: tokens left of the name inside its noun phrase ("jailed opposition leader Alexei Navalny")
        left = [t for t in head.subtree if t.i < head.i and t not in name_tokens
                and t.dep_ in ("compound", "amod", "nmod", "nummod", "det", "poss")]
        desc_tokens += left
        # appositions: "Leonid Volkov, the head of the opposition politician's network"
        for child in head.children:
            if child.dep_ == "appos":
                desc_tokens += [t for t in child.subtree]
        # the name is itself an apposition of a description: "one of ... Navalny's allies, Leonid Volkov"
        if head.dep_ == "appos":
            # the noun the name is in apposition to, or the person noun inside it ("warrant for one of X's allies")
            cands = [t for t in head.head.subtree if t.i < head.i and t.pos_ == "NOUN"
                     and (t.lower_ in AFFILIATE_NOUNS or words(t.text) in self.lex.person_nouns)]
            if cands:
                desc_tokens += [t for t in cands[-1].subtree if not t.is_punct and t not in head.subtree]
        if not desc_tokens:
            return
        country, sector = self._compose(desc_tokens, head_hint=None)
        text = " ".join(t.text for t in desc_tokens).strip(" ,")
        if text and text not in coding.roles:
            coding.roles.append(text)
        for t in desc_tokens:
            coding.descriptors |= {w for w in words(t.text)}
        has_valid_role = coding.sector is not None and "dictionary role not valid on the publication date" not in coding.roles
        if sector and (not has_valid_role or coding.id.startswith("person:") and coding.id not in self.lex.actors):
            if coding.sector is None or coding.sector in ("ELI",) or sector == "OPP":
                coding.sector = sector
        if country and (coding.country is None or not has_valid_role):
            coding.country = country

    # ---------- composition ----------
    def _modifier_country(self, tokens: list[Token]) -> Optional[str]:
        """Country (or IGO) named by a modifier: nationality, metonym, place, known organisation."""
        keys = _token_keys(tokens)
        ws = [w for w, _ in keys]
        for n in range(min(4, len(ws)), 0, -1):
            for i in range(len(ws) - n + 1):
                k = tuple(ws[i:i + n])
                if k in self.lex.metonyms:
                    iso = self.lex.metonyms[k][0]
                    return "IGO" if iso in ("EU", "UN", "NATO") else iso
                short = n == 1 and _uncapitalised_acronym(k, keys[i][1])
                if k in self.lex.nationality and not (short and self.lex.nationality[k] == "IGO"):
                    return self.lex.nationality[k]  # (but "Ri Jong Un": "Un" is no UN)
                if k in self.lex.demonyms:
                    return self.lex.demonyms[k]
                ids = self.lex.alias_index.get(k)
                if ids and n >= 1 and self.lex.actors[ids[0]].kind in ("country", "org") \
                        and not (short and self.lex.actors[ids[0]].kind == "org"):
                    a = self.lex.actors[ids[0]]
                    role = a.role_at(self.published) or (a.roles[0] if a.roles else None)
                    if role and role.country and any(t.text[:1].isupper() for _, t in keys[i:i + n]):
                        return role.country
                if k in self.lex.places and n >= 1 and tokens and any(t.text[:1].isupper() for _, t in keys[i:i + n]):
                    return self.lex.places[k]
        return None

    def _agent(self, tokens: list[Token]) -> Optional[str]:
        """Sector from the agent words of a phrase: longest agent phrase ending at the head, else modifiers."""
        ws = [w for w, _ in _token_keys(tokens)]
        if not ws:
            return None
        for i in range(len(ws)):  # longest phrase ending at the head word
            k = tuple(ws[i:])
            if k in self.lex.agents:
                sec = self.lex.agent_sector(k)
                if sec and not (len(k) == 1 and k[0] in self.lex.generic_heads):
                    return sec
                head_sector = sec
                break
        else:
            head_sector = None
        for n in range(min(3, len(ws) - 1), 0, -1):  # modifiers ("prison authorities", "opposition figure")
            for i in range(len(ws) - 1 - n, -1, -1):
                k = tuple(ws[i:i + n])
                sec = self.lex.agent_sector(k) if k in self.lex.agents else None
                if sec:
                    return sec
        return head_sector

    def _compose(self, tokens: list[Token], head_hint: Optional[Token]) -> tuple[Optional[str], Optional[str]]:
        return self._modifier_country(tokens), self._agent(tokens)

    # ---------- resolution ----------
    def resolve(self, span: Span) -> Optional[ActorRef]:
        """The actor of an argument phrase (first of a compound; all of them in `last_compound`)."""
        refs = self.resolve_all(span)
        return refs[0] if refs else None

    def resolve_all(self, span: Span) -> list[ActorRef]:
        """Every actor of a phrase: "Israel and Turkey" -> [Israel, Turkey]."""
        parts = self._conjuncts(span)
        refs = []
        for part in parts:
            ref = self._resolve_one(part)
            if ref is not None:
                refs.append(self._owned_by_antecedent(part, ref))
        if len(parts) == 1 and refs and refs[0].actor_id and not refs[0].actor_id.startswith("person:"):
            more = self._coordinated_modifiers(span, refs[0]) or self._coordinated_owners(span, refs[0])
            if more and more[0][1] is not None:  # "Chinese and Indian troops": Chinese troops, Indian troops
                dropped = {t.i for t in span if t.dep_ == "conj" and t.head.dep_ in ("amod", "compound")
                           or t.dep_ == "cc" and t.head.dep_ in ("amod", "compound")}
                base = " ".join(t.text for t in span if t.i not in dropped and t.dep_ != "det")
                refs[0] = replace(refs[0], name=base)
                more = [(replace(r, name=base.replace(first_mod, r.name), text=r.text), None) for r, first_mod in more]
            refs += [r for r, _ in more]
        self.last_compound = refs
        for r in refs:  # remember every actor handed out, for actors()
            if r.actor_id in self.local:  # people keep the names they were called; groups also metonyms
                c = self.local[r.actor_id]
                if c.kind != "person" and r.text not in c.aliases and len(r.text.split()) <= 5:
                    c.aliases.append(r.text)
            elif r.actor_id:
                entry = self._resolved.setdefault(r.actor_id, {"id": r.actor_id, "name": r.name, "country": r.country,
                                                               "sector": r.sector, "aliases": [], "roles": []})
                if r.text not in entry["aliases"]:
                    entry["aliases"].append(r.text)
        return refs

    def _coordinated_modifiers(self, span: Span, first: ActorRef) -> list[tuple[ActorRef, str]]:
        """"Hungarian and Romanian officials": one more actor per coordinated nationality adjective
        (with the first adjective, whose place its own takes in the name)."""
        out = []
        for tok in span:
            if tok.dep_ == "conj" and tok.head.dep_ in ("amod", "compound") and tok.head.head.i == span.root.i:
                iso = self._modifier_country([tok])
                if iso and iso != first.country:
                    out.append((ActorRef(text=first.text, name=tok.text, country=iso, sector=first.sector,
                                         actor_id=f"{iso}{first.sector or ''}", start=first.start, end=first.end),
                                tok.head.text))
        return out

    def _reporting_speaker(self, span: Span, pron: Token) -> Optional[ActorRef]:
        """"The Iraqi foreign minister said he had rejected the proposal": "he" is the speaker described, when the
        speaker is no name (a named one is found by `_antecedent` as any person named before)."""
        clause = pron.head
        if pron.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "parataxis") \
                or clause.head.lemma_.lower() not in event_lexicon()["reporting"]:
            return None
        said_by = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if said_by is None or said_by.pos_ not in ("NOUN", "PROPN") or said_by.tag_ in ("NNS", "NNPS"):
            return None
        ref = self._resolve_one(span.doc[said_by.left_edge.i:said_by.i + 1])
        if ref is None or not (ref.country or ref.sector):
            return None
        o = span.doc.user_data.get("offset", 0)
        return replace(ref, text=span.text, start=o + span.start_char, end=o + span.end_char)

    def _owned_by_antecedent(self, span: Span, ref: ActorRef) -> ActorRef:
        """"Pakistan said its troops had shelled ...": forces or officials of "its" / "their" are the country's
        named before, when the phrase itself names none."""
        if ref.country or not ref.sector:
            return ref
        poss = next((c for c in span.root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if poss is None:
            return ref
        owner = self._body_antecedent(span, poss) if poss.lower_ == "its" else self._group_antecedent(span, poss)
        if owner is None or not owner.country or self._is_person(owner):
            return ref
        return replace(ref, country=owner.country, actor_id=f"{owner.country}{ref.sector}")

    def _coordinated_owners(self, span: Span, first: ActorRef) -> list[tuple[ActorRef, None]]:
        """"the foreign ministers of Greece and Turkey": one more actor per named country coordinated in the office's
        "of" phrase (the phrase itself names the first)."""
        out = []
        owners = [o for p in span.root.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and span.start <= o.i < span.end]
        for owner in owners[:1]:
            for c in owner.conjuncts:
                if c.pos_ != "PROPN" or c.i < owner.i:
                    continue
                toks = [t for t in c.subtree if t.i == c.i or t.dep_ in ("compound", "flat") and t.head.i == c.i]
                ref = self._resolve_one(span.doc[min(t.i for t in toks):max(t.i for t in toks) + 1])
                if ref is not None and ref.country and ref.country != first.country:
                    out.append((ActorRef(text=first.text, name=f"{first.name} of {c.text}", country=ref.country,
                                         sector=first.sector, actor_id=f"{ref.country}{first.sector or ''}",
                                         start=first.start, end=first.end), None))
        return out

    def _conjuncts(self, span: Span) -> list[Span]:
        root = span.root
        conj = [c for c in root.conjuncts if span.start <= c.i < span.end and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if not conj:
            return [span]
        doc = span.doc
        cut = min(min(t.i for t in c.subtree) for c in conj)
        first_end = cut
        while first_end > span.start and (doc[first_end - 1].dep_ == "cc" or doc[first_end - 1].is_punct):
            first_end -= 1
        parts = [doc[span.start:first_end]] if first_end > span.start else []
        for c in sorted(conj, key=lambda t: t.i):
            toks = [t for t in c.subtree if not any(t in o.subtree for o in conj if o is not c and o.i > c.i)]
            toks = [t for t in toks if t.dep_ != "cc" and not t.is_punct]
            if toks:
                parts.append(doc[min(t.i for t in toks):max(t.i for t in toks) + 1])
        return parts or [span]

    def _partitive(self, span: Span) -> Optional[Span]:
        """"tens of thousands of demonstrators", "members of the opposition" -> the group named after "of"."""
        root = span.root
        if not (root.pos_ == "NUM" or root.like_num or root.lower_ in PARTITIVE_HEADS):
            return None
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and span.start <= pobj.left_edge.i and pobj.right_edge.i < span.end:
                    return span.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
        return None

    def _ref(self, span: Span, coding: Coding) -> ActorRef:
        off = span.doc.user_data.get("offset", 0)
        return ActorRef(text=span.text, name=coding.name, country=coding.country, sector=coding.sector,
                        actor_id=coding.id, start=off + span.start_char, end=off + span.end_char)

    def _resolve_one(self, span: Span) -> Optional[ActorRef]:
        tokens = [t for t in span if not t.is_space]
        if not tokens:
            return None
        if span.root.pos_ == "ADP":  # "by the Russian prison authorities" -> the object of the preposition
            pobj = next((c for c in span.root.children if c.dep_ == "pobj" and span.start <= c.i < span.end), None)
            if pobj is None:
                return None
            return self._resolve_one(span.doc[pobj.left_edge.i:pobj.right_edge.i + 1])  # text: the noun phrase
        inner = self._partitive(span)
        if inner is not None:
            ref = self._resolve_one(inner)
            if ref is not None:
                off = span.doc.user_data.get("offset", 0)
                ref.text, ref.start, ref.end = span.text, off + span.start_char, off + span.end_char
            return ref
        if len(tokens) == 1 and tokens[0].pos_ == "PRON" or (len(tokens) == 1 and tokens[0].lower_ in PRONOUNS_PERSON):
            if tokens[0].lower_ in PRONOUNS_GROUP:
                return self._group_antecedent(span, tokens[0])
            if tokens[0].lower_ == "it" and tokens[0].dep_ in ("nsubj", "nsubjpass") or tokens[0].lower_ == "its":
                return self._body_antecedent(span, tokens[0])  # ("since its 1990 invasion of Kuwait": Iraq's)
            coding = self._antecedent(tokens[0], descriptors=None) if tokens[0].lower_ in PRONOUNS_PERSON else None
            if coding is None and tokens[0].lower_ in PRONOUNS_PERSON:
                return self._reporting_speaker(span, tokens[0])
            return self._ref(span, coding) if coding else None
        core = _content_tokens(_core(span))
        if not core:
            return None
        whole = _content_tokens(tokens)
        if len(whole) > len(core) and any(t.lower_ == "of" for t in whole) and whole[0].text[:1].isupper():
            # "the Organization of American States", "the Council of Europe": a name with its "of" phrase
            keyed = _token_keys(whole)
            key = tuple(w for w, _ in keyed)
            if key in self.lex.alias_index:
                coding = self._coding_for_key(key, keyed)
                if coding is not None:
                    return self._ref(span, coding)
        named = self._named(core, span.root)
        if named is not None:
            return self._ref(span, named)
        # definite description of a person named earlier ("the Kremlin critic")
        head_key = words(span.root.text)
        first = next((t for t in span if not t.is_space), None)
        if first is not None and first.lower_ in ("the", "this", "that") and span.root.tag_ == "NN":
            ks = tuple(w for t in core for w in words(t.text))
            if any(ks[i:] in self.lex.person_nouns for i in range(len(ks))) or head_key in self.lex.person_nouns:
                coding = self._antecedent(span.root, descriptors=set(ks))
                if coding is not None:
                    return self._ref(span, coding)
        return self._composed(span, core)

    def _named(self, core: list[Token], root: Token) -> Optional[Coding]:
        """The longest name in the phrase that covers its head: article actor, dictionary actor, metonym, country."""
        keys = _token_keys(core)
        ws = [w for w, _ in keys]
        root_pos = [i for i, (_, t) in enumerate(keys) if t.i == root.i]
        if not root_pos:
            return None
        r = root_pos[-1]
        for n in range(min(len(ws), self.lex.max_alias), 0, -1):
            for i in range(max(0, r - n + 1), min(r, len(ws) - n) + 1):
                coding = self._coding_for_key(tuple(ws[i:i + n]), keys[i:i + n])
                if coding is not None:
                    return self._refine(coding, self._title_tokens(core, root) if coding.kind == "person"
                                        else [t for _, t in keys[:i]], [t for _, t in keys[i + n:]])
                    
        # a proper name never seen before and unknown to every dictionary: strip the title in front of it
        run = [t for t in core if t.i <= root.i]
        while run and run[-1].pos_ != "PROPN":
            return None
        j = len(run)
        while j > 0 and run[j - 1].pos_ == "PROPN":
            j -= 1
        run = run[j:]
        while len(run) > 1 and self._is_title_word(run[0]):
            run = run[1:]
        if self._looks_like_person(run):
            k = tuple(w for t in run for w in words(t.text))
            cid = f"person:{_slug(k)}"
            coding = self.local.get(cid) or Coding(cid, " ".join(t.text for t in run), kind="person")
            if coding.country is None or coding.sector is None:
                country, sector = self._compose([t for t in core if t.i < run[0].i], None)
                coding = Coding(coding.id, coding.name, coding.country or country, coding.sector or sector,
                                kind="person", aliases=coding.aliases, roles=coding.roles)
            return coding
        before = [t for t in core if t.i < run[0].i] if run else []
        if before and before[-1].lemma_.lower() in self.lex.body_nouns and self._agent(before):
            # "the pro-Kurdish party HADEP", "the opposition newspaper Harakah": a body known only from the
            # description in front of its name
            k = tuple(w for t in run for w in words(t.text))
            country, sector = self._compose(before, None)
            if country is None and self.use_article_country and sector != "IGO":
                country = self.article_country  # (as for a body named by its description alone)
            return Coding(f"org:{_slug(k)}", " ".join(t.text for t in run), country, sector, kind="org")
        return None

    def _title_tokens(self, core: list[Token], root: Token) -> list[Token]:
        """Words before a person's name: modifiers, and title words even when tagged PROPN ("President")."""
        out = []
        for t in core:
            if t.i >= root.i:
                break
            if t.pos_ != "PROPN" or self._is_title_word(t):
                out.append(t)
            elif out and not self._is_title_word(t):
                break
        return out

    def _refine(self, coding: Coding, before: list[Token], after: list[Token]) -> Coding:
        """What the phrase itself says beats a stale or vague dictionary coding.

        "Iraqi President Saddam Hussein": the title gives GOV where the dictionary's current role is ELI;
        "NATO peacekeeping troops": the head noun gives MIL where the organisation code gives only IGO.
        """
        country, sector = coding.country, coding.sector
        if before and coding.kind == "person":
            mod_country, mod_sector = self._compose(list(dict.fromkeys(before)), None)
            country = country or mod_country
            if mod_sector and sector in (None, "ELI"):
                sector = mod_sector
        if after and coding.kind != "person":
            head_sector = self._agent(list(dict.fromkeys(after)))
            if head_sector and sector in (None, "ELI", "IGO", "GOV") and head_sector != sector:
                sector = head_sector
        if (country, sector) == (coding.country, coding.sector):
            return coding
        return Coding(coding.id, coding.name, country, sector, kind=coding.kind, aliases=coding.aliases,
                      roles=coding.roles, descriptors=coding.descriptors)

    def _coding_for_key(self, k: tuple[str, ...], keyed: list[tuple[str, Token]]) -> Optional[Coding]:
        lex = self.lex
        if k in self.local_alias:
            return self.local[self.local_alias[k]]
        if k in lex.metonyms:
            iso, sector = lex.metonyms[k]
            if iso in lex.actors and lex.actors[iso].kind != "country":
                a = lex.actors[iso]
                role = a.role_at(self.published) or a.roles[0]
                return Coding(a.id, a.name, role.country, role.sector, kind="org")
            return Coding(iso, _country_name(lex, iso) or iso, iso, sector, kind="country")
        if k in lex.demonyms and keyed[-1][1].tag_ in ("NNPS", "NNS"):  # "Palestinians", "Russians"
            iso = lex.demonyms[k]
            return Coding(f"{iso}CVL", " ".join(t.text for _, t in keyed), iso, "CVL", kind="group")
        if k in lex.adjectives:  # a bare nationality adjective ("Hungarian"): the country, no sector
            iso = lex.adjectives[k]
            return Coding(iso, _country_name(lex, iso) or iso, iso, None, kind="country")
        if k in lex.places and all(t.text[:1].isupper() for _, t in keyed):  # a city that is no capital
            ids = lex.alias_index.get(k)
            if not ids or lex.actors[ids[0]].kind == "country":
                iso = lex.places[k]
                return Coding(iso, _country_name(lex, iso) or iso, iso, None, kind="country")
        ids = lex.alias_index.get(k)
        if ids and (ids[0] in lex.override_ids or any(t.text[:1].isupper() for _, t in keyed)):
            actor = lex.actors[ids[0]]
            if actor.kind == "person" and len(k) == 1 and not all(t.text[:1].isupper() for _, t in keyed):
                return None
            if actor.kind not in ("country", "person") and len(k) == 1 and _uncapitalised_acronym(k, keyed[0][1]):
                return None  # "Kim Jong Un", "Who": a short acronym (UN, WHO) is written in capitals
            return self.local.get(actor.id) or self._coding_from_actor(actor)
        if len(k) == 1 and all(t.pos_ == "PROPN" for _, t in keyed):
            sur = self._by_surname(k[0])
            if sur:
                return self.local.get(sur[0]) or self._coding_from_actor(lex.actors[sur[0]])
        if k in lex.demonyms and all(t.tag_ in ("NNPS", "NNS") for _, t in keyed[-1:]):
            iso = lex.demonyms[k]
            return Coding(f"{iso}CVL", f"{_country_name(lex, iso) or iso} civilians", iso, "CVL", kind="group")
        if k in lex.nationality and len(keyed) and (keyed[-1][1].pos_ == "PROPN" or keyed[-1][1].i == keyed[-1][1].sent.end - 1
                                                     and keyed[0][1].i == keyed[0][1].sent.start):
            iso = lex.nationality[k]
            return Coding(iso, _country_name(lex, iso) or iso, iso, "GOV", kind="country")
        return None

    def _composed(self, span: Span, core: list[Token]) -> Optional[ActorRef]:
        """No name covers the head: agent noun + country from modifiers, PPs or the article."""
        root = span.root
        head_key = tuple(w for w in words(core[-1].text))
        country, sector = self._compose(core, None)
        core_keys = tuple(w for t in core for w in words(t.text))
        agent_head = any(core_keys[i:] in self.lex.agents for i in range(len(core_keys)))
        if not (agent_head or head_key in self.lex.person_nouns or root.lower_ in AFFILIATE_NOUNS
                or head_key in self.lex.demonyms or (head_key and head_key[0] in self.lex.generic_heads)):
            if country is None or root.pos_ not in ("NOUN", "PROPN") or len(core) < 2:
                return None
            # a state's rule or policy is its government's ("denounce Kremlin rule", "Chinese rule"); another thing
            # of a country names the country only
            sector = (sector or "GOV") if root.lemma_.lower() in GOVERNANCE_HEADS else None
        # "in France", "of the Riigikogu", "to Navalny"
        affiliate = None
        for prep in (c for c in root.children if c.dep_ == "prep"
                     and c.lower_ in ("in", "of", "to", "from", "for", "throughout", "across", "inside", "within")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                sub = [t for t in pobj.subtree]
                if country is None:
                    country = self._modifier_country(sub)
                if root.lower_ in AFFILIATE_NOUNS or words(root.text) in self.lex.person_nouns:
                    inner = self._named(_content_tokens(_core(span.doc[pobj.left_edge.i:pobj.right_edge.i + 1])), pobj)
                    if inner is not None and inner.kind == "person":
                        affiliate = inner
        # possessive owner: "Navalny's allies" -> allies of Navalny
        for poss in (c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            inner = self._named(_content_tokens(_core(span.doc[poss.left_edge.i:poss.i + 1])), poss)
            if inner is not None and root.lower_ in AFFILIATE_NOUNS:
                affiliate = inner
        if affiliate is not None and root.lower_ in AFFILIATE_NOUNS:
            country = country or affiliate.country
            sector = sector or affiliate.sector
        if sector is None and country is None:
            return None
        foreign = any(w in self.lex.foreign_words for t in core for w in words(t.text))
        if country is None and sector is not None and self.use_article_country and sector != "IGO" and not foreign:
            country = self.article_country
        # the phrase as written, with the words a modifier carries ("Iran-backed militias", not "- backed militias")
        name = span.doc[max(span.start, min(t.left_edge.i for t in core)):max(t.i for t in core) + 1].text
        cid = f"{country or ''}{sector or ''}" or name
        return ActorRef(text=span.text, name=name, country=country, sector=sector, actor_id=cid,
                        start=span.doc.user_data.get("offset", 0) + span.start_char,
                        end=span.doc.user_data.get("offset", 0) + span.end_char)

    def _antecedent(self, tok: Token, descriptors: Optional[set]) -> Optional[Coding]:
        """The most recent compatible person before `tok`: same-sentence subject, previous subject, else latest."""
        here = self._offset(tok)
        sno = self._sentence_no(tok)
        before = [m for m in self.person_mentions if m[0] < here]
        if not before:
            return None
        if descriptors:
            content = {w for w in descriptors if w not in ("the", "this", "that")}
            matching = [m for m in before if content & self.local[m[1]].descriptors]
            strong = [m for m in before if content <= self.local[m[1]].descriptors]
            if strong:
                return self.local[strong[-1][1]]
            desc_sector = self._agent_from_words(content)
            compatible = [m for m in before if desc_sector is None or self.local[m[1]].sector in (None, desc_sector)]
            pick = (matching or compatible)
            return self.local[pick[-1][1]] if pick else None
        is_subject = tok.dep_ in ("nsubj", "nsubjpass")
        if is_subject:
            same = [m for m in before if m[3] == sno and m[2]]
            if same:
                return self.local[same[-1][1]]
            if not [m for m in before if m[3] == sno]:
                prev = [m for m in before if m[3] == sno - 1 and m[2]]
                if prev:
                    return self.local[prev[0][1]]
        return self.local[before[-1][1]]

    def _group_antecedent(self, span: Span, pron: Token) -> Optional[ActorRef]:
        """"they" -> the most recent plural group (agent, demonym, allies of X) in this or the previous sentence."""
        here, sno = self._offset(pron), self._sentence_no(pron)
        for off, tok in reversed(self.group_mentions):
            if off >= here:
                continue
            if self._sentence_no(tok) < sno - 1:
                break
            if tok.doc is pron.doc and tok.left_edge.i <= pron.i <= tok.right_edge.i:
                continue  # "thousands of them": the group that holds the pronoun is not what it refers to
            group = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
            ref = self._resolve_one(group)
            if ref is not None:
                o = span.doc.user_data.get("offset", 0)
                ref.text, ref.start, ref.end = span.text, o + span.start_char, o + span.end_char
                return ref
        return None

    def _body_antecedent(self, span: Span, pron: Token) -> Optional[ActorRef]:
        """"It strongly condemns the attacks" -> the most recent coded state or organisation that was a clause
        subject in this or the three sentences before ("The Foreign Ministry said ... It condemns ..."); a thing
        ("the report") codes to nothing and is skipped."""
        sents = list(pron.doc.sents)
        here = next((k for k, s_ in enumerate(sents) if s_.start <= pron.i < s_.end), None)
        if here is None:
            return None
        for sent in reversed(sents[max(0, here - 3):here + 1]):  # back over "It ... It ..." chains
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pron.i and t.pos_ in ("NOUN", "PROPN")
                        and t.tag_ not in ("NNS", "NNPS")]
            for subj in reversed(subjects):
                ref = self._resolve_one(pron.doc[subj.left_edge.i:subj.i + 1])
                if ref is not None and (ref.country or ref.sector) and not self._is_person(ref):
                    o = span.doc.user_data.get("offset", 0)
                    ref.text, ref.start, ref.end = span.text, o + span.start_char, o + span.end_char
                    return ref
        return None

    def _is_person(self, ref: ActorRef) -> bool:
        local = self.local.get(ref.actor_id) if ref.actor_id else None
        actor = self.lex.actors.get(ref.actor_id) if ref.actor_id else None
        return (local is not None and local.kind == "person") or (actor is not None and actor.kind == "person")

    def _agent_from_words(self, ws: set) -> Optional[str]:
        for w in ws:
            sec = self.lex.agent_sector((w,)) if (w,) in self.lex.agents else None
            if sec:
                return sec
        return None

    def actors(self) -> list[dict]:
        """Canonical actors seen in this article with aliases and the descriptions it gave them."""
        seen = {m[1] for m in self.person_mentions} | {c.id for c in self.local.values() if c.aliases}
        out = []
        for cid in sorted(seen):
            c = self.local[cid]
            if c.kind == "person" and c.country is None and c.sector is not None and self.use_article_country:
                c.country = self.article_country
            out.append({"id": c.id, "name": c.name, "country": c.country, "sector": c.sector,
                        "aliases": list(c.aliases), "roles": list(c.roles)})
        out += [dict(v, aliases=list(v["aliases"])) for k, v in sorted(self._resolved.items()) if k not in seen]
        return out


def build_article_actors(docs: list[Doc], published: Optional[date]) -> ArticleActors:
    """One article's segment Docs in text order (doc.user_data["offset"] = segment start) -> its actors."""
    aa = ArticleActors(docs, published)
    for c in aa.local.values():  # people described but not placed: the article's main country
        if c.kind == "person" and c.country is None and c.sector not in (None, "IGO"):
            c.country = aa.article_country
    return aa


def resolve_text(text: str, when: Optional[date] = None) -> Optional[ActorRef]:
    """Context-free coding of an actor phrase (benchmarks, tests)."""
    from .parse import parse_texts

    doc = next(parse_texts([text]))
    aa = ArticleActors([doc], when, use_article_country=False)
    return aa.resolve(doc[:])
