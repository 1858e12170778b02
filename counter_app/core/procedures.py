"""The procedure catalog (danh mục TTHC): procedures, components, fees (its JSON form: catalog_json)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import time
from typing import Literal, cast

from counter_app.core.deadlines import Duration
from counter_app.core.fees import FeeBasis, FeeTier
from counter_app.core.messages import msg
from counter_app.core.procedure_fields import (
    FieldSpec,
)

CopyKind = Literal["original", "certified", "photo"]  # bản chính / bản chứng thực / bản photo
COPY_KINDS: tuple[CopyKind, ...] = ("original", "certified", "photo")

Level = Literal["province", "commune"]
# Districts were abolished on 1 July 2025: only these two levels exist.
LEVELS: tuple[Level, ...] = ("province", "commune")

FeeKind = Literal["phi", "le_phi"]
FEE_KINDS: tuple[FeeKind, ...] = ("phi", "le_phi")

# Only the short national code; local suffixes (".000.00.00.H12") belong to a province's
# own system and would split one procedure into many across provinces.
CODE_RE = re.compile(r"^\d\.\d{6}$")


class CatalogError(ValueError):
    """A catalog is invalid; names the procedure code and the field at fault when known."""

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None) -> None:
        self.code = code
        self.field = field
        self.reason = message
        where = []
        if code is not None:
            where.append(f"procedure {code}")
        if field is not None:
            where.append(f"field {field!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class UnknownProcedureError(CatalogError, KeyError):
    """No procedure with that code in the catalog (a KeyError too, for mapping-style callers)."""

    def __str__(self) -> str:
        # KeyError.__str__ would quote the whole message.
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class ComponentSpec:
    """One document of a dossier (thành phần hồ sơ) with the number of copies of each kind."""

    name: str
    required: bool
    original: int = 0
    certified: int = 0
    photo: int = 0
    note: str = ""

    def count(self, kind: CopyKind) -> int:
        """Number of copies of the given kind."""
        return cast(int, getattr(self, kind))


@dataclass(frozen=True)
class Fee:
    """A fee (phí) or charge (lệ phí) payable for a procedure."""

    name: str
    amount_vnd: int
    kind: FeeKind = "le_phi"
    per: str = ""  # e.g. "trang", "bản", "hồ sơ"
    note: str = ""
    # How the amount grows (core.fees): flat, per copy, or per page of each copy; `tiers`
    # change the unit price from a given page (or copy) on; a per-page fee may be capped per copy.
    basis: FeeBasis = "flat"
    tiers: tuple[FeeTier, ...] = ()
    max_per_copy_vnd: int | None = None


@dataclass(frozen=True)
class DurationCase:
    """One of a procedure's statutory times that depends on the case, e.g. ½ working day when
    the data is in the national population database, 3 when it must be verified."""

    key: str
    name: str
    duration: Duration


@dataclass(frozen=True)
class Procedure:
    """An administrative procedure (TTHC) as the counter needs it.

    ``duration`` is the usual time; when ``duration_cases`` lists several, the clerk picks
    one at intake and ``duration`` is the first (the common case, the default).
    """

    code: str
    name: str
    field: str
    level: Level
    duration: Duration
    same_day_cutoff: time | None
    components: tuple[ComponentSpec, ...]
    fees: tuple[Fee, ...]
    resolving_agency: str
    online_duration: Duration | None = None
    demo: bool = True
    keywords: str = ""
    fields: tuple[FieldSpec, ...] = ()  # asked beyond the applicant (core.procedure_fields)
    duration_cases: tuple[DurationCase, ...] = ()

    def duration_for(self, case: str = "") -> Duration:
        """The statutory time of ``case`` (a DurationCase key); "" is the default case.

        Raises UnknownDurationCaseError for a key the procedure does not have.
        """
        if not case:
            return self.duration
        for item in self.duration_cases:
            if item.key == case:
                return item.duration
        raise UnknownDurationCaseError(self.code, case)


class UnknownDurationCaseError(CatalogError):
    """The chosen duration case is not one of the procedure's."""

    def __init__(self, code: str, case: str) -> None:
        self.msg = msg("catalog.duration_case", code=code, case=case)
        super().__init__(self.msg.text, code=code, field="duration_case")



@dataclass(frozen=True)
class Catalog:
    """A versioned set of procedures with lookup by code."""

    procedures: tuple[Procedure, ...]
    version: str
    demo: bool = False
    note: str = ""
    _index: Mapping[str, Procedure] = dataclass_field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, Procedure] = {}
        for proc in self.procedures:
            if proc.code in index:
                raise CatalogError("duplicate procedure code", code=proc.code, field="code")
            index[proc.code] = proc
        # Frozen dataclass: the index is derived state, set once here.
        object.__setattr__(self, "_index", index)

    def by_code(self, code: str) -> Procedure:
        """The procedure with this code; UnknownProcedureError if absent."""
        try:
            return self._index[code]
        except KeyError:
            raise UnknownProcedureError("no such procedure in the catalog", code=code) from None

    def get(self, code: str) -> Procedure | None:
        """The procedure with this code, or None."""
        return self._index.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self._index

    def __iter__(self) -> Iterator[Procedure]:
        return iter(self.procedures)

    def __len__(self) -> int:
        return len(self.procedures)

    def fields(self) -> tuple[str, ...]:
        """Distinct fields (lĩnh vực), sorted."""
        return tuple(sorted({p.field for p in self.procedures}))
