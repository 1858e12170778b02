"""Request and response models: they are the OpenAPI document (`/openapi.json`) of SYNC-API.md."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, WithJsonSchema

from central.sanitize import check_moment, check_raw_text, check_text

Text = Annotated[str, AfterValidator(check_text)]  # stored or compared text: NFC
RawText = Annotated[str, AfterValidator(check_raw_text)]  # a password, kept as typed
Moment = Annotated[AwareDatetime, AfterValidator(check_moment)]


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorInfo(_Out):
    code: str
    message: str
    details: Any = None


class ErrorResponse(_Out):
    error: ErrorInfo


class Health(_Out):
    status: Literal["ok"]


# ----------------------------------------------------------------------------- identity


class EnrollRequest(BaseModel):
    enrollment_code: Text = Field(min_length=1, max_length=64)
    device_name: Text = Field(min_length=1, max_length=200)


class CodeLaneOut(_Out):
    """The counter's range of the daily dossier sequence (core.codes.lane_for_counter)."""

    first: int
    last: int


class EnrollResponse(_Out):
    device_id: str
    device_token: str
    unit_code: str
    unit_name: str
    counter_no: int | None
    code_lane: CodeLaneOut | None


class LoginRequest(BaseModel):
    username: Text = Field(min_length=1, max_length=100)
    password: RawText = Field(min_length=1, max_length=1024)
    client_time: Moment | None = Field(
        default=None, description="the counter's clock when it sent this; a clock far off is "
                                  "told so in the answer (clock_warning)")


class ClerkOut(_Out):
    username: str
    full_name: str
    role: Literal["clerk", "supervisor", "back_office", "admin", "province"]
    unit_code: str


class LoginResponse(_Out):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime
    clerk: ClerkOut
    server_time: datetime
    clock_offset_s: int | None = Field(
        default=None, description="client_time minus the service's time, in seconds")
    clock_warning: str | None = Field(
        default=None, description="Vietnamese, when the counter's clock is off by more than "
                                  "2 minutes")


# ------------------------------------------------------------------------ reference data


class DurationOut(_Out):
    value: float
    unit: Literal["working_days", "working_hours", "calendar_days"]


class ComponentOut(_Out):
    name: str
    required: bool
    original: int
    certified: int
    photo: int
    note: str


class FeeTierOut(_Out):
    from_: int = Field(alias="from", ge=2)
    amount_vnd: int


class FeeOut(_Out):
    name: str
    amount_vnd: int
    kind: Literal["phi", "le_phi"]
    per: str
    note: str
    # Present only when the fee is not a flat one (core.fees).
    basis: Literal["flat", "per_copy", "per_page"] = "flat"
    tiers: list[FeeTierOut] = []
    max_per_copy_vnd: int | None = None


class FieldSpecOut(_Out):
    """A procedure's own field (core.procedure_fields), e.g. the child of a birth registration."""

    key: str
    label: str
    type: Literal["text", "date", "gender", "id_number"]
    required: bool
    note: str


class DurationCaseOut(_Out):
    key: str
    name: str
    duration: DurationOut


class ProcedureOut(_Out):
    code: str
    name: str
    field: str
    level: Literal["province", "commune"]
    duration: DurationOut
    same_day_cutoff: str | None
    resolving_agency: str
    components: list[ComponentOut]
    fees: list[FeeOut]
    online_duration: DurationOut | None
    demo: bool
    keywords: str
    fields: list[FieldSpecOut] = []  # present only when the procedure has its own fields
    # Only procedures with several statutory times carry it; the first case is the default.
    duration_cases: list[DurationCaseOut] = Field(default_factory=list)


class CatalogOut(_Out):
    """core.catalog_json.catalog_to_dict; the ETag header names this exact body."""

    version: str
    demo: bool
    note: str
    procedures: list[ProcedureOut]


class DayOut(_Out):
    date: date
    name: str


class WeeklySessionOut(_Out):
    """A weekend session some units keep (e.g. Saturday morning); no units: every unit."""

    weekday: Literal["saturday", "sunday"]
    office_hours: list[list[str]]
    units: list[str]
    name: str


class CalendarOut(_Out):
    """One year as core.calendar_data.parse_calendar_year reads it."""

    year: int
    source: str
    office_hours: list[list[str]]
    suspension_policy: Literal["shift", "restart"]
    holidays: list[DayOut]
    makeup_workdays: list[DayOut]
    notes: str
    weekly_sessions: list[WeeklySessionOut] = Field(default_factory=list)


# ---------------------------------------------------------------------------------- events

MAX_BATCH = 500


class EventIn(BaseModel):
    """One outbox event. Each event is checked on its own: a bad one is `rejected`, not the batch."""

    event_id: str = Field(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )
    dossier_code: Text = Field(min_length=1, max_length=64)
    type: Text = Field(min_length=1, max_length=64)
    occurred_at: Moment
    device_id: Text = Field(min_length=1, max_length=64)
    clerk: Text = Field(max_length=100)
    seq: int = Field(ge=1, le=2**53, description="the device's own numbering, 1, 2, 3 …")
    payload: dict[str, Any]


