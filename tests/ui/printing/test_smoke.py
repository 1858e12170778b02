"""`counter-app --smoke` from the source tree: the demo dossier's slip is read back through QtPdf,
and a slip whose barcode cannot be read fails the check with the reason."""

from __future__ import annotations

from counter_app.__main__ import main
from counter_app.tools.smoke import run_smoke
from counter_app.ui.printing.raster import pdf_grey_pages


def test_smoke_receives_a_dossier_prints_its_slip_and_reads_the_barcode_back(qapp, capsys) -> None:
    assert main(["--smoke"]) == 0
    out = capsys.readouterr().out
    code = out.split("Tiếp nhận hồ sơ mẫu ")[1].split(",")[0]
    assert code.startswith("000.00.06.H56-")
    assert f"→ {code}." in out  # the barcode read back is the dossier's code
    assert "Kiểm tra đạt" in out


def test_a_slip_without_a_readable_barcode_fails_the_smoke_with_the_reason(qapp) -> None:
    said: list[str] = []

    def blank(pdf: bytes, dpi: int) -> list[tuple[int, int, bytes]]:
        width, height, _ = pdf_grey_pages(pdf, dpi)[0]
        return [(width, height, b"\xff" * (width * height))]  # the page came out white

    assert run_smoke(blank, say=said.append, complain=said.append) == 1
    assert said[-1] == "KIỂM TRA THẤT BẠI: không đọc được mã vạch trên phiếu Mẫu 01"
