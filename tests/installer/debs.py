"""Installing the .deb in tests: the real dpkg when root, else dpkg into a private root; a store
at the previous schema holding dossiers; the previous build's package."""

from __future__ import annotations

import importlib.util
import io
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.services.helpers import draft

ROOT = Path(__file__).resolve().parents[2]
PREVIOUS_SCHEMA = "0003"


def load_dist():
    """installer/dist.py as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("counter_app_dist", ROOT / "installer" / "dist.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def with_version(deb: Path, version: str, out: Path) -> Path:
    """The same package under another version (the "previous build"): the control member is
    rewritten, the data member reused as it is (no second compression of the payload)."""
    work = Path(tempfile.mkdtemp(prefix="deb-version-", dir=out.parent))
    subprocess.run(["ar", "x", str(deb)], cwd=work, check=True)
    control_member = next(work.glob("control.tar*"))
    control_dir = work / "control"
    control_tar = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True,
                                 capture_output=True).stdout  # uncompressed, whatever the member
    with tarfile.open(fileobj=io.BytesIO(control_tar)) as tar:
        tar.extractall(control_dir, filter="tar")
    control = control_dir / "control"
    lines = [f"Version: {version}" if line.startswith("Version:") else line
             for line in control.read_text("utf-8").splitlines()]
    control.write_text("\n".join(lines) + "\n", "utf-8")
    control_member.unlink()
    with tarfile.open(work / "control.tar.gz", "w:gz") as tar:
        for path in sorted(control_dir.iterdir()):
            tar.add(path, arcname=f"./{path.name}",
                    filter=lambda info: _root_owned(info))
    data_member = next(work.glob("data.tar*"))
    out.unlink(missing_ok=True)
    subprocess.run(["ar", "rc", str(out), "debian-binary", "control.tar.gz", data_member.name],
                   cwd=work, check=True)
    return out


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


@dataclass
class Dpkg:
    """dpkg on this machine (root) or into `root` (anyone): `prefix` is where / is."""

    prefix: Path
    real: bool

    @classmethod
    def choose(cls, scratch: Path) -> Dpkg:
        installed = subprocess.run(["dpkg-query", "-W", "counter-app"], capture_output=True)
        if os.geteuid() == 0 and installed.returncode != 0:
            return cls(Path("/"), real=True)
        # Not root, or a counter-app already installed here that the tests must not replace.
        root = scratch / "dpkg-root"
        admin = root / "var" / "lib" / "dpkg"
        for sub in ("info", "updates", "triggers"):
            (admin / sub).mkdir(parents=True, exist_ok=True)
        for name in ("status", "available"):
            (admin / name).touch()
        return cls(root, real=False)

    def _args(self) -> list[str]:
        if self.real:
            return ["dpkg"]
        return ["dpkg", f"--admindir={self.prefix / 'var/lib/dpkg'}", f"--instdir={self.prefix}",
                "--force-script-chrootless", "--force-not-root", "--force-depends",
                "--log=/dev/null"]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._args(), *args], capture_output=True, text=True,
                              env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
                              timeout=600)

    def version(self) -> str | None:
        result = subprocess.run(
            ["dpkg-query", f"--admindir={self.prefix / 'var/lib/dpkg'}", "-W",
             "-f=${Status} ${Version}", "counter-app"], capture_output=True, text=True)
        if result.returncode != 0 or "ok installed" not in result.stdout:
            return None
        return result.stdout.split()[-1]

    def path(self, absolute: str) -> Path:
        return self.prefix / absolute.lstrip("/")

    def app(self) -> Path:
        """The installed app: /usr/bin/counter-app on this machine, the frozen binary in a root."""
        return self.path("/usr/bin/counter-app") if self.real else self.path("/opt/counter-app/counter-app")


def store_with_dossiers(folder: Path, count: int) -> list[str]:
    """A store of a counter that used the previous version: `count` dossiers received (events
    waiting in the outbox), then its schema set back to the previous one."""
    from alembic import command

    from counter_app.paths import resources_dir
    from counter_app.services.intake import receive_dossier
    from counter_app.services.setup import open_counter
    from counter_app.storage.db import _alembic_config

    ctx = open_counter(folder, resources_dir(), demo=True)
    try:
        codes = [receive_dossier(ctx, draft(ctx)).code for _ in range(count)]
    finally:
        ctx.store.close()
    path = folder / "counter.sqlite3"
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), PREVIOUS_SCHEMA)
    engine.dispose()
    return codes


def store_facts(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as db:
        return {
            "schema": db.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "codes": sorted(r[0] for r in db.execute("SELECT code FROM dossiers")),
            "outbox": db.execute("SELECT count(*) FROM outbox").fetchone()[0],
        }