_EVENT_SCHEMA = EventIn.model_json_schema()
_EVENT_SCHEMA.pop("title", None)


class EventBatch(BaseModel):
    # Items are validated one by one in central.events so that one bad event does not sink the
    # batch; the schema still documents them fully.
    events: Annotated[list[Any], WithJsonSchema(
        {"type": "array", "items": _EVENT_SCHEMA, "maxItems": MAX_BATCH})]


class EventResult(_Out):
    event_id: str | None = Field(description="null when the event had no usable event_id")
    status: Literal["applied", "duplicate", "rejected"]
    error: str | None = None
    warning: str | None = Field(default=None, description=(
        "applied or rejected, but reported: clerk_unverified (no session of that clerk on "
        "this device), seq_gap (numbers skipped), seq_late (below the highest seen)"))


class EventBatchResult(_Out):
    """One result per event, in the order of the request."""

    results: list[EventResult]


# --------------------------------------------------------------------------------- changes


class ChangeOut(_Out):
    change_id: int = Field(description="per-unit sequence, increasing without gaps")
    dossier_code: str
    status: int
    status_label: str
    previous_status: int
    at: datetime
    appointment_at: datetime | None
    extension: bool = Field(description="true when this change set a new appointment (Mẫu 04)")
    note: str


class ChangesOut(_Out):
    changes: list[ChangeOut]
    next_cursor: str


# -------------------------------------------------------------------------------- dossiers


class ProgressIn(BaseModel):
    status: int = Field(ge=1, le=10)
    at: Moment
    note: Text = Field(default="", max_length=2000)
    new_appointment_at: Moment | None = None


class DossierSummary(_Out):
    code: str
    procedure_code: str
    procedure_name: str
    field: str
    channel: str
    status: int
    status_label: str
    received_at: datetime | None
    appointment_at: datetime | None
    resolved_at: datetime | None
    rescheduled: bool
    applicant_name: str


class HistoryItem(_Out):
    kind: Literal["event", "change"]
    what: str
    at: datetime
    by: str


class DossierDetail(DossierSummary):
    body: dict[str, Any]
    history: list[HistoryItem]


class DossierList(_Out):
    dossiers: list[DossierSummary]
    next_after: str | None = Field(
        description="send back as `after` for the next page; null on the last page")


# --------------------------------------------------------------------------------- reports


class Form06RowOut(_Out):
    field: str
    received_online: int
    received_direct: int
    carried_over: int
    received_total: int
    resolved_early: int
    resolved_on_time: int
    resolved_late: int
    resolved_total: int
    in_progress_within: int
    in_progress_overdue: int
    in_progress_total: int
    withdrawn: int


Scope = Literal["counter", "unit", "province"]
Form06Column = Literal[
    "received_online", "received_direct", "carried_over", "received_total", "resolved_early",
    "resolved_on_time", "resolved_late", "resolved_total", "in_progress_within",
    "in_progress_overdue", "in_progress_total", "withdrawn"]


class Form06UnitOut(_Out):
    """One unit's Biểu 06 inside the province's."""

    unit_code: str
    unit_name: str
    rows: list[Form06RowOut]
    total: Form06RowOut


class _ScopedOut(_Out):
    scope: Scope
    unit_code: str | None  # None for the province
    device_id: str | None  # the counter (device) of a counter scope
    date_from: date = Field(alias="from")
    date_to: date = Field(alias="to")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Form06Out(_ScopedOut):
    rows: list[Form06RowOut]
    total: Form06RowOut
    units: list[Form06UnitOut] | None = None  # the province: one Biểu 06 per unit


class DrilldownItem(_Out):
    code: str
    unit_code: str
    field: str
    procedure_code: str
    procedure_name: str
    channel: str
    status: int
    status_label: str
    received_at: datetime | None
    appointment_at: datetime | None
    resolved_at: datetime | None
    withdrawn_at: datetime | None


class DrilldownOut(_Out):
    items: list[DrilldownItem]
    next_after: str | None  # send back as `after` for the next page; None: no more


class IndicatorGroupOut(_Out):
    key: str
    label: str
    resolved: int
    resolved_early_or_on_time: int
    share_early_or_on_time: float | None
    open_now: int
    overdue_now: int
    average_working_hours: float | None


class IndicatorsOut(_ScopedOut):
    by: Literal["field", "procedure", "unit", "counter"]
    groups: list[IndicatorGroupOut]
    total: IndicatorGroupOut


class PublicDossier(_Out):
    """What the slip's QR code shows anyone: no name, ID number, phone or address."""

    code: str
    status: int
    status_label: str
    appointment_at: datetime | None
    procedure_name: str
