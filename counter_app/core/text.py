"""Unicode normalization and diacritic folding for Vietnamese names, addresses and search."""

from __future__ import annotations

import unicodedata

__all__ = ["clean_text", "fold", "mask_name", "nfc"]

# Non-spacing and enclosing marks: the tones and vowel marks of Vietnamese after NFD.
_MARK_CATEGORIES = frozenset({"Mn", "Me"})

# Folded words, remembered: names and addresses repeat the same few thousand words, so most
# words are folded once per process. Bounded, as the central service folds what it is sent.
_WORDS: dict[str, str] = {}
_WORDS_MAX = 50_000
_WORD_MAX_LEN = 40


def nfc(s: str) -> str:
    """Return ``s`` in Unicode NFC (some input methods type Vietnamese decomposed)."""
    return unicodedata.normalize("NFC", s)


def _collapse_whitespace(s: str) -> str:
    # str.split() with no argument splits on every Unicode whitespace run (tabs, newlines,
    # no-break spaces …) and drops leading/trailing ones.
    return " ".join(s.split())


def clean_text(s: str) -> str:
    """Return ``s`` as a name or address is stored: NFC, single spaces, no outer spaces."""
    return _collapse_whitespace(nfc(s))


def mask_name(s: str) -> str:
    """A name as a public page may show it: the family name whole, each other word as its
    first letter and "**" ("Nguyễn Văn An" → "Nguyễn V** A**"); a one-word name keeps only
    its first letter. Enough for the holder of a slip to recognise, too little to identify.
    """
    words = clean_text(s).split()
    if not words:
        return ""
    head = words[0] if len(words) > 1 else words[0][0] + "**"
    return " ".join([head, *(w[0].upper() + "**" for w in words[1:])])


class _StripTable(dict[int, "str | None"]):
    """str.translate's table: a mark → deleted, "đ" → "d", any other character kept.

    Filled on the first sight of each character, so later lookups are C-level dict hits and
    importing costs nothing; only the Basic Multilingual Plane is remembered (bounded).
    """

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value: str | None = ch
        if unicodedata.category(ch) in _MARK_CATEGORIES or unicodedata.combining(ch):
            value = None
        elif ch == "đ":  # a letter of its own, not d + a mark, so NFD leaves it alone
            value = "d"
        if code < 0x10000:
            self[code] = value
        return value


_STRIP = _StripTable()


def _fold_whole(folded: str, words: list[str]) -> str:
    """The key of a case-folded NFC text; its words are remembered when they line up."""
    keys = nfc(unicodedata.normalize("NFD", folded).translate(_STRIP)).split()
    # Each word gives one key, or none when it was marks only: equal counts line them up.
    if len(keys) == len(words) and len(_WORDS) < _WORDS_MAX:
        _WORDS.update(pair for pair in zip(words, keys) if len(pair[0]) <= _WORD_MAX_LEN)
    return " ".join(keys)


def fold(s: str) -> str:
    """Return the search key of ``s``: no diacritics, ``đ``→``d``, case-folded, single spaces.

    ``fold("  Nguyễn Thị ĐÀO ") == "nguyen thi dao"``; NFC and NFD input fold alike. The one
    folding of the project: the counter's store and the central service's search key use it.
    """
    # Case-fold before decomposing: folding can itself produce marks (e.g. "İ" → "i̇"),
    # which are then removed, so fold(fold(s)) == fold(s).
    folded = nfc(s).casefold()
    if folded.isascii():  # no marks to take away, nothing to recompose
        return " ".join(folded.split())
    # Word by word is the same as the whole: no mark or composition crosses whitespace.
    words = folded.split()
    memo = _WORDS
    out = []
    for word in words:
        # An ASCII word (a code, a number) has no mark: case-folded, it is its own key.
        key = word if word.isascii() else memo.get(word)
        if key is None:
            return _fold_whole(folded, words)
        out.append(key)
    return " ".join(out)
