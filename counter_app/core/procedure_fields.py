"""Fields a procedure asks beyond the applicant (the child of a birth, both parties of a marriage …).

The catalog declares them (`FieldSpec`); the intake form renders them; `clean_values` checks what
was typed and gives the values stored in the dossier's payload (`procedure_fields`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, cast

from counter_app.core.datetext import DateTextError, parse_date_text
from counter_app.core.identity import IdentityError, normalize_gender, validate_id_number
from counter_app.core.messages import Message, msg
from counter_app.core.text import clean_text

FieldType = Literal["text", "date", "gender", "id_number"]
FIELD_TYPES: tuple[FieldType, ...] = ("text", "date", "gender", "id_number")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_VALUE = 500
PAYLOAD_KEY = "procedure_fields"

_SPEC_KEYS = frozenset({"key", "label", "type", "required", "note"})


@dataclass(frozen=True)
class FieldSpec:
    """One extra field of a procedure: a stable key, the label the clerk reads, its kind."""

    key: str
    label: str
    type: FieldType = "text"
    required: bool = False
    note: str = ""


class FieldSpecError(ValueError):
    """A field declaration in the catalog is invalid (`path` names the key at fault)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


@dataclass(frozen=True)
class ValueProblem:
    """What is wrong with one typed value: the field's key, a stable rule id, a message."""

    key: str
    rule: str
    msg: Message

    @property
    def message(self) -> str:
        """The Vietnamese text of `msg`."""
        return self.msg.text


def _label_text(obj: Mapping[str, object], key: str, path: str, *, required: bool) -> str:
    value = obj.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise FieldSpecError(f"{path}.{key}", f"expected text, got {type(value).__name__}")
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise FieldSpecError(f"{path}.{key}", "missing" if key not in obj else "must not be empty")
    return text


def parse_field_specs(value: object, path: str = "fields") -> tuple[FieldSpec, ...]:
    """Validate the `fields` list of a catalog procedure; raise FieldSpecError."""
    if value is None:
        return ()
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise FieldSpecError(path, f"expected a list, got {type(value).__name__}")
    specs: list[FieldSpec] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"{path}[{i}]"
        if not isinstance(item, Mapping):
            raise FieldSpecError(where, f"expected an object, got {type(item).__name__}")
        obj = cast(Mapping[str, object], item)
        unknown = sorted(str(k) for k in obj if k not in _SPEC_KEYS)
        if unknown:
            raise FieldSpecError(f"{where}.{unknown[0]}", f"unknown key(s) {', '.join(unknown)}")
        key = obj.get("key")
        if not isinstance(key, str) or not KEY_RE.match(key):
            raise FieldSpecError(f"{where}.key",
                                 f"expected a key like child_full_name (a-z, 0-9, _), got {key!r}")
        if key in seen:
            raise FieldSpecError(f"{where}.key", f"duplicate key {key!r}")
        seen.add(key)
        kind = obj.get("type", "text")
        if kind not in FIELD_TYPES:
            raise FieldSpecError(f"{where}.type",
                                 f"expected one of {', '.join(FIELD_TYPES)}, got {kind!r}")
        required = obj.get("required", False)
        if not isinstance(required, bool):
            raise FieldSpecError(f"{where}.required", f"expected true or false, got {required!r}")
        specs.append(FieldSpec(key=key, label=_label_text(obj, "label", where, required=True),
                               type=kind, required=required,
                               note=_label_text(obj, "note", where, required=False)))
    return tuple(specs)


def field_spec_to_dict(spec: FieldSpec) -> dict[str, object]:
    """The JSON object of one field; parse_field_specs's inverse."""
    return {"key": spec.key, "label": spec.label, "type": spec.type, "required": spec.required,
            "note": spec.note}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _clean_one(spec: FieldSpec, raw: str, today: date) -> tuple[str, ValueProblem | None]:
    text = clean_text(raw)
    if spec.type == "date":
        try:
            value = parse_date_text(text)
        except DateTextError as exc:
            return text, ValueProblem(spec.key, exc.rule, exc.message_for(spec.label))
        if value is not None and value > today:
            return text, ValueProblem(spec.key, "future", msg("fields.future", label=spec.label))
        return ("" if value is None else value.isoformat()), None
    if spec.type == "gender":
        try:
            return normalize_gender(text), None
        except IdentityError as exc:
            return text, ValueProblem(spec.key, exc.code, exc.msg)
    if spec.type == "id_number":
        try:
            return validate_id_number(text), None
        except IdentityError as exc:
            return text, ValueProblem(spec.key, exc.code,
                                      msg("labelled", label=spec.label, problem=exc.msg.as_clause()))
    if len(text) > MAX_VALUE:
        return text, ValueProblem(spec.key, "too_long",
                                  msg("intake.too_long", label=spec.label, limit=MAX_VALUE))
    return text, None


def clean_values(specs: Sequence[FieldSpec], values: Mapping[str, str], today: date,
                 *, require: bool) -> tuple[dict[str, str], list[ValueProblem]]:
    """The values to store (dates as ISO, NFC text), or what is wrong with each field.

    Keys that the procedure does not declare are dropped (typed for another procedure first);
    a required field is only demanded when `require` (receiving, not refusing).
    """
    cleaned: dict[str, str] = {}
    problems: list[ValueProblem] = []
    for spec in specs:
        raw = values.get(spec.key, "")
        if not isinstance(raw, str) or not raw.strip():
            if require and spec.required:
                problems.append(ValueProblem(spec.key, "required",
                                             msg("intake.required", label=_lower_first(spec.label))))

            continue
        value, problem = _clean_one(spec, raw, today)
        if problem is not None:
            problems.append(problem)
        else:
            cleaned[spec.key] = value
    return cleaned, problems
