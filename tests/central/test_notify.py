"""Citizen notifications: consent, one message per event, quiet hours, retries, delivery status."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from central.db import connect
from central.models import NotificationRow
from central.notify.config import NotifyConfig, SmsConfig, ZaloConfig
from central.notify.sender import send_due
from counter_app.core.timeutil import iso
from tests.central.fake_gateways import FakeGateway
from tests.central.helpers import World, vn

NAME = "Nguyễn Thị Đào"
ID_NUMBER = "001190012345"


@pytest.fixture
def sms() -> Iterator[FakeGateway]:
    with FakeGateway("sms") as gateway:
        yield gateway


@pytest.fixture
def zalo() -> Iterator[FakeGateway]:
    with FakeGateway("zalo") as gateway:
        yield gateway


def config(sms: FakeGateway | None = None, zalo: FakeGateway | None = None,
           **extra: Any) -> NotifyConfig:
    return NotifyConfig(
        sms=SmsConfig(url=sms.url, token="sms-secret", timeout_s=5) if sms else None,
        zalo=ZaloConfig(templates={"received": "301", "result_ready": "302",
                                   "supplement_needed": "303", "apology": "304"},
                        url=zalo.url, access_token="oa-token", timeout_s=5) if zalo else None,
        **extra)


def receive(world: World, notify: dict[str, Any] | None, day: int = 17) -> str:
    code = world.a.next_code(vn(2025, 11, day))
    event = world.a.received(code, vn(2025, 11, day, 9), vn(2025, 11, day + 3, 17))
    if notify is not None:
        event["payload"]["notify"] = notify
    assert world.post_events(world.a, [event])[0]["status"] == "applied"
    return code


def messages(world: World) -> list[dict[str, Any]]:
    with connect(world.engine) as conn:
        return [dict(r) for r in conn.execute(
            select(NotificationRow.__table__).order_by(NotificationRow.id)).mappings()]


def at_noon() -> datetime:
    return vn(2025, 12, 1, 12, 0)  # the messages are queued at the service's 09:00


def test_only_a_citizen_who_consented_is_told(sqlite_world: World, sms: FakeGateway) -> None:
    world = sqlite_world
    receive(world, None)  # an older counter: no consent recorded
    receive(world, {"consent": False, "channel": "none"})
    receive(world, {"consent": False, "channel": "sms"})
    told = receive(world, {"consent": True, "channel": "sms"})
    report = send_due(world.engine, config(sms), at_noon())
    assert report.sent == 1
    assert [m["json"]["to"] for m in sms.received] == ["0912345678"]
    text = sms.received[0]["json"]["text"]
    assert told in text and "20/11/2025" in text
    assert NAME not in text and ID_NUMBER not in text and "Lê Lợi" not in text
    assert sms.received[0]["headers"]["Authorization"] == "Bearer sms-secret"
    [row] = messages(world)
    assert row["status"] == "sent" and row["provider_message_id"] == "sms-1"
    assert set(row["params"]) == {"ma_ho_so", "ngay_hen_tra"}  # only what the template needs
    assert row["recipient"] is None  # not kept once delivered


def test_each_event_is_told_once_even_when_resent(sqlite_world: World, sms: FakeGateway) -> None:
    world = sqlite_world
    code = world.a.next_code(vn(2025, 11, 17))
    event = world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    event["payload"]["notify"] = {"consent": True, "channel": "sms"}
    world.post_events(world.a, [event])
    assert world.post_events(world.a, [event])[0]["status"] == "duplicate"
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.progress(code, 9, vn(2025, 11, 18, 10)).status_code == 200
    assert world.progress(code, 9, vn(2025, 11, 18, 11)).status_code == 409
    send_due(world.engine, config(sms), at_noon())
    send_due(world.engine, config(sms), at_noon())
    assert [m["kind"] for m in messages(world)] == ["received", "result_ready"]
    assert len(sms.received) == 2
    assert "đã có kết quả" in sms.received[1]["json"]["text"]


def test_supplement_and_apology_are_told(sqlite_world: World, sms: FakeGateway) -> None:
    world = sqlite_world
    code = receive(world, {"consent": True, "channel": "sms"})
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.progress(code, 5, vn(2025, 11, 18, 10)).status_code == 200
    assert world.progress(code, 4, vn(2025, 11, 19, 10)).status_code == 200
    assert world.progress(code, 4, vn(2025, 11, 21, 10), note="Mẫu 04",
                          new_appointment_at=iso(vn(2025, 11, 27, 17))).status_code == 200
    send_due(world.engine, config(sms), at_noon())
    assert [m["kind"] for m in messages(world)] == [
        "received", "supplement_needed", "apology"]
    texts = [m["json"]["text"] for m in sms.received]
    assert "cần bổ sung" in texts[1]
    assert "xin lỗi" in texts[2] and "17:00 27/11/2025" in texts[2]


def test_nothing_is_sent_at_night_it_waits_for_the_morning(sqlite_world: World,
                                                           sms: FakeGateway) -> None:
    world = sqlite_world
    receive(world, {"consent": True, "channel": "sms"})
    for night in (vn(2025, 12, 1, 21, 0), vn(2025, 12, 1, 23, 30), vn(2025, 12, 2, 6, 59)):
        report = send_due(world.engine, config(sms), night)
        assert report.held_until == vn(2025, 12, 2, 7, 0)
    assert sms.received == [] and messages(world)[0]["status"] == "pending"
    assert send_due(world.engine, config(sms), vn(2025, 12, 2, 7, 0)).sent == 1
    assert len(sms.received) == 1
    # Configurable: a province that stops at 20:00 holds a message at 20:30.
    receive(world, {"consent": True, "channel": "sms"}, day=18)
    late = config(sms, quiet_start=vn(2025, 1, 1, 20).time())
    assert send_due(world.engine, late, vn(2025, 12, 2, 20, 30)).sent == 0
    assert len(sms.received) == 1


def test_a_failing_gateway_is_retried_with_backoff(sqlite_world: World,
                                                   sms: FakeGateway) -> None:
    world = sqlite_world
    receive(world, {"consent": True, "channel": "sms"})
    sms.replies.extend([(503, {"error": "busy"}), (503, {"error": "busy"})])
    cfg = config(sms, backoff_s=60)
    now = at_noon()
    assert send_due(world.engine, cfg, now).retried == 1
    row = messages(world)[0]
    assert (row["status"], row["attempts"]) == ("pending", 1) and "503" in row["last_error"]
    assert row["recipient"] == "0912345678"  # kept while it may still be sent
    assert send_due(world.engine, cfg, now.replace(second=59)).retried == 0  # not due yet
    assert len(sms.received) == 1
    assert send_due(world.engine, cfg, now.replace(minute=1)).retried == 1  # 60 s later
    assert send_due(world.engine, cfg, now.replace(minute=2, second=59)).sent == 0  # 120 s
    assert send_due(world.engine, cfg, now.replace(minute=3)).sent == 1
    row = messages(world)[0]
    assert (row["status"], row["attempts"], row["last_error"]) == ("sent", 3, "")
    assert len(sms.received) == 3


def test_a_refused_message_fails_with_its_error_and_retries_end(sqlite_world: World,
                                                               sms: FakeGateway) -> None:
    world = sqlite_world
    receive(world, {"consent": True, "channel": "sms"})
    receive(world, {"consent": True, "channel": "sms"}, day=18)
    sms.replies.extend([(400, {"error": "số không hợp lệ"}), (500, {}), (500, {})])
    cfg = config(sms, max_attempts=2, backoff_s=0)
    send_due(world.engine, cfg, at_noon())
    send_due(world.engine, cfg, at_noon())
    rows = messages(world)
    assert [(r["status"], r["attempts"]) for r in rows] == [("failed", 1), ("failed", 2)]
    assert "400" in rows[0]["last_error"] and "500" in rows[1]["last_error"]
    assert [r["recipient"] for r in rows] == [None, None]
    send_due(world.engine, cfg, at_noon())
    assert len(sms.received) == 3


def test_zalo_zns_gets_its_template_and_only_its_fields(sqlite_world: World,
                                                        zalo: FakeGateway) -> None:
    world = sqlite_world
    code = receive(world, {"consent": True, "channel": "zalo"})
    zalo.replies.append((200, {"error": -124, "message": "Access token is invalid"}))
    cfg = config(zalo=zalo, backoff_s=0)
    assert send_due(world.engine, cfg, at_noon()).retried == 1
    assert send_due(world.engine, cfg, at_noon()).sent == 1
    sent = zalo.received[-1]
    assert sent["headers"]["access_token"] == "oa-token"
    body = sent["json"]
    assert body["phone"] == "84912345678" and body["template_id"] == "301"
    assert body["template_data"] == {"ma_ho_so": code, "ngay_hen_tra": "17:00 20/11/2025"}
    assert body["tracking_id"]
    row = messages(world)[0]
    assert (row["status"], row["provider_message_id"], row["attempts"]) == ("sent", "zns-2", 2)
    # A business error Zalo will not change its mind about is final.
    receive(world, {"consent": True, "channel": "zalo"}, day=18)
    zalo.replies.append((200, {"error": -108, "message": "Phone number is invalid"}))
    assert send_due(world.engine, cfg, at_noon()).failed == 1
    assert "-108" in messages(world)[1]["last_error"]


def test_a_channel_without_a_provider_waits_then_expires(sqlite_world: World,
                                                         sms: FakeGateway) -> None:
    world = sqlite_world
    receive(world, {"consent": True, "channel": "zalo"})
    assert send_due(world.engine, config(sms), at_noon()).sent == 0
    assert messages(world)[0]["status"] == "pending"
    report = send_due(world.engine, config(sms, max_age_hours=48), vn(2025, 12, 3, 9, 1))
    assert report.expired == 1
    assert messages(world)[0]["status"] == "expired" and messages(world)[0]["recipient"] is None


def test_messages_are_queued_on_postgresql_too(world: World, sms: FakeGateway) -> None:
    code = receive(world, {"consent": True, "channel": "sms"})
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.progress(code, 9, vn(2025, 11, 18, 10)).status_code == 200
    assert send_due(world.engine, config(sms), at_noon()).sent == 2
    assert [m["status"] for m in messages(world)] == ["sent", "sent"]


def test_the_send_command_does_one_pass(sqlite_world: World, sqlite_url: str, tmp_path: Any,
                                        sms: FakeGateway,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from central.__main__ import main

    receive(sqlite_world, {"consent": True, "channel": "sms"})
    settings = tmp_path / "notify.toml"
    # No quiet hours (this runs at any hour); the world's clock is in 2025: no expiry.
    settings.write_text(f'[notify]\nquiet_start = "00:00"\nquiet_end = "00:00"\n'
                        f'max_age_hours = 1000000\n'
                        f'[notify.sms]\nurl = "{sms.url}"\ntoken = "t"\n', encoding="utf-8")
    assert main(["notify", "--db", sqlite_url, "send", "--config", str(settings), "--once"]) == 0
    assert "sent=1" in capsys.readouterr().out and len(sms.received) == 1
    assert main(["notify", "--db", sqlite_url, "status"]) == 0
    assert "received\tsms\tsent\t1" in capsys.readouterr().out
    settings.write_text('[notify]\nquiet_start = "9 giờ"\n', encoding="utf-8")
    assert main(["notify", "--db", sqlite_url, "send", "--config", str(settings), "--once"]) == 2
    assert "quiet_start" in capsys.readouterr().out


def test_a_template_may_ask_only_for_what_it_declares() -> None:
    from central.notify.templates import TemplateError, load, parse

    good = {kind: {"fields": t.fields, "sms": t.sms} for kind, t in load().items()}
    good = {k: {"fields": list(v["fields"]), "sms": v["sms"]} for k, v in good.items()}
    with pytest.raises(TemplateError, match="ho_ten"):
        parse({**good, "received": {"fields": ["ma_ho_so", "ho_ten"], "sms": "{ma_ho_so}"}})
    with pytest.raises(TemplateError, match="ngay_hen_tra not in fields"):
        parse({**good, "received": {"fields": ["ma_ho_so"], "sms": "{ngay_hen_tra}"}})
    with pytest.raises(TemplateError, match="apology: missing"):
        parse({k: v for k, v in good.items() if k != "apology"})
