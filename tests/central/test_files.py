"""Resumable content-addressed uploads: resume, wrong offset, checksum, unit scoping."""

from __future__ import annotations

import hashlib
import os

from tests.central.helpers import World

PATH = "/api/v1/files/{}"


def _patch(world: World, sha: str, offset: int, total: int, chunk: bytes, counter=None):  # type: ignore[no-untyped-def]
    counter = counter or world.a
    return world.client.patch(PATH.format(sha), content=chunk, headers={
        **counter.headers(), "Upload-Offset": str(offset), "Upload-Length": str(total),
        "Content-Type": "application/offset+octet-stream"})


def test_upload_resumes_after_a_partial_upload(world: World) -> None:
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    assert world.client.head(PATH.format(sha), headers=world.a.headers()).status_code == 404
    first = _patch(world, sha, 0, len(data), data[:100_000])
    assert first.status_code == 204 and first.headers["Upload-Offset"] == "100000"
    # The link drops; the counter asks how much arrived and goes on from there.
    head = world.client.head(PATH.format(sha), headers=world.a.headers())
    assert head.status_code == 200 and head.headers["Upload-Offset"] == "100000"
    assert head.headers["Upload-Length"] == "300000"
    second = _patch(world, sha, 100_000, len(data), data[100_000:])
    assert second.status_code == 204 and second.headers["Upload-Offset"] == "300000"
    head = world.client.head(PATH.format(sha), headers=world.a.headers())
    assert head.headers["Upload-Offset"] == "300000"
    got = world.client.get(PATH.format(sha), headers=world.a.headers())
    assert got.status_code == 200 and got.content == data
    # A back-office user of the same unit may read it too.
    assert world.client.get(PATH.format(sha), headers=world.auth("back_office_a")).content == data


def test_wrong_offset_is_409_with_the_held_offset(world: World) -> None:
    data = b"x" * 1000
    sha = hashlib.sha256(data).hexdigest()
    assert _patch(world, sha, 0, 1000, data[:400]).status_code == 204
    wrong = _patch(world, sha, 200, 1000, data[200:])
    assert wrong.status_code == 409
    assert wrong.headers["Upload-Offset"] == "400"
    assert wrong.json()["error"]["code"] == "offset_mismatch"
    fresh = hashlib.sha256(b"other").hexdigest()
    not_started = _patch(world, fresh, 10, 20, b"abc")
    assert not_started.status_code == 409 and not_started.headers["Upload-Offset"] == "0"
    past_end = _patch(world, sha, 400, 1000, b"y" * 601)
    assert past_end.status_code == 400


def test_checksum_mismatch_discards_the_upload(world: World) -> None:
    data = b"scan bytes" * 100
    claimed = hashlib.sha256(b"something else").hexdigest()
    assert _patch(world, claimed, 0, len(data), data[:500]).status_code == 204
    last = _patch(world, claimed, 500, len(data), data[500:])
    assert last.status_code == 422
    assert last.json()["error"]["code"] == "checksum_mismatch"
    assert world.client.head(PATH.format(claimed), headers=world.a.headers()).status_code == 404
    assert world.client.get(PATH.format(claimed), headers=world.a.headers()).status_code == 404
    # Starting over is possible.
    assert _patch(world, claimed, 0, len(data), data[:10]).status_code == 204


def test_another_unit_cannot_see_or_read_the_file(world: World) -> None:
    data = b"private scan"
    sha = hashlib.sha256(data).hexdigest()
    assert _patch(world, sha, 0, len(data), data).status_code == 204
    assert world.client.get(PATH.format(sha), headers=world.b.headers()).status_code == 404
    assert world.client.head(PATH.format(sha), headers=world.b.headers()).status_code == 404
    # B holds its own copy of the same bytes separately (content-addressed per unit).
    assert _patch(world, sha, 0, len(data), data, counter=world.b).status_code == 204
    assert world.client.get(PATH.format(sha), headers=world.b.headers()).content == data


def test_complete_file_patch_again_reports_the_full_offset(world: World) -> None:
    data = b"done"
    sha = hashlib.sha256(data).hexdigest()
    assert _patch(world, sha, 0, 4, data).status_code == 204
    again = _patch(world, sha, 0, 4, data)
    assert again.status_code == 409 and again.headers["Upload-Offset"] == "4"
    assert _patch(world, sha, 4, 4, b"").status_code == 204


def test_missing_headers_and_bad_sha_are_422(world: World) -> None:
    sha = "0" * 64
    response = world.client.patch(PATH.format(sha), content=b"abc", headers=world.a.headers())
    assert response.status_code == 422 and "error" in response.json()
    assert world.client.get(PATH.format("XYZ"), headers=world.a.headers()).status_code == 422
