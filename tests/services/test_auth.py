"""Clerk login at the counter works offline and locks after repeated wrong passwords."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest

from counter_app.services import auth
from counter_app.services.errors import ServiceError


def test_offline_login_and_lockout(ctx, clock):
    auth.add_clerk(ctx.store, "Lan.Nguyen", "Nguyễn Thị Lan", "clerk", "mật-khẩu-dài", clock())
    assert auth.login(ctx.store, "lan.nguyen", "mật-khẩu-dài", clock()).full_name == "Nguyễn Thị Lan"
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(auth.LoginError) as err:
            auth.login(ctx.store, "lan.nguyen", "sai", clock())
        assert err.value.rule == "invalid"
    with pytest.raises(auth.LoginError) as err:  # the failure that locks says so
        auth.login(ctx.store, "lan.nguyen", "sai", clock())
    assert err.value.rule == "locked"
    with pytest.raises(auth.LoginError) as err:  # even the right password is refused now
        auth.login(ctx.store, "lan.nguyen", "mật-khẩu-dài", clock())
    assert err.value.rule == "locked"
    clock.now += auth.LOCK_FOR + timedelta(seconds=1)
    assert auth.login(ctx.store, "lan.nguyen", "mật-khẩu-dài", clock()).username == "lan.nguyen"


def test_attempts_left_are_counted_and_the_lock_says_when_it_opens(ctx, clock):
    auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-dài", clock())
    left = []
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(auth.LoginError) as err:
            auth.login(ctx.store, "lan", "sai", clock())
        left.append(err.value.attempts_left)
    assert left == [4, 3, 2, 1]
    assert "Còn 1 lần thử" in err.value.message  # the warning comes before the last try
    with pytest.raises(auth.LoginError) as err:
        auth.login(ctx.store, "lan", "sai", clock())
    assert err.value.rule == "locked"
    assert err.value.locked_until == clock() + auth.LOCK_FOR
    assert f"{clock() + auth.LOCK_FOR:%H:%M}" in err.value.message


def test_unknown_user_gets_the_same_message(ctx, clock):
    auth.add_clerk(ctx.store, "binh", "Trần Văn Bình", "clerk", "12345678", clock())
    with pytest.raises(auth.LoginError) as unknown:
        auth.login(ctx.store, "khong-co", "12345678", clock())
    with pytest.raises(auth.LoginError) as wrong:
        auth.login(ctx.store, "binh", "87654321", clock())
    assert str(unknown.value) == str(wrong.value)


@pytest.mark.parametrize("username, role, password, field", [
    ("a", "clerk", "12345678", "username"),
    ("lan", "boss", "12345678", "role"),
    ("lan", "clerk", "short", "password"),
])
def test_bad_accounts_are_refused(ctx, clock, username, role, password, field):
    with pytest.raises(ServiceError) as err:
        auth.add_clerk(ctx.store, username, "Tên", role, password, clock())
    assert err.value.field == field
    assert auth.list_clerks(ctx.store) == []


def test_users_tool_adds_an_account_with_password_from_stdin(tmp_path):
    cmd = [sys.executable, "-m", "counter_app.tools.users", "--data", str(tmp_path)]
    done = subprocess.run(cmd + ["add", "hoa", "--name", "Lê Thị Hoa"], input="bí-mật-123\n",
                          text=True, capture_output=True)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(cmd + ["list"], text=True, capture_output=True)
    assert "hoa\tclerk\tLê Thị Hoa" in listed.stdout
    assert "bí-mật-123" not in done.stdout + done.stderr + listed.stdout
