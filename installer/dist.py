r"""`make dist`: the frozen one-folder app, its smoke run, the .deb and the compiled NSIS script.

    python installer/dist.py all              # what `make dist` runs
    python installer/dist.py build|smoke|deb|nsis|version
    py installer\dist.py windows             # on the Windows build machine: the real setup.exe

The build is remembered by a fingerprint of what goes into it (sources, resources, spec,
installed packages): an unchanged tree is not frozen again (the tests reuse `make dist`'s build).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
APP_DIR = DIST / "counter-app"
WORK = ROOT / "build" / "pyinstaller"
STAMP = ROOT / "build" / "dist-fingerprint"
PACKAGE = "counter-app"
# What goes into the frozen app: a change to any of these builds it again.
INPUTS = ("counter_app", "resources", "installer/counter_app.spec", "installer/launcher.py",
          "pyproject.toml")


def project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        base = ROOT / name
        paths = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in paths:
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()


def executable(app_dir: Path = APP_DIR) -> Path:
    return app_dir / ("counter-app.exe" if os.name == "nt" else "counter-app")


def build(force: bool = False) -> Path:
    """Freeze the app into dist/counter-app/ unless the same inputs built it already."""
    stamp = fingerprint()
    if not force and executable().exists() and STAMP.exists() and STAMP.read_text() == stamp:
        print(f"dist: {APP_DIR} is up to date")
        return APP_DIR
    missing_qm = [ts for ts in (ROOT / "resources" / "translations").glob("*.ts")
                  if not ts.with_suffix(".qm").exists()
                  or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    for ts in missing_qm:
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent",
                        str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    STAMP.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK),
                    str(INSTALLER / "counter_app.spec")], check=True, cwd=ROOT)
    STAMP.parent.mkdir(parents=True, exist_ok=True)
    STAMP.write_text(stamp)
    return APP_DIR


def smoke(app: Path) -> None:
    """Run `counter-app --smoke` of the app at `app` (an executable); raise if it fails."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    result = subprocess.run([str(app), "--smoke"], env=env, capture_output=True, text=True,
                            timeout=300)
    print(result.stdout, end="")
    if result.returncode != 0:
        raise SystemExit(f"dist: the smoke run of {app} failed ({result.returncode}):\n"
                         f"{result.stderr}")


def runtime_depends() -> list[str]:
    """The Debian packages the app needs at run time, as installer/sysdeps.sh lists them."""
    out = subprocess.run(["bash", str(INSTALLER / "sysdeps.sh"), "--runtime"], check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def _deb_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def _tree_kb(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*")) // 1024 + 1


def build_deb(app_dir: Path, version: str, out_dir: Path) -> Path:
    """counter-app_<version>_<arch>.deb of the frozen folder, installed in /opt/counter-app."""
    src = INSTALLER / "deb"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{_deb_arch()}.deb"
    with tempfile.TemporaryDirectory(prefix="counter-app-deb-", dir=out_dir) as tmp:
        stage = Path(tmp) / "root"
        try:  # hard links: the same bytes, no 300 MB copy (falls back across file systems)
            shutil.copytree(app_dir, stage / "opt" / PACKAGE, symlinks=True, copy_function=os.link)
        except OSError:
            shutil.rmtree(stage / "opt" / PACKAGE, ignore_errors=True)
            shutil.copytree(app_dir, stage / "opt" / PACKAGE, symlinks=True)
        files = {
            "usr/bin/counter-app": (src / "counter-app", 0o755),
            "usr/share/applications/counter-app.desktop": (src / "counter-app.desktop", 0o644),
            "usr/share/icons/hicolor/256x256/apps/counter-app.png":
                (ROOT / "resources" / "counter-app.png", 0o644),
            "usr/share/icons/hicolor/scalable/apps/counter-app.svg":
                (ROOT / "resources" / "counter-app.svg", 0o644),
            "etc/counter-app/config.toml": (src / "config.toml", 0o644),
            "usr/share/doc/counter-app/README.fonts": (ROOT / "resources" / "fonts" / "README.md",
                                                       0o644),
        }
        for dest, (source, mode) in files.items():
            path = stage / dest
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, path)
            path.chmod(mode)
        debian = stage / "DEBIAN"
        debian.mkdir()
        control = (src / "control").read_text("utf-8")
        for key, value in (("@VERSION@", version), ("@ARCH@", _deb_arch()),
                           ("@SIZE_KB@", str(_tree_kb(stage))),
                           ("@DEPENDS@", ", ".join(runtime_depends()))):
            control = control.replace(key, value)
        (debian / "control").write_text(control, "utf-8")
        (debian / "conffiles").write_text("/etc/counter-app/config.toml\n")
        for script in ("postinst", "prerm", "postrm"):
            shutil.copyfile(src / script, debian / script)
            (debian / script).chmod(0o755)
        for folder in [stage, *(p for p in stage.rglob("*") if p.is_dir() and not p.is_symlink())]:
            folder.chmod(0o755)
        # zstd: 30 times faster to build than xz here, 15 % larger; dpkg reads it since
        # 1.21.18 (Debian 12, Ubuntu 22.04).
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z6", "--build", str(stage),
                        str(target)], check=True, stdout=subprocess.DEVNULL)
    return target


def _standin_payload(app_dir: Path, into: Path) -> Path:
    """The Linux build's file list as empty files, under Windows names (counter-app.exe): what
    the NSIS script packs, without compressing 300 MB that a Windows build replaces anyway."""
    for path in app_dir.rglob("*"):
        rel = path.relative_to(app_dir)
        if rel == Path("counter-app"):
            rel = Path("counter-app.exe")
        dest = into / rel
        if path.is_dir() and not path.is_symlink():
            dest.mkdir(parents=True, exist_ok=True)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.touch()
    return into


def build_nsis(app_dir: Path, version: str, out_dir: Path, standin: bool = True) -> Path:
    """Compile installer/windows/counter_app.nsi with makensis: against a stand-in payload made
    from `app_dir`'s file list (Linux), or with `app_dir` itself (the Windows build)."""
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("dist: makensis not found (Debian package nsis; installer/sysdeps.sh)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}-{version}-setup{'-standin' if standin else ''}.exe"
    with tempfile.TemporaryDirectory(prefix="counter-app-nsis-") as tmp:
        payload = _standin_payload(app_dir, Path(tmp) / "payload") if standin else app_dir
        result = subprocess.run(
            [makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
             f"-DAPP_DIR={payload}", f"-DOUT_FILE={target}", f"-DRESOURCES={ROOT / 'resources'}",
             str(INSTALLER / "windows" / "counter_app.nsi")],
            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"dist: makensis failed:\n{result.stdout}\n{result.stderr}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/dist.py")
    parser.add_argument("step", choices=("all", "build", "smoke", "deb", "nsis", "windows",
                                         "version"))
    parser.add_argument("--version", dest="pkg_version", default=None,
                        help="package version (default: pyproject's)")
    parser.add_argument("--force", action="store_true", help="freeze again even if up to date")
    args = parser.parse_args(argv)
    version = args.pkg_version or project_version()
    if args.step == "version":
        print(version)
        return 0
    if args.step in ("all", "build", "windows"):
        build(args.force)
    if args.step in ("all", "smoke", "windows"):
        smoke(executable())
    if args.step in ("all", "deb"):
        print(f"dist: {build_deb(APP_DIR, version, DIST)}")
    if args.step in ("all", "nsis"):
        print(f"dist: {build_nsis(APP_DIR, version, DIST)}")
    if args.step == "windows":
        print(f"dist: {build_nsis(APP_DIR, version, DIST, standin=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
