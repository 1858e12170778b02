"""Typed errors of the use cases: each names the field and the rule, with a message for the clerk."""

from __future__ import annotations

from counter_app.core.dossier import TransitionError
from counter_app.core.intake import FieldError, IntakeError

__all__ = ["ServiceError", "DossierNotFoundError", "UnknownProcedureError", "IntakeError",
           "FieldError", "TransitionError", "SetupError"]


class ServiceError(Exception):
    """A use case refused its input; nothing was written."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.rule = rule
        self.message = message


class DossierNotFoundError(ServiceError):
    def __init__(self, code: str) -> None:
        super().__init__("code", "not_found", f"Không tìm thấy hồ sơ có mã {code.strip()!r}.")
        self.code = code


class UnknownProcedureError(ServiceError):
    def __init__(self, code: str) -> None:
        super().__init__("procedure_code", "unknown",
                         f"Thủ tục {code.strip()!r} không có trong danh mục của đơn vị.")


class SetupError(ServiceError):
    """The counter is not set up (no device identity, catalog or calendar)."""
