"""Latency and memory of briefing-bot: the answer path against the "embed + nearest" floor.

What it measures
----------------
* **Answer path**: wall time of ``answerer.answer(question)``, in process, index loaded and
  model warm (the cost a Discord user waits for, minus the network).
* **Floor**: ``embedder.encode_one(question)`` then a FAISS search over every vector
  (``k = ntotal``): what even a naive "embed the question, return the nearest sentence" bot
  must pay. The two are timed back to back for each question (their order alternating
  between rounds), so machine noise hits both alike.
  Reported: p50, p99 and mean in ms, and the ratio answer/floor at p50 and p99, against the
  target ratio ≤ 1.5.
* **Cold start**: ``briefing-bot ask "Who will Duffy meet?"`` run as a subprocess three
  times from the repository root (median and min wall time): interpreter start, imports,
  index load, model load and one answer.
* **Peak RSS**: of this process (the in-process benchmark) and of the CLI children.

Questions come from ``../shared/eval/dev.jsonl`` (beside the repository) when it exists,
else from ``tests/fixtures/eval/questions.jsonl``.

How to run (from the repository root; the index must be built, see ``rebuild-index``)::

    .venv/bin/python benchmarks/latency.py [--questions FILE] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from common import REPO_ROOT, default_questions_file, load_questions

TARGET_RATIO = 1.5
WARMUP_ANSWERS = 5
CLI_RUNS = 3
CLI_QUESTION = "Who will Duffy meet?"


def max_rss_mib(who: int) -> float:
    """Peak resident set size of ``who`` (RUSAGE_SELF or RUSAGE_CHILDREN) in MiB."""
    peak = resource.getrusage(who).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p99 and mean of ``seconds``, in milliseconds."""
    ms = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {
        "p50_ms": float(np.percentile(ms, 50)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
        "n": len(ms),
    }


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def bench_in_process(questions: list[str], repeat: int) -> dict[str, Any]:
    """Answer path against the floor, interleaved per question."""
    from bot.errors import BadQuestion
    from bot.service import open_answerer
    from bot.settings import load_settings

    settings = load_settings()
    started = time.perf_counter()
    answerer = open_answerer(settings)
    embedder = answerer.retriever.embedder
    faiss_index = answerer.index.faiss_index
    k = int(faiss_index.ntotal)

    usable = []
    for question in questions:
        try:
            answerer.answer(question)
        except BadQuestion:
            continue  # an eval file may test rejection; it is no latency sample
        usable.append(question)
    if not usable:
        raise SystemExit("error: none of the questions is answerable input")
    load_seconds = time.perf_counter() - started  # index + model load + one pass

    def answer(question: str) -> Callable[[], object]:
        return lambda: answerer.answer(question)

    def floor(question: str) -> Callable[[], object]:
        return lambda: faiss_index.search(embedder.encode_one(question), k)

    for question in usable[:WARMUP_ANSWERS]:  # warm-up beyond the filtering pass above
        answerer.answer(question)
        floor(question)()

    answer_times: list[float] = []
    floor_times: list[float] = []
    for round_ in range(repeat):
        for question in usable:
            if round_ % 2 == 0:
                answer_times.append(timed(answer(question)))
                floor_times.append(timed(floor(question)))
            else:
                floor_times.append(timed(floor(question)))
                answer_times.append(timed(answer(question)))

    a, f = summary(answer_times), summary(floor_times)
    ratio_p50 = a["p50_ms"] / f["p50_ms"]
    ratio_p99 = a["p99_ms"] / f["p99_ms"]
    return {
        "questions": len(usable),
        "repeat": repeat,
        "vectors": k,
        "sentences": len(answerer.index.corpus.sentences),
        "load_and_first_pass_s": load_seconds,
        "answer": a,
        "floor": f,
        "ratio_p50": ratio_p50,
        "ratio_p99": ratio_p99,
        "target_ratio": TARGET_RATIO,
        "target_met": ratio_p50 <= TARGET_RATIO and ratio_p99 <= TARGET_RATIO,
        "peak_rss_mib": max_rss_mib(resource.RUSAGE_SELF),
    }


def cli_command() -> list[str]:
    script = Path(sys.executable).parent / "briefing-bot"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script), "ask", CLI_QUESTION]
    return [sys.executable, "-m", "bot.cli", "ask", CLI_QUESTION]


def bench_cold_start(runs: int = CLI_RUNS) -> dict[str, Any]:
    """Wall time of a fresh ``briefing-bot ask`` process, and its peak RSS."""
    command = cli_command()
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(
                f"error: {' '.join(command)} exited {done.returncode}: {done.stderr.strip()}"
            )
    return {
        "command": command,
        "runs": runs,
        "median_s": statistics.median(seconds),
        "min_s": min(seconds),
        "peak_rss_mib": max_rss_mib(resource.RUSAGE_CHILDREN),
    }


def machine() -> dict[str, Any]:
    import torch

    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(affinity) if affinity is not None else os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "python": sys.version.split()[0],
        # Other processes compete for the CPUs (and torch's threads spin badly when they
        # do): a load average near or above the CPU count makes the figures noisy.
        "load_avg_1m": os.getloadavg()[0],
    }


def format_table(result: dict[str, Any]) -> str:
    run, cold, box = result["in_process"], result["cold_start"], result["machine"]
    lines = [
        f"briefing-bot latency — {result['questions_file']}",
        f"machine: {box['cpu_count']} CPUs ({box['cpus_usable']} usable), "
        f"torch {box['torch']} with {box['torch_threads']} threads, Python {box['python']}, "
        f"load avg {box['load_avg_1m']:.2f} before the run",
        f"index: {run['vectors']} vectors, {run['sentences']} sentences; "
        f"{run['questions']} questions × {run['repeat']} rounds",
        "",
        f"{'':<22}{'p50 ms':>9}{'p99 ms':>9}{'mean ms':>9}",
    ]
    for label, key in (("answer path", "answer"), ("floor (embed+search)", "floor")):
        s = run[key]
        lines.append(f"{label:<22}{s['p50_ms']:>9.2f}{s['p99_ms']:>9.2f}{s['mean_ms']:>9.2f}")
    verdict = "met" if run["target_met"] else "NOT met"
    lines += [
        f"{'ratio answer/floor':<22}{run['ratio_p50']:>9.2f}{run['ratio_p99']:>9.2f}",
        f"target: ratio ≤ {run['target_ratio']} at p50 and p99 — {verdict}",
        "",
        f"cold start `briefing-bot ask` ×{cold['runs']}: median {cold['median_s']:.2f} s, "
        f"min {cold['min_s']:.2f} s",
        f"peak RSS: in-process benchmark {run['peak_rss_mib']:.0f} MiB, "
        f"CLI child {cold['peak_rss_mib']:.0f} MiB",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument(
        "--questions",
        type=Path,
        default=None,
        metavar="FILE",
        help="JSON-lines eval file (default: ../shared/eval/dev.jsonl if it "
        "exists, else tests/fixtures/eval/questions.jsonl)",
    )
    parser.add_argument(
        "--repeat", type=int, default=5, metavar="N", help="rounds over the questions (default 5)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat takes a positive number")

    questions_file = (args.questions or default_questions_file()).resolve()
    questions = load_questions(questions_file)
    os.chdir(REPO_ROOT)  # settings (seeds/, index/, .env) are relative to the repo root

    box = machine()
    in_process = bench_in_process(questions, args.repeat)
    result = {
        "questions_file": str(questions_file),
        "machine": box,
        "in_process": in_process,
        "cold_start": bench_cold_start(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
