"""The citizen's HTML pages served by central: the dossier lookup (/tra-cuu) and the published
procedures (/thu-tuc); server-rendered Jinja2, no script, no token (docs/public-pages.md)."""

from __future__ import annotations

from fastapi import FastAPI

from central.pages import lookup, procedures, render


def mount(app: FastAPI) -> None:
    for module in (lookup, procedures, render):
        app.include_router(module.router)
