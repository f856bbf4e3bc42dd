"""How well answers survive being typed as chat: read questions answered right, retyped.

What it measures
----------------
Helpers' question sets hold about ten chat questions each, too few to show which habits of
chat the bot cannot read. This script takes the answerable questions of the project's eval
sets (not those of the informal kind), keeps those answered right as written, and retypes
each as a Discord message might be: in lower case, with apostrophes dropped ("whats"),
common words in shorthand ("abt", "w/", "r", "u", "bc", "gonna"), the question mark
dropped or doubled, and an opener or a closer of chat ("ngl", "wait", "lol", "rn"). It
prints how many are still answered right (the top quote holds a gold snippet), and each one
that is not, with what was answered.

Like benchmarks/typo_probe.py, it is a probe of the method, not a score to tune on: each
seed retypes other questions in other ways. Leave a set that is to stay unread out with
``--skip`` (its file's stem).

How to run (from the repository root; the index must be built)::

    .venv/bin/python benchmarks/chat_probe.py [--seed N] [--questions N] [--skip blind41 …]
"""

from __future__ import annotations

import argparse
import os
import random
import re
from pathlib import Path

from common import answered_right, probe_items

# Chat's shorthand for common words, as people type it (the bot's own table spells these
# out; this one is kept apart so that the probe does not just mirror it).
SHORTHAND = {
    "about": "abt",
    "with": "w/",
    "are": "r",
    "you": "u",
    "because": "bc",
    "people": "ppl",
    "going to": "gonna",
    "want to": "wanna",
    "probably": "prolly",
    "really": "rly",
    "before": "b4",
    "tomorrow": "tmrw",
    "government": "govt",
}
OPENERS = ("yo ", "ngl ", "wait ", "so ", "ok so ", "hey ", "quick q ", "lol ")
CLOSERS = (" lol", " rn", " tho", " lmao", " 🤔", " pls", " ??")
_CONTRACTION = re.compile(r"\b(\w+)['’](s|re|ll|d|t|ve|m)\b")


def chatted(question: str, rng: random.Random) -> str:
    """``question`` retyped as chat, with each habit applied or not at random."""
    text = question.lower()
    if rng.random() < 0.7:
        text = _CONTRACTION.sub(r"\1\2", text)  # "what's" → "whats", "don't" → "dont"
    for word, short in SHORTHAND.items():
        if rng.random() < 0.5:
            text = re.sub(rf"\b{word}\b", short, text)
    roll = rng.random()
    if roll < 0.5:
        text = text.rstrip("?.! ")
    elif roll < 0.7:
        text = text.rstrip("?.! ") + "??"
    if rng.random() < 0.5:
        text = rng.choice(OPENERS) + text
    if rng.random() < 0.4:
        text = text + rng.choice(CLOSERS)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--questions", type=int, default=300, help="how many to sample")
    parser.add_argument("--skip", nargs="*", default=[], help="eval sets to leave unread")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from bot.answering import Answerer
    from bot.embedder import Embedder
    from bot.index import load
    from bot.settings import Settings

    settings = Settings()
    embedder = Embedder(settings.model_name)
    answerer = Answerer(load(Path(settings.index_dir), model_name=embedder.model_name), embedder)
    rng = random.Random(args.seed)

    items = probe_items(args.skip, leave_out_kind="informal")
    rng.shuffle(items)
    typed = kept = 0
    lost: list[str] = []
    for item in items[: args.questions]:
        if not answered_right(answerer.answer(item.question), item.gold):
            continue
        question = chatted(item.question, rng)
        if question == item.question:
            continue
        typed += 1
        answer = answerer.answer(question)
        if answered_right(answer, item.gold):
            kept += 1
            continue
        said = answer.quotes[0].text[:70] if answer.quotes else f"refused: {answer.reason}"
        lost.append(f"{item.question!r} → {question!r} → {said}")
    print(f"briefing-bot chat probe — seed {args.seed}, {args.questions} questions sampled")
    print(f"retyped as chat: {typed}; still answered right: {kept} ({kept / typed:.3f})")
    for line in lost:
        print(f"  {line}")


if __name__ == "__main__":
    main()
