"""Run both phases against a served, seeded province and report (tests/load/generator.py)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from central.models import Unit
from tests.load.counters import LoadCounter, pick_counters, probe_counter
from tests.load.generator import Plan, Recorder, enroll, exactly_once, morning, solo, storm


@dataclass
class LoadReport:
    counters: int
    morning_s: float
    morning: Recorder
    solo: Recorder
    solo_rate: float       # events/s of the probe draining alone
    storm_s: float
    storm_events: int
    storm: Recorder
    not_exactly_once: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return self.morning.errors + self.solo.errors + self.storm.errors

    @property
    def storm_alone_s(self) -> float:
        """What one client at the probe's measured rate would need for the storm's events."""
        return self.storm_events / self.solo_rate

    def as_dict(self) -> dict[str, Any]:
        morning_requests = sum(len(v) for v in self.morning.latencies.values())
        return {
            "counters": self.counters,
            "morning": {"seconds": round(self.morning_s, 1), "requests": morning_requests,
                        "requests_per_s": round(morning_requests / self.morning_s, 1),
                        "events_per_s": round(self.morning.events_sent / self.morning_s, 1),
                        "endpoints": self.morning.report()},
            "solo": {"events_per_s": round(self.solo_rate, 1), "endpoints": self.solo.report()},
            "storm": {"seconds": round(self.storm_s, 2), "events": self.storm_events,
                      "events_per_s": round(self.storm_events / self.storm_s, 1),
                      "one_client_alone_s": round(self.storm_alone_s, 2),
                      "endpoints": self.storm.report(),
                      "results": dict(self.storm.statuses)},
            "errors": len(self.errors), "first_errors": self.errors[:5],
            "exactly_once": not self.not_exactly_once,
            "not_exactly_once": self.not_exactly_once[:5],
        }

    def text(self) -> str:
        lines = [f"{self.counters} counters"]
        for phase, rec, seconds in (("morning", self.morning, self.morning_s),
                                    ("solo", self.solo, None), ("storm", self.storm, self.storm_s)):
            lines.append(f"-- {phase}" + (f" ({seconds:.1f} s)" if seconds else ""))
            for name, row in rec.report().items():
                lines.append(f"   {name:<26} n={row['n']:<6} p50 {row['p50_ms']:8.1f} ms  "
                             f"p95 {row['p95_ms']:8.1f} ms  p99 {row['p99_ms']:8.1f} ms")
        lines.append(f"storm: {self.storm_events:,} events in {self.storm_s:.1f} s "
                     f"({self.storm_events / self.storm_s:,.0f}/s); one client alone at "
                     f"{self.solo_rate:,.0f}/s would need {self.storm_alone_s:.1f} s")
        lines.append(f"errors: {len(self.errors)}" + "".join(f"\n   {e}" for e in self.errors[:5]))
        lines.append("exactly once: " + ("yes" if not self.not_exactly_once
                                         else "NO\n   " + "\n   ".join(self.not_exactly_once[:5])))
        return "\n".join(lines)


def cursors(engine: Engine) -> dict[str, str]:
    """Where each unit's change feed stands: a counter that synced yesterday reads from there."""
    with engine.connect() as conn:
        return {code: str(seq) for code, seq in conn.execute(select(Unit.code, Unit.last_change_seq))}


def run(base_url: str, engine: Engine, plan: Plan, password: str) -> LoadReport:
    """Setup (enrollment: not measured), the steady morning, the probe alone, the storm, and
    the exactly-once check of every event made."""
    counters: list[LoadCounter] = pick_counters(engine, plan.counters)
    probe = probe_counter(engine, password)
    asyncio.run(enroll(base_url, [*counters, probe], password))
    morning_rec, morning_s = asyncio.run(morning(base_url, counters, probe, plan, password,
                                                 cursors(engine)))
    solo_rec, solo_rate = asyncio.run(solo(base_url, probe, plan))
    storm_rec, storm_s, storm_events = asyncio.run(storm(base_url, counters, plan))
    report = LoadReport(len(counters), morning_s, morning_rec, solo_rec, solo_rate, storm_s,
                        storm_events, storm_rec)
    report.not_exactly_once = exactly_once(engine, [*counters, probe])
    return report
