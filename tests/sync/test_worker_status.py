"""What the sync thread tells the UI, against the real central service: each request's outcome,
and a run's report only with its end (progress ticks must not make the UI reload anything)."""

from __future__ import annotations

from counter_app.services.attachments import attach_scan
from counter_app.services.context import ServiceContext
from counter_app.services.sync_setup import build_engine
from counter_app.sync.worker import SyncWorker
from tests.sync.conftest import Central, Recorder, enroll_alone, receive


def test_progress_carries_no_report_only_the_runs_end_does(
        ctx: ServiceContext, fresh_central: Central) -> None:
    fresh_central.start()
    online_ctx = enroll_alone(ctx, fresh_central)
    recorder = Recorder()
    worker = SyncWorker(build_engine(online_ctx, chunk_size=64 * 1024), on_progress=recorder,
                        idle_interval=3600.0)
    worker.start()
    try:
        recorder.wait_for(lambda s: any(x.phase == "idle" for x in s))
        code = receive(online_ctx, 1)[0]
        attach_scan(online_ctx, code, "Bản sao giấy khai sinh", b"%PDF-1.4 " + b"x" * 300_000, 1)
        recorder.wait_for(lambda s: any(x.report is not None and x.report.files_uploaded == 1
                                        for x in s))
    finally:
        worker.stop()
    uploads = [s for s in recorder.statuses if s.phase == "uploading"]
    assert len(uploads) >= 4 and {s.item for s in uploads} != {""}
    progress = [s for s in recorder.statuses if s.phase in ("uploading", "sending", "pulling",
                                                            "reference")]
    assert progress and all(s.report is None for s in progress)
    ends = [s for s in recorder.statuses if s.report is not None and s.phase == "idle"]
    assert ends and all(s.answered == 0 for s in ends)
    # The link as every status says it: once known, never "unknown" again during a run.
    assert all(s.online is True for s in progress[1:])
    assert all(s.last_contact_at is not None for s in progress[1:])


def test_the_first_failed_request_is_reported_before_the_run_ends(
        ctx: ServiceContext, fresh_central: Central) -> None:
    fresh_central.start()
    online = enroll_alone(ctx, fresh_central)
    recorder = Recorder()
    worker = SyncWorker(build_engine(online), on_progress=recorder, idle_interval=3600.0,
                        base_delay=3600.0, max_delay=3600.0)
    worker.start()
    try:
        recorder.wait_for(lambda s: any(x.phase == "idle" for x in s))
        fresh_central.stop()
        receive(online, 1)
        recorder.wait_for(lambda s: any(x.phase == "offline" for x in s))
    finally:
        worker.stop()
    after = recorder.statuses[next(i for i, s in enumerate(recorder.statuses)
                                   if s.phase == "idle") + 1:]
    first_offline = next(i for i, s in enumerate(after) if s.online is False)
    assert after[first_offline].report is None  # from the request itself, not the run's end
    assert after[first_offline].message.startswith("Không kết nối được hệ thống tỉnh")
    assert any(s.phase == "offline" and s.report is not None for s in after[first_offline:])
