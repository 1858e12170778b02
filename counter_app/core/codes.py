"""Dossier codes ``{unit}-{yyMMdd}-{NNNN}``: format, parse, and offline-safe allocation.

A dossier code such as ``000.00.06.H56-231027-0361`` is the receiving unit's identifier
(Decision 20/2020/QĐ-TTg), the receipt date and a four-digit sequence that restarts every
day for the unit. It is printed on the slip and in its barcode, so it must be unique across
every counter of the unit without asking the central system (counters work offline), must
never change once printed, and must never be reused, not even after a crash.

How uniqueness holds without the network
----------------------------------------
The daily sequence 0001–9999 of a unit is cut into *lanes*. At enrollment the administrator
gives each counter PC its own lane (:func:`lane_for_counter`: counter 1 → 0001–0500,
counter 2 → 0501–1000, …; with the default width 19 full lanes fit and a 20th, trimmed,
is 9501–9999). Two counters never share a lane, so they can never produce the same
sequence on the same day; the date inside the code separates days.

Within its lanes a counter issues strictly increasing numbers: :func:`next_code` takes the
last number the counter issued that day (``last_issued``) and never returns a number
``<= last_issued``. Storage keeps ``last_issued`` per day and writes it **in the same SQLite
transaction** as the dossier that uses the code, so after a crash either both are on disk
(the next code is higher) or neither is (the code was never printed, because printing comes
after the commit). Nothing here touches a clock or a disk: the caller passes the day and the
persisted ``last_issued``.

When a lane is used up
----------------------
A counter that has used every number of its lane cannot issue another code that day in
that lane: :func:`next_code` raises :class:`LaneExhaustedError` with a message telling the
clerk to call the administrator. The administrator then assigns the counter a spare lane
(one nobody else holds, e.g. the lane of an unused counter number) *above* its current ones,
and the counter allocates with :func:`next_code_in_lanes`, which moves to the next lane of
its ordered list when one is exhausted. Spare lanes must lie above the lanes already used
so that numbers keep increasing and ``last_issued`` alone says where the counter stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from counter_app.core.messages import Message, msg

__all__ = [
    "MAX_SEQ",
    "CodeError",
    "CodeLane",
    "DossierCode",
    "LaneExhaustedError",
    "expand_code",
    "format_code",
    "lane_for_counter",
    "next_code",
    "next_code_in_lanes",
    "code_from_scan",
    "compact_code",
    "parse_code",
    "validate_unit_code",
]

MIN_SEQ = 1
MAX_SEQ = 9999
DEFAULT_LANE_WIDTH = 500


class CodeError(ValueError):
    """A dossier code or unit identifier was rejected, or no code can be issued.

    ``str(error)`` is Vietnamese for the clerk; ``code`` is a stable English identifier.
    """

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message.text)
        self.code = code
        self.msg = message
        self.message = message.text


class LaneExhaustedError(CodeError):
    """The counter has issued every number of its lanes for the day."""

    def __init__(self, day: date, lanes: Sequence[CodeLane]) -> None:
        ranges = ", ".join(f"{lane.first:04d}–{lane.last:04d}" for lane in lanes)
        super().__init__("lane_exhausted",
                         msg("code.lane_exhausted", ranges=ranges, day=f"{day:%d/%m/%Y}"))
        self.day = day
        self.lanes = tuple(lanes)


@dataclass(frozen=True, order=True)
class CodeLane:
    """An inclusive range ``first..last`` of the daily sequence owned by one counter."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if not MIN_SEQ <= self.first <= self.last <= MAX_SEQ:
            raise ValueError(
                f"a code lane must satisfy {MIN_SEQ} <= first <= last <= {MAX_SEQ}, "
                f"got {self.first}..{self.last}"
            )

    def __contains__(self, seq: object) -> bool:
        return isinstance(seq, int) and self.first <= seq <= self.last

    def __len__(self) -> int:
        return self.last - self.first + 1


