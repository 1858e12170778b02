"""Printed documents of a dossier: render the form's PDF, keep it, and record the print."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Literal

from counter_app.core.messages import Message, msg
from counter_app.core.codes import parse_code
from counter_app.printing import (
    DEMO_CONFIG, PrintConfig, RefusalData, SlipData, SupplementData, render_form01,
    render_form02, render_form03,
)
from counter_app.services import prints
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError, ServiceError
from counter_app.services.prints import PrintRecord
from counter_app.storage import dossiers, settings

Form = Literal["form01", "form02", "form03"]
FORM_NAMES = {form: msg(f"form.{form}") for form in ("form01", "form02", "form03")}


@dataclass(frozen=True)
class PreparedPrint:
    """A rendered form, kept in the file store, with its `pending` print record."""

    record: PrintRecord
    pdf: bytes
    name: Message  # the form's name, for what the clerk reads

    @property
    def title(self) -> str:
        """The form's Vietnamese name."""
        return self.name.text



def load_print_config(ctx: ServiceContext) -> PrintConfig:
    """The unit's header, address and lookup URL (set at enrollment; demo values on a demo)."""
    with ctx.store.reading() as session:
        raw = settings.get(session, "print_config")
    if raw is None:
        return PrintConfig(unit_name=ctx.device.unit_name.upper(), address=ctx.device.unit_address,
                           desk_name=ctx.device.unit_name)
    data = json.loads(raw)
    known = {f.name for f in fields(PrintConfig)}
    data = {k: v for k, v in data.items() if k in known}
    for key in ("logo_path", "fonts_dir"):
        if data.get(key):
            data[key] = Path(data[key])
    return PrintConfig(**data)


def save_print_config(ctx: ServiceContext, config: PrintConfig) -> None:
    data = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(config).items()}
    with ctx.store.transaction() as session:
        settings.put(session, "print_config", json.dumps(data, ensure_ascii=False))


def demo_print_config() -> PrintConfig:
    return DEMO_CONFIG


def prepare(ctx: ServiceContext, code: str, form: Form, clerk_name: str,
            layout: str = "a4_two_copies") -> PreparedPrint:
    """Render `form` for dossier `code`, marked as a reprint when one was printed before."""
    with ctx.store.reading() as session:
        dossier = dossiers.get(session, code)
    if dossier is None:
        raise DossierNotFoundError(code)
    config = load_print_config(ctx)
    copy_no = prints.next_copy_no(ctx, dossier.code, form)
    now = ctx.now()
    if form == "form01":
        seq = parse_code(dossier.code).seq
        received = dossier.received_at or now
        data = SlipData.from_dossier(dossier, ctx.procedure(dossier.procedure_code), clerk_name,
                                     book_no=f"{received:%d/%m/%Y}", book_seq=seq,
                                     receiving_unit=config.desk_name)
        pdf = render_form01(data, config, layout, reprint=copy_no - 1)  # type: ignore[arg-type]
    elif form == "form02":
        pdf = render_form02(SupplementData.from_dossier(dossier, clerk_name, now,
                                                        number=dossier.code),
                            config, reprint=copy_no - 1)
    elif form == "form03":
        pdf = render_form03(RefusalData.from_dossier(dossier, clerk_name, now, number=dossier.code),
                            config, reprint=copy_no - 1)
    else:
        raise ServiceError("form", "unknown", msg("service.unknown_form", form=form))

    record = prints.keep_pdf(ctx, dossier.code, form, pdf, copy_no)
    return PreparedPrint(record, pdf, FORM_NAMES[form])


def reopen(ctx: ServiceContext, record: PrintRecord) -> bytes:
    """The PDF of an earlier print (to retry after a printer error, or to save it)."""
    with ctx.files.open(record.sha256) as fh:
        return fh.read()
