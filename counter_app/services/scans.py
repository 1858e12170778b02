"""Scanning use cases: what a dossier's scan panel needs, separator sheets, pages → one PDF per component."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from counter_app.core.messages import msg
from counter_app.core.text import clean_text
from counter_app.printing.separator_sheet import SeparatorData, render_separators
from counter_app.scanning.model import ScanSettings
from counter_app.scanning.pdf import PdfInfo, build_pdf
from counter_app.scanning.pipeline import Page
from counter_app.scanning.separator import payload, split_batch
from counter_app.services import documents
from counter_app.services.attachments import AttachedScan, attach_scan
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError, ServiceError
from counter_app.storage import dossiers
from counter_app.storage import settings as settings_store


@dataclass(frozen=True)
class ScanTarget:
    """The dossier a scan panel works for."""

    code: str
    procedure_name: str
    applicant_name: str
    unit: str
    components: tuple[str, ...]
    digitized: tuple[bool, ...]


@dataclass(frozen=True)
class BatchResult:
    attached: tuple[AttachedScan, ...]
    foreign_separators: tuple[int, ...]  # positions of another dossier's separator sheets


def scan_target(ctx: ServiceContext, code: str) -> ScanTarget:
    with ctx.store.reading() as session:
        d = dossiers.get(session, code)
    if d is None:
        raise DossierNotFoundError(code)
    unit = ctx.device.unit_name or d.receiving_unit
    return ScanTarget(d.code, d.procedure_name, d.applicant.full_name, unit,
                      tuple(c.name for c in d.components), tuple(c.digitized for c in d.components))


def separator_sheets(ctx: ServiceContext, code: str) -> bytes:
    """The separator sheets of every component of the dossier, as a PDF to print."""
    target = scan_target(ctx, code)
    if not target.components:
        raise ServiceError("components", "empty", msg("scan.no_components"))
    data = SeparatorData(target.code, target.procedure_name, target.applicant_name,
                         target.components,
                         tuple(payload(target.code, i) for i in range(1, len(target.components) + 1)))
    return render_separators(data, documents.load_print_config(ctx))


def attach_pages(ctx: ServiceContext, target: ScanTarget, component: str,
                 pages: Sequence[Page]) -> AttachedScan:
    """Pages as one PDF (title: the component, author: the unit, subject: the dossier code)
    attached to the component, which is then marked digitized."""
    component = clean_text(component)
    if not pages:
        raise ServiceError("pages", "empty", msg("scan.no_pages"))
    data = build_pdf(pages, PdfInfo(title=component, author=target.unit,
                                    dossier_code=target.code))
    return attach_scan(ctx, target.code, component, data, len(pages))


def attach_batch(ctx: ServiceContext, target: ScanTarget, selected: str,
                 pages: Sequence[Page]) -> BatchResult:
    """A whole stack split on its separator sheets (pages before the first sheet, or all of
    them without sheets, go to the selected component); one PDF per component."""
    groups, foreign = split_batch([p.separator for p in pages], target.code)
    if not groups:
        raise ServiceError("pages", "empty", msg("scan.only_separators"))
    if any(g.component_index is None for g in groups) and not clean_text(selected):
        raise ServiceError("component", "required", msg("scan.component_required"))
    for g in groups:
        if g.component_index is not None and g.component_index > len(target.components):
            raise ServiceError("separator", "unknown",
                               msg("scan.separator_component", index=g.component_index,
                                   count=len(target.components)))
    attached = []
    for g in groups:
        name = selected if g.component_index is None else target.components[g.component_index - 1]
        attached.append(attach_pages(ctx, target, name, [pages[i] for i in g.pages]))
    return BatchResult(tuple(attached), tuple(foreign))


_SETTINGS_KEY = "scan_settings"


@dataclass(frozen=True)
class ScanChoices:
    """The counter's scanning choices, kept in its own store (per counter)."""

    device: str = ""  # qualified device id ("sane:…", "escl:http://…")
    settings: ScanSettings = ScanSettings()
    escl_addresses: tuple[str, ...] = ()
    watch_folder: str = ""  # a scanner's scan-to-folder share, imported as files arrive


def load_choices(ctx: ServiceContext) -> ScanChoices:
    with ctx.store.reading() as session:
        raw = settings_store.get(session, _SETTINGS_KEY)
    if raw is None:
        return ScanChoices()
    data = json.loads(raw)
    try:
        chosen = ScanSettings(**data.get("settings", {}))
    except (TypeError, ValueError):
        chosen = ScanSettings()
    return ScanChoices(str(data.get("device", "")), chosen,
                       tuple(str(a) for a in data.get("escl_addresses", ())),
                       str(data.get("watch_folder", "")))


def save_choices(ctx: ServiceContext, choices: ScanChoices) -> None:
    for address in choices.escl_addresses:
        if not address.startswith(("http://", "https://")):
            raise ServiceError("escl_addresses", "format",
                               msg("scan.escl_address", address=address))
    if choices.watch_folder and not Path(choices.watch_folder).is_dir():
        raise ServiceError("watch_folder", "missing",
                           msg("scan.no_folder", folder=choices.watch_folder))

    data = {"device": choices.device, "settings": asdict(choices.settings),
            "escl_addresses": list(choices.escl_addresses), "watch_folder": choices.watch_folder}
    with ctx.store.transaction() as session:
        settings_store.put(session, _SETTINGS_KEY, json.dumps(data, ensure_ascii=False))
