"""Layered configuration: defaults, machine-wide file, per-user file, environment, flags; validated."""

from __future__ import annotations

import difflib
import ipaddress
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from counter_app.config.schema import BY_NAME, KEYS, SECTIONS, Key

DEFAULT = "mặc định"
ENV_PREFIX = "COUNTER_APP_"
# Older names kept working: COUNTER_APP_DATA was the data folder before this file existed.
ENV_ALIASES = {"COUNTER_APP_DATA": "data.dir"}

Value = str | int | None


@dataclass(frozen=True)
class Problem:
    """One wrong setting: which key, where it was set, and why it is wrong (Vietnamese)."""

    key: str  # "central.url"; "" for the file as a whole
    where: str  # a file's path, "biến môi trường …", "tham số …"
    reason: str

    def __str__(self) -> str:
        key = f"[{self.key}] " if self.key else ""
        return f"{self.where}: {key}{self.reason}"


class ConfigError(Exception):
    """The configuration cannot be used; the app refuses to start and says every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        lines = "\n".join(f"  • {p}" for p in self.problems)
        return ("Cấu hình của phần mềm quầy không hợp lệ; phần mềm không khởi động.\n"
                f"{lines}\nSửa tệp cấu hình (xem docs/configuration.md) rồi mở lại; "
                "kiểm tra bằng: counter-app config check")


@dataclass(frozen=True)
class Source:
    """Raw values from one place, before validation; `base` resolves relative paths."""

    origin: str
    values: Mapping[str, object]
    base: Path
    where: Mapping[str, str] = field(default_factory=dict)  # key → more precise origin (env name)
    problems: tuple[Problem, ...] = ()
    typed: bool = True  # TOML values carry their type; environment values are all strings

    def origin_of(self, key: str) -> str:
        return self.where.get(key, self.origin)


@dataclass(frozen=True)
class Config:
    """The effective settings and where each came from."""

    values: Mapping[str, Value]
    origins: Mapping[str, str]
    files: tuple[tuple[Path, bool], ...] = ()  # every file looked at, and whether it was there

    def text(self, key: str) -> str:
        value = self.values[key]
        return "" if value is None else str(value)

    def integer(self, key: str) -> int | None:
        value = self.values[key]
        return value if isinstance(value, int) else None

    def path(self, key: str) -> Path | None:
        value = self.values[key]
        return Path(value) if isinstance(value, str) and value else None

    @property
    def data_dir(self) -> Path:
        found = self.path("data.dir")
        assert found is not None  # resolve() always sets a default
        return found

    @property
    def log_dir(self) -> Path:
        return self.path("log.dir") or self.data_dir


def _suggest(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (có phải ý là «{close[0]}»?)" if close else ""


def read_file(path: Path) -> Source:
    """A TOML file's values; an unreadable file, bad syntax or an unknown key is a problem."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return Source(where, {}, path.parent, problems=(
            Problem("", where, f"không đọc được tệp: {exc.strerror or exc}"),))
    except UnicodeDecodeError:
        return Source(where, {}, path.parent, problems=(
            Problem("", where, "tệp không phải văn bản UTF-8"),))
    except tomllib.TOMLDecodeError as exc:
        return Source(where, {}, path.parent, problems=(
            Problem("", where, f"sai cú pháp TOML: {exc}"),))
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for section, body in data.items():
        if section not in SECTIONS:
            problems.append(Problem(section, where, "mục không có trong cấu hình"
                                    + _suggest(section, SECTIONS)))
            continue
        if not isinstance(body, dict):
            problems.append(Problem(section, where, f"phải là một mục [{section}], không phải giá trị"))
            continue
        for name, raw in body.items():
            dotted = f"{section}.{name}"
            if dotted not in BY_NAME:
                problems.append(Problem(dotted, where, "khóa không có trong cấu hình" + _suggest(
                    name, [k.name for k in SECTIONS[section]])))
                continue
            values[dotted] = raw
    return Source(where, values, path.parent, problems=tuple(problems))


def from_env(environ: Mapping[str, str], cwd: Path) -> Source:
    """COUNTER_APP_<SECTION>_<KEY> values (strings); a misspelt key of a known section is refused."""
    values: dict[str, object] = {}
    where: dict[str, str] = {}
    problems: list[Problem] = []
    by_env = {k.env: k for k in KEYS}
    for alias, dotted in ENV_ALIASES.items():
        if environ.get(alias) and BY_NAME[dotted].env not in environ:
            values[dotted], where[dotted] = environ[alias], f"biến môi trường {alias}"
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or name in ENV_ALIASES:
            continue
        key = by_env.get(name)
        if key is not None:
            values[key.dotted], where[key.dotted] = raw, f"biến môi trường {name}"
            continue
        rest = name[len(ENV_PREFIX):].lower()
        section = next((s for s in SECTIONS if rest.startswith(s + "_")), None)
        if section is not None:
            problems.append(Problem(rest.replace("_", ".", 1), f"biến môi trường {name}",
                                    "khóa không có trong cấu hình" + _suggest(
                                        rest[len(section) + 1:], [k.name for k in SECTIONS[section]])))
    return Source("biến môi trường", values, cwd, where, tuple(problems), typed=False)


