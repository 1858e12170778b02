"""Unicode normalization and diacritic folding for Vietnamese names, addresses and search."""

from __future__ import annotations

import unicodedata

__all__ = ["clean_text", "fold", "nfc"]

# Non-spacing and enclosing marks: the tones and vowel marks of Vietnamese after NFD.
_MARK_CATEGORIES = frozenset({"Mn", "Me"})


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


def fold(s: str) -> str:
    """Return the search key of ``s``: no diacritics, ``đ``→``d``, case-folded, single spaces.

    ``fold("  Nguyễn Thị ĐÀO ") == "nguyen thi dao"``; NFC and NFD input fold alike.
    """
    # Case-fold before decomposing: folding can itself produce marks (e.g. "İ" → "i̇"),
    # which the decomposition step below then removes, so fold(fold(s)) == fold(s).
    folded = nfc(s).casefold()
    decomposed = unicodedata.normalize("NFD", folded)
    bare = "".join(
        ch
        for ch in decomposed
        if unicodedata.category(ch) not in _MARK_CATEGORIES and not unicodedata.combining(ch)
    )
    # "đ" is a letter of its own, not d + a mark, so NFD leaves it alone.
    bare = bare.replace("đ", "d")
    # Recompose what is left (e.g. Hangul jamo) so the key is NFC like everything we store.
    return _collapse_whitespace(nfc(bare))