def lane_for_counter(counter_no: int, lane_width: int = DEFAULT_LANE_WIDTH) -> CodeLane:
    """Return the lane of counter number ``counter_no`` (1-based) for lanes of ``lane_width``.

    The last lane is trimmed at 9999; a counter number whose lane would start beyond 9999
    raises ``ValueError``.
    """
    if not MIN_SEQ <= lane_width <= MAX_SEQ:
        raise ValueError(f"lane width must be in {MIN_SEQ}..{MAX_SEQ}, got {lane_width}")
    max_counter = (MAX_SEQ - 1) // lane_width + 1
    if not 1 <= counter_no <= max_counter:
        raise ValueError(
            f"counter number must be in 1..{max_counter} for lanes of {lane_width}, "
            f"got {counter_no}"
        )
    first = (counter_no - 1) * lane_width + 1
    return CodeLane(first, min(first + lane_width - 1, MAX_SEQ))


# Printable ASCII without space and '-': '-' separates the parts of a dossier code, and the
# code goes into a Code 128 barcode, which carries ASCII only.
_UNIT_CODE = re.compile(r"[\x21-\x2c\x2e-\x7e]+", re.ASCII)
_CODE = re.compile(r"(?P<unit>[^-]+)-(?P<day>[0-9]{6})-(?P<seq>[0-9]{4})", re.ASCII)
# The compact barcode form: the code without its two hyphens. The last ten characters are
# always yyMMdd + NNNN, so the code comes back exactly; the unit part must hold a "." (every
# Decision 20/2020 identifier does), so a bare number scanned by mistake is never a code.
_COMPACT = re.compile(r"(?P<unit>[^-]*\.[^-]*?)(?P<day>[0-9]{6})(?P<seq>[0-9]{4})", re.ASCII)


def validate_unit_code(code: str) -> str:
    """Return ``code`` if it can be the unit part of a dossier code, else raise CodeError.

    Permissive about the Decision 20/2020/QĐ-TTg shapes (``000.00.06.H56``, ``G01.xx``…);
    rejects empty codes, spaces, ``-`` and non-ASCII characters.
    """
    if not code:
        raise CodeError("unit_empty", msg("code.unit_empty"))
    if any(ch.isspace() for ch in code):
        raise CodeError("unit_space", msg("code.unit_space", code=code))
    if "-" in code:
        raise CodeError("unit_dash", msg("code.unit_dash", code=code))
    if _UNIT_CODE.fullmatch(code) is None:
        raise CodeError("unit_chars", msg("code.unit_chars", code=code))
    return code


def _check_day(day: date) -> None:
    # Only two digits of the year are printed: keep to the century parse_code reads back.
    if not 2000 <= day.year <= 2099:
        raise CodeError("code_year", msg("code.year", year=day.year))


def _check_seq(seq: int) -> None:
    if not MIN_SEQ <= seq <= MAX_SEQ:
        raise CodeError("code_seq", msg("code.seq", seq=seq))


@dataclass(frozen=True)
class DossierCode:
    """The three parts of a dossier code."""

    unit_code: str
    day: date
    seq: int

    def __str__(self) -> str:
        return format_code(self.unit_code, self.day, self.seq)


def format_code(unit_code: str, day: date, seq: int) -> str:
    """Return ``{unit_code}-{yyMMdd}-{seq:04d}``, e.g. ``000.00.06.H56-231027-0361``."""
    validate_unit_code(unit_code)
    _check_day(day)
    _check_seq(seq)
    return f"{unit_code}-{day:%y%m%d}-{seq:04d}"


def parse_code(code: str) -> DossierCode:
    """Split a dossier code into its parts; strict (no surrounding spaces, real date)."""
    match = _CODE.fullmatch(code)
    if match is None:
        raise CodeError("code_format", msg("code.format", code=code))
    unit_code = validate_unit_code(match["unit"])
    day_text = match["day"]
    try:
        day = date(2000 + int(day_text[:2]), int(day_text[2:4]), int(day_text[4:]))
    except ValueError:
        raise CodeError("code_date", msg("code.date", code=code, day=day_text)) from None
    seq = int(match["seq"])
    _check_seq(seq)
    return DossierCode(unit_code, day, seq)