def from_flags(flags: Mapping[str, tuple[str, object]], cwd: Path) -> Source:
    """Command-line flags: key → (flag as typed, value); None values were not given."""
    values = {k: v for k, (_, v) in flags.items() if v is not None}
    where = {k: f"tham số {flag}" for k, (flag, v) in flags.items() if v is not None}
    return Source("tham số dòng lệnh", values, cwd, where, typed=False)


_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(raw: str) -> str:
    url = raw.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"«{raw}» không phải địa chỉ https://… hợp lệ")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(f"«{raw}» phải dùng https:// (http:// chỉ được dùng với máy này, "
                         "127.0.0.1 hoặc localhost)")
    return url


def coerce(key: Key, raw: object, base: Path, *, typed: bool = True) -> Value:
    """The typed value of `raw` for `key`, or ValueError with the reason in Vietnamese.

    With `typed` (a TOML file) a number must be written as a number; from the environment a
    string of digits is read as one.
    """
    from_text = isinstance(raw, str)
    if key.kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, (int, str)) or (typed and from_text):
            raise ValueError(f"phải là một số nguyên, không phải {_kind_of(raw)}")
        try:
            number = int(raw.strip()) if isinstance(raw, str) else raw
        except ValueError:
            raise ValueError(f"phải là một số nguyên, không phải «{raw}»") from None
        if (key.low is not None and number < key.low) or (key.high is not None and number > key.high):
            raise ValueError(f"phải từ {key.low} đến {key.high}, không phải {number}")
        return number
    if not from_text:
        raise ValueError(f"phải là một chuỗi trong ngoặc kép, không phải {_kind_of(raw)}")
    text = str(raw).strip()
    if key.kind == "choice":
        found = next((c for c in key.choices if c.lower() == text.lower()), None)
        if found is None:
            raise ValueError(f"phải là một trong {', '.join(key.choices)}, không phải «{text}»")
        return found
    if key.kind == "text":
        return text
    if not text:
        return None  # an empty address or path: not set
    if key.kind == "url":
        return _check_url(text)
    path = Path(text).expanduser()
    path = path if path.is_absolute() else base / path
    if key.kind == "file" and not path.is_file():
        raise ValueError(f"không có tệp {path}")
    return str(path)


def _kind_of(raw: object) -> str:
    names = {bool: "giá trị đúng/sai", int: "số", float: "số thực", str: "chuỗi", list: "danh sách",
             dict: "một mục"}
    return names.get(type(raw), type(raw).__name__)


def _inside(child: Path, parent: Path) -> bool:
    child, parent = child.resolve(), parent.resolve()
    return child == parent or parent in child.parents


def resolve(sources: Sequence[Source], *, default_data_dir: Path, install_dir: Path | None,
            files: tuple[tuple[Path, bool], ...] = ()) -> Config:
    """Apply the sources in order (later wins) over the defaults; raise ConfigError if any is wrong."""
    values: dict[str, Value] = {k.dotted: k.default for k in KEYS}
    origins = {k.dotted: DEFAULT for k in KEYS}
    values["data.dir"] = str(default_data_dir)
    problems: list[Problem] = []
    for source in sources:
        problems.extend(source.problems)
        for dotted, raw in source.values.items():
            key = BY_NAME[dotted]
            try:
                values[dotted] = coerce(key, raw, source.base, typed=source.typed)
            except ValueError as exc:
                problems.append(Problem(dotted, source.origin_of(dotted), str(exc)))
                continue
            origins[dotted] = source.origin_of(dotted)
    if values["data.dir"] is None:  # set to "": back to the default
        values["data.dir"], origins["data.dir"] = str(default_data_dir), DEFAULT
    if install_dir is not None:
        for dotted in ("data.dir", "log.dir"):
            value = values[dotted]
            if isinstance(value, str) and _inside(Path(value), install_dir):
                problems.append(Problem(dotted, origins[dotted], (
                    f"thư mục {value} nằm trong thư mục cài đặt {install_dir}; dữ liệu phải ở "
                    "ngoài thư mục cài đặt (bản cập nhật hoặc gỡ cài đặt sẽ xóa nó)")))
    if problems:
        raise ConfigError(problems)
    return Config(values, origins, files)


def load(files: Sequence[Path], environ: Mapping[str, str], flags: Mapping[str, tuple[str, object]],
         *, cwd: Path, default_data_dir: Path, install_dir: Path | None) -> Config:
    """Files in order (a missing file is skipped), then the environment, then the flags."""
    seen = tuple((f, f.is_file()) for f in files)
    sources = [read_file(f) for f, there in seen if there]
    sources += [from_env(environ, cwd), from_flags(flags, cwd)]
    return resolve(sources, default_data_dir=default_data_dir, install_dir=install_dir, files=seen)
