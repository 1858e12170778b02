"""Unicode normalization and diacritic folding for Vietnamese names, addresses and search."""

from __future__ import annotations

import unicodedata

__all__ = ["clean_text", "fold", "nfc"]

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


def _fold_word(word: str) -> str:
    """One case-folded NFC word without its marks: "" when it was marks only."""
    bare = "".join(
        ch
        for ch in unicodedata.normalize("NFD", word)
        if unicodedata.category(ch) not in _MARK_CATEGORIES and not unicodedata.combining(ch)
    )
    # "đ" is a letter of its own, not d + a mark, so NFD leaves it alone. Recompose what is
    # left (e.g. Hangul jamo) so the key is NFC like everything we store.
    return nfc(bare.replace("đ", "d"))


def fold(s: str) -> str:
    """Return the search key of ``s``: no diacritics, ``đ``→``d``, case-folded, single spaces.

    ``fold("  Nguyễn Thị ĐÀO ") == "nguyen thi dao"``; NFC and NFD input fold alike. The one
    folding of the project: the counter's store and the central service's search key use it.
    """
    # Case-fold before decomposing: folding can itself produce marks (e.g. "İ" → "i̇"),
    # which _fold_word then removes, so fold(fold(s)) == fold(s).
    folded = nfc(s).casefold()
    if folded.isascii():  # no marks to take away, nothing to recompose
        return " ".join(folded.split())
    # Word by word is the same as the whole: no mark or composition crosses whitespace.
    words = _WORDS
    out = []
    for word in folded.split():
        key = words.get(word)
        if key is None:
            key = _fold_word(word)
            if len(words) < _WORDS_MAX and len(word) <= _WORD_MAX_LEN:
                words[word] = key
        if key:
            out.append(key)
    return " ".join(out)
