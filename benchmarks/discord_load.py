"""Load on the Discord front end: many concurrent /ask interactions through the real stack.

What it measures
----------------
The bot (``bot.discord_app.BriefingBot``, unmodified, with the real answerer: index loaded
and model warmed up once) runs in this process against ``tests/fake_discord.py``, a loopback
fake of Discord's REST API and gateway on 127.0.0.1; the real discord.py stack (HTTP
client, gateway websocket, keep-alive thread) does the talking. For each size N (default
50, then 200) N ``/ask`` interactions are dispatched at once, each from a different user,
questions cycled from ``../shared/eval/dev.jsonl`` (beside the repository) when it exists,
else ``tests/fixtures/eval/questions.jsonl``. Per size it reports:

* **ack**: time to acknowledge, callback request received by the fake − interaction sent
  (Discord drops an interaction not acknowledged within 3 s); p50 / p99 / max in ms and
  how many were acknowledged (2xx) within 3 s.
* **answer**: first follow-up received by the fake − interaction sent; p50 / p99 / max in
  ms. Answers run one at a time on the bot's single worker thread, so the last of N waits
  for the N − 1 before it.
* **loop lag**: a coroutine sleeps 10 ms in a loop and records how late it wakes up; max
  and p99 in ms. The fake and this load generator share the event loop with the bot, so
  the lag includes their (small) work too.
* **heartbeat gap**: the largest gap between gateway heartbeats the fake received during
  the run (including the gap still open at its end), divided by the heartbeat interval.
  discord.py's keep-alive thread sends each heartbeat through the event loop, so a blocked
  loop shows up as a gap well above 1.

Cooldowns are lifted (``cooldown_rate`` 10 000) and feedback goes to a temporary file. One
unmeasured /ask is answered before the first size. No traffic leaves 127.0.0.1; the whole
run gives up after ``--total-timeout`` seconds (default 300).

How to run (from anywhere; the index must be built, see ``briefing-bot rebuild-index``)::

    .venv/bin/python benchmarks/discord_load.py [--sizes 50 200] [--heartbeat-ms 1000] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from common import REPO_ROOT, default_questions_file, load_questions

TESTS_DIR = REPO_ROOT / "tests"
ACK_DEADLINE = 3.0  # seconds Discord allows to acknowledge an interaction
LAG_TICK = 0.010  # the lag probe's sleep
SETTLE_S = 1.5  # quiet time between sizes, in heartbeat intervals

if str(TESTS_DIR) not in sys.path:  # run as a script: make `fake_discord` importable
    sys.path.insert(0, str(TESTS_DIR))

if TYPE_CHECKING:
    from fake_discord import FakeDiscord, FakeInteraction

    from bot.discord_app import BriefingBot


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (``q`` in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def stats_ms(seconds: Sequence[float]) -> dict[str, float]:
    ms = [s * 1000.0 for s in seconds]
    return {
        "p50_ms": percentile(ms, 50),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms) if ms else float("nan"),
    }


@dataclass
class LagProbe:
    """Sleeps ``LAG_TICK`` in a loop and records how late each wake-up is (seconds)."""

    lags: list[float] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + LAG_TICK
            await asyncio.sleep(LAG_TICK)
            self.lags.append(max(0.0, loop.time() - expected))

    def start(self) -> None:
        self.lags = []
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> list[float]:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        return self.lags


def largest_heartbeat_gap(beats: Sequence[float], start: float, end: float) -> float:
    """Largest gap (s) between heartbeats overlapping [start, end], the open one included."""
    inside = [b for b in beats if start <= b <= end]
    before = [b for b in beats if b < start]
    points = ([before[-1]] if before else [start]) + inside + [end]
    return max((b - a for a, b in itertools.pairwise(points)), default=0.0)


async def collect(
    fake: FakeDiscord, itxs: list[FakeInteraction], since: int, wait_s: float
) -> tuple[dict[int, Any], dict[int, Any]]:
    """Wait until every interaction has a follow-up or a failed callback (or ``wait_s`` seconds).

    One scan of the fake's request log every 50 ms (rather than N waiters each rescanning
    it), so the measurement itself does not load the loop. Returns the first callback and
    the first follow-up request per interaction id.
    """
    by_callback = {f"/interactions/{i.id}/{i.token}/callback": i.id for i in itxs}
    by_followup = {f"/webhooks/{fake.app_id}/{i.token}": i.id for i in itxs}
    callbacks: dict[int, Any] = {}
    followups: dict[int, Any] = {}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_s
    while True:
        for r in fake.requests[since:]:
            if r.status is None or r.status == 429:
                continue
            if r.method == "POST" and r.path in by_callback:
                callbacks.setdefault(by_callback[r.path], r)
            elif (r.method == "POST" and r.path in by_followup) or (
                r.method == "PATCH"
                and r.path.endswith("/messages/@original")
                and r.path.removesuffix("/messages/@original") in by_followup
            ):
                iid = by_followup[r.path.removesuffix("/messages/@original")]
                followups.setdefault(iid, r)
        done = sum(
            1 for i in itxs if i.id in followups or (i.id in callbacks and not callbacks[i.id].ok)
        )
        if done == len(itxs) or loop.time() >= deadline:
            return callbacks, followups
        await asyncio.sleep(0.05)


async def run_size(
    fake: FakeDiscord, n: int, questions: list[str], answer_timeout: float
) -> dict[str, Any]:
    users = [fake.make_user(f"load{n}-{k}", global_name=f"Load {k}") for k in range(n)]
    cycle = itertools.cycle(questions)
    asks = [(user, next(cycle)) for user in users]
    since = len(fake.requests)
    beats_before = len(fake.heartbeats)
    probe = LagProbe()
    probe.start()
    started = time.monotonic()
    try:
        itxs = list(
            await asyncio.gather(
                *(fake.send_interaction("ask", {"question": q}, user=u) for u, q in asks)
            )
        )
        dispatched = time.monotonic()
        callbacks, followups = await collect(fake, itxs, since, answer_timeout)
        finished = time.monotonic()
    finally:
        lags = await probe.stop()

    acks = [callbacks[i.id].timestamp - i.sent_at for i in itxs if i.id in callbacks]
    acked_ok = [
        callbacks[i.id].timestamp - i.sent_at
        for i in itxs
        if i.id in callbacks and callbacks[i.id].ok
    ]
    answers = [followups[i.id].timestamp - i.sent_at for i in itxs if i.id in followups]
    gap = largest_heartbeat_gap(fake.heartbeats, started, finished)
    interval = fake.heartbeat_interval_ms / 1000.0
    return {
        "n": n,
        "dispatch_s": dispatched - started,
        "wall_s": finished - started,
        "acknowledged": len(acked_ok),
        "acked_within_3s": sum(1 for a in acked_ok if a <= ACK_DEADLINE),
        "callback_errors": len(acks) - len(acked_ok),
        "answered": len(answers),
        "ack": stats_ms(acks),
        "answer": stats_ms(answers),
        "loop_lag": {
            "max_ms": max(lags) * 1000.0 if lags else float("nan"),
            "p99_ms": percentile(lags, 99) * 1000.0,
            "samples": len(lags),
        },
        "heartbeats": len(fake.heartbeats) - beats_before,
        "max_heartbeat_gap_ms": gap * 1000.0,
        "max_heartbeat_gap_ratio": gap / interval,
    }


async def bench(args: argparse.Namespace, questions: list[str]) -> dict[str, Any]:
    from fake_discord import FakeDiscord

    from bot.discord_app import BriefingBot
    from bot.service import open_answerer
    from bot.settings import load_settings

    tmp = tempfile.TemporaryDirectory(prefix="discord-load-")
    settings = load_settings().model_copy(
        update={
            "cooldown_rate": 10_000,
            "feedback_log": Path(tmp.name) / "feedback.jsonl",
            "dev_guild_id": None,
        }
    )
    loaded = time.perf_counter()
    answerer = await asyncio.to_thread(open_answerer, settings)
    await asyncio.to_thread(answerer.warm_up)
    load_s = time.perf_counter() - loaded

    fake = FakeDiscord(heartbeat_interval_ms=args.heartbeat_ms)
    bot: BriefingBot | None = None
    task: asyncio.Task[None] | None = None
    results: list[dict[str, Any]] = []
    try:
        await fake.start()
        with fake.redirect():
            bot = BriefingBot(settings, answerer=answerer, guild_ready_timeout=0.05)
            task = asyncio.create_task(bot.start(fake.token))
            await fake.wait_for(lambda: task.done() or bot.is_ready(), timeout=15.0)
            if task.done():
                task.result()  # raises the start-up failure
            # One unmeasured /ask: first-use costs (webhook adapter, view machinery).
            warm = await fake.send_interaction("ask", {"question": questions[0]})
            await warm.wait_for_followup(timeout=30.0)
            for n in args.sizes:
                await asyncio.sleep(SETTLE_S * args.heartbeat_ms / 1000.0)
                results.append(await run_size(fake, n, questions, args.answer_timeout))
    finally:
        if bot is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(bot.close(), 10.0)
        if task is not None:
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(task, 10.0)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(fake.close(), 10.0)
        for th in threading.enumerate():
            if th.name.startswith("keep-alive-handler"):
                th.join(timeout=2.0)
        tmp.cleanup()
    return {
        "heartbeat_interval_ms": args.heartbeat_ms,
        "ack_deadline_s": ACK_DEADLINE,
        "load_and_warm_up_s": load_s,
        "fake_errors": len(fake.errors),
        "limit_violations": sum(1 for m in fake.sent_messages if m.violations),
        "sizes": results,
    }


def machine() -> dict[str, Any]:
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(affinity) if affinity is not None else os.cpu_count(),
        "python": sys.version.split()[0],
        "load_avg_1m": os.getloadavg()[0],
    }


def format_table(result: dict[str, Any]) -> str:
    box = result["machine"]
    lines = [
        f"briefing-bot Discord load — {result['questions_file']}",
        f"machine: {box['cpu_count']} CPUs ({box['cpus_usable']} usable), Python "
        f"{box['python']}, load avg {box['load_avg_1m']:.2f} before the run; "
        f"heartbeat {result['heartbeat_interval_ms']} ms; "
        f"index+model load {result['load_and_warm_up_s']:.1f} s",
        "",
        f"{'n':>5} {'ack p50':>8} {'p99':>8} {'max':>8} {'≤3s':>5} "
        f"{'answer p50':>11} {'p99':>8} {'max':>8} {'answered':>9} "
        f"{'lag max':>8} {'lag p99':>8} {'hb gap/int':>11}",
    ]
    for s in result["sizes"]:
        a, w, lag = s["ack"], s["answer"], s["loop_lag"]
        lines.append(
            f"{s['n']:>5} {a['p50_ms']:>8.1f} {a['p99_ms']:>8.1f} {a['max_ms']:>8.1f} "
            f"{s['acked_within_3s']:>5} {w['p50_ms']:>11.1f} {w['p99_ms']:>8.1f} "
            f"{w['max_ms']:>8.1f} {s['answered']:>9} {lag['max_ms']:>8.1f} "
            f"{lag['p99_ms']:>8.1f} {s['max_heartbeat_gap_ratio']:>11.2f}"
        )
    lines += [
        "",
        "times in ms from the interaction's dispatch; ≤3s = acknowledged within Discord's "
        "3 s; hb gap/int = largest heartbeat gap ÷ interval",
        f"fake protocol errors: {result['fake_errors']}, messages over Discord limits: "
        f"{result['limit_violations']}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[50, 200],
        metavar="N",
        help="concurrent /ask interactions per round (default 50 200)",
    )
    parser.add_argument(
        "--heartbeat-ms",
        type=int,
        default=1000,
        metavar="MS",
        help="gateway heartbeat interval the fake announces (default 1000)",
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=None,
        metavar="FILE",
        help="JSON-lines eval file (default: ../shared/eval/dev.jsonl if it "
        "exists, else tests/fixtures/eval/questions.jsonl)",
    )
    parser.add_argument(
        "--answer-timeout",
        type=float,
        default=180.0,
        metavar="S",
        help="per size, how long to wait for every answer (default 180)",
    )
    parser.add_argument(
        "--total-timeout",
        type=float,
        default=300.0,
        metavar="S",
        help="give up after this many seconds in all (default 300)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes) or args.heartbeat_ms < 1:
        parser.error("--sizes and --heartbeat-ms take positive numbers")

    questions_file = (args.questions or default_questions_file()).resolve()
    questions = load_questions(questions_file)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.chdir(REPO_ROOT)  # settings (seeds/, index/, .env) are relative to the repo root
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    box = machine()

    async def bounded() -> dict[str, Any]:
        async with asyncio.timeout(args.total_timeout):
            return await bench(args, questions)

    try:
        figures = asyncio.run(bounded())
    except TimeoutError:
        print(f"error: gave up after {args.total_timeout:.0f} s", file=sys.stderr)
        return 1
    result = {"questions_file": str(questions_file), "machine": box, **figures}
    print(json.dumps(result) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
