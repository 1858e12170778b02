"""Drafts survive a reopened store; every print is recorded with its copy number and PDF kept."""

from __future__ import annotations

from counter_app.paths import resources_dir
from counter_app.services import drafts, prints
from counter_app.services.setup import open_counter


def test_draft_survives_reopening_the_store(ctx, clock, tmp_path):
    drafts.save_draft(ctx, "intake", {"applicant.full_name": "Nguyễn Văn An", "phone": "0912"})
    ctx.store.close()
    again = open_counter(tmp_path / "data", resources_dir(), clock=clock)
    assert drafts.load_draft(again, "intake") == {"applicant.full_name": "Nguyễn Văn An",
                                                  "phone": "0912"}
    drafts.clear_draft(again, "intake")
    assert drafts.load_draft(again, "intake") is None
    again.store.close()


def test_prints_are_recorded_and_reprints_counted(ctx):
    code = "000.00.06.H56-251117-0001"
    assert prints.next_copy_no(ctx, code, "form01") == 1
    first = prints.keep_pdf(ctx, code, "form01", b"%PDF-1.4 first", 1)
    prints.finish(ctx, first.id, "failed", error="Máy in hết giấy")
    assert prints.next_copy_no(ctx, code, "form01") == 1  # a failed print is not a copy
    retry = prints.keep_pdf(ctx, code, "form01", b"%PDF-1.4 first", 1)
    prints.finish(ctx, retry.id, "printed", printer="HP LaserJet")
    assert prints.next_copy_no(ctx, code, "form01") == 2
    hist = prints.history(ctx, code)
    assert [(h.outcome, h.clerk) for h in hist] == [("failed", "clerk01"), ("printed", "clerk01")]
    assert hist[0].error == "Máy in hết giấy"
    assert ctx.files.open(hist[1].sha256).read() == b"%PDF-1.4 first"
