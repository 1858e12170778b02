"""The catalog's JSON form: parsing with an exact error for every fault, and writing it back."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import time
from typing import NoReturn, cast

from counter_app.core.deadlines import DURATION_UNITS, Duration
from counter_app.core.fees import FEE_BASES, FeeTier
from counter_app.core.procedure_fields import (
    FieldSpec, FieldSpecError, field_spec_to_dict, parse_field_specs,
)
from counter_app.core.procedures import (
    CODE_RE, FEE_KINDS, LEVELS, Catalog, CatalogError, ComponentSpec, DurationCase,
    Fee, Procedure,
)

_CUTOFF_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")

_CATALOG_KEYS = frozenset({"version", "demo", "note", "procedures"})
_PROCEDURE_KEYS = frozenset(
    {
        "code",
        "name",
        "field",
        "level",
        "duration",
        "same_day_cutoff",
        "resolving_agency",
        "components",
        "fees",
        "online_duration",
        "demo",
        "keywords",
        "fields",
        "duration_cases",
    }
)
_PROCEDURE_REQUIRED = ("code", "name", "field", "level", "duration", "resolving_agency")
_COMPONENT_KEYS = frozenset({"name", "required", "original", "certified", "photo", "note"})
_FEE_KEYS = frozenset({"name", "amount_vnd", "kind", "per", "note",
                       "basis", "tiers", "max_per_copy_vnd"})
_TIER_KEYS = frozenset({"from", "amount_vnd"})
_DURATION_KEYS = frozenset({"value", "unit"})
_CASE_KEYS = frozenset({"key", "name", "duration"})


class _Ctx:
    """Where we are in the document, so every error names the procedure and the field."""

    def __init__(self, code: str | None) -> None:
        self.code = code

    def fail(self, path: str, message: str) -> NoReturn:
        raise CatalogError(message, code=self.code, field=path)


def _nfc(text: str) -> str:
    # Some Vietnamese input methods produce decomposed marks; store NFC only.
    return unicodedata.normalize("NFC", text).strip()


def _mapping(value: object, ctx: _Ctx, path: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        ctx.fail(path, f"expected an object, got {type(value).__name__}")
    return cast(Mapping[str, object], value)


def _check_keys(obj: Mapping[str, object], allowed: frozenset[str], ctx: _Ctx, path: str) -> None:
    # Unknown keys are rejected: a misspelt "same_day_cutof" must not silently drop a cut-off.
    unknown = sorted(str(k) for k in obj if k not in allowed)
    if unknown:
        where = f"{path}.{unknown[0]}" if path else unknown[0]
        ctx.fail(where, f"unknown key(s) {', '.join(unknown)}")


def _text(obj: Mapping[str, object], key: str, ctx: _Ctx, path: str, *, required: bool) -> str:
    where = f"{path}.{key}" if path else key
    if key not in obj or obj[key] is None:
        if required:
            ctx.fail(where, "missing")
        return ""
    value = obj[key]
    if not isinstance(value, str):
        ctx.fail(where, f"expected text, got {type(value).__name__}")
    text = _nfc(value)
    if required and not text:
        ctx.fail(where, "must not be empty")
    return text


def _bool(obj: Mapping[str, object], key: str, ctx: _Ctx, path: str, default: bool | None) -> bool:
    where = f"{path}.{key}" if path else key
    if key not in obj:
        if default is None:
            ctx.fail(where, "missing")
        return default
    value = obj[key]
    if not isinstance(value, bool):
        ctx.fail(where, f"expected true or false, got {value!r}")
    return value


def _count(obj: Mapping[str, object], key: str, ctx: _Ctx, path: str) -> int:
    where = f"{path}.{key}"
    value = obj.get(key, 0)
    # bool is an int subclass; "true" copies is a data error, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        ctx.fail(where, f"expected a whole number, got {value!r}")
    if value < 0:
        ctx.fail(where, f"must be >= 0, got {value}")
    return value


def _duration(value: object, ctx: _Ctx, path: str) -> Duration:
    obj = _mapping(value, ctx, path)
    _check_keys(obj, _DURATION_KEYS, ctx, path)
    if "unit" not in obj:
        ctx.fail(f"{path}.unit", "missing")
    unit = obj["unit"]
    if unit not in DURATION_UNITS:
        ctx.fail(f"{path}.unit", f"unknown unit {unit!r}; expected one of {', '.join(DURATION_UNITS)}")
    if "value" not in obj:
        ctx.fail(f"{path}.value", "missing")
    amount = obj["value"]
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or not math.isfinite(amount):
        ctx.fail(f"{path}.value", f"expected a number, got {amount!r}")
    if amount < 0:
        ctx.fail(f"{path}.value", f"must be >= 0, got {amount}")
    return Duration(value=amount, unit=unit)


def _cutoff(value: object, ctx: _Ctx) -> time | None:
    if value is None:
        return None
    if not isinstance(value, str):
        ctx.fail("same_day_cutoff", f"expected \"HH:MM\" or null, got {value!r}")
    match = _CUTOFF_RE.match(value.strip())
    if match is None:
        ctx.fail("same_day_cutoff", f"expected \"HH:MM\" (24-hour), got {value!r}")
    return time(int(match.group(1)), int(match.group(2)))


def _component(value: object, ctx: _Ctx, path: str) -> ComponentSpec:
    obj = _mapping(value, ctx, path)
    _check_keys(obj, _COMPONENT_KEYS, ctx, path)
    return ComponentSpec(
        name=_text(obj, "name", ctx, path, required=True),
        required=_bool(obj, "required", ctx, path, default=None),
        original=_count(obj, "original", ctx, path),
        certified=_count(obj, "certified", ctx, path),
        photo=_count(obj, "photo", ctx, path),
        note=_text(obj, "note", ctx, path, required=False),
    )


def _fee(value: object, ctx: _Ctx, path: str) -> Fee:
    obj = _mapping(value, ctx, path)
    _check_keys(obj, _FEE_KEYS, ctx, path)
    name = _text(obj, "name", ctx, path, required=True)
    amount = obj.get("amount_vnd")
    if isinstance(amount, bool) or not isinstance(amount, int):
        ctx.fail(f"{path}.amount_vnd", f"expected a whole number of đồng, got {amount!r}")
    if amount < 0:
        ctx.fail(f"{path}.amount_vnd", f"must be >= 0, got {amount}")
    kind = obj.get("kind", "le_phi")
    if kind not in FEE_KINDS:
        ctx.fail(f"{path}.kind", f"expected one of {', '.join(FEE_KINDS)}, got {kind!r}")
    basis = obj.get("basis", "flat")
    if basis not in FEE_BASES:
        ctx.fail(f"{path}.basis", f"expected one of {', '.join(FEE_BASES)}, got {basis!r}")
    return Fee(
        name=name,
        amount_vnd=amount,
        kind=kind,
        per=_text(obj, "per", ctx, path, required=False),
        note=_text(obj, "note", ctx, path, required=False),
        basis=basis,
        tiers=_tiers(obj, basis, ctx, path),
        max_per_copy_vnd=_cap(obj, basis, ctx, path),
    )


def _vnd(value: object, ctx: _Ctx, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        ctx.fail(where, f"expected a whole number of đồng, got {value!r}")
    if value < 0:
        ctx.fail(where, f"must be >= 0, got {value}")
    return value


def _tiers(obj: Mapping[str, object], basis: str, ctx: _Ctx, path: str) -> tuple[FeeTier, ...]:
    raw = obj.get("tiers") or []
    where = f"{path}.tiers"
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence):
        ctx.fail(where, f"expected a list, got {type(raw).__name__}")
    if raw and basis == "flat":
        ctx.fail(where, "a flat fee has no tiers (basis per_copy or per_page)")
    tiers: list[FeeTier] = []
    for i, item in enumerate(raw):
        tier = _mapping(item, ctx, f"{where}[{i}]")
        _check_keys(tier, _TIER_KEYS, ctx, f"{where}[{i}]")
        start = tier.get("from")
        if isinstance(start, bool) or not isinstance(start, int) or start < 2:
            ctx.fail(f"{where}[{i}].from", f"expected the page/copy number (>= 2), got {start!r}")
        if tiers and start <= tiers[-1].from_unit:
            ctx.fail(f"{where}[{i}].from", "tiers must start at increasing numbers")
        tiers.append(FeeTier(start, _vnd(tier.get("amount_vnd"), ctx, f"{where}[{i}].amount_vnd")))
    return tuple(tiers)


def _cap(obj: Mapping[str, object], basis: str, ctx: _Ctx, path: str) -> int | None:
    if obj.get("max_per_copy_vnd") is None:
        return None
    if basis != "per_page":
        ctx.fail(f"{path}.max_per_copy_vnd", "only a per_page fee is capped per copy")
    return _vnd(obj["max_per_copy_vnd"], ctx, f"{path}.max_per_copy_vnd")


def _fields(value: object, ctx: _Ctx) -> tuple[FieldSpec, ...]:
    try:
        return parse_field_specs(value)
    except FieldSpecError as exc:
        ctx.fail(exc.path, exc.message)


def _list(obj: Mapping[str, object], key: str, ctx: _Ctx) -> Sequence[object]:
    value = obj.get(key, [])
    if value is None:
        return ()
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        ctx.fail(key, f"expected a list, got {type(value).__name__}")
    return value


def _cases(obj: Mapping[str, object], duration: Duration, ctx: _Ctx) -> tuple[DurationCase, ...]:
    """``duration_cases``: the first is the common case and must equal ``duration``."""
    cases: list[DurationCase] = []
    for i, item in enumerate(_list(obj, "duration_cases", ctx)):
        path = f"duration_cases[{i}]"
        case = _mapping(item, ctx, path)
        _check_keys(case, _CASE_KEYS, ctx, path)
        if "duration" not in case:
            ctx.fail(f"{path}.duration", "missing")
        cases.append(DurationCase(key=_text(case, "key", ctx, path, required=True),
                                  name=_text(case, "name", ctx, path, required=True),
                                  duration=_duration(case["duration"], ctx, f"{path}.duration")))
    if cases and cases[0].duration != duration:
        ctx.fail("duration_cases[0].duration", "the first case is the default and must equal"
                 " the procedure's duration")
    keys = [c.key for c in cases]
    if len(set(keys)) != len(keys):
        ctx.fail("duration_cases", "case keys must be unique")
    return tuple(cases)


def parse_procedure(data: Mapping[str, object], *, default_demo: bool = True) -> Procedure:
    """Validate one procedure object of the catalog JSON."""
    raw_code = data.get("code") if isinstance(data, Mapping) else None
    ctx = _Ctx(raw_code.strip() if isinstance(raw_code, str) else None)
    obj = _mapping(data, ctx, "")
    _check_keys(obj, _PROCEDURE_KEYS, ctx, "")
    for key in _PROCEDURE_REQUIRED:
        if key not in obj or obj[key] is None:
            ctx.fail(key, "missing")
    code = obj["code"]
    if not isinstance(code, str) or not CODE_RE.match(code.strip()):
        ctx.fail("code", f"expected the national code d.dddddd (e.g. 2.000815), got {code!r}")
    code = code.strip()

    level = obj["level"]
    if level not in LEVELS:
        hint = " (there is no district level since 1 July 2025)" if level == "district" else ""
        ctx.fail("level", f"expected province or commune, got {level!r}{hint}")

    online = obj.get("online_duration")
    duration = _duration(obj["duration"], ctx, "duration")
    return Procedure(
        code=code,
        name=_text(obj, "name", ctx, "", required=True),
        field=_text(obj, "field", ctx, "", required=True),
        level=level,
        duration=duration,
        same_day_cutoff=_cutoff(obj.get("same_day_cutoff"), ctx),
        components=tuple(
            _component(item, ctx, f"components[{i}]") for i, item in enumerate(_list(obj, "components", ctx))
        ),
        fees=tuple(_fee(item, ctx, f"fees[{i}]") for i, item in enumerate(_list(obj, "fees", ctx))),
        resolving_agency=_text(obj, "resolving_agency", ctx, "", required=True),
        online_duration=None if online is None else _duration(online, ctx, "online_duration"),
        demo=_bool(obj, "demo", ctx, "", default=default_demo),
        keywords=_text(obj, "keywords", ctx, "", required=False),
        fields=_fields(obj.get("fields"), ctx),
        duration_cases=_cases(obj, duration, ctx),
    )


def parse_catalog(data: Mapping[str, object]) -> Catalog:
    """Validate a catalog document (the JSON shape in resources/catalog/README.md)."""
    top = _Ctx(None)
    obj = _mapping(data, top, "catalog")
    _check_keys(obj, _CATALOG_KEYS, top, "")
    version = _text(obj, "version", top, "", required=True)
    demo = _bool(obj, "demo", top, "", default=False)
    note = _text(obj, "note", top, "", required=False)
    raw = obj.get("procedures")
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Sequence):
        top.fail("procedures", "expected a list of procedures")
    procedures: list[Procedure] = []
    seen: set[str] = set()
    for item in raw:
        proc = parse_procedure(cast(Mapping[str, object], item), default_demo=demo)
        if proc.code in seen:
            raise CatalogError("duplicate procedure code", code=proc.code, field="code")
        seen.add(proc.code)
        procedures.append(proc)
    return Catalog(procedures=tuple(procedures), version=version, demo=demo, note=note)


# ------------------------------------------------------------------------ serializing


def _duration_to_dict(duration: Duration) -> dict[str, object]:
    return {"value": duration.value, "unit": duration.unit}


def procedure_to_dict(proc: Procedure) -> dict[str, object]:
    """The JSON object of one procedure; parse_procedure's inverse."""
    return {
        "code": proc.code,
        "name": proc.name,
        "field": proc.field,
        "level": proc.level,
        "duration": _duration_to_dict(proc.duration),
        "same_day_cutoff": None if proc.same_day_cutoff is None else proc.same_day_cutoff.strftime("%H:%M"),
        "resolving_agency": proc.resolving_agency,
        "components": [
            {
                "name": c.name,
                "required": c.required,
                "original": c.original,
                "certified": c.certified,
                "photo": c.photo,
                "note": c.note,
            }
            for c in proc.components
        ],
        "fees": [_fee_to_dict(f) for f in proc.fees],
        "online_duration": None if proc.online_duration is None else _duration_to_dict(proc.online_duration),
        "demo": proc.demo,
        "keywords": proc.keywords,
        # Written only when used: a catalog without them reads the same as before.
        **({"fields": [field_spec_to_dict(f) for f in proc.fields]} if proc.fields else {}),
        **({"duration_cases": [{"key": c.key, "name": c.name,
                                "duration": _duration_to_dict(c.duration)}
                               for c in proc.duration_cases]} if proc.duration_cases else {}),
    }


def _fee_to_dict(fee: Fee) -> dict[str, object]:
    out: dict[str, object] = {"name": fee.name, "amount_vnd": fee.amount_vnd, "kind": fee.kind,
                              "per": fee.per, "note": fee.note}
    if fee.basis != "flat":  # written only when used, as "fields" above
        out["basis"] = fee.basis
    if fee.tiers:
        out["tiers"] = [{"from": t.from_unit, "amount_vnd": t.amount_vnd} for t in fee.tiers]
    if fee.max_per_copy_vnd is not None:
        out["max_per_copy_vnd"] = fee.max_per_copy_vnd
    return out


def catalog_to_dict(catalog: Catalog) -> dict[str, object]:
    """The JSON document of a catalog; parse_catalog's inverse."""
    return {
        "version": catalog.version,
        "demo": catalog.demo,
        "note": catalog.note,
        "procedures": [procedure_to_dict(p) for p in catalog.procedures],
    }
