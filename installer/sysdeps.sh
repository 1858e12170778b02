#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need (Qt's runtime libraries, fonts).
# Idempotent and quiet when everything is there; on a non-Debian or non-root machine it only
# says what is missing, so a developer can install it by their own means.
set -euo pipefail

# What the installed app needs to run (the .deb's Depends: `sysdeps.sh --runtime` lists them).
RUNTIME=(
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt offscreen/xcb
  # Qt's xcb platform plugin (the real display): what `ldd` on PySide6's libqxcb.so and
  # libQt6XcbQpa.so.6 lists, plus what QT_DEBUG_PLUGINS=1 shows it loading at start
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libcups2                                    # Qt's print support (QPrinterInfo, the preview)
  fonts-dejavu-core                                                      # a Vietnamese-capable font
  libsane1                                    # scanning: SANE's library and backends (not bundled)
)
if [ "${1:-}" = "--runtime" ]; then
  echo "${RUNTIME[*]}"
  exit 0
fi

PKGS=(
  "${RUNTIME[@]}"
  xvfb xauth xfonts-base x11-utils xdotool    # the xcb smoke test: a private X display, keys
  sqlite3                                                                # inspecting stores by hand
  poppler-utils zbar-tools                    # printing tests: PDF → PNG, barcode decoding
  postgresql                                  # the central service's production database, in tests
  sane-utils libsane-dev                      # SANE's `test` device in tests; headers to build
                                              # python-sane where no wheel fits
  nsis                                        # `make dist`: compiles the Windows installer script
  chromium                                    # central's public pages: a phone-size screenshot test
)
PKGS+=("$@")

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then missing+=(python3-venv); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "sysdeps: not a Debian machine; please install: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "sysdeps: run as root (or with sudo) to install: ${missing[*]}" >&2
    exit 0
  fi
else
  SUDO=
fi
echo "sysdeps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
