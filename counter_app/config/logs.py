"""The rotating log file, and the filter that masks ID and phone numbers in every record."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_NAME = "counter-app.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Dossier codes ({unit}-{yyMMdd}-{NNNN} as core.codes makes them, and the compact form of the
# barcodes, unit then ten digits) are kept as they are: the support needs them, and the digits of
# a compact code would otherwise look like an ID number ("…H56" + "2511170001"). A compact code
# is told by its unit: a last part starting with a letter (H56) or four parts (Decision 20/2020).
_CODE = (r"(?<![\w.])[0-9A-Za-z.]*[A-Za-z.][0-9A-Za-z.]*-\d{6}-\d{1,4}(?!\d)"
         r"|(?<![\w.])(?:[0-9A-Za-z]+\.)+[A-Za-z][0-9A-Za-z]*?\d{10}(?!\d)"
         r"|(?<![\w.])(?:[0-9A-Za-z]+\.){3}[0-9A-Za-z]*?\d{10}(?!\d)")
# A 12-digit personal identification number (CCCD), not part of a longer run of digits.
_ID = r"(?<!\d)\d{12}(?!\d)"
# A Vietnamese phone number: 0 or +84 / 84, then 9 (mobile) or 10 (landline) digits, with
# optional single spaces, dots or hyphens between digits ("0912 345 678", "+84 912.345.678").
_PHONE = r"(?<![\w+])(?:\+84|84|0)[ .\-]?\d(?:[ .\-]?\d){8,9}(?![\w])"
_PERSONAL = re.compile(f"(?P<code>{_CODE})|(?P<id>{_ID})|(?P<phone>{_PHONE})")


def _mask_digits(text: str, keep_first: int, keep_last: int) -> str:
    """Stars for every digit but the first and last few; separators and '+' stay."""
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    hidden = set(positions[keep_first:len(positions) - keep_last])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def _replace(match: re.Match[str]) -> str:
    text = match.group(0)
    if match.group("code") is not None:
        return text
    if match.group("id") is not None:
        return _mask_digits(text, 4, 2)  # 0382******45
    return _mask_digits(text, 4 if text.startswith(("+", "84")) else 3, 2)  # 091* *** *78


def mask_text(text: str) -> str:
    """`text` with every ID number and phone number masked; dossier codes untouched."""
    return _PERSONAL.sub(_replace, text)


class PersonalDataFilter(logging.Filter):
    """Masks personal data in the message, its arguments, the exception text and the stack.

    The record is rewritten in place (message formatted, arguments dropped), so every handler
    after this one sees the masked text too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a message whose arguments do not fit it
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = mask_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


def install(folder: Path, level: str = "INFO", max_kb: int = 1024,
            backups: int = 5) -> logging.Handler:
    """Attach a rotating, masked log file in `folder` to the root logger; return the handler."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=max_kb * 1024, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.getEffectiveLevel() > handler.level:
        root.setLevel(handler.level)
    return handler


def uninstall(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


def log_files(folder: Path) -> list[Path]:
    """The current log file and its rotated copies, newest first."""
    found = [p for p in folder.glob(LOG_NAME + "*") if p.is_file()]
    return sorted(found, key=lambda p: (p.name != LOG_NAME, len(p.name), p.name))
