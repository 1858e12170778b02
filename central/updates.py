"""Signed update bundles for the counters (The Update Framework, via tufup).

The province's IT officer runs, on the machine that holds the signing keys (ideally not the
server):

    python -m central admin updates-init    --repo DIR --keys KEYS
    python -m central admin updates-publish --repo DIR --keys KEYS --bundle dist/counter-app --version 0.2.0

`updates-init` creates the keys and the root metadata; `root.json` ships with every counter install
(its trusted root). `updates-publish` adds the frozen one-folder build as an archive plus a binary
patch from the previous one (a commune downloads the patch, not the whole folder) and signs the
metadata. The service serves the repository read-only at `/updates/metadata/` and
`/updates/targets/` (no token: everything a counter takes is checked against the signatures), with
byte ranges so an interrupted download resumes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from tufup.repo import Repository

APP_NAME = "counter-app"
ENV_UPDATES = "CENTRAL_UPDATES_DIR"
# Counters check at most daily; a root key lives for years, timestamps must be re-signed.
EXPIRATION_DAYS = {"root": 3650, "targets": 365, "snapshot": 365, "timestamp": 365}


class _Repository(Repository):  # type: ignore[misc]
    """tufup's repository without its config file in the current directory."""

    def save_config(self) -> None:
        return None

    @classmethod
    def load_config(cls) -> dict[str, Any]:
        return {}


def repository(repo: Path, keys: Path) -> Repository:
    repo_obj = _Repository(app_name=APP_NAME, repo_dir=repo, keys_dir=keys,
                           expiration_days=dict(EXPIRATION_DAYS))
    return repo_obj


def init(repo: Path, keys: Path) -> Path:
    """Keys and root metadata; returns the root.json every counter install must carry."""
    root = repo / "metadata" / "root.json"
    if root.exists():
        raise ValueError(f"{repo} already holds a repository: its keys are not replaced")
    repository(repo, keys).initialize()
    return root


def publish(repo: Path, keys: Path, bundle: Path, version: str, *, patch: bool = True) -> Path:
    """Add a bundle folder as `version` (archive + patch from the previous one), sign, publish."""
    if not bundle.is_dir():
        raise FileNotFoundError(f"{bundle} is not a folder")
    if not (repo / "metadata" / "root.json").exists():
        raise FileNotFoundError(f"{repo} is not an update repository (run `updates init`)")
    r = repository(repo, keys)
    r._load_keys_and_roles(create_keys=False)  # never asks to overwrite a key
    latest = r.roles.get_latest_archive()
    if latest is not None and str(latest.version) == version:
        raise ValueError(f"version {version} is already published")
    if latest is not None and latest.version > _parse(version):
        raise ValueError(f"version {version} is older than the published {latest.version}")
    r.add_bundle(new_bundle_dir=bundle, new_version=version, skip_patch=not patch)
    r.publish_changes(private_key_dirs=[keys])
    return repo / "targets"


def _parse(version: str) -> Any:
    from packaging.version import Version

    return Version(version)


def mount(app: FastAPI, folder: Path | None) -> None:
    """Serve the repository under /updates when a folder is configured."""
    if folder is None:
        env = os.environ.get(ENV_UPDATES)
        folder = Path(env) if env else None
    if folder is None:
        return
    (folder / "metadata").mkdir(parents=True, exist_ok=True)
    (folder / "targets").mkdir(parents=True, exist_ok=True)
    app.mount("/updates/metadata", StaticFiles(directory=folder / "metadata"), name="updates-meta")
    app.mount("/updates/targets", StaticFiles(directory=folder / "targets"), name="updates-targets")


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("updates", help="the signed update repository for the counters")
    cmds = parser.add_subparsers(dest="updates_command", required=True)
    p = cmds.add_parser("init", help="create the signing keys and the root metadata")
    p.add_argument("--repo", type=Path, required=True)
    p.add_argument("--keys", type=Path, required=True)
    p = cmds.add_parser("publish", help="publish a frozen build folder as a new version")
    p.add_argument("--repo", type=Path, required=True)
    p.add_argument("--keys", type=Path, required=True)
    p.add_argument("--bundle", type=Path, required=True)
    p.add_argument("--version", required=True)
    p.add_argument("--no-patch", action="store_true", help="publish the whole archive only")


def run(args: Any) -> int:
    import sys

    try:
        if args.updates_command == "init":
            print(init(args.repo, args.keys))
        else:
            publish(args.repo, args.keys, args.bundle, args.version, patch=not args.no_patch)
            print(f"published {args.version}")
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
