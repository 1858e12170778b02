"""Finding a procedure as the clerk types: by code or by folded words of its name (pure, no Qt)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from counter_app.core.procedures import Catalog, Procedure
from counter_app.core.text import fold

# Words of a folded name: letters and digits; punctuation such as "(áp" or "giấy tờ," splits.
_WORD = re.compile(r"[0-9a-z]+")
_CODE_PART = re.compile(r"[0-9.]+")

# Ranking tiers, best first. Within a tier the counter's own order (favourites, most used) holds.
TIER_START = 0  # the name starts with the typed words in sequence, or the code starts with them
TIER_PHRASE = 1  # the typed words follow each other somewhere in the name
TIER_WORDS = 2  # every typed word starts some word of the name or the code
TIER_KEYWORDS = 3  # only the procedure's keywords (e.g. "sao y") match


@dataclass(frozen=True)
class _Entry:
    procedure: Procedure
    code: str
    name_words: tuple[str, ...]
    keyword_words: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def _typed_words(query: str) -> list[str]:
    out: list[str] = []
    for token in fold(query).split():
        # "2.0008" is the start of a code; anything else is split like the names are.
        out.extend([token] if _CODE_PART.fullmatch(token) else _WORD.findall(token))
    return out


def _all_prefixes(query: Sequence[str], words: Sequence[str], code: str) -> bool:
    return all(code.startswith(q) or any(w.startswith(q) for w in words) for q in query)


def _phrase_at(query: Sequence[str], words: Sequence[str], start: int) -> bool:
    if start + len(query) > len(words):
        return False
    # Every typed word but the last must be whole; the last may be half-typed.
    head, last = query[:-1], query[-1]
    return (all(words[start + i] == q for i, q in enumerate(head))
            and words[start + len(head)].startswith(last))


def _tier(entry: _Entry, query: Sequence[str]) -> int | None:
    words = entry.name_words
    if len(query) == 1 and entry.code.startswith(query[0]):
        return TIER_START
    if _phrase_at(query, words, 0):
        return TIER_START
    if any(_phrase_at(query, words, i) for i in range(1, len(words))):
        return TIER_PHRASE
    if _all_prefixes(query, words, entry.code):
        return TIER_WORDS
    if _all_prefixes(query, words + entry.keyword_words, entry.code):
        return TIER_KEYWORDS
    return None


class ProcedureIndex:
    """The catalog folded once, searched on each keystroke (a province has ~2,000 procedures)."""

    def __init__(self, catalog: Catalog) -> None:
        self._entries = {p.code: _Entry(p, p.code, _words(p.name), _words(p.keywords))
                         for p in catalog.procedures}
        self._order: list[str] = sorted(self._entries)

    def set_order(self, codes: Iterable[str]) -> None:
        """The counter's order (favourites pinned, then most used); unknown codes are dropped."""
        seen: set[str] = set()
        order = []
        for code in codes:
            if code in self._entries and code not in seen:
                seen.add(code)
                order.append(code)
        order.extend(sorted(c for c in self._entries if c not in seen))
        self._order = order

    @property
    def order(self) -> list[str]:
        return list(self._order)

    def search(self, query: str, limit: int = 50) -> list[Procedure]:
        """Matching procedures, best first; an empty query lists all in the counter's order."""
        typed = _typed_words(query)
        if not typed:
            return [self._entries[c].procedure for c in self._order[:limit]]
        ranked = []
        for position, code in enumerate(self._order):
            entry = self._entries[code]
            tier = _tier(entry, typed)
            if tier is not None:
                ranked.append((tier, position, entry.procedure))
        ranked.sort(key=lambda t: (t[0], t[1]))
        return [p for _, _, p in ranked[:limit]]
