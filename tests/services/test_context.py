"""The service context is a snapshot: nothing changes it in place, a refresh builds a new one."""

from __future__ import annotations

import dataclasses

import pytest

from counter_app.services.sync_setup import refreshed_context
from counter_app.storage import settings


@pytest.mark.parametrize("field", ["device", "catalog", "calendar", "clerk", "store"])
def test_changing_a_context_in_place_raises(ctx, field):
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(ctx, field, getattr(ctx, field))


def test_a_refresh_swaps_the_whole_snapshot_and_leaves_the_old_one_as_it_was(ctx):
    old_device = ctx.device
    with ctx.store.transaction() as session:
        settings.save_device(session, dataclasses.replace(
            old_device, unit_name="Trung tâm Phục vụ hành chính công xã Mới", counter_no=7))

    fresh = refreshed_context(ctx)

    assert fresh is not ctx
    assert (fresh.device.unit_name, fresh.device.counter_no) == (
        "Trung tâm Phục vụ hành chính công xã Mới", 7)
    assert ctx.device is old_device  # a task still holding the old snapshot sees it whole
    assert (fresh.store, fresh.files, fresh.clerk, fresh.clock) == (
        ctx.store, ctx.files, ctx.clerk, ctx.clock)
