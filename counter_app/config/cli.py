"""`counter-app config show` and `config check`: print the effective settings, or every problem."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from counter_app.config.loader import Config, ConfigError, load, read_file, resolve
from counter_app.config.render import show

Echo = Callable[[str], None]


def config_command(action: str, file: Path | None, *, files: Sequence[Path],
                   environ: Mapping[str, str], flags: Mapping[str, tuple[str, object]], cwd: Path,
                   default_data_dir: Path, install_dir: Path | None,
                   echo: Echo, echo_error: Echo) -> int:
    """0: valid (and shown); 2: invalid, every problem printed with its key, place and reason."""
    try:
        if action == "check" and file is not None:
            if not file.is_file():
                echo_error(f"Lỗi: không có tệp {file}")
                return 2
            resolve([read_file(file)], default_data_dir=default_data_dir,
                    install_dir=install_dir, files=((file, True),))
            echo(f"Tệp cấu hình {file} hợp lệ.")
            return 0
        config: Config = load(files, environ, flags, cwd=cwd, default_data_dir=default_data_dir,
                              install_dir=install_dir)
    except ConfigError as exc:
        echo_error(exc.message)
        return 2
    if action == "show":
        echo(show(config))
    else:
        read = [str(p) for p, there in config.files if there]
        echo("Cấu hình hợp lệ" + (f" (đã đọc: {', '.join(read)})." if read else
                                  " (không có tệp cấu hình: dùng giá trị mặc định)."))
    return 0
