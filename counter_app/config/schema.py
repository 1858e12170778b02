"""Every configuration key: its section, type, default, bounds, and whether it is a secret."""

from __future__ import annotations

from dataclasses import dataclass

# Kinds of value: "text" any string; "url" http(s) (https outside loopback); "path" a folder or
# file path; "file" a path to an existing file; "int" an integer in [low, high]; "choice" one
# of `choices`.
KINDS = ("text", "url", "path", "file", "int", "choice")


@dataclass(frozen=True)
class Key:
    section: str
    name: str
    kind: str
    default: str | int | None
    help: str
    secret: bool = False
    choices: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def env(self) -> str:
        """The environment variable that overrides this key: COUNTER_APP_<SECTION>_<KEY>."""
        return f"COUNTER_APP_{self.section}_{self.name}".upper()


SLIP_LAYOUTS = ("a4_two_copies", "a5", "thermal80")

KEYS: tuple[Key, ...] = (
    Key("central", "url", "url", None,
        "địa chỉ hệ thống tỉnh, https:// (http:// chỉ trên máy này)"),
    Key("central", "ca_bundle", "file", None,
        "tệp chứng chỉ gốc (PEM) của tỉnh, nếu tỉnh dùng CA riêng"),
    Key("counter", "number", "int", None, "số quầy (tên máy khi đăng ký: Quầy N)",
        low=1, high=99),
    Key("enrollment", "code", "text", None, "mã đăng ký thiết bị do quản trị cấp (bí mật)",
        secret=True),
    Key("data", "dir", "path", None, "thư mục dữ liệu (cơ sở dữ liệu, tệp quét)"),
    Key("log", "level", "choice", "INFO", "mức ghi nhật ký",
        choices=("DEBUG", "INFO", "WARNING", "ERROR")),
    Key("log", "dir", "path", None, "thư mục nhật ký (mặc định: thư mục dữ liệu)"),
    Key("log", "max_kb", "int", 1024, "dung lượng tối đa một tệp nhật ký (KB)",
        low=64, high=102_400),
    Key("log", "backups", "int", 5, "số tệp nhật ký cũ giữ lại", low=1, high=50),
    Key("updates", "url", "url", None, "địa chỉ kho bản cập nhật (TUF)"),
    Key("updates", "bandwidth_kbps", "int", 0, "giới hạn băng thông tải cập nhật (0: không giới hạn)",
        low=0, high=1_000_000),
    Key("updates", "channel", "choice", "stable", "kênh cập nhật",
        choices=("stable", "candidate")),
    Key("updates", "trusted_root", "file", None,
        "root.json: khóa ký bản cập nhật của tỉnh (mặc định: resources/update-root.json)"),
    Key("ui", "language", "choice", "vi", "ngôn ngữ giao diện khi quầy chưa chọn",
        choices=("vi", "en")),
    Key("printing", "slip_layout", "choice", "a4_two_copies",
        "khổ phiếu hẹn mặc định khi quầy chưa chọn", choices=SLIP_LAYOUTS),
    Key("printing", "slip_printer", "text", "", "máy in phiếu hẹn mặc định (trống: máy in mặc định)"),
)

BY_NAME: dict[str, Key] = {k.dotted: k for k in KEYS}
SECTIONS: dict[str, tuple[Key, ...]] = {
    s: tuple(k for k in KEYS if k.section == s) for s in dict.fromkeys(k.section for k in KEYS)}
