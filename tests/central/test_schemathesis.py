"""Property-based tests of the whole API from its own /openapi.json (schemathesis).

Every operation gets generated requests, valid and invalid, with a real token of the role it
needs; the checks: never a 5xx, every status code and header documented, every body valid
against the documented schema. (Driven through schemathesis' Python API and hypothesis
directly: its pytest plugin does not run under the pytest this project uses.)
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance, not_a_server_error, response_headers_conformance,
    response_schema_conformance, status_code_conformance,
)

from tests.central.helpers import World

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance]
EXAMPLES = {GenerationMode.POSITIVE: int(os.environ.get("CENTRAL_FUZZ_EXAMPLES", 25)),
            GenerationMode.NEGATIVE: int(os.environ.get("CENTRAL_FUZZ_EXAMPLES", 15))}


def _token(world: World, method: str, path: str) -> str:
    if path == "/api/v1/sessions" and method == "POST":
        return world.a.device_token
    if path == "/api/v1/sessions":
        return world.tokens["admin_a"]  # logging out: the one token these examples may spend
    if path.endswith("/progress"):
        return world.tokens["back_office_a"]
    if path.startswith("/api/v1/reports"):
        return world.tokens["supervisor_a"]
    return world.tokens["clerk_a"]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_matches_its_openapi_document(world: World, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", world.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    failures: list[str] = []
    for operation in operations:
        token = _token(world, operation.method.upper(), operation.path)

        @given(case=operation.as_strategy(mode))
        @settings(max_examples=EXAMPLES[mode], deadline=None,
                  derandomize=os.environ.get("CENTRAL_FUZZ_RANDOM") != "1", database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # type: ignore[no-untyped-def]
            headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS)

        try:
            run()
        except Unsatisfiable:
            continue  # no parameters to make invalid (e.g. GET /healthz in negative mode)
        except Exception as error:  # noqa: BLE001 - collect every operation's failure
            failures.append(f"{operation.method.upper()} {operation.path}: {error}")
    assert not failures, "\n\n".join(failures)
