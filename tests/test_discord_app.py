"""End-to-end tests of the Discord front end through the real discord.py stack.

The bot (bot.discord_app.BriefingBot, unmodified) talks to tests/fake_discord.py, a loopback
Discord with a REST API and a gateway websocket; only that network boundary is fake. The
answerer is the session one from conftest.py (real model, real FAISS index).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import statistics
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.answering import Answerer
from bot.discord_app import SOMETHING_WRONG, BriefingBot, run, sync_commands
from bot.errors import BriefingError
from bot.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from fake_discord import FakeDiscord, RecordedRequest, SentMessage

Start = Callable[..., Awaitable[tuple[FakeDiscord, BriefingBot]]]
DEADLINE = 3.0  # Discord's window to acknowledge an interaction


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "feedback_log": tmp_path / "feedback.jsonl",
        "cooldown_seconds": 60.0,
        "cooldown_rate": 100,
        "discord_token": "fake-token",
    }
    values.update(overrides)
    return Settings(**values)


@pytest_asyncio.fixture
async def start(answerer: Answerer, tmp_path: Path) -> AsyncIterator[Start]:
    """``fake, bot = await start(**settings)``: a fake Discord and our bot connected to it.

    Teardown closes both, restores discord.py's endpoints and checks that every message the
    bot sent was within Discord's limits and that the fake saw no protocol errors.
    """
    running: list[tuple[FakeDiscord, BriefingBot, asyncio.Task[None]]] = []
    stack = contextlib.ExitStack()

    async def factory(
        *, heartbeat_interval_ms: int = 41250, answerer_: Answerer | None = None, **overrides: Any
    ) -> tuple[FakeDiscord, BriefingBot]:
        fake = FakeDiscord(heartbeat_interval_ms=heartbeat_interval_ms)
        await fake.start()
        stack.enter_context(fake.redirect())
        bot = BriefingBot(
            make_settings(tmp_path, **overrides),
            answerer=answerer_ or answerer,
            guild_ready_timeout=0.05,
        )
        task = asyncio.create_task(bot.start(fake.token))
        running.append((fake, bot, task))
        await fake.wait_for(bot.is_ready, timeout=5.0)
        return fake, bot

    try:
        yield factory
    finally:
        for fake, bot, task in running:
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(task, 5.0)
            await fake.close()
            assert not fake.errors, fake.errors[0]
            violations = [(m.kind, m.violations) for m in fake.sent_messages if m.violations]
            assert not violations, violations
        stack.close()
        for th in threading.enumerate():
            if th.name.startswith("keep-alive-handler"):
                th.join(timeout=1.0)


def embed_text(message: SentMessage) -> str:
    return message.text()


def body(request: RecordedRequest) -> dict[str, Any]:
    assert request.json is not None
    return request.json


async def ask(fake: FakeDiscord, question: str, **kwargs: Any) -> tuple[Any, RecordedRequest]:
    """Send /ask; return the interaction and its first follow-up."""
    options = {"question": question}
    options.update(kwargs.pop("options", {}))
    itx = await fake.send_interaction("ask", options, **kwargs)
    followup = await itx.wait_for_followup(timeout=10.0)
    return itx, followup


# -- /ask ---------------------------------------------------------------------------------


async def test_ask_in_a_guild_defers_then_answers_with_an_attributed_quote(start: Start) -> None:
    fake, _ = await start()
    itx, followup = await ask(fake, "Who is Duffy going to meet?")
    callback = await itx.wait_for_callback()
    assert body(callback)["type"] == 5  # deferred: "thinking…"
    assert callback.timestamp - itx.sent_at < DEADLINE
    embed = body(followup)["embeds"][0]
    assert embed["title"] == "Q: Who is Duffy going to meet?"
    assert "> Duffy will speak with Dmitry Bakanov" in embed["description"]
    assert "¶2" in embed["description"]
    assert "NASA Interim Head Seeks Cooperation" in embed["description"]
    assert embed["footer"]["text"] == "with inputs from Reuters"
    assert body(followup)["allowed_mentions"] == {"parse": []}
    buttons = [c for row in body(followup)["components"] for c in row["components"]]
    assert [b.get("label") or b["emoji"]["name"] for b in buttons] == ["More passages", "👍", "👎"]


async def test_direct_quote_names_its_speaker(start: Start) -> None:
    fake, _ = await start()
    _, followup = await ask(fake, "What were Duffy's words on Ukraine?")
    description = body(followup)["embeds"][0]["description"]
    assert "wild disagreement with the Russians on Ukraine" in description
    assert "— Sean Duffy, in" in description


async def test_ask_in_a_dm_and_privately(start: Start) -> None:
    fake, _ = await start()
    itx, followup = await ask(
        fake, "Where will Duffy be on Wednesday?", where="dm", options={"private": True}
    )
    callback = await itx.wait_for_callback()
    assert body(callback) == {"type": 5, "data": {"flags": 64}}  # ephemeral "thinking"
    assert "Cape Canaveral" in body(followup)["embeds"][0]["description"]
    itx, followup = await ask(fake, "Which news agency reported the topics?", where="group_dm")
    assert "TASS" in body(followup)["embeds"][0]["description"]


async def test_off_topic_question_says_so_and_lists_what_is_covered(start: Start) -> None:
    fake, _ = await start()
    _, followup = await ask(fake, "What's a good recipe for lasagne?")
    embed = body(followup)["embeds"][0]
    assert "does not cover" in embed["description"]
    assert "Nothing in the briefing is close enough to the question." in embed["description"]
    assert "Talks to Address ISS Lifespan and Future Deorbiting" in embed["description"]
    buttons = [c for row in body(followup)["components"] for c in row["components"]]
    assert [b.get("label") or b["emoji"]["name"] for b in buttons] == [
        "Closest passages",
        "👍",
        "👎",
    ]


async def test_a_close_call_is_marked_as_possibly_not_answering(start: Start) -> None:
    fake, _ = await start()
    _, followup = await ask(fake, "What is the capital of Russia?")
    description = body(followup)["embeds"][0]["description"]
    assert description.startswith("*The briefing may not answer this directly.")
    assert "> " in description  # the closest passage is still quoted


async def test_long_and_empty_questions_get_a_clear_private_message(start: Start) -> None:
    fake, _ = await start()
    for question, problem in [("why " * 750, "too long"), ("   ", "empty")]:  # 3,000 chars
        itx = await fake.send_interaction("ask", {"question": question})
        callback = body(await itx.wait_for_callback())
        assert callback["type"] == 4  # answered at once, no "thinking…"
        assert callback["data"]["flags"] == 64  # only the asker sees it
        assert problem in callback["data"]["content"]
        assert "\n" not in callback["data"]["content"]


async def test_an_unknown_briefing_option_is_refused_privately(start: Start) -> None:
    fake, _ = await start()
    itx = await fake.send_interaction("ask", {"question": "Who?", "briefing": "nope.md"})
    callback = body(await itx.wait_for_callback())
    assert callback["data"]["flags"] == 64
    assert callback["data"]["content"] == "No briefing called nope.md; see /briefing."


async def test_mentions_in_a_question_ping_nobody(start: Start) -> None:
    fake, _ = await start()
    question = f"@everyone <@&{fake.role_id}> <@{fake.other_user['id']}> who will Duffy meet?"
    _, _followup = await ask(fake, question)
    sent = fake.sent_messages[-1]
    assert sent.pings() == {"users": set(), "roles": set(), "everyone": False}
    assert "@everyone" not in sent.embeds[0]["title"].replace("@\u200beveryone", "")
    assert "Dmitry Bakanov" in sent.embeds[0]["description"]


async def test_cooldown_tells_the_user_to_wait(start: Start) -> None:
    fake, _ = await start(cooldown_rate=1, cooldown_seconds=30.0)
    await ask(fake, "Who is Duffy going to meet?")
    itx = await fake.send_interaction("ask", {"question": "And when?"})
    callback = body(await itx.wait_for_callback())
    assert callback["type"] == 4
    assert callback["data"]["flags"] == 64
    assert "try again in" in callback["data"]["content"]
    # another user is not held back
    _, followup = await ask(fake, "Who heads Roscosmos?", user=fake.other_user)
    assert "Bakanov" in body(followup)["embeds"][0]["description"]


async def test_autocomplete_offers_the_briefings(start: Start) -> None:
    fake, _ = await start()
    itx = await fake.send_interaction(
        "ask", {"question": "x", "briefing": "nasa"}, type_=4, focused="briefing"
    )
    callback = body(await itx.wait_for_callback())
    assert callback["type"] == 8
    assert [c["value"] for c in callback["data"]["choices"]] == ["nasa-roscosmos-talks.txt"]


# -- DMs and mentions ----------------------------------------------------------------------


async def test_a_dm_is_a_question(start: Start) -> None:
    fake, _ = await start()
    await fake.send_message("who was in charge of roscosmos in 2018", where="dm")
    sent = await fake.wait_for_sent_message(lambda m: m.channel_id == fake.dm_channel_id())
    assert "Dmitry Rogozin" in sent.text()


async def test_a_mention_is_answered_as_a_reply_and_other_messages_are_ignored(
    start: Start,
) -> None:
    fake, bot = await start()
    assert bot.user is not None
    await fake.send_message("what's the weather like?")  # not for us
    message = await fake.send_message(
        f"<@{bot.user.id}> which launch is duffy going to watch?", mentions=[fake.bot_user]
    )
    sent = await fake.wait_for_sent_message(lambda m: m.channel_id == fake.guild_channel_id)
    assert sent.payload["message_reference"]["message_id"] == str(message["id"]) or int(
        sent.payload["message_reference"]["message_id"]
    ) == int(message["id"])
    assert "Crew-11" in sent.text()
    assert sent.pings() == {"users": set(), "roles": set(), "everyone": False}
    await asyncio.sleep(0.2)
    assert len([m for m in fake.sent_messages if m.channel_id == fake.guild_channel_id]) == 1


async def test_a_bare_mention_explains_how_to_ask(start: Start) -> None:
    fake, bot = await start()
    assert bot.user is not None
    await fake.send_message(f"<@{bot.user.id}>", mentions=[fake.bot_user])
    sent = await fake.wait_for_sent_message(lambda m: m.channel_id == fake.guild_channel_id)
    assert "empty" in (sent.content or "")


# -- /briefing, /help, /quotes --------------------------------------------------------------


async def test_briefing_and_help(start: Start) -> None:
    fake, _ = await start()
    itx = await fake.send_interaction("briefing")
    embed = body(await itx.wait_for_callback())["data"]["embeds"][0]
    field = embed["fields"][0]
    assert field["name"].startswith("NASA Interim Head Seeks Cooperation")
    assert "with inputs from Reuters" in field["value"] and "10 passages" in field["value"]
    assert "International Space Station Remains a Bridge" in field["value"]
    itx = await fake.send_interaction("help", where="dm")
    text = body(await itx.wait_for_callback())["data"]["embeds"][0]["description"]
    assert "/ask" in text and "Direct messages" in text and "Mentions" in text


async def test_quotes_by_speaker(start: Start) -> None:
    fake, _ = await start()
    itx = await fake.send_interaction("quotes", {"who": "duffy"})
    embed = body(await itx.wait_for_callback())["data"]["embeds"][0]
    assert embed["title"] == "Quotes by Sean Duffy"
    values = [f["value"] for f in embed["fields"]]
    assert len(values) == 2
    assert "wild disagreement" in values[0] and "temporary assignment" in values[1]
    itx = await fake.send_interaction("quotes", {"who": "Nobody"})
    content = body(await itx.wait_for_callback())["data"]["content"]
    assert content == "No quotes from Nobody; known speakers: Sean Duffy."


# -- buttons -----------------------------------------------------------------------------


async def test_more_passages_and_feedback_buttons(start: Start, tmp_path: Path) -> None:
    fake, _ = await start()
    _itx, followup = await ask(fake, "What will the talks with Roscosmos cover?")
    message = followup.response
    assert isinstance(message, dict)
    buttons = [c for row in body(followup)["components"] for c in row["components"]]
    first_page = body(followup)["embeds"][0]["description"]

    more = await fake.send_interaction(
        "", type_=3, custom_id=buttons[0]["custom_id"], message=message
    )
    extra = await more.wait_for_followup(timeout=10.0)
    extra_text = body(extra)["embeds"][0]["description"]
    assert body(extra)["flags"] & 64
    first_quotes = {line for line in first_page.splitlines() if line.startswith("> ")}
    assert first_quotes.isdisjoint(
        line for line in extra_text.splitlines() if line.startswith("> ")
    )

    vote = await fake.send_interaction(
        "", type_=3, custom_id=buttons[2]["custom_id"], message=message
    )
    assert "feedback recorded" in body(await vote.wait_for_callback())["data"]["content"]
    entry = json.loads((tmp_path / "feedback.jsonl").read_text(encoding="utf-8"))
    assert entry["vote"] == "down"
    assert entry["question"] == "What will the talks with Roscosmos cover?"
    assert entry["answered"] is True
    assert entry["passage_ids"] and all(isinstance(p, int) for p in entry["passage_ids"])
    assert str(fake.user["id"]) not in json.dumps(entry)  # user ids only as a salted hash
    assert len(entry["user"]) == 32


async def test_a_refusal_offers_its_closest_passages_and_takes_votes(
    start: Start, tmp_path: Path
) -> None:
    fake, _ = await start()
    _itx, followup = await ask(fake, "When did Bakanov become head of Roscosmos?")
    message = followup.response
    assert isinstance(message, dict)
    assert (
        "No passage close to the question tells of that (“become”)."
        in body(followup)["embeds"][0]["description"]
    )
    buttons = [c for row in body(followup)["components"] for c in row["components"]]
    closest = await fake.send_interaction(
        "", type_=3, custom_id=buttons[0]["custom_id"], message=message
    )
    shown = body(await closest.wait_for_followup(timeout=10.0))
    assert shown["flags"] & 64  # only to whoever asked for them
    text = shown["embeds"][0]["description"]
    assert text.startswith("*The briefing may not answer this directly.")
    assert "Bakanov" in text  # the closest passages name him, though none says when
    vote = await fake.send_interaction(
        "", type_=3, custom_id=buttons[2]["custom_id"], message=message
    )
    await vote.wait_for_callback()
    entry = json.loads((tmp_path / "feedback.jsonl").read_text(encoding="utf-8"))
    assert (entry["answered"], entry["passage_ids"], entry["vote"]) == (False, [], "down")


# -- failures ------------------------------------------------------------------------------


async def test_a_failing_request_tells_the_user_and_the_bot_stays_up(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    fake, _ = await start()
    # Discord refuses the answer's follow-up once: the handler raises inside the command.
    fake.fail_next(r"/webhooks/.*", 400, code=50035, message="Invalid Form Body", method="POST")
    with caplog.at_level(logging.ERROR):
        itx, followup = await ask(fake, "Who is Duffy going to meet?")
        error_message = await itx.wait_for_followup(timeout=10.0, index=1)
    assert followup.status == 400
    assert body(error_message)["content"] == SOMETHING_WRONG
    assert body(error_message)["flags"] & 64
    assert any(r.exc_info for r in caplog.records), "the traceback goes to the log"
    _, later = await ask(fake, "Who heads Roscosmos?", user=fake.other_user)
    assert "Bakanov" in body(later)["embeds"][0]["description"]


async def test_reconnect_with_resume_mid_conversation(start: Start) -> None:
    fake, _ = await start()
    await ask(fake, "Who is Duffy going to meet?")
    await fake.drop_connection()
    await fake.send_message("where did the 2018 meeting take place?", where="dm")
    sent = await fake.wait_for_sent_message(
        lambda m: m.channel_id == fake.dm_channel_id(), timeout=10.0
    )
    assert "Baikonur Cosmodrome" in sent.text()
    assert fake.resumes == 1 and fake.identifies == 1
    _, followup = await ask(fake, "Which launch will Duffy attend?")
    assert "Crew-11" in body(followup)["embeds"][0]["description"]


async def test_thirty_concurrent_asks_are_acknowledged_in_time(start: Start) -> None:
    fake, _ = await start(heartbeat_interval_ms=500)
    questions = [
        "Who is Duffy going to meet?",
        "Where was the 2018 meeting held?",
        "What is the capital of Australia?",
    ] * 10
    users = [fake.make_user(f"user{i}") for i in range(len(questions))]
    beats_before = len(fake.heartbeats)
    interactions = await asyncio.gather(
        *(
            fake.send_interaction("ask", {"question": q}, user=u)
            for q, u in zip(questions, users, strict=True)
        )
    )
    callbacks = await asyncio.gather(*(i.wait_for_callback(timeout=DEADLINE) for i in interactions))
    followups = await asyncio.gather(*(i.wait_for_followup(timeout=20.0) for i in interactions))
    for itx, callback in zip(interactions, callbacks, strict=True):
        assert body(callback)["type"] == 5
        assert callback.timestamp - itx.sent_at < DEADLINE
    assert all(f.ok and body(f)["embeds"] for f in followups)
    beats = fake.heartbeats[beats_before:]
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    if gaps:
        assert max(gaps) < 0.5 * 1.6, gaps
        assert statistics.median(gaps) < 0.5 * 1.2


# -- operating it --------------------------------------------------------------------------


async def test_a_rejected_token_is_one_clear_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeDiscord(token="the-real-token")
    await fake.start()
    try:
        with fake.redirect(), caplog.at_level(logging.DEBUG):
            settings = make_settings(tmp_path, discord_token="not-the-token-XYZ")
            with pytest.raises(BriefingError, match="Discord rejected the token"):
                await asyncio.to_thread(run, settings)
    finally:
        await fake.close()
    assert "not-the-token-XYZ" not in caplog.text
    assert "not-the-token-XYZ" not in repr(settings)


def test_a_missing_token_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no Discord token"):
        run(make_settings(tmp_path, discord_token=None))


async def test_sync_commands_to_a_guild_and_globally(tmp_path: Path, answerer: Answerer) -> None:
    fake = FakeDiscord()
    await fake.start()
    try:
        with fake.redirect():
            settings = make_settings(tmp_path, index_dir=tmp_path / "no-index")
            assert await asyncio.to_thread(sync_commands, settings, guild_id=fake.guild_id) == 0
            assert await asyncio.to_thread(sync_commands, settings) == 0
    finally:
        await fake.close()
    puts = [r for r in fake.requests if r.method == "PUT"]
    assert [r.path for r in puts] == [
        f"/applications/{fake.app_id}/guilds/{fake.guild_id}/commands",
        f"/applications/{fake.app_id}/commands",
    ]
    names = sorted(c["name"] for c in puts[1].json)  # type: ignore[union-attr]
    assert names == ["ask", "briefing", "help", "quotes"]
    ask_cmd = next(c for c in puts[1].json if c["name"] == "ask")  # type: ignore[union-attr]
    assert sorted(ask_cmd["integration_types"]) == [0, 1]
    assert sorted(ask_cmd["contexts"]) == [0, 1, 2]
    assert ask_cmd["description"].startswith("Ask a question")


async def test_an_expired_interaction_is_logged_not_raised(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    fake, _ = await start()
    fake.callback_deadline = 0.0  # every acknowledgement now arrives "too late" (10062)
    with caplog.at_level(logging.WARNING, logger="bot.discord_app"):
        itx = await fake.send_interaction("ask", {"question": "Who is Duffy going to meet?"})
        callback = await itx.wait_for_callback()
        assert callback.status == 404
        await fake.wait_for(lambda: "expired" in caplog.text, timeout=5.0)
    assert not any(r.exc_info for r in caplog.records if r.name == "bot.discord_app")
    fake.callback_deadline = 3.0
    _, followup = await ask(fake, "Who heads Roscosmos?", user=fake.other_user)
    assert "Bakanov" in body(followup)["embeds"][0]["description"]


async def test_a_development_guild_gets_the_commands_at_start(
    answerer: Answerer, tmp_path: Path
) -> None:
    fake = FakeDiscord()
    await fake.start()
    try:
        with fake.redirect():
            settings = make_settings(tmp_path, dev_guild_id=fake.guild_id)
            bot = BriefingBot(settings, answerer=answerer, guild_ready_timeout=0.05)
            task = asyncio.create_task(bot.start(fake.token))
            try:
                await fake.wait_for(bot.is_ready, timeout=5.0)
            finally:
                await bot.close()
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait_for(task, 5.0)
    finally:
        await fake.close()
    puts = [(r.method, r.path) for r in fake.requests if r.method == "PUT"]
    assert puts == [("PUT", f"/applications/{fake.app_id}/guilds/{fake.guild_id}/commands")]


async def test_the_briefing_option_restricts_the_search(
    start: Start, multi_answerer: Answerer
) -> None:
    fake, _ = await start(answerer_=multi_answerer)
    itx = await fake.send_interaction(
        "ask", {"question": "x", "briefing": ""}, type_=4, focused="briefing"
    )
    choices = body(await itx.wait_for_callback())["data"]["choices"]
    assert sorted(c["value"] for c in choices) == [
        "crew-11-launch.md",
        "iss-budget-hearing.txt",
        "nasa-roscosmos-talks.txt",
    ]
    _, followup = await ask(
        fake, "What did Duffy say?", options={"briefing": "iss-budget-hearing.txt"}
    )
    embed = body(followup)["embeds"][0]
    assert "Senators Press NASA on Space Station Funding" in embed["description"]
    assert "NASA Interim Head Seeks Cooperation" not in embed["description"]
    assert embed["footer"]["text"] == "with inputs from Associated Press"
    # "More passages" keeps to the chosen briefing
    message = followup.response
    assert isinstance(message, dict)
    buttons = [c for row in body(followup)["components"] for c in row["components"]]
    more = await fake.send_interaction(
        "", type_=3, custom_id=buttons[0]["custom_id"], message=message
    )
    extra = body(await more.wait_for_followup(timeout=10.0))
    further = extra["embeds"][0]["description"]
    assert "Senators Press NASA" in further
    assert "NASA Interim Head Seeks Cooperation" not in further
