"""Proves that a plain discord.py 2.7.1 client works against tests/fake_discord.py.

No project code is used: a small ``discord.Client`` with an app-command tree is
driven through the real discord.py HTTP/gateway stack against the loopback fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest
import pytest_asyncio
from discord import app_commands

# fake_discord lives next to this file; make it importable whether or not tests/ is a package.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_discord import FakeDiscord, effective_mentions, message_limit_violations

MakeFake = Callable[..., Awaitable[FakeDiscord]]


class DemoClient(discord.Client):
    """A minimal bot: /brief defers then follows up, /secret answers ephemerally,
    DMs are echoed, every received message is remembered."""

    def __init__(self, *, intents: discord.Intents | None = None, **kwargs: Any) -> None:
        super().__init__(
            intents=intents or discord.Intents.default(), guild_ready_timeout=0.1, **kwargs
        )
        self.tree = app_commands.CommandTree(self)
        self.received: list[discord.Message] = []
        self.resumed = asyncio.Event()
        self.ready_event = asyncio.Event()
        self.ready_count = 0
        self.slow_seconds = 0.0

        @self.tree.command(name="brief", description="Get a briefing")
        @app_commands.describe(topic="What about", count="How many items")
        async def brief(interaction: discord.Interaction, topic: str, count: int = 1) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send(f"brief on {topic} x{count}")

        @self.tree.command(name="secret", description="Ephemeral answer")
        async def secret(interaction: discord.Interaction) -> None:
            if self.slow_seconds:
                await asyncio.sleep(self.slow_seconds)
            await interaction.response.send_message("psst", ephemeral=True)

        async def topic_ac(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [
                app_commands.Choice(name=f"{current}-{i}", value=f"{current}{i}") for i in range(3)
            ]

        @self.tree.command(name="pick", description="Autocomplete demo")
        @app_commands.autocomplete(topic=topic_ac)
        async def pick(interaction: discord.Interaction, topic: str) -> None:
            await interaction.response.send_message(topic)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py sleeps 5 s before every non-initial IDENTIFY; skip that in tests.
        return None

    async def on_ready(self) -> None:
        self.ready_count += 1
        self.ready_event.set()

    async def on_message(self, message: discord.Message) -> None:
        if self.user is not None and message.author.id == self.user.id:
            return
        self.received.append(message)
        if isinstance(message.channel, discord.DMChannel):
            await message.channel.send(f"echo: {message.content}")

    async def on_resumed(self) -> None:
        self.resumed.set()


class PingView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Ping", custom_id="demo:ping")
    async def ping(
        self, interaction: discord.Interaction, button: discord.ui.Button[PingView]
    ) -> None:
        await interaction.response.edit_message(content="pong")


# --------------------------------------------------------------------------- fixtures


@pytest_asyncio.fixture
async def make_fake() -> AsyncIterator[MakeFake]:
    """Factory: ``fake = await make_fake(**kwargs)`` starts a fake and redirects discord.py to it.
    Teardown closes the fake, restores the redirect and checks nothing leaked."""
    stack = contextlib.ExitStack()
    fakes: list[FakeDiscord] = []
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY

    async def factory(**kwargs: Any) -> FakeDiscord:
        fake = FakeDiscord(**kwargs)
        await fake.start()
        fakes.append(fake)
        stack.enter_context(fake.redirect())
        return fake

    try:
        yield factory
    finally:
        for fake in fakes:
            await fake.close()
            assert not fake.errors, fake.errors[0]
        stack.close()
        assert base == discord.http.Route.BASE
        assert gateway == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        # nothing left running: no pending tasks, no keep-alive threads
        for _ in range(5):
            await asyncio.sleep(0)
        me = asyncio.current_task()
        leftovers = [t for t in asyncio.all_tasks() if t is not me and not t.done()]
        assert not leftovers, leftovers
        for th in threading.enumerate():
            if th.name.startswith("keep-alive-handler"):
                th.join(timeout=1.0)
                assert not th.is_alive(), th


@contextlib.asynccontextmanager
async def running(fake: FakeDiscord, client: DemoClient | None = None) -> AsyncIterator[DemoClient]:
    """Start ``client`` against ``fake``, wait for on_ready, always close it afterwards."""
    client = client or DemoClient()
    start = asyncio.create_task(client.start(fake.token))
    ready = asyncio.create_task(client.ready_event.wait())
    try:
        done, _ = await asyncio.wait(
            {start, ready}, timeout=5.0, return_when=asyncio.FIRST_COMPLETED
        )
        if start in done:
            start.result()  # raises the startup error
            raise AssertionError("client.start() returned before ready")
        assert ready in done, "client did not become ready within 5 s"
        yield client
    finally:
        ready.cancel()
        await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(start, 5.0)
        with contextlib.suppress(asyncio.CancelledError):
            await ready


def is_post(path_regex: str) -> Callable[..., bool]:
    rx = re.compile(path_regex)
    return lambda r: r.method == "POST" and rx.fullmatch(r.path) is not None


# --------------------------------------------------------------------------- tests


@pytest.mark.asyncio
async def test_login_ready_and_guild(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake) as client:
        assert client.user is not None and client.user.id == fake.app_id
        assert client.application_id == fake.app_id
        paths = [(r.method, r.path) for r in fake.requests]
        assert paths[:2] == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]
        assert fake.identifies == 1 and fake.ready_sent == 1
        assert fake.identify_payloads[0]["intents"] == discord.Intents.default().value
        guild = client.get_guild(fake.guild_id)
        assert guild is not None and guild.default_role.id == fake.guild_id
        assert guild.get_channel(fake.guild_channel_id) is not None
        # Without the members intent discord.py caches only the bot's own member.
        assert guild.get_member(int(fake.user["id"])) is None
        assert guild.me is not None and fake.bot_role_id in [r.id for r in guild.me.roles]
        app = await client.application_info()
        assert app.owner.id == int(fake.user["id"])


@pytest.mark.asyncio
async def test_command_is_deferred_then_followed_up(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake):
        itx = await fake.send_interaction("brief", {"topic": "news", "count": 2})
        cb = await itx.wait_for_callback()
        assert cb.status == 200 and cb.json == {"type": 5}
        assert cb.query == {"with_response": "1"}
        assert cb.timestamp - itx.sent_at < 1.0
        assert cb.response["interaction"]["response_message_loading"] is True
        fu = await itx.wait_for_followup()
        assert fu.method == "POST" and fu.query.get("wait") == "1"
        assert fu.json["content"] == "brief on news x2"
        # the first follow-up after a defer replaces the "thinking" original message
        assert fu.response["id"] == cb.response["resource"]["message"]["id"]
        assert itx.original_message is not None and itx.original_message["flags"] & 128 == 0
        [sent] = [m for m in fake.sent_messages if m.interaction is itx]
        assert sent.kind == "followup" and sent.violations == [] and not sent.ephemeral

        # the same in a DM, and an ephemeral immediate answer
        dm = await fake.send_interaction("brief", {"topic": "dm"}, where="dm")
        assert (await dm.wait_for_followup()).json["content"] == "brief on dm x1"
        eph = await fake.send_interaction("secret", where="dm", user=fake.other_user)
        cb = await eph.wait_for_callback()
        assert cb.json["type"] == 4 and cb.json["data"]["flags"] == 64
        assert cb.json["data"]["content"] == "psst"
        assert cb.response["interaction"]["response_message_ephemeral"] is True


@pytest.mark.asyncio
async def test_autocomplete_and_component(make_fake: MakeFake) -> None:
    fake = await make_fake()
    client = DemoClient()
    async with running(fake, client):
        client.add_view(PingView())
        ac = await fake.send_interaction("pick", {"topic": "wea"}, type_=4, focused="topic")
        cb = await ac.wait_for_callback()
        assert cb.json["type"] == 8
        assert [c["value"] for c in cb.json["data"]["choices"]] == ["wea0", "wea1", "wea2"]

        btn = await fake.send_interaction("ping", type_=3, custom_id="demo:ping")
        cb = await btn.wait_for_callback()
        assert cb.status == 200 and cb.json["type"] == 7 and cb.json["data"]["content"] == "pong"
        assert fake.messages[int(btn.payload["message"]["id"])]["content"] == "pong"


@pytest.mark.asyncio
async def test_dm_is_answered_and_guild_content_needs_intent(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake) as client:
        since = len(fake.requests)
        msg = await fake.send_message("hello bot", where="dm")
        dm_id = fake.dm_channel_id()
        assert msg["channel_id"] == str(dm_id)
        req = await fake.wait_for_request(is_post(rf"/channels/{dm_id}/messages"), since=since)
        assert req.status == 200 and req.json["content"] == "echo: hello bot"
        assert fake.sent_messages[-1].kind == "channel_message"

        # The bot runs without the message_content intent: guild messages arrive
        # blank unless they mention the bot.
        await fake.send_message("secret plans")
        await fake.send_message(f"<@{fake.app_id}> hi", mentions=[fake.bot_user])
        await fake.wait_for(lambda: len(client.received) >= 3)
        assert [m.content for m in client.received] == ["hello bot", "", f"<@{fake.app_id}> hi"]
        assert client.received[2].guild is not None and client.received[2].guild.id == fake.guild_id


@pytest.mark.asyncio
async def test_tree_sync_puts_commands(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake) as client:
        synced = await client.tree.sync()
        put = fake.find_requests("PUT", rf"/applications/{fake.app_id}/commands")
        assert len(put) == 1 and {c["name"] for c in put[0].json} == {"brief", "secret", "pick"}
        assert {c.name for c in synced} == {"brief", "secret", "pick"}
        assert all(c.id and c.application_id == fake.app_id for c in synced)
        again = await client.tree.sync()  # ids are stable across syncs, like Discord
        assert sorted(c.id for c in again) == sorted(c.id for c in synced)
        assert {c.name for c in await client.tree.fetch_commands()} == {"brief", "secret", "pick"}

        guild = discord.Object(fake.guild_id)
        client.tree.copy_global_to(guild=guild)
        await client.tree.sync(guild=guild)
        assert fake.find_requests(
            "PUT", rf"/applications/{fake.app_id}/guilds/{fake.guild_id}/commands"
        )
        itx = await fake.send_interaction("brief", {"topic": "g"})
        assert itx.payload["data"]["guild_id"] == str(fake.guild_id)
        assert (await itx.wait_for_followup()).json["content"] == "brief on g x1"


@pytest.mark.asyncio
async def test_bad_token_is_login_failure(make_fake: MakeFake) -> None:
    fake = await make_fake()
    client = DemoClient()
    try:
        with pytest.raises(discord.LoginFailure):
            await client.login("not-the-token")
    finally:
        await client.close()
    r = fake.requests[0]
    assert (r.method, r.path, r.status) == ("GET", "/users/@me", 401)
    assert r.response == {"message": "401: Unauthorized", "code": 0}


@pytest.mark.asyncio
async def test_drop_connection_resumes_and_replays(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake) as client:
        await fake.drop_connection()
        # dispatched while the client is reconnecting: buffered, replayed on RESUME
        since = len(fake.requests)
        await fake.send_message("are you there?", where="dm")
        await asyncio.wait_for(client.resumed.wait(), 5.0)
        assert fake.resumes == 1 and fake.identifies == 1
        assert fake.connection_paths == ["/gateway", "/gateway-resume"]
        assert fake.resume_payloads[0]["session_id"] == client.ws.session_id
        req = await fake.wait_for_request(
            is_post(rf"/channels/{fake.dm_channel_id()}/messages"), since=since
        )
        assert req.json["content"] == "echo: are you there?"
        itx = await fake.send_interaction("brief", {"topic": "after"})
        assert (await itx.wait_for_followup()).json["content"] == "brief on after x1"
        seqs = [s for s, _ in next(iter(fake._sessions.values())).buffer]
        assert seqs == sorted(set(seqs))

        # a non-resumable drop makes the client identify again
        await fake.drop_connection(resumable=False)
        await fake.wait_for(lambda: client.ready_count == 2)
        assert fake.identifies == 2 and fake.ready_sent == 2
        itx = await fake.send_interaction("secret")
        assert (await itx.wait_for_callback()).json["type"] == 4


@pytest.mark.asyncio
async def test_heartbeats_follow_interval(make_fake: MakeFake) -> None:
    fake = await make_fake(heartbeat_interval_ms=500)
    async with running(fake) as client:
        await fake.wait_for(lambda: len(fake.heartbeats) >= 3, timeout=3.0)
        gaps = [b - a for a, b in zip(fake.heartbeats, fake.heartbeats[1:], strict=False)]
        assert all(0.35 < g < 0.8 for g in gaps[:2]), gaps
        assert client.latency < 1.0  # acks (op 11) arrive


@pytest.mark.asyncio
async def test_429_with_via_is_retried(make_fake: MakeFake) -> None:
    fake = await make_fake()
    async with running(fake) as client:
        channel = client.get_channel(fake.guild_channel_id)
        assert isinstance(channel, discord.TextChannel)
        fake.rate_limit_next(r"^/channels/\d+/messages$", retry_after=0.2)
        sent = await channel.send("hello")
        assert sent.content == "hello"
        attempts = fake.find_requests("POST", rf"/channels/{fake.guild_channel_id}/messages")
        assert [a.status for a in attempts] == [429, 200]
        assert attempts[1].timestamp - attempts[0].timestamp >= 0.19

        # the webhook adapter (follow-ups) retries too
        fake.rate_limit_next(r"^/webhooks/", retry_after=0.1)
        itx = await fake.send_interaction("brief", {"topic": "rl"})
        fu = await itx.wait_for_followup()
        assert fu.status == 200 and fu.json["content"] == "brief on rl x1"
        assert len(fake.find_requests("POST", r"/webhooks/.*")) == 2


@pytest.mark.asyncio
async def test_discord_rules_enforced(make_fake: MakeFake) -> None:
    fake = await make_fake(callback_deadline=0.2)
    async with running(fake) as client:
        channel = client.get_channel(fake.guild_channel_id)
        assert isinstance(channel, discord.TextChannel)
        with pytest.raises(discord.HTTPException) as info:
            await channel.send("x" * 2001)
        assert info.value.status == 400 and info.value.code == 50035
        assert fake.sent_messages[-1].violations == ["content: 2001 > 2000 chars"]

        client.slow_seconds = 0.3  # misses the (shortened) 3 s interaction deadline
        itx = await fake.send_interaction("secret")
        cb = await itx.wait_for_callback()
        assert cb.status == 404 and cb.response["code"] == 10062

        assert message_limit_violations({"content": ""}) != []
        assert effective_mentions(
            {"content": "@everyone <@123456789012345678>", "allowed_mentions": {"parse": []}}
        ) == {"users": set(), "roles": set(), "everyone": False}

        # unknown routes answer 404 {"message": "Unknown", "code": 0} and are recorded
        with pytest.raises(discord.NotFound):
            await client.http.request(discord.http.Route("GET", "/users/@me/guilds"))
        assert fake.requests[-1].path == "/users/@me/guilds" and fake.requests[-1].status == 404


@pytest.mark.asyncio
async def test_members_intent_chunking(make_fake: MakeFake) -> None:
    fake = await make_fake()
    intents = discord.Intents.default()
    intents.members = True
    async with running(fake, DemoClient(intents=intents)) as client:
        guild = client.get_guild(fake.guild_id)
        # small guild: GUILD_CREATE already carried every member, so no startup chunking
        assert guild is not None and guild.chunked
        found = await guild.query_members("oth")  # op 8 -> GUILD_MEMBERS_CHUNK (with nonce)
        assert [m.id for m in found] == [int(fake.other_user["id"])]
        assert fake.member_requests[-1]["query"] == "oth"
        assert len(guild.members) == len(fake.members)
        member = guild.get_member(int(fake.user["id"]))
        assert member is not None and fake.role_id in [r.id for r in member.roles]
