"""Hyphenation of the PDFs: a word too long for the rest of its line breaks at a syllable,
marked with a hyphen, in the language of the document (Danish minutes: pyphen's da_DK;
English minutes: en_GB where da_DK agrees, as their user text is mostly Danish), instead
of being cut wherever the column ends ("kontraktopfølgni ng").

reportlab hyphenates a paragraph when its style has `hyphenationLang`: a language code
(then it builds a pyphen object on every wrap) or a callable that gives a word's
(head, tail) pairs, the longest head first. We give it a callable, made once per language,
that remembers the words it has seen, and that corrects the Danish patterns where they
break a compound across its joint ("kontrak-topfølgning", "tilbud-sfrist"):

- no piece of one letter: the linking s of a compound goes with the first part
  ("tilbuds-frist"), a vowel with the syllable after ("so-ci-al-om-rå-de"), and around
  another letter neither break is kept ("målgrup-per");
- the compounds of the starter vocabularies and the demo that the patterns still break
  wrongly are listed with their proper breaks (`DANISH_COMPOUNDS`); a word that holds one
  ("kontraktopfølgningen", "jobafklaringsforløb") takes the listed breaks inside it.

E-mail addresses, CPV codes and words with hyphens of their own ("light-regimet") are
marked `<nobr>` by `protect` (in user text: Styles._markup), which turns reportlab's
hyphenation off for them, so each goes whole to the next line. For the words with hyphens
this also avoids a reportlab fault (see `_PROTECTED`). What no markup prevents: a word
wider than its whole column is cut where the column ends (reportlab's splitLongWords), as
before; an address in a column narrower than itself still breaks there.

No Qt here: used from the export thread and the command line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import fields, is_dataclass
from functools import cache, lru_cache
from typing import Protocol

import pyphen
from reportlab.lib.styles import ParagraphStyle

# The dictionary of each minutes language. English minutes break a word only where the
# Danish dictionary allows it as well (`Hyphenator._part_positions`).
DICTIONARIES = {"da": "da_DK", "en": "en_GB"}

# Styles that never hyphenate: headings and the title run the full width of the page, and a
# broken heading reads badly.
NOT_HYPHENATED = frozenset({"title", "subtitle", "h1", "h2", "h3"})

# Shortest word that may be hyphenated. In a table cell a word of 8 letters ("kontrakten")
# may break, shorter ones ("borgeren") go whole to the next line, so a column of middle
# width is not a column of hyphens; in running text, which spans the page, only long words
# break.
MIN_WORD_IN_CELL = 8
MIN_WORD_IN_TEXT = 10
RUNNING_TEXT = frozenset({"body", "small", "muted", "intro", "note"})

# Names are not hyphenated, so they print (and pdftotext finds them) as written: a
# capitalised word shorter than this ("Kim Kontrakt", "Aðalsteinn Þórsson", "Šćepanović",
# "Klagenævnet") goes whole to the next line; a longer one is a compound at the start of a
# sentence or in a title ("Bostøttekoordinator") and breaks like any word. A double name
# breaks at its hyphen only ("Wójcik-|Kowalska").
NAME_LENGTH = 13

# Longer than any word ("speciallægepraksisplanlægningsstabiliseringsperiode" is 51): a run
# of letters longer than this is cut at the column's end as before, not hyphenated (which
# would cost reportlab a width for each of its thousands of breaks).
LONGEST_WORD = 60

# Compounds whose breaks the da_DK patterns get wrong, written with their proper breaks (as
# Retskrivningsordbogen divides them: at the joint of the compound, the linking s with the
# first part). Lower case, "-" at each break.
DANISH_COMPOUNDS = (
    "ak-ti-vi-tets-pa-rat",
    "dansk-under-vis-ning",  # not "danskun-dervisning"
    "job-af-kla-ring",
    "kon-kur-ren-ce-ud-sæt-tel-se",
    "kon-trakt-op-følg-ning",
    "kon-trakt-vil-kår",
    "le-dig-heds-ydel-se",
    "le-ve-ran-dør-sty-ring",
    "løn-til-skud",
    "mål-grup-pe",
    "mind-ste-krav",
    "op-kva-li-fi-ce-ring",
    "sam-værs-til-bud",
    "stand-still",
    "til-buds-por-tal",
    "til-lægs-ydel-se",
    "vok-sen-ud-red-ning",
)

_LEFT_RIGHT = {"da": (2, 2), "en": (2, 3)}  # the dictionaries' own least syllable lengths
_VOWELS = frozenset("aeiouyæøåéèêàáöüä")


def _compound_breaks() -> tuple[tuple[str, tuple[int, ...]], ...]:
    found = []
    for written in DANISH_COMPOUNDS:
        parts = written.split("-")
        breaks, at = [], 0
        for part in parts[:-1]:
            at += len(part)
            breaks.append(at)
        found.append(("".join(parts), tuple(breaks)))
    # Longest first: a compound inside a longer listed one yields to it.
    return tuple(sorted(found, key=lambda item: -len(item[0])))


_COMPOUNDS = _compound_breaks()


class Hyphenator:
    """A word's hyphenation pairs in one language, the longest head first (what reportlab's
    `hyphenationLang` takes as a callable). Made once per language by `hyphenator`."""

    def __init__(self, lang: str) -> None:
        left, right = _LEFT_RIGHT.get(lang, (2, 2))
        self.lang = lang
        self._pyphen = pyphen.Pyphen(lang=DICTIONARIES.get(lang, "da_DK"), left=left, right=right)
        self.positions = lru_cache(maxsize=20_000)(self._positions)
        # The rest of a word broken once, with the whole word's breaks: reportlab hyphenates
        # what goes to the next line again when that is too long too, as a word of its own,
        # and "traktopfølgning" alone would break as "trak-top-følg-ning".
        self._tails: dict[str, tuple[int, ...]] = {}
        self._pairs = lru_cache(maxsize=20_000)(self._pairs_of)

    def __call__(self, word: str) -> tuple[tuple[str, str], ...]:
        return self._pairs(word)

    def _pairs_of(self, word: str) -> tuple[tuple[str, str], ...]:
        at = self._tails.get(word)
        if at is None:
            at = self.positions(word)
        if len(self._tails) > 50_000:
            self._tails.clear()
        left, right = self._pyphen.left, self._pyphen.right
        for cut in at:
            tail = word[cut:]
            self._tails[tail] = tuple(p - cut for p in at if left <= p - cut <= len(tail) - right)
        return tuple((word[:cut], word[cut:]) for cut in reversed(at))

    def _positions(self, word: str) -> tuple[int, ...]:
        """Where `word` may break: each position is the length of the head. A word with
        hyphens of its own ("light-regimet") breaks inside a part, never next to a hyphen
        ("ligh-t-regimet"). Only where no such break fits does reportlab break it after its
        own hyphen (embeddedHyphenation), so a hyphen at a line's end followed by a letter
        is nearly always one we added, and a reader of the PDF can join the word again."""
        if "-" not in word:
            return self._part_positions(word)
        found: list[int] = []
        start = 0
        for part in word.split("-"):
            found += [start + at for at in self._part_positions(part)]
            start += len(part) + 1
        return tuple(found)

    def _part_positions(self, word: str) -> tuple[int, ...]:
        if word[:1].isupper() and len(word) < NAME_LENGTH:
            return ()  # a name ("Kim Kontrakt"): whole, on the next line if need be
        if len(word) > LONGEST_WORD:
            return ()  # not a word (a pasted string of letters): cut where the column ends
        found = [int(at) for at in self._pyphen.positions(word)]
        if self.lang == "da":
            found = _join_single_letters(word, found)
            found = _listed_compounds(word, found, self._pyphen.left, self._pyphen.right)
        else:
            # English minutes of a Danish workshop still print what people typed, mostly in
            # Danish: a break must be right in both languages ("danskunder-visning", never
            # the English patterns' "danskun-dervisning"; "pro-cure-ment").
            danish = set(hyphenator("da")._part_positions(word))
            found = [at for at in found if at in danish]
        return tuple(found)

    def inserted(self, word: str) -> str:
        """`word` with a hyphen at each break (for tests and for checking by eye)."""
        at = [0, *self.positions(word), len(word)]
        pieces = [word[a:b] for a, b in itertools.pairwise(at)]
        return "".join(p if p.endswith("-") else p + "-" for p in pieces[:-1]) + pieces[-1]


def _join_single_letters(word: str, found: list[int]) -> list[int]:
    """No piece of one letter (Dansk Sprognævn: never leave a single letter): the linking s
    of a compound goes with the part before ("tilbud-s-frist": "tilbuds-frist"), a vowel
    with the syllable after ("so-ci-a-l-om-rå-de": "so-ci-al-om-rå-de"); around any other
    letter neither break is kept, as the patterns cannot tell which is right
    ("må-l-grup-per": "målgrup-per", "pro-g-res-sion": "progres-sion")."""
    at = sorted(found)
    i = 0
    while i < len(at) - 1:
        if at[i + 1] - at[i] == 1:
            letter = word[at[i]].lower()
            if letter == "s":
                del at[i]
            elif letter in _VOWELS:
                del at[i + 1]
            else:
                del at[i : i + 2]
            continue
        i += 1
    return at


def _listed_compounds(word: str, found: list[int], left: int, right: int) -> list[int]:
    """The listed breaks inside each listed compound `word` holds, instead of the patterns'.
    A pattern break before the compound's last letter stays when a vowel follows it
    ("ind-sat-sen", "op-følg-nin-gen"): the consonant goes with the ending."""
    lower = word.lower()
    taken: list[tuple[int, int]] = []
    at = set(found)
    for stem, breaks in _COMPOUNDS:
        start = lower.find(stem)
        while start >= 0:
            end = start + len(stem)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                ending = end < len(lower) and lower[end] in _VOWELS
                at = {p for p in at if not start < p < end or (ending and p == end - 1)}
                at |= {start + b for b in breaks}
            start = lower.find(stem, start + 1)
    return sorted(p for p in at if left <= p <= len(word) - right)


def hyphenator(lang: str) -> Hyphenator:
    """The one Hyphenator of a language ("da" or "en"; anything else: Danish's)."""
    return _hyphenator(lang if lang in DICTIONARIES else "da")


@cache
def _hyphenator(lang: str) -> Hyphenator:
    _addresses_split_as_words()
    return Hyphenator(lang)


def _addresses_split_as_words() -> None:
    """reportlab (5.1) splits a web address wider than the line at a »/« and then never cuts
    the rest (a piece it split is not split again), which ran past its column and off the A4
    page. Without its address rule an address is a word like any other: whole on the next
    line when it fits one, cut where the column ends when it is wider (splitLongWords)."""
    from reportlab.platypus import paragraph

    if hasattr(paragraph, "_uri_split_pairs"):  # a later reportlab may have no such rule
        paragraph._uri_split_pairs = lambda _word: None


def style_attributes(name: str, lang: str) -> dict[str, object]:
    """The ParagraphStyle attributes for hyphenation of the style `name` in a document in
    `lang`: none for headings; the language's hyphenator for everything else."""
    if name in NOT_HYPHENATED:
        return {"hyphenationLang": ""}
    return {
        "hyphenationLang": hyphenator(lang),
        "hyphenationMinWordLength": MIN_WORD_IN_TEXT if name in RUNNING_TEXT else MIN_WORD_IN_CELL,
        # 2: a word with no break that fits the rest of the line goes whole to the next line
        # and breaks there at a syllable (with 1 or 0 reportlab cuts it at the line's end,
        # "står for kon" / "traktopfølg"); and "IT-system" may break after its own hyphen.
        "embeddedHyphenation": 2,
        "uriWasteReduce": 0,  # addresses are never broken by choice
    }


class _Styles(Protocol):
    @property
    def lang(self) -> str: ...


def hyphenate_styles(styles: _Styles) -> None:
    """Set the hyphenation of every ParagraphStyle of `styles` (the dataclass of a document's
    named styles, with its `lang`) by the style's field name."""
    assert is_dataclass(styles)
    lang = styles.lang
    for field in fields(styles):
        style = getattr(styles, field.name)
        if isinstance(style, ParagraphStyle):
            for key, value in style_attributes(field.name, lang).items():
                setattr(style, key, value)


# What reportlab must not break inside: an e-mail address, a CPV code (8 digits, a hyphen,
# the check digit), and a word with hyphens of its own ("light-regimet", "CPV-koden",
# "Wójcik-Kowalska"). The last because reportlab, where no syllable fits, breaks such a
# word after its hyphen, and when it lays out a paragraph of several runs again (a cell
# with line breaks, measured and then split) it joins the halves with that hyphen taken
# off and breaks them anew: "lightre-gimet". Unbroken, the word goes whole to the next
# line. In markup made by escape.markup (so no "<" or "&" inside any of them).
_PROTECTED = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])"  # e-mail
    r"|(?<![\w-])\d{8}-\d(?![\w-])"  # CPV code
    r"|(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])"  # a word with hyphens
)


def protect(markup: str) -> str:
    """Markup with each e-mail address, CPV code and word with hyphens kept whole: `<nobr>`,
    which turns off reportlab's hyphenation inside it. Fast when there is none (no "-" and
    no "@")."""
    if "@" not in markup and "-" not in markup:
        return markup
    return _PROTECTED.sub(lambda m: "<nobr>" + m.group(0) + "</nobr>", markup)