_SHORT_FORMS = (
    re.compile(r"(?P<day>[0-9]{6})-(?P<seq>[0-9]{1,4})", re.ASCII),  # 261202-0006, 261202-6
    re.compile(r"(?P<day>[0-9]{6})(?P<seq>[0-9]{4})", re.ASCII),  # 2612020006
    re.compile(r"(?P<seq>[0-9]{1,4})", re.ASCII),  # 0006 or 6: today's
)


def expand_code(text: str, unit_code: str, today: date) -> str:
    """The whole code of this unit's dossier from what a clerk typed; raise CodeError if none.

    Accepts the full code (the unit part in any letter case), the date and number without the
    unit (``261202-0006``, ``2612020006``), or the number alone for a dossier of ``today``
    (``0006``, ``6``). Spaces anywhere are ignored (scanners may add CR/LF).
    """
    compact = "".join(text.split())
    if compact.count("-") >= 2:  # the full code: the unit part holds no "-"
        parsed = parse_code(compact)
        unit = unit_code if parsed.unit_code.casefold() == unit_code.casefold() else parsed.unit_code
        return format_code(unit, parsed.day, parsed.seq)
    for form in _SHORT_FORMS:
        match = form.fullmatch(compact)
        if match is None:
            continue
        day_text = match.groupdict().get("day")
        day = today
        if day_text is not None:
            try:
                day = date(2000 + int(day_text[:2]), int(day_text[2:4]), int(day_text[4:]))
            except ValueError:
                raise CodeError("code_date", msg("code.date", code=compact, day=day_text)) from None
        return format_code(unit_code, day, int(match["seq"]))
    raise CodeError("code_format", msg("code.typed_format", code=compact,
                                       example_full=f"{unit_code}-{today:%y%m%d}-0001",
                                       example_day=f"{today:%y%m%d}-0001"))

def compact_code(code: str) -> str:
    """The code without its hyphens, for a barcode that must be short (the 72 mm thermal
    slip): ``000.00.06.H56-231027-0361`` → ``000.00.06.H562310270361``."""
    parsed = parse_code(code)
    return f"{parsed.unit_code}{parsed.day:%y%m%d}{parsed.seq:04d}"


def code_from_scan(text: str) -> str:
    """The dossier code a scanner read: the code itself or its :func:`compact_code` form
    (surrounding whitespace ignored); CodeError when it is neither."""
    text = text.strip()
    match = _COMPACT.fullmatch(text)
    if match is not None and "-" not in text:
        text = f"{match['unit']}-{match['day']}-{match['seq']}"
    return str(parse_code(text))


def _check_last_issued(last_issued: int | None) -> None:
    if last_issued is not None and last_issued < 0:
        raise ValueError(f"last_issued cannot be negative, got {last_issued}")


def next_code(
    unit_code: str, day: date, lane: CodeLane, last_issued: int | None
) -> tuple[str, int]:
    """Return ``(code, seq)`` for the next dossier of this counter on ``day`` within ``lane``.

    ``last_issued`` is the last sequence number the counter issued on ``day`` (``None`` if
    none yet); the result is always greater. Raises :class:`LaneExhaustedError` when the lane
    has no number left: the counter cannot issue another code that day in that lane until
    the administrator assigns a spare lane (see :func:`next_code_in_lanes`).
    """
    return next_code_in_lanes(unit_code, day, (lane,), last_issued)


def next_code_in_lanes(
    unit_code: str, day: date, lanes: Sequence[CodeLane], last_issued: int | None
) -> tuple[str, int]:
    """Like :func:`next_code`, moving on to the next of ``lanes`` when one is exhausted.

    ``lanes`` must be in increasing order and must not overlap, so that the numbers a
    counter issues in a day increase strictly across lanes.
    """
    if not lanes:
        raise ValueError("a counter needs at least one code lane")
    for lower, upper in zip(lanes, lanes[1:]):
        if upper.first <= lower.last:
            raise ValueError(f"code lanes must increase and not overlap: {lower}, {upper}")
    _check_last_issued(last_issued)
    validate_unit_code(unit_code)
    _check_day(day)
    floor = MIN_SEQ if last_issued is None else last_issued + 1
    for lane in lanes:
        seq = max(floor, lane.first)
        if seq <= lane.last:
            return format_code(unit_code, day, seq), seq
    raise LaneExhaustedError(day, lanes)
