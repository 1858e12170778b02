"""An import-linter contract type that lists what a package MAY import (everything else breaks it).

`forbidden` contracts only catch what someone thought to list: a core module importing `central`
or `reportlab`, or a UI module importing `counter_app.storage`, passed them. An allow-list names
the project packages and third-party distributions a package may import directly, and whether
the standard library is allowed; any other direct import breaks the contract. Its own
sub-modules may import each other. Registered in pyproject.toml (`contract_types`).
"""

from __future__ import annotations

import sys

import grimp
from importlinter import Contract, ContractCheck, fields, output


class AllowedContract(Contract):
    """source_modules may import only allowed_modules (as packages) and, if set, the stdlib."""

    type_name = "allowed"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_modules = fields.ListField(subfield=fields.ModuleField())
    allow_standard_library = fields.BooleanField(required=False, default=True)

    def _allowed(self, source: str, target: str) -> bool:
        if target == source or target.startswith(source + "."):
            return True
        if self.allow_standard_library and target.split(".")[0] in sys.stdlib_module_names:
            return True
        return any(target == m.name or target.startswith(m.name + ".")
                   for m in self.allowed_modules)  # type: ignore[attr-defined]

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        broken: list[dict[str, object]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            for importer in sorted({source.name} | graph.find_descendants(source.name)):
                for target in sorted(graph.find_modules_directly_imported_by(importer)):
                    if self._allowed(source.name, target):
                        continue
                    lines = sorted({d["line_number"] for d in graph.get_import_details(
                        importer=importer, imported=target)})
                    broken.append({"importer": importer, "imported": target, "lines": lines})
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            lines = ", ".join(f"l.{n}" for n in item["lines"]) or "?"
            output.print_error(f"{item['importer']} imports {item['imported']} ({lines}), "
                               "which is not on the allow-list", bold=False)
            output.new_line()
