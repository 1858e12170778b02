"""The message templates (templates.toml, data): which fields each kind needs, and its SMS text."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from counter_app.core.timeutil import to_vn

TEMPLATES = Path(__file__).with_name("templates.toml")
KINDS = ("received", "result_ready", "supplement_needed", "apology")
# What a template may ask for: nothing personal (no name, ID or address).
FIELDS = ("ma_ho_so", "thu_tuc", "ngay_hen_tra")
MAX_PROCEDURE = 80


class TemplateError(ValueError):
    """The templates file is not usable (says which kind and why)."""


@dataclass(frozen=True)
class Template:
    kind: str
    fields: tuple[str, ...]
    sms: str

    def render(self, params: dict[str, str]) -> str:
        return self.sms.format(**{k: params.get(k, "") for k in self.fields})


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def parse(data: dict[str, Any]) -> dict[str, Template]:
    """Check every kind is there, asks only for known fields, and its text uses only those."""
    out: dict[str, Template] = {}
    for kind in KINDS:
        entry = data.get(kind)
        if not isinstance(entry, dict):
            raise TemplateError(f"{kind}: missing")
        fields = entry.get("fields")
        sms = entry.get("sms")
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise TemplateError(f"{kind}.fields: a list of field names")
        unknown = sorted(set(fields) - set(FIELDS))
        if unknown:
            raise TemplateError(f"{kind}.fields: unknown {', '.join(unknown)} "
                                f"(one of {', '.join(FIELDS)})")
        if not isinstance(sms, str) or not sms.strip():
            raise TemplateError(f"{kind}.sms: text required")
        try:
            undeclared = sorted(_placeholders(sms) - set(fields))
        except ValueError as error:
            raise TemplateError(f"{kind}.sms: {error}") from None
        if undeclared:
            raise TemplateError(f"{kind}.sms: {', '.join(undeclared)} not in fields")
        out[kind] = Template(kind, tuple(fields), sms)
    return out


@lru_cache(maxsize=4)
def load(path: Path = TEMPLATES) -> dict[str, Template]:
    with path.open("rb") as handle:
        return parse(tomllib.load(handle))


def _when(value: datetime | None) -> str:
    return "" if value is None else f"{to_vn(value):%H:%M %d/%m/%Y}"


def params_for(template: Template, code: str, procedure_name: str,
               appointment: datetime | None) -> dict[str, str]:
    """Only the fields `template` names: what is stored with the message and sent."""
    every = {"ma_ho_so": code, "thu_tuc": procedure_name[:MAX_PROCEDURE],
             "ngay_hen_tra": _when(appointment)}
    return {k: every[k] for k in template.fields}
