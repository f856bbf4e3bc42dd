"""``briefing-bot``: the command line.

Commands: ``ask``, ``rebuild-index``, ``eval``, ``quotes``, ``run`` and ``sync-commands``.
Every expected failure prints one ``error: …`` line to stderr (never a traceback) and exits
1; misuse of the command line exits 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot import __version__
from bot.errors import BadQuestion, BriefingError
from bot.settings import Settings, load_settings

EXIT_ERROR = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-bot",
        description="Answers questions about a briefing by quoting it verbatim.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question (or one per stdin line)")
    ask.add_argument("question", nargs="?", help="the question; omit it to read stdin")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument(
        "--briefing",
        action="append",
        metavar="FILE",
        help="only search this briefing (file name, e.g. nasa-roscosmos-talks.txt)",
    )
    ask.add_argument("-n", "--quotes", type=int, metavar="N", help="quotes per answer")
    ask.add_argument(
        "--closest",
        action="store_true",
        help="quote the closest passages even where the briefing does not cover the question "
        "(marked tentative)",
    )

    rebuild = commands.add_parser("rebuild-index", help="parse seeds/ and build index/")
    rebuild.add_argument("--force", action="store_true", help="rebuild even if up to date")

    evaluate = commands.add_parser("eval", help="score answers against an eval file")
    evaluate.add_argument("file", type=Path, help="JSON lines: question, answerable, gold")
    evaluate.add_argument("--verbose", action="store_true", help="list every miss")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")

    quotes = commands.add_parser("quotes", help="every direct quote by a speaker")
    quotes.add_argument("speaker", help='a name, e.g. "Duffy"')
    quotes.add_argument("--json", action="store_true", help="print the quotes as JSON")

    commands.add_parser("run", help="run the Discord bot (needs BRIEFING_DISCORD_TOKEN)")
    sync = commands.add_parser("sync-commands", help="publish the slash commands to Discord")
    sync.add_argument("--guild", type=int, metavar="ID", help="sync to one server only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing-bot`` console script."""
    args = _parser().parse_args(argv)
    # The bot logs its progress; the one-shot commands stay quiet but for warnings.
    level = logging.INFO if args.command in {"run", "sync-commands"} else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("faiss").setLevel(logging.WARNING)
    try:
        settings = load_settings()
        handler = {
            "ask": _ask,
            "rebuild-index": _rebuild,
            "eval": _eval,
            "quotes": _quotes,
            "run": _run,
            "sync-commands": _sync,
        }[args.command]
        return handler(args, settings)
    except BadQuestion as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BriefingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefing-bot ask … | head`: the reader left; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:  # a bug: still one line for the user, the traceback on request
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            f"error: unexpected {type(exc).__name__}: {exc} "
            "(set BRIEFING_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot import console, questions
    from bot.service import open_answerer

    if args.quotes is not None and not 1 <= args.quotes <= 10:
        print("error: --quotes takes a number from 1 to 10", file=sys.stderr)
        return EXIT_USAGE
    if args.question is None and sys.stdin.isatty():
        print(
            'error: give a question, e.g. briefing-bot ask "Who will Duffy meet?", '
            "or pipe questions on stdin",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.question is not None:
        questions.clean(args.question, max_chars=settings.max_question_chars)  # fail fast
    answerer = open_answerer(settings)
    documents = _documents(answerer.index.corpus.documents, args.briefing)

    def answer_one(question: str) -> str:
        answer = answerer.answer(
            question, limit=args.quotes, documents=documents, abstain=not args.closest
        )
        if args.json:
            return answer.model_dump_json()
        return console.render(answer, answerer.index.corpus)

    if args.question is not None:
        print(answer_one(args.question))
        return 0
    return _batch(answer_one, sys.stdin, sys.stdout, as_json=args.json)


def _batch(answer_one: Callable[[str], str], lines: TextIO, out: TextIO, *, as_json: bool) -> int:
    """One answer per input line; a bad line gets an error object and the batch goes on."""
    for raw in lines:
        question = raw.rstrip("\r\n")
        try:
            result = answer_one(question)
        except BadQuestion as exc:
            if as_json:
                result = json.dumps(
                    {"question": question, "answered": False, "quotes": [], "error": str(exc)},
                    ensure_ascii=False,
                )
            else:
                result = f"error: {exc}"
        print(result if as_json else f"Q: {question}\n{result}\n", file=out, flush=True)
    return 0


def _documents(documents: Sequence[object], wanted: list[str] | None) -> set[str] | None:
    if not wanted:
        return None
    ids = {getattr(d, "doc_id") for d in documents}  # noqa: B009
    chosen = set()
    for name in wanted:
        matches = {i for i in ids if i == name or Path(i).stem == name}
        if not matches:
            raise BriefingError(f"no briefing {name!r}; known: {', '.join(sorted(ids))}")
        chosen |= matches
    return chosen


def _rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from bot.embedder import Embedder
    from bot.index import rebuild

    result = rebuild(
        settings.seeds_dir,
        settings.index_dir,
        Embedder(settings.model_name),
        force=args.force,
        progress=sys.stderr.isatty(),
    )
    verb = "indexed" if result.rebuilt else "index up to date:"
    print(
        f"{verb} {result.documents} documents, {result.passages} passages in {result.seconds:.1f} s"
    )
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot import evaluation
    from bot.service import open_answerer

    items = evaluation.load_items(args.file)
    outcomes = evaluation.evaluate(open_answerer(settings), items)
    result = evaluation.report(outcomes)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(evaluation.format_report(result))
    if args.verbose:
        for line in evaluation.misses(outcomes):
            print(line)
    return 0


def _quotes(args: argparse.Namespace, settings: Settings) -> int:
    from bot import speakers
    from bot.formatting import attribution
    from bot.index import load

    index = load(
        settings.index_dir,
        model_name=settings.model_name,
        seeds_dir=settings.seeds_dir,
        allow_stale=settings.allow_stale_index,
    )
    who = speakers.match_speaker(index.corpus, args.speaker)
    if who is None:
        known = ", ".join(speakers.known_speakers(index.corpus)) or "none"
        raise BriefingError(f"no quotes from {args.speaker}; known speakers: {known}")
    quotes = speakers.quotes_by(index.corpus, who)
    if args.json:
        print(
            json.dumps(
                {"speaker": who, "quotes": [q.model_dump() for q in quotes]}, ensure_ascii=False
            )
        )
        return 0
    for quote in quotes:
        print(f"> {quote.text}\n— {attribution(quote)}\n")
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.discord_app import run

    return run(settings)


def _sync(args: argparse.Namespace, settings: Settings) -> int:
    from bot.discord_app import sync_commands

    return sync_commands(settings, guild_id=args.guild)


if __name__ == "__main__":
    sys.exit(main())
