"""eSCL / AirScan network scanners over HTTP (requests); found by mDNS where zeroconf is, or typed."""

from __future__ import annotations

import logging
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import urljoin

import requests
from PIL import Image

from counter_app.scanning.loader import load_images
from counter_app.scanning.model import (
    BUSY, COVER_OPEN, FAILED, JAMMED, NO_DOCS, NOT_FOUND, UNPLUGGED, Capabilities, ColorMode,
    DeviceInfo, ScanError, ScanSettings, Source, pick,
)

log = logging.getLogger(__name__)
NS = {"scan": "http://schemas.hp.com/imaging/escl/2011/05/03",
      "pwg": "http://www.pwg.org/schemas/2010/12/sm"}
_COLOR: dict[ColorMode, str] = {"bw": "BlackAndWhite1", "grey": "Grayscale8", "color": "RGB24"}
_ADF_STATES = {"ScannerAdfJam": JAMMED, "ScannerAdfHatchOpen": COVER_OPEN,
               "ScannerAdfEmpty": NO_DOCS, "ScannerAdfMispick": JAMMED,
               "ScannerAdfMultipickDetected": JAMMED}
BUSY_RETRIES = 10  # 503 answers before giving up (the device is someone else's for a while)
TIMEOUT = (5.0, 120.0)  # connect, read: a page can take a while to come out of the feeder


def settings_xml(settings: ScanSettings, resolution: int, mode: ColorMode | None = None) -> str:
    """The ScanSettings document of a job: A4 in 1/300 inch, JPEG pages."""
    source = "Feeder" if settings.source == "adf" else "Platen"
    duplex = "<scan:Duplex>true</scan:Duplex>" if settings.duplex and source == "Feeder" else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<scan:ScanSettings xmlns:scan="{NS["scan"]}" xmlns:pwg="{NS["pwg"]}">'
        "<pwg:Version>2.0</pwg:Version>"
        "<pwg:ScanRegions><pwg:ScanRegion>"
        "<pwg:ContentRegionUnits>escl:ThreeHundredthsOfInches</pwg:ContentRegionUnits>"
        "<pwg:XOffset>0</pwg:XOffset><pwg:YOffset>0</pwg:YOffset>"
        "<pwg:Width>2480</pwg:Width><pwg:Height>3508</pwg:Height>"
        "</pwg:ScanRegion></pwg:ScanRegions>"
        f"<pwg:InputSource>{source}</pwg:InputSource>{duplex}"
        f"<scan:ColorMode>{_COLOR[mode or settings.mode]}</scan:ColorMode>"
        f"<scan:XResolution>{resolution}</scan:XResolution>"
        f"<scan:YResolution>{resolution}</scan:YResolution>"
        "<pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>"
        "<scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>"
        "</scan:ScanSettings>")


def parse_capabilities(xml: bytes) -> Capabilities:
    root = ET.fromstring(xml)
    resolutions = sorted({int(r.text or 0) for r in root.iterfind(".//scan:XResolution", NS)
                          if (r.text or "").isdigit() and 75 <= int(r.text or 0) <= 600})
    names = {m.text for m in root.iterfind(".//scan:ColorMode", NS)}
    modes = tuple(m for m, name in _COLOR.items() if name in names)
    sources: list[Source] = []
    if root.find("scan:Platen", NS) is not None:
        sources.append("flatbed")
    if root.find("scan:Adf", NS) is not None:
        sources.append("adf")
    duplex = root.find(".//scan:AdfDuplexInputCaps", NS) is not None
    return Capabilities(tuple(resolutions) or (200,), modes or ("grey",), tuple(sources), duplex)


