"""A small fake eSCL (AirScan) device on loopback: capabilities, jobs, pages, busy answers, a dying job."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CAPABILITIES = b"""<?xml version="1.0" encoding="UTF-8"?>
<scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03"
    xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
  <pwg:Version>2.63</pwg:Version><pwg:MakeAndModel>Fake eSCL 2000</pwg:MakeAndModel>
  <scan:Platen><scan:PlatenInputCaps><scan:SettingProfiles><scan:SettingProfile>
    <scan:ColorModes><scan:ColorMode>Grayscale8</scan:ColorMode><scan:ColorMode>RGB24</scan:ColorMode></scan:ColorModes>
    <scan:SupportedResolutions><scan:DiscreteResolutions>
      <scan:DiscreteResolution><scan:XResolution>150</scan:XResolution><scan:YResolution>150</scan:YResolution></scan:DiscreteResolution>
      <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
    </scan:DiscreteResolutions></scan:SupportedResolutions>
  </scan:SettingProfile></scan:SettingProfiles></scan:PlatenInputCaps></scan:Platen>
  <scan:Adf><scan:AdfSimplexInputCaps/><scan:AdfDuplexInputCaps/></scan:Adf>
</scan:ScannerCapabilities>"""


def status_xml(adf_state: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><scan:ScannerStatus '
            f'xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" '
            f'xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm"><pwg:Version>2.63</pwg:Version>'
            f'<pwg:State>Idle</pwg:State><scan:AdfState>{adf_state}</scan:AdfState>'
            f'</scan:ScannerStatus>').encode()


@dataclass
class Device:
    """What the fake device will do; the test sets it up, then reads what it was asked."""

    pages: list[bytes] = field(default_factory=list)
    busy_posts: int = 0  # 503 answers to ScanJobs before a job is made
    busy_pages: int = 0  # 503 answers to the first NextDocument (the page is not out yet)
    die_after: int | None = None  # after this many pages the next one is cut mid-body
    refuse_post: int | None = None  # e.g. 409: the ADF is empty
    adf_state: str = "ScannerAdfLoaded"  # ScannerStatus when the job ends or fails
    posted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    served: int = 0
    jobs: int = 0
    next_calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def make_handler(device: Device) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:  # keep the test output quiet
            pass

        def _send(self, code: int, body: bytes = b"", ctype: str = "text/xml",
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if self.path == "/eSCL/ScannerCapabilities":
                return self._send(200, CAPABILITIES)
            if self.path == "/eSCL/ScannerStatus":
                return self._send(200, status_xml(device.adf_state))
            if self.path.startswith("/eSCL/ScanJobs/") and self.path.endswith("/NextDocument"):
                with device.lock:
                    device.next_calls += 1
                    if device.busy_pages > 0:
                        device.busy_pages -= 1
                        return self._send(503)
                    if device.served >= len(device.pages):
                        return self._send(404)
                    page = device.pages[device.served]
                    device.served += 1
                    dying = device.die_after is not None and device.served > device.die_after
                if dying:  # headers promise the whole page; the connection drops half-way
                    self.send_response(200)
                    self.send_header("Content-Type", "image/jpeg")
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page[: len(page) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return None
                return self._send(200, page, "image/jpeg")
            return self._send(404)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode()
            if self.path != "/eSCL/ScanJobs":
                return self._send(404)
            with device.lock:
                if device.busy_posts > 0:
                    device.busy_posts -= 1
                    return self._send(503)
                if device.refuse_post is not None:
                    return self._send(device.refuse_post)
                device.posted.append(body)
                device.jobs += 1
                job = device.jobs
            return self._send(201, extra={"Location": f"/eSCL/ScanJobs/job-{job}"})

        def do_DELETE(self) -> None:  # noqa: N802
            device.deleted.append(self.path)
            return self._send(200)

    return Handler


class FakeEscl:
    def __init__(self, device: Device) -> None:
        self.device = device
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(device))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeEscl:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
