"""The intake form's state as a plain dict (autosaved as a draft) and its IntakeDraft (pure, no Qt).

The state keeps what the clerk typed, as typed (a half-typed birth date too), so a restored draft
shows exactly the screen that was lost. `to_draft` turns it into the data the services check.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from counter_app.core.datetext import DateTextError, format_date, parse_date_text
from counter_app.core.dossier import FEE_PAYMENTS, Applicant, AuthorizedPerson, Component
from counter_app.core.intake import NOTIFY_CHANNELS, IntakeDraft
from counter_app.core.procedure_fields import KEY_RE, MAX_VALUE

VERSION = 1
# What a counter offers: online submissions and online returns are the portal's.
COUNTER_CHANNELS = ("direct", "postal")
COUNTER_RETURN_METHODS = ("counter", "post")

APPLICANT_KEYS = ("full_name", "id_number", "birth_date", "gender", "address", "phone", "email")
COUNT_KINDS = ("original", "certified", "photo")

_OPTION_DEFAULTS: dict[str, Any] = {
    "channel": "direct", "sets": 1, "return_method": "counter", "return_address": "",
    "copies": 1, "pages": 1, "fee_vnd": 0, "fee_manual": False, "fee_payment": "none",
    "authorized": False, "authorized_name": "", "authorized_id": "", "authorized_document": "",
    "note": "", "duration_case": "", "notify_channel": "none",
}
# The birth date is not a real dd/mm/yyyy date: its `rule` tells a bad form from a day that
# does not exist (31/02), so the form can say which.
BirthDateError = DateTextError


def parse_birth_date(text: str) -> date | None:
    """"15/03/2003", "15-3-2003", "15.03.2003" or "15032003" → date; "" → None."""
    return parse_date_text(text)


def format_birth_date(value: date | None) -> str:
    return format_date(value)


def empty_state() -> dict[str, Any]:
    return {
        "version": VERSION,
        "applicant": {k: "" for k in APPLICANT_KEYS},
        "procedure": {"code": "", "query": ""},
        "components": [],
        "options": dict(_OPTION_DEFAULTS),
        "fields": {},  # the procedure's own fields, by key, as typed (all kept, see to_draft)
    }


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _count(value: object, default: int = 0, low: int = 0, high: int = 999) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, low), high)


def _component(raw: Mapping[str, Any]) -> dict[str, Any]:
    row = {"name": _text(raw.get("name")), "required": bool(raw.get("required")),
           "submitted": bool(raw.get("submitted")), "note": _text(raw.get("note"))}
    row.update({k: _count(raw.get(k)) for k in COUNT_KINDS})
    return row


def normalize(raw: Mapping[str, Any] | None) -> dict[str, Any]:
    """A well-formed state from whatever was stored (older drafts, missing or odd values)."""
    state = empty_state()
    if not isinstance(raw, Mapping):
        return state
    applicant = raw.get("applicant")
    if isinstance(applicant, Mapping):
        state["applicant"] = {k: _text(applicant.get(k)) for k in APPLICANT_KEYS}
    procedure = raw.get("procedure")
    if isinstance(procedure, Mapping):
        state["procedure"] = {"code": _text(procedure.get("code")),
                              "query": _text(procedure.get("query"))}
    components = raw.get("components")
    if isinstance(components, list):
        state["components"] = [_component(c) for c in components
                               if isinstance(c, Mapping) and _text(c.get("name"))]
    fields = raw.get("fields")
    if isinstance(fields, Mapping):
        state["fields"] = {k: v[:MAX_VALUE * 2] for k, v in fields.items()
                           if isinstance(k, str) and KEY_RE.match(k) and isinstance(v, str)}
    options = raw.get("options")
    if isinstance(options, Mapping):
        opts = state["options"]
        for key, default in _OPTION_DEFAULTS.items():
            value = options.get(key, default)
            if isinstance(default, bool):
                opts[key] = bool(value)
            elif isinstance(default, int):
                opts[key] = _count(value, default, 0, 10**9)
            else:
                opts[key] = _text(value)
        opts["sets"] = max(1, min(opts["sets"], 99))
        opts["copies"] = max(1, opts["copies"])
        opts["pages"] = max(1, opts["pages"])
        if opts["channel"] not in COUNTER_CHANNELS:
            opts["channel"] = "direct"
        if opts["return_method"] not in COUNTER_RETURN_METHODS:
            opts["return_method"] = "counter"
        if opts["fee_payment"] not in FEE_PAYMENTS:
            opts["fee_payment"] = "none"
        if opts["notify_channel"] not in NOTIFY_CHANNELS:
            opts["notify_channel"] = "none"
    return state


def is_blank(state: Mapping[str, Any]) -> bool:
    """Nothing typed worth keeping (a fresh form, or one cleared after an outcome)."""
    applicant = state.get("applicant", {})
    procedure = state.get("procedure", {})
    options = state.get("options", {})
    typed = [*(applicant.get(k, "") for k in APPLICANT_KEYS), procedure.get("code", ""),
             procedure.get("query", ""), options.get("note", ""),
             options.get("authorized_name", ""), options.get("authorized_id", ""),
             options.get("authorized_document", ""), *state.get("fields", {}).values()]
    return not any(str(t).strip() for t in typed)


def to_draft(state: Mapping[str, Any], *, lenient: bool = False) -> IntakeDraft:
    """The IntakeDraft of a form state; the rules are core.intake's.

    A birth date that is no date raises BirthDateError, or with `lenient` is left out (the
    form then shows `birth_date_error` for it along with core's other messages).
    """
    state = normalize(state)
    a, opts = state["applicant"], state["options"]
    born = None if lenient and birth_date_error(state) else parse_birth_date(a["birth_date"])
    applicant = Applicant(full_name=a["full_name"], id_number=a["id_number"],
                          birth_date=born, gender=a["gender"],
                          address=a["address"], phone=a["phone"], email=a["email"])
    components = tuple(
        # The row's note is the catalog's advice (shown as a tooltip), not part of the dossier.
        Component(name=c["name"], required=c["required"], original=c["original"],
                  certified=c["certified"], photo=c["photo"])
        for c in state["components"] if c["submitted"])
    authorized = None
    if opts["authorized"]:
        authorized = AuthorizedPerson(full_name=opts["authorized_name"],
                                      id_number=opts["authorized_id"],
                                      document=opts["authorized_document"])
    return IntakeDraft(
        procedure_code=state["procedure"]["code"], applicant=applicant, components=components,
        sets=opts["sets"], channel=opts["channel"], return_method=opts["return_method"],
        return_address=opts["return_address"] if opts["return_method"] == "post" else "",
        fee_vnd=opts["fee_vnd"], fee_payment=opts["fee_payment"], authorized=authorized,
        note=opts["note"], copies=opts["copies"], pages=opts["pages"],
        duration_case=opts["duration_case"], notify_channel=opts["notify_channel"],
        procedure_fields={k: v for k, v in state["fields"].items() if v.strip()})


def birth_date_error(state: Mapping[str, Any]) -> DateTextError | None:
    """Why the typed birth date is no date, or None when it is one (or empty)."""
    try:
        parse_birth_date(normalize(state)["applicant"]["birth_date"])
    except DateTextError as exc:
        return exc
    return None