class EsclScanner:
    """Device ids are the scanner's base URL, e.g. `http://192.0.2.7:8080`."""

    backend = "escl"

    def __init__(self, addresses: list[str] | None = None, session: requests.Session | None = None,
                 busy_wait: float = 1.0) -> None:
        self.addresses = [a.rstrip("/") for a in (addresses or [])]
        self._http = session or requests.Session()
        self._busy_wait = busy_wait
        self._cancelled = threading.Event()
        self._job: str | None = None

    def devices(self) -> list[DeviceInfo]:
        found = [DeviceInfo(a, a, self.backend) for a in self.addresses]
        known = set(self.addresses)
        for url, name in discover():
            if url not in known:
                found.append(DeviceInfo(url, name, self.backend))
        return found

    def _get(self, url: str) -> requests.Response:
        try:
            return self._http.get(url, timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise ScanError(UNPLUGGED, str(exc)) from None

    def capabilities(self, device_id: str) -> Capabilities:
        r = self._get(f"{device_id}/eSCL/ScannerCapabilities")
        if r.status_code != 200:
            raise ScanError(NOT_FOUND, f"HTTP {r.status_code}")
        try:
            return parse_capabilities(r.content)
        except ET.ParseError as exc:
            raise ScanError(FAILED, str(exc)) from None

    def cancel(self) -> None:
        self._cancelled.set()
        job = self._job
        if job is not None:
            try:
                self._http.delete(job, timeout=(2.0, 5.0))
            except requests.RequestException:
                pass

    def _adf_problem(self, device_id: str) -> str | None:
        try:
            r = self._http.get(f"{device_id}/eSCL/ScannerStatus", timeout=(2.0, 5.0))
            state = ET.fromstring(r.content).find(".//scan:AdfState", NS)
        except (requests.RequestException, ET.ParseError):
            return None
        return None if state is None else _ADF_STATES.get(state.text or "")

    def _create_job(self, device_id: str, settings: ScanSettings) -> str:
        caps = self.capabilities(device_id)
        mode: ColorMode = settings.mode if settings.mode in caps.modes else (
            "grey" if "grey" in caps.modes else caps.modes[0])
        body = settings_xml(settings, pick(caps.resolutions, settings.resolution), mode)
        for _ in range(BUSY_RETRIES):
            try:
                r = self._http.post(f"{device_id}/eSCL/ScanJobs", data=body.encode(),
                                    headers={"Content-Type": "text/xml"}, timeout=TIMEOUT)
            except requests.RequestException as exc:
                raise ScanError(UNPLUGGED, str(exc)) from None
            if r.status_code == 201 and r.headers.get("Location"):
                return urljoin(device_id + "/", r.headers["Location"]).rstrip("/")
            if r.status_code != 503:
                problem = self._adf_problem(device_id) if r.status_code == 409 else None
                raise ScanError(problem or FAILED, f"HTTP {r.status_code}")
            if self._cancelled.wait(self._busy_wait):
                raise ScanError(FAILED, "cancelled")
        raise ScanError(BUSY, "HTTP 503")

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]:
        """Pages of one job; 503 while a page is being made is waited for, 404 ends the job."""
        self._cancelled.clear()
        job = self._create_job(device_id, settings)
        self._job = job
        count = 0
        busy = 0
        try:
            while not self._cancelled.is_set():
                try:
                    r = self._http.get(f"{job}/NextDocument", timeout=TIMEOUT)
                except requests.RequestException as exc:
                    if self._cancelled.is_set():
                        return
                    raise ScanError(UNPLUGGED, f"mid-page: {exc}") from None
                if r.status_code == 503:
                    busy += 1
                    if busy > BUSY_RETRIES:
                        raise ScanError(BUSY, "HTTP 503")
                    self._cancelled.wait(self._busy_wait)
                    continue
                busy = 0
                if r.status_code in (404, 410):
                    problem = self._adf_problem(device_id)
                    if problem is not None and (problem != NO_DOCS or count == 0):
                        raise ScanError(problem, f"after {count} pages")
                    if count == 0:
                        raise ScanError(NO_DOCS if settings.source == "adf" else FAILED,
                                        "no page came out")
                    return
                if r.status_code != 200:
                    raise ScanError(self._adf_problem(device_id) or FAILED, f"HTTP {r.status_code}")
                for image in load_images(r.content):
                    if image.info.get("dpi") is None:
                        image.info["dpi"] = (settings.resolution, settings.resolution)
                    count += 1
                    yield image
                if settings.source != "adf":
                    return
        finally:
            self._job = None


def discover(timeout: float = 2.0) -> list[tuple[str, str]]:
    """(base URL, name) of eSCL scanners announced by mDNS (`_uscan._tcp`); empty without zeroconf."""
    try:
        from zeroconf import ServiceBrowser, ServiceListener, Zeroconf
    except ImportError:
        return []
    found: list[tuple[str, str]] = []

    class Listener(ServiceListener):  # type: ignore[misc]  # zeroconf is optional, not installed here
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            info = zc.get_service_info(type_, name, timeout=int(timeout * 1000))
            if info is None or not info.parsed_addresses():
                return
            root = (info.properties.get(b"rs") or b"eSCL").decode().strip("/")
            base = f"http://{info.parsed_addresses()[0]}:{info.port}"
            if root != "eSCL":
                base = f"{base}/{root.removesuffix('/eSCL')}".rstrip("/")
            found.append((base, name.split(".")[0]))

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None: ...

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None: ...

    zc = Zeroconf()
    try:
        ServiceBrowser(zc, "_uscan._tcp.local.", Listener())
        threading.Event().wait(timeout)
    except OSError as exc:
        log.info("mDNS discovery failed: %s", exc)
    finally:
        zc.close()
    return found
