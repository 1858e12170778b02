"""Typed errors of the use cases: each names the field and the rule, with a message for the clerk."""

from __future__ import annotations

from counter_app.core.dossier import TransitionError
from counter_app.core.intake import FieldError, IntakeError
from counter_app.core.messages import Message, msg

__all__ = ["ServiceError", "DossierNotFoundError", "UnknownProcedureError", "IntakeError",
           "FieldError", "TransitionError", "SetupError"]


class ServiceError(Exception):
    """A use case refused its input; nothing was written."""

    def __init__(self, field: str, rule: str, message: Message) -> None:
        super().__init__(message.text)
        self.field = field
        self.rule = rule
        self.msg = message
        self.message = message.text  # Vietnamese, for logs and older callers


class DossierNotFoundError(ServiceError):
    def __init__(self, code: str) -> None:
        super().__init__("code", "not_found", msg("service.dossier_not_found", code=code.strip()))
        self.code = code


class UnknownProcedureError(ServiceError):
    def __init__(self, code: str) -> None:
        super().__init__("procedure_code", "unknown",
                         msg("service.unknown_procedure", code=code.strip()))



class SetupError(ServiceError):
    """The counter is not set up (no device identity, catalog or calendar)."""
