"""A loopback fake of Discord's REST API and gateway, for end-to-end tests.

The real, unmodified discord.py networking stack (HTTP client, rate limiter,
webhook adapter, gateway websocket, keep-alive thread) talks to an aiohttp
server on 127.0.0.1 that behaves like Discord closely enough for a bot to log
in, receive READY/GUILD_CREATE, receive interactions and messages, answer them,
sync commands, survive a dropped connection (RESUME) and a 429.

Typical use (pytest-asyncio)::

    fake = FakeDiscord()
    await fake.start()
    with fake.redirect():                      # Route.BASE + DEFAULT_GATEWAY
        client = MyClient(intents=discord.Intents.default(), guild_ready_timeout=0.1)
        task = asyncio.create_task(client.start(fake.token))
        await fake.wait_until_identified()
        itx = await fake.send_interaction("brief", {"topic": "news"})
        cb = await itx.wait_for_callback()     # POST /interactions/{id}/{token}/callback
        assert cb.json["type"] == 5            # deferred
        fu = await itx.wait_for_followup()     # POST /webhooks/{app}/{token}
        await client.close(); await task
    await fake.close()                         # close the client first, then the fake

What the fake models (beyond "answer with something plausible"):

* Snowflakes are real-looking (timestamp << 22 | increment) and strictly increase.
* Every JSON response has exactly ``Content-Type: application/json`` and sane
  ``X-RateLimit-*`` headers (never exhausted).  :meth:`FakeDiscord.rate_limit_next`
  injects a 429 with a ``Via`` header (so discord.py retries it transparently);
  :meth:`FakeDiscord.fail_next` injects any other error.
* Auth: every REST route except ``/webhooks/...`` and ``/interactions/...``
  requires ``Authorization: Bot <token>``; otherwise 401 (``discord.LoginFailure``
  on login).  A gateway IDENTIFY with a wrong token is closed with 4004.
* Interactions: a callback must come within ``callback_deadline`` seconds
  (default 3.0, like Discord) and only once (second one: 400 code 40060);
  follow-ups / ``@original`` edits before the callback get 404 Unknown Webhook
  (10015), as on Discord.  After a deferred (type 5) callback, the first
  follow-up replaces the "thinking" original message (same id, same ephemeral
  flag), as on Discord.
* Message limits (content 2000, embeds 10 / 6000 chars / field limits, 5 action
  rows, custom_id 100, 25 autocomplete choices, ...) are checked on every message
  the bot sends.  With ``enforce_limits=True`` (default) a violating request gets
  Discord's 400 "Invalid Form Body" (code 50035), an empty message gets 400
  code 50006.  Every attempt is kept in :attr:`FakeDiscord.sent_messages` with
  its ``violations``.
* Gateway intents are honoured (``enforce_intents=True``): guild MESSAGE_CREATE
  needs GUILD_MESSAGES, DM MESSAGE_CREATE needs DIRECT_MESSAGES, and without the
  MESSAGE_CONTENT intent guild messages arrive with empty content unless they
  mention the bot (DMs always carry content).  With ``strict_member_cache=True``
  GUILD_CREATE contains only the bot's own member unless GUILD_MEMBERS is set.
* Sessions: events are buffered per session with increasing ``s``;
  :meth:`FakeDiscord.drop_connection` closes the socket server-side, the client
  RESUMEs on ``resume_gateway_url`` (a distinct ``/gateway-resume`` path), the
  fake replays the missed events, then sends RESUMED.

Paths given to predicates/regexes (``RecordedRequest.path``) are the decoded
path *after* ``/api/v10``, e.g. ``/channels/123/messages``.

World (fixed per instance, editable before the client identifies):
one guild (:attr:`guild_id`) with a text channel (:attr:`guild_channel_id`),
roles ``@everyone`` (id = guild id), ``Moderator`` (:attr:`role_id`, given to
:attr:`user`) and the bot's managed role; members: the bot, :attr:`user`,
:attr:`other_user` and a separate guild owner.  :attr:`user` also owns the
application (``AppInfo.owner``).  DM channels are stable per user
(:meth:`dm_channel_id`); :attr:`group_dm_channel_id` is a group DM with
:attr:`user` and :attr:`other_user`.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime
import hashlib
import json
import re
import secrets
import time
import traceback
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
import yarl
from aiohttp import BodyPartReader, web

__all__ = [
    "DISCORD_EPOCH_MS",
    "FakeDiscord",
    "FakeInteraction",
    "RecordedFile",
    "RecordedRequest",
    "SentMessage",
    "effective_mentions",
    "message_limit_violations",
    "snowflake_time",
]

DISCORD_EPOCH_MS = 1420070400000
API_PREFIX = "/api/v10"

# Gateway intents (bit values) used by the fake.
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15

# Permission bits used to build roles.
_P = {
    "create_instant_invite": 1 << 0,
    "administrator": 1 << 3,
    "manage_channels": 1 << 4,
    "manage_guild": 1 << 5,
    "add_reactions": 1 << 6,
    "view_channel": 1 << 10,
    "send_messages": 1 << 11,
    "manage_messages": 1 << 13,
    "embed_links": 1 << 14,
    "attach_files": 1 << 15,
    "read_message_history": 1 << 16,
    "mention_everyone": 1 << 17,
    "use_external_emojis": 1 << 18,
    "connect": 1 << 20,
    "speak": 1 << 21,
    "change_nickname": 1 << 26,
    "use_application_commands": 1 << 31,
    "send_messages_in_threads": 1 << 38,
}
_EVERYONE_PERMS = (
    _P["create_instant_invite"]
    | _P["add_reactions"]
    | _P["view_channel"]
    | _P["send_messages"]
    | _P["embed_links"]
    | _P["attach_files"]
    | _P["read_message_history"]
    | _P["use_external_emojis"]
    | _P["connect"]
    | _P["speak"]
    | _P["change_nickname"]
    | _P["use_application_commands"]
    | _P["send_messages_in_threads"]
)
_ALL_PERMS = (1 << 53) - 1

MessageKind = Literal[
    "channel_message",  # POST /channels/{id}/messages
    "interaction_response",  # callback type 4 (new message)
    "update_message",  # callback type 7 (edits the component's message)
    "followup",  # POST /webhooks/{app}/{token}
    "edit_original",  # PATCH /webhooks/{app}/{token}/messages/@original
    "edit_followup",  # PATCH /webhooks/{app}/{token}/messages/{id}
    "edit_message",  # PATCH /channels/{id}/messages/{id}
]


# --------------------------------------------------------------------------- helpers


def snowflake_time(snowflake: int | str) -> float:
    """Return the UNIX time (seconds) encoded in a snowflake."""
    return ((int(snowflake) >> 22) + DISCORD_EPOCH_MS) / 1000.0


def _now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


def _json_response(
    status: int, payload: Any, headers: dict[str, str] | None = None
) -> web.Response:
    # Exactly "application/json": discord.py compares the header verbatim.
    hdrs = {"Content-Type": "application/json"}
    if headers:
        hdrs.update(headers)
    return web.Response(status=status, body=json.dumps(payload).encode(), headers=hdrs)


def _error(
    status: int, message: str, code: int = 0, errors: dict[str, Any] | None = None
) -> tuple[int, Any]:
    body: dict[str, Any] = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return status, body


_USER_MENTION = re.compile(r"<@!?(\d{15,25})>")
_ROLE_MENTION = re.compile(r"<@&(\d{15,25})>")
_EVERYONE = re.compile(r"@(everyone|here)")


def effective_mentions(
    payload: dict[str, Any], *, replied_user_id: int | None = None
) -> dict[str, Any]:
    """Compute whom a message payload would actually ping on Discord.

    Applies Discord's ``allowed_mentions`` rules to the mentions found in
    ``payload["content"]``: without ``allowed_mentions`` everything mentioned
    pings; with it, only the types in ``parse`` and the ids listed in
    ``users`` / ``roles`` ping, and the replied-to author only if
    ``replied_user`` is true.

    Returns ``{"users": set[int], "roles": set[int], "everyone": bool}``.
    """
    content = payload.get("content") or ""
    users = {int(u) for u in _USER_MENTION.findall(content)}
    roles = {int(r) for r in _ROLE_MENTION.findall(content)}
    everyone = bool(_EVERYONE.search(content))
    am = payload.get("allowed_mentions")
    if am is None:
        out_users, out_roles, out_everyone = users, roles, everyone
        if replied_user_id is not None:
            out_users = out_users | {replied_user_id}
    else:
        parse = set(am.get("parse") or [])
        allowed_users = {int(x) for x in am.get("users") or []}
        allowed_roles = {int(x) for x in am.get("roles") or []}
        out_users = users if "users" in parse else users & allowed_users
        out_roles = roles if "roles" in parse else roles & allowed_roles
        out_everyone = everyone and "everyone" in parse
        if replied_user_id is not None and am.get("replied_user"):
            out_users = out_users | {replied_user_id}
    return {"users": set(out_users), "roles": set(out_roles), "everyone": out_everyone}


def _embed_violations(embeds: list[dict[str, Any]], prefix: str) -> list[str]:
    out: list[str] = []
    if len(embeds) > 10:
        out.append(f"{prefix}embeds: {len(embeds)} > 10 embeds")
    total = 0
    for i, e in enumerate(embeds):
        p = f"{prefix}embeds[{i}]"
        title = e.get("title") or ""
        desc = e.get("description") or ""
        footer = (e.get("footer") or {}).get("text") or ""
        author = (e.get("author") or {}).get("name") or ""
        fields = e.get("fields") or []
        if len(title) > 256:
            out.append(f"{p}.title: {len(title)} > 256 chars")
        if len(desc) > 4096:
            out.append(f"{p}.description: {len(desc)} > 4096 chars")
        if len(footer) > 2048:
            out.append(f"{p}.footer.text: {len(footer)} > 2048 chars")
        if len(author) > 256:
            out.append(f"{p}.author.name: {len(author)} > 256 chars")
        if len(fields) > 25:
            out.append(f"{p}.fields: {len(fields)} > 25 fields")
        total += len(title) + len(desc) + len(footer) + len(author)
        for j, f in enumerate(fields):
            name = str(f.get("name") or "")
            value = str(f.get("value") or "")
            if not name or not value:
                out.append(f"{p}.fields[{j}]: name and value are required")
            if len(name) > 256:
                out.append(f"{p}.fields[{j}].name: {len(name)} > 256 chars")
            if len(value) > 1024:
                out.append(f"{p}.fields[{j}].value: {len(value)} > 1024 chars")
            total += len(name) + len(value)
    if total > 6000:
        out.append(f"{prefix}embeds: {total} > 6000 total characters")
    return out


def _component_violations(components: list[dict[str, Any]], flags: int, prefix: str) -> list[str]:
    out: list[str] = []
    if flags & (1 << 15):  # IS_COMPONENTS_V2
        count = 0
        text = 0

        def walk(items: list[dict[str, Any]]) -> None:
            nonlocal count, text
            for c in items:
                count += 1
                if c.get("type") == 10:
                    text += len(c.get("content") or "")
                walk(c.get("components") or [])
                if c.get("accessory"):
                    walk([c["accessory"]])

        walk(components)
        if count > 40:
            out.append(f"{prefix}components: {count} > 40 components (v2)")
        if text > 4000:
            out.append(f"{prefix}components: {text} > 4000 text display characters (v2)")
        return out
    if len(components) > 5:
        out.append(f"{prefix}components: {len(components)} > 5 action rows")
    for i, row in enumerate(components):
        p = f"{prefix}components[{i}]"
        if row.get("type") != 1:
            out.append(f"{p}: top-level component must be an action row (type 1)")
            continue
        children = row.get("components") or []
        if not children:
            out.append(f"{p}: empty action row")
        selects = [c for c in children if c.get("type") in (3, 5, 6, 7, 8)]
        if len(children) > 5:
            out.append(f"{p}: {len(children)} > 5 components in a row")
        if selects and len(children) > 1:
            out.append(f"{p}: a select menu must be alone in its row")
        for j, c in enumerate(children):
            q = f"{p}.components[{j}]"
            cid = c.get("custom_id")
            if cid is not None and len(cid) > 100:
                out.append(f"{q}.custom_id: {len(cid)} > 100 chars")
            if c.get("type") == 2:
                label = c.get("label") or ""
                if len(label) > 80:
                    out.append(f"{q}.label: {len(label)} > 80 chars")
                if c.get("style") == 5:
                    if not c.get("url"):
                        out.append(f"{q}: link button needs url")
                elif c.get("style") != 6 and not cid:
                    out.append(f"{q}: button needs custom_id")
            if c.get("type") == 3:
                opts = c.get("options") or []
                if not 1 <= len(opts) <= 25:
                    out.append(f"{q}.options: {len(opts)} not in 1..25")
                for k, o in enumerate(opts):
                    for key in ("label", "value", "description"):
                        if len(str(o.get(key) or "")) > 100:
                            out.append(f"{q}.options[{k}].{key}: > 100 chars")
            ph = c.get("placeholder") or ""
            if len(ph) > 150:
                out.append(f"{q}.placeholder: {len(ph)} > 150 chars")
    return out


def message_limit_violations(
    payload: dict[str, Any] | None, *, new_message: bool = True, has_files: bool = False
) -> list[str]:
    """Check a message payload (as the bot sent it) against Discord's limits.

    Returns a list of human-readable violations (empty when valid).  Checks
    content length (2000), embeds (10 per message, title 256, description
    4096, 25 fields, field name 256 / value 1024, footer 2048, author 256,
    6000 total), components (5 action rows of <= 5 buttons or one select,
    custom_id 100, label 80, 25 select options; v2: 40 components, 4000 text)
    and, for ``new_message=True``, that the message is not empty.
    """
    if payload is None:
        return ["missing body"] if new_message else []
    out: list[str] = []
    content = payload.get("content")
    if content is not None and len(str(content)) > 2000:
        out.append(f"content: {len(str(content))} > 2000 chars")
    embeds = payload.get("embeds") or []
    out += _embed_violations(embeds, "")
    flags = int(payload.get("flags") or 0)
    out += _component_violations(payload.get("components") or [], flags, "")
    if new_message and not (
        content
        or embeds
        or payload.get("components")
        or has_files
        or payload.get("sticker_ids")
        or payload.get("poll")
    ):
        out.append("empty message: no content, embeds, components, files, stickers or poll")
    return out


def _autocomplete_violations(data: dict[str, Any] | None) -> list[str]:
    choices = (data or {}).get("choices")
    if choices is None:
        return ["data.choices: missing"]
    out = []
    if len(choices) > 25:
        out.append(f"data.choices: {len(choices)} > 25 choices")
    for i, ch in enumerate(choices):
        name = str(ch.get("name") or "")
        if not 1 <= len(name) <= 100:
            out.append(f"data.choices[{i}].name: length {len(name)} not in 1..100")
        value = ch.get("value")
        if isinstance(value, str) and len(value) > 100:
            out.append(f"data.choices[{i}].value: {len(value)} > 100 chars")
    return out


_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


def _command_violations(cmd: dict[str, Any], prefix: str) -> list[str]:
    out: list[str] = []
    ctype = cmd.get("type", 1)
    name = cmd.get("name") or ""
    if ctype == 1:
        if not _COMMAND_NAME.match(name) or name != name.lower():
            out.append(f"{prefix}name: {name!r} is not a valid lowercase command name (1-32 chars)")
        desc = cmd.get("description") or ""
        if not 1 <= len(desc) <= 100:
            out.append(f"{prefix}description: length {len(desc)} not in 1..100")
    elif not 1 <= len(name) <= 32:
        out.append(f"{prefix}name: length {len(name)} not in 1..32")
    options = cmd.get("options") or []
    if len(options) > 25:
        out.append(f"{prefix}options: {len(options)} > 25")
    seen_optional = False
    for i, opt in enumerate(options):
        p = f"{prefix}options[{i}]."
        if opt.get("type") in (1, 2):
            out += _command_violations({**opt, "type": 1}, p)
            continue
        if opt.get("required"):
            if seen_optional:
                out.append(f"{p}required: required options must come before optional ones")
        else:
            seen_optional = True
        oname = opt.get("name") or ""
        if not _COMMAND_NAME.match(oname) or oname != oname.lower():
            out.append(f"{p}name: {oname!r} is not a valid lowercase option name")
        odesc = opt.get("description") or ""
        if not 1 <= len(odesc) <= 100:
            out.append(f"{p}description: length {len(odesc)} not in 1..100")
        choices = opt.get("choices") or []
        if len(choices) > 25:
            out.append(f"{p}choices: {len(choices)} > 25")
    return out


def _bucket_for(method: str, path: str) -> str:
    parts = []
    for seg in path.split("/"):
        if seg.isdigit() or len(seg) > 30:
            parts.append("{}")
        else:
            parts.append(seg)
    return hashlib.md5(f"{method} {'/'.join(parts)}".encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- records


@dataclass
class RecordedFile:
    """A file part of a multipart request."""

    field_name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One REST request received by the fake (including rejected ones).

    ``path`` is the decoded path after ``/api/v10``.  ``json`` is the JSON body,
    or for multipart requests the parsed ``payload_json`` part (files are in
    ``files``, other text parts in ``form``).  ``status`` and ``response`` are
    what the fake answered (``None`` until answered).
    """

    index: int
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    timestamp: float
    files: list[RecordedFile] = field(default_factory=list)
    form: dict[str, str] = field(default_factory=dict)
    raw_body: bytes = b""
    status: int | None = None
    response: Any = None

    @property
    def ok(self) -> bool:
        """True if answered with a 2xx status."""
        return self.status is not None and 200 <= self.status < 300


@dataclass
class SentMessage:
    """A message-ish payload the bot sent (or tried to send) anywhere.

    ``kind`` says which route (see ``MessageKind``); ``payload`` is the JSON the
    bot sent (for callbacks: the callback's ``data``); ``message`` is the
    resulting message object (``None`` if the request was rejected);
    ``violations`` lists Discord-limit violations found (see
    :func:`message_limit_violations`).
    """

    kind: str
    channel_id: int | None
    payload: dict[str, Any]
    request: RecordedRequest
    interaction: FakeInteraction | None = None
    message: dict[str, Any] | None = None
    violations: list[str] = field(default_factory=list)

    @property
    def content(self) -> str | None:
        return self.payload.get("content")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.payload.get("embeds") or []

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.payload.get("components") or []

    @property
    def flags(self) -> int:
        if self.message is not None:
            return int(self.message.get("flags") or 0)
        return int(self.payload.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        return self.payload.get("allowed_mentions")

    @property
    def accepted(self) -> bool:
        return self.message is not None

    def pings(self) -> dict[str, Any]:
        """Whom this message would ping (see :func:`effective_mentions`)."""
        return effective_mentions(self.payload)

    def text(self) -> str:
        """Content plus all embed text, for loose assertions."""
        parts = [self.content or ""]
        for e in self.embeds:
            parts += [e.get("title") or "", e.get("description") or ""]
            parts += [f"{f.get('name')}\n{f.get('value')}" for f in e.get("fields") or []]
            parts.append((e.get("footer") or {}).get("text") or "")
        return "\n".join(p for p in parts if p)


class FakeInteraction:
    """An interaction the fake dispatched (returned by :meth:`FakeDiscord.send_interaction`)."""

    def __init__(self, fake: FakeDiscord, payload: dict[str, Any], channel_id: int) -> None:
        self.fake = fake
        self.payload = payload
        self.id: int = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.channel_id = channel_id
        self.guild_id: int | None = int(payload["guild_id"]) if payload.get("guild_id") else None
        self.sent_at: float = 0.0
        self.callback_type: int | None = None
        self.callback_at: float | None = None
        self.original_message: dict[str, Any] | None = None
        self.original_loading: bool = False

    @property
    def user_id(self) -> int:
        user: dict[str, Any] = (self.payload.get("member") or {}).get("user") or self.payload[
            "user"
        ]
        return int(user["id"])

    @property
    def acknowledged(self) -> bool:
        return self.callback_type is not None

    def _is_callback(self, r: RecordedRequest) -> bool:
        return (
            r.method == "POST"
            and r.path == f"/interactions/{self.id}/{self.token}/callback"
            and r.status != 429
        )

    def _is_followup(self, r: RecordedRequest) -> bool:
        base = f"/webhooks/{self.fake.app_id}/{self.token}"
        return r.status != 429 and (
            (r.method == "POST" and r.path == base)
            or (r.method == "PATCH" and r.path == base + "/messages/@original")
        )

    @property
    def callback(self) -> RecordedRequest | None:
        """The first (non-429) callback request, if any."""
        return next(
            (r for r in self.fake.requests if r.status is not None and self._is_callback(r)), None
        )

    @property
    def followups(self) -> list[RecordedRequest]:
        """Follow-up POSTs and ``@original`` PATCHes so far, in order (429s excluded)."""
        return [r for r in self.fake.requests if r.status is not None and self._is_followup(r)]

    @property
    def messages(self) -> list[SentMessage]:
        """Every :class:`SentMessage` belonging to this interaction."""
        return [m for m in self.fake.sent_messages if m.interaction is self]

    async def wait_for_callback(self, timeout: float = 5.0) -> RecordedRequest:  # noqa: ASYNC109
        """Wait for ``POST /interactions/{id}/{token}/callback`` (429 attempts are skipped).

        Its ``json`` is ``{"type": 4|5|6|7|8|9, "data": {...}}``; ``data.flags`` 64 = ephemeral.
        """
        return await self.fake.wait_for_request(self._is_callback, timeout)

    async def wait_for_followup(self, timeout: float = 5.0, *, index: int = 0) -> RecordedRequest:  # noqa: ASYNC109
        """Wait for the ``index``-th follow-up (``POST /webhooks/{app}/{token}``) or
        ``PATCH .../messages/@original`` of this interaction."""

        async def pred() -> RecordedRequest | None:
            f = self.followups
            return f[index] if len(f) > index else None

        result: RecordedRequest = await self.fake._wait_value(pred, timeout)
        return result

    def __repr__(self) -> str:
        return f"<FakeInteraction id={self.id} type={self.type} callback_type={self.callback_type}>"


# --------------------------------------------------------------------------- gateway state


class _Connection:
    def __init__(self, ws: web.WebSocketResponse, path: str, number: int) -> None:
        self.ws = ws
        self.path = path
        self.number = number
        self.session: _Session | None = None
        self.closing = False
        self.server_closed = False
        self.lock = asyncio.Lock()

    async def send(self, frame: str) -> None:
        if self.closing or self.ws.closed:
            return
        async with self.lock:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await self.ws.send_str(frame)


class _Session:
    def __init__(self, session_id: str, token: str, intents: int, shard: tuple[int, int]) -> None:
        self.session_id = session_id
        self.token = token
        self.intents = intents
        self.shard = shard
        self.seq = 0
        self.buffer: list[tuple[int, str]] = []
        self.connection: _Connection | None = None
        self.valid = True

    def owns_guild(self, guild_id: int | None) -> bool:
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return (guild_id >> 22) % max(count, 1) == shard_id


# --------------------------------------------------------------------------- the fake


Handler = Callable[["RecordedRequest", "re.Match[str]"], Awaitable[Any]]


class FakeDiscord:
    """Loopback fake Discord (REST + gateway).  See the module docstring.

    Keyword arguments:

    * ``token`` - the bot token accepted by REST and IDENTIFY.
    * ``heartbeat_interval_ms`` - sent in HELLO.
    * ``callback_deadline`` - seconds an interaction may wait for its callback
      (``None`` disables; default 3.0 like Discord).
    * ``enforce_limits`` - reject messages breaking Discord limits with 400.
    * ``enforce_intents`` - filter gateway events / message content by intents.
    * ``strict_member_cache`` - GUILD_CREATE only lists the bot's member unless
      the session has the GUILD_MEMBERS intent (as Discord does).
    """

    def __init__(
        self,
        *,
        token: str = "fake-token",
        heartbeat_interval_ms: int = 41250,
        callback_deadline: float | None = 3.0,
        enforce_limits: bool = True,
        enforce_intents: bool = True,
        strict_member_cache: bool = False,
    ) -> None:
        self.token = token
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.callback_deadline = callback_deadline
        self.enforce_limits = enforce_limits
        self.enforce_intents = enforce_intents
        self.strict_member_cache = strict_member_cache

        self.port: int = 0
        self._last_snowflake = 0
        self._runner: web.AppRunner | None = None
        self._changed: asyncio.Event | None = asyncio.Event()
        self._bg_tasks: set[asyncio.Future[Any]] = set()
        self._handler_tasks: set[asyncio.Task[Any]] = set()

        # ---- records
        self.errors: list[str] = []  # tracebacks of bugs inside the fake (should stay empty)
        self.requests: list[RecordedRequest] = []
        self.sent_messages: list[SentMessage] = []
        self.heartbeats: list[float] = []
        self.identifies: int = 0
        self.resumes: int = 0
        self.identify_payloads: list[dict[str, Any]] = []
        self.resume_payloads: list[dict[str, Any]] = []
        self.presence_updates: list[dict[str, Any]] = []
        self.voice_state_updates: list[dict[str, Any]] = []
        self.member_requests: list[dict[str, Any]] = []
        self.gateway_received: list[
            tuple[float, int, dict[str, Any]]
        ] = []  # (time, connection no., payload)
        self.dispatched: list[tuple[float, str, dict[str, Any]]] = []  # (time, event name, data)
        self.connection_paths: list[str] = []  # path of every gateway connection, in order
        self.ready_sent: int = 0
        self.interactions: dict[int, FakeInteraction] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_messages: dict[int, list[int]] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}

        self._connections: list[_Connection] = []
        self._sessions: dict[str, _Session] = {}
        self._injections: list[dict[str, Any]] = []

        # ---- world
        self.app_id: int = self.snowflake()
        self.bot_user: dict[str, Any] = {
            "id": str(self.app_id),
            "username": "briefing-bot",
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": True,
            "system": False,
            "mfa_enabled": False,
            "verified": True,
            "flags": 0,
            "public_flags": 0,
            "email": None,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }
        self.user: dict[str, Any] = self.make_user("tester", global_name="Tester")
        self.other_user: dict[str, Any] = self.make_user("other", global_name="Other Person")
        self.guild_owner: dict[str, Any] = self.make_user("guild-owner", global_name="Guild Owner")
        self.guild_id: int = self.snowflake()
        self.guild_channel_id: int = self.snowflake()
        self.role_id: int = self.snowflake()
        self.bot_role_id: int = self.snowflake()
        self.group_dm_channel_id: int = self.snowflake()
        self._dm_channels: dict[int, int] = {}
        self.roles: list[dict[str, Any]] = [
            self._role(self.guild_id, "@everyone", 0, _EVERYONE_PERMS),
            self._role(
                self.role_id,
                "Moderator",
                1,
                _P["manage_guild"] | _P["manage_messages"],
                mentionable=True,
                hoist=True,
            ),
            self._role(
                self.bot_role_id,
                "briefing-bot",
                2,
                _EVERYONE_PERMS | _P["manage_messages"],
                managed=True,
                tags={"bot_id": str(self.app_id)},
            ),
        ]
        self.channels: list[dict[str, Any]] = [
            {
                "id": str(self.guild_channel_id),
                "type": 0,
                "guild_id": str(self.guild_id),
                "name": "general",
                "position": 0,
                "permission_overwrites": [],
                "parent_id": None,
                "topic": None,
                "nsfw": False,
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "flags": 0,
            }
        ]
        self.members: dict[int, dict[str, Any]] = {}
        self.add_member(self.bot_user, roles=[self.bot_role_id])
        self.add_member(self.user, roles=[self.role_id])
        self.add_member(self.other_user)
        self.add_member(self.guild_owner)
        self.application: dict[str, Any] = {
            "id": str(self.app_id),
            "name": "briefing-bot",
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": 0,
            "owner": self.user,
            "team": None,
            "bot": self.bot_user,
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "rpc_origins": [],
            "tags": [],
            "approximate_guild_count": 1,
            "integration_types_config": {"0": {}, "1": {}},
        }

        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._build_routes()

    # ------------------------------------------------------------------ ids & world

    def snowflake(self) -> int:
        """A new, strictly increasing, real-looking snowflake."""
        value = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        if value <= self._last_snowflake:
            value = self._last_snowflake + 1
        self._last_snowflake = value
        return value

    def make_user(
        self, username: str, *, global_name: str | None = None, bot: bool = False
    ) -> dict[str, Any]:
        """Create a user object (not a guild member; see :meth:`add_member`)."""
        return {
            "id": str(self.snowflake()),
            "username": username,
            "discriminator": "0",
            "global_name": global_name,
            "avatar": None,
            "bot": bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }

    def add_member(
        self, user: dict[str, Any], *, roles: list[int] | None = None, nick: str | None = None
    ) -> dict[str, Any]:
        """Add ``user`` to the guild.  Takes effect in GUILD_CREATE for later IDENTIFYs
        (no GUILD_MEMBER_ADD is dispatched)."""
        member = {
            "user": user,
            "roles": [str(r) for r in roles or []],
            "joined_at": _now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": nick,
            "avatar": None,
            "banner": None,
            "premium_since": None,
            "pending": False,
            "communication_disabled_until": None,
        }
        self.members[int(user["id"])] = member
        return member

    @staticmethod
    def _role(
        rid: int,
        name: str,
        position: int,
        perms: int,
        *,
        managed: bool = False,
        mentionable: bool = False,
        hoist: bool = False,
        tags: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        role = {
            "id": str(rid),
            "name": name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": hoist,
            "icon": None,
            "unicode_emoji": None,
            "position": position,
            "permissions": str(perms),
            "managed": managed,
            "mentionable": mentionable,
            "flags": 0,
        }
        if tags:
            role["tags"] = tags
        return role

    def dm_channel_id(self, user: dict[str, Any] | None = None) -> int:
        """The (stable) id of the bot's DM channel with ``user`` (default :attr:`user`)."""
        uid = int((user or self.user)["id"])
        if uid not in self._dm_channels:
            self._dm_channels[uid] = self.snowflake()
        return self._dm_channels[uid]

    def _user_by_id(self, uid: int) -> dict[str, Any] | None:
        if uid == self.app_id:
            return self.bot_user
        m = self.members.get(uid)
        if m:
            user: dict[str, Any] = m["user"]
            return user
        for u in (self.user, self.other_user, self.guild_owner):
            if int(u["id"]) == uid:
                return u
        return None

    def member_permissions(self, user_id: int) -> int:
        """Guild-level permissions of a member (OR of @everyone and their roles)."""
        if user_id == int(self.guild()["owner_id"]):
            return _ALL_PERMS
        member = self.members.get(user_id)
        role_ids = {str(self.guild_id)} | set((member or {}).get("roles", []))
        perms = 0
        for r in self.roles:
            if r["id"] in role_ids:
                perms |= int(r["permissions"])
        return _ALL_PERMS if perms & _P["administrator"] else perms

    def guild(self) -> dict[str, Any]:
        """The guild object (as returned by GET /guilds/{id})."""
        return {
            "id": str(self.guild_id),
            "name": "Test Guild",
            "icon": None,
            "icon_hash": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": self.guild_owner["id"],
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": copy.deepcopy(self.roles),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": str(self.guild_channel_id),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "safety_alerts_channel_id": None,
            "widget_enabled": False,
            "widget_channel_id": None,
        }

    def _guild_create(self, session: _Session) -> dict[str, Any]:
        g = self.guild()
        members = list(self.members.values())
        if self.strict_member_cache and not session.intents & INTENT_GUILD_MEMBERS:
            members = [m for m in members if int(m["user"]["id"]) == self.app_id]
        g.update(
            {
                "joined_at": _now_iso(),
                "large": False,
                "unavailable": False,
                "lazy": True,
                "member_count": len(self.members),
                "voice_states": [],
                "members": copy.deepcopy(members),
                "channels": copy.deepcopy(self.channels),
                "threads": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
            }
        )
        return g

    def _dm_channel_obj(self, user: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(self.dm_channel_id(user)),
            "type": 1,
            "last_message_id": None,
            "flags": 0,
            "recipients": [user],
        }

    def _group_dm_obj(self) -> dict[str, Any]:
        return {
            "id": str(self.group_dm_channel_id),
            "type": 3,
            "name": "Test group",
            "icon": None,
            "owner_id": self.user["id"],
            "recipients": [self.user, self.other_user],
            "last_message_id": None,
            "flags": 0,
        }

    def _channel_obj(self, channel_id: int) -> dict[str, Any] | None:
        for c in self.channels:
            if int(c["id"]) == channel_id:
                return c
        if channel_id == self.group_dm_channel_id:
            return self._group_dm_obj()
        for uid, cid in self._dm_channels.items():
            if cid == channel_id:
                return self._dm_channel_obj(self._user_by_id(uid) or {"id": str(uid)})
        return None

    def _partial_member(self, user_id: int) -> dict[str, Any] | None:
        m = self.members.get(user_id)
        if m is None:
            return None
        pm = {k: v for k, v in m.items() if k != "user"}
        return copy.deepcopy(pm)

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Start the server on 127.0.0.1, on a free port (see :attr:`port`)."""
        if self._changed is None:
            self._changed = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._ws_handler)
        app.router.add_get("/gateway-resume", self._ws_handler)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._http_handler)
        app.router.add_route("*", "/{tail:.*}", self._unknown_root)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        addresses = self._runner.addresses
        assert addresses, "server did not bind"
        self.port = int(addresses[0][1])

    async def close(self) -> None:
        """Close every gateway socket (code 1001) and stop the server.  Close clients first."""
        for conn in list(self._connections):
            if not conn.ws.closed:
                conn.closing = True
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(
                        conn.ws.close(code=1001, message=b"fake shutting down"), 1.0
                    )
        pending = list(self._handler_tasks) + list(self._bg_tasks)
        if pending:
            await asyncio.wait(pending, timeout=2.0)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway-resume"

    @contextlib.contextmanager
    def redirect(self) -> Iterator[FakeDiscord]:
        """Point discord.py (process-wide) at this fake; restore the previous values on exit."""
        import discord.gateway
        import discord.http

        old_base = discord.http.Route.BASE
        old_gw = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.base_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield self
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gw

    # ------------------------------------------------------------------ waiting

    def _bump(self) -> None:
        ev = self._changed
        self._changed = asyncio.Event()
        if ev is not None:
            ev.set()

    async def _wait_value(self, pred: Callable[[], Awaitable[Any]], timeout: float) -> Any:  # noqa: ASYNC109
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self._changed is None:
                self._changed = asyncio.Event()
            ev = self._changed
            value = await pred()
            if value is not None and value is not False:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError()
            # re-check at least every 20 ms so conditions on outside state work too
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ev.wait(), min(remaining, 0.02))

    async def wait_for(self, condition: Callable[[], Any], timeout: float = 5.0) -> Any:  # noqa: ASYNC109
        """Wait until ``condition()`` is truthy and return its value; it is re-checked on
        every fake state change and every 20 ms (so it may look at the bot's state too).
        Raises ``asyncio.TimeoutError``."""

        async def pred() -> Any:
            return condition()

        result: RecordedRequest = await self._wait_value(pred, timeout)
        return result

    async def wait_for_request(
        self,
        predicate: Callable[[RecordedRequest], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
        *,
        since: int = 0,
    ) -> RecordedRequest:
        """Return the first answered request at index >= ``since`` matching ``predicate``
        (already recorded or future).  Raises ``asyncio.TimeoutError``."""

        async def pred() -> RecordedRequest | None:
            for r in self.requests[since:]:
                if r.status is not None and predicate(r):
                    return r
            return None

        result: RecordedRequest = await self._wait_value(pred, timeout)
        return result

    def find_requests(
        self, method: str | None = None, path_regex: str | None = None, *, since: int = 0
    ) -> list[RecordedRequest]:
        """Answered requests filtered by method and ``re.fullmatch`` of the path."""
        rx = re.compile(path_regex) if path_regex else None
        return [
            r
            for r in self.requests[since:]
            if r.status is not None
            and (method is None or r.method == method)
            and (rx is None or rx.fullmatch(r.path))
        ]

    async def wait_until_identified(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until READY and GUILD_CREATE have been sent at least once."""
        await self.wait_for(lambda: self.ready_sent > 0, timeout)

    async def wait_for_sent_message(
        self,
        predicate: Callable[[SentMessage], bool] = lambda m: True,
        timeout: float = 5.0,  # noqa: ASYNC109
        *,
        since: int = 0,
    ) -> SentMessage:
        """Wait for a :class:`SentMessage` (index >= ``since``) matching ``predicate``."""

        def cond() -> SentMessage | None:
            return next((m for m in self.sent_messages[since:] if predicate(m)), None)

        result: SentMessage = await self.wait_for(cond, timeout)
        return result

    # ------------------------------------------------------------------ failure injection

    def rate_limit_next(
        self,
        path_regex: str,
        retry_after: float = 0.2,
        *,
        method: str | None = None,
        is_global: bool = False,
        count: int = 1,
    ) -> None:
        """Answer the next ``count`` requests whose path matches ``path_regex``
        (``re.search``) with a 429 carrying ``Via`` and ``X-RateLimit-*`` headers."""
        self._injections.append(
            {
                "kind": "429",
                "rx": re.compile(path_regex),
                "method": method,
                "retry_after": retry_after,
                "global": is_global,
                "count": count,
            }
        )

    def fail_next(
        self,
        path_regex: str,
        status: int,
        *,
        code: int = 0,
        message: str | None = None,
        method: str | None = None,
        count: int = 1,
    ) -> None:
        """Answer the next ``count`` matching requests with ``status`` and a Discord
        error body, e.g.
        ``fail_next(r"/messages$", 403, code=50013, message="Missing Permissions")``.
        Note discord.py retries 500/502/504 after 1 s, 3 s, ... sleeps."""
        self._injections.append(
            {
                "kind": "fail",
                "rx": re.compile(path_regex),
                "method": method,
                "status": status,
                "code": code,
                "message": message or f"{status}: injected failure",
                "count": count,
            }
        )

    def _take_injection(self, method: str, path: str) -> dict[str, Any] | None:
        for inj in self._injections:
            if (inj["method"] is None or inj["method"] == method) and inj["rx"].search(path):
                inj["count"] -= 1
                if inj["count"] <= 0:
                    self._injections.remove(inj)
                return inj
        return None

    # ------------------------------------------------------------------ HTTP

    def _ratelimit_headers(self, method: str, path: str) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "49",
            "X-RateLimit-Reset": f"{time.time() + 1.0:.3f}",
            "X-RateLimit-Reset-After": "1.000",
            "X-RateLimit-Bucket": _bucket_for(method, path),
        }

    async def _unknown_root(self, request: web.Request) -> web.StreamResponse:
        return _json_response(404, {"message": "404: Not Found", "code": 0})

    async def _http_handler(self, request: web.Request) -> web.StreamResponse:
        path = request.path[len(API_PREFIX) :] or "/"
        rec = RecordedRequest(
            index=len(self.requests),
            method=request.method,
            path=path,
            query={k: v for k, v in request.query.items()},
            headers=dict(request.headers),
            json=None,
            timestamp=time.monotonic(),
        )
        self.requests.append(rec)
        try:
            resp = await self._process(request, rec)
        except Exception as exc:
            # A bug in the fake: answer 503 (discord.py raises DiscordServerError at
            # once instead of retrying with sleeps) and keep the traceback in .errors.
            self.errors.append(traceback.format_exc())
            rec.status, rec.response = 503, {"message": f"fake error: {exc!r}", "code": 0}
            resp = _json_response(503, rec.response)
        self._bump()
        return resp

    async def _read_body(
        self, request: web.Request, rec: RecordedRequest
    ) -> tuple[int, Any] | None:
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):  # nested multipart: not used by Discord
                    continue
                data = await part.read()
                if part.filename:
                    rec.files.append(
                        RecordedFile(
                            part.name or "",
                            part.filename,
                            part.headers.get("Content-Type"),
                            bytes(data),
                        )
                    )
                elif part.name == "payload_json":
                    rec.json = json.loads(bytes(data).decode())
                else:
                    rec.form[part.name or ""] = bytes(data).decode(errors="replace")
            return None
        body = await request.read()
        rec.raw_body = body
        if body:
            try:
                rec.json = json.loads(body.decode())
            except ValueError:
                return _error(400, "The request body contains invalid JSON.", 50109)
        return None

    async def _process(self, request: web.Request, rec: RecordedRequest) -> web.StreamResponse:
        method, path = rec.method, rec.path
        rl_headers = self._ratelimit_headers(method, path)
        bad_body = await self._read_body(request, rec)

        inj = self._take_injection(method, path)
        if inj is not None and inj["kind"] == "429":
            ra = float(inj["retry_after"])
            body = {
                "message": "You are being rate limited.",
                "retry_after": ra,
                "global": inj["global"],
            }
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(max(1, int(ra + 0.999))),
                "X-RateLimit-Limit": "50",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + ra:.3f}",
                "X-RateLimit-Reset-After": f"{ra:.3f}",
                "X-RateLimit-Bucket": rl_headers["X-RateLimit-Bucket"],
                "X-RateLimit-Scope": "global" if inj["global"] else "user",
            }
            if inj["global"]:
                headers["X-RateLimit-Global"] = "true"
            rec.status, rec.response = 429, body
            return _json_response(429, body, headers)

        needs_auth = not (path.startswith("/webhooks/") or path.startswith("/interactions/"))
        if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
            rec.status, rec.response = _error(401, "401: Unauthorized", 0)
            return _json_response(rec.status, rec.response, rl_headers)

        if inj is not None:
            rec.status, rec.response = _error(inj["status"], inj["message"], inj["code"])
            return _json_response(rec.status, rec.response, rl_headers)

        if bad_body is not None:
            rec.status, rec.response = bad_body
            return _json_response(rec.status, rec.response, rl_headers)

        result: tuple[int, Any] = _error(404, "Unknown", 0)
        for m, rx, handler in self._routes:
            if m != method:
                continue
            match = rx.fullmatch(path)
            if match:
                result = await handler(rec, match)
                break
        status, body = result
        rec.status, rec.response = status, body
        if status == 204 or body is None:
            return web.Response(status=204, headers=rl_headers)
        return _json_response(status, body, rl_headers)

    # ---- routing table

    def _build_routes(self) -> None:
        S = r"(\d+)"
        T = r"([^/]+)"
        r = self._routes

        def add(method: str, pattern: str, handler: Handler) -> None:
            r.append((method, re.compile(pattern), handler))

        add("GET", r"/users/@me", self._get_me)
        add("GET", rf"/users/{S}", self._get_user)
        add("POST", r"/users/@me/channels", self._create_dm)
        add("GET", r"/oauth2/applications/@me", self._get_app)
        add("GET", r"/applications/@me", self._get_app)
        add("GET", r"/gateway", self._get_gateway)
        add("GET", r"/gateway/bot", self._get_gateway_bot)
        add("GET", rf"/channels/{S}", self._get_channel)
        add("POST", rf"/channels/{S}/messages", self._post_channel_message)
        add("GET", rf"/channels/{S}/messages", self._get_channel_messages)
        add("GET", rf"/channels/{S}/messages/{S}", self._get_channel_message)
        add("PATCH", rf"/channels/{S}/messages/{S}", self._patch_channel_message)
        add("DELETE", rf"/channels/{S}/messages/{S}", self._delete_channel_message)
        add("POST", rf"/channels/{S}/typing", self._no_content)
        for meth in ("PUT", "DELETE"):
            add(meth, rf"/channels/{S}/messages/{S}/reactions/{T}/@me", self._no_content)
            add(meth, rf"/channels/{S}/messages/pins/{S}", self._no_content)
            add(meth, rf"/channels/{S}/pins/{S}", self._no_content)
        add("DELETE", rf"/channels/{S}/messages/{S}/reactions/{T}/{S}", self._no_content)
        add("DELETE", rf"/channels/{S}/messages/{S}/reactions(/{T})?", self._no_content)
        add("GET", rf"/channels/{S}/messages/{S}/reactions/{T}", self._empty_list)
        add("POST", rf"/interactions/{S}/{T}/callback", self._interaction_callback)
        add("POST", rf"/webhooks/{S}/{T}", self._webhook_execute)
        add("GET", rf"/webhooks/{S}/{T}/messages/{T}", self._webhook_get_message)
        add("PATCH", rf"/webhooks/{S}/{T}/messages/{T}", self._webhook_edit_message)
        add("DELETE", rf"/webhooks/{S}/{T}/messages/{T}", self._webhook_delete_message)
        add("GET", rf"/applications/{S}/commands", self._get_commands)
        add("PUT", rf"/applications/{S}/commands", self._put_commands)
        add("POST", rf"/applications/{S}/commands", self._post_command)
        add("GET", rf"/applications/{S}/commands/{S}", self._get_command)
        add("PATCH", rf"/applications/{S}/commands/{S}", self._patch_command)
        add("DELETE", rf"/applications/{S}/commands/{S}", self._delete_command)
        add("GET", rf"/applications/{S}/guilds/{S}/commands", self._get_commands)
        add("PUT", rf"/applications/{S}/guilds/{S}/commands", self._put_commands)
        add("POST", rf"/applications/{S}/guilds/{S}/commands", self._post_command)
        add("GET", rf"/applications/{S}/guilds/{S}/commands/{S}", self._get_command)
        add("PATCH", rf"/applications/{S}/guilds/{S}/commands/{S}", self._patch_command)
        add("DELETE", rf"/applications/{S}/guilds/{S}/commands/{S}", self._delete_command)
        add("GET", rf"/applications/{S}/emojis", self._app_emojis)
        add("GET", rf"/applications/{S}/entitlements", self._empty_list)
        add("GET", rf"/guilds/{S}", self._get_guild)
        add("GET", rf"/guilds/{S}/channels", self._get_guild_channels)
        add("GET", rf"/guilds/{S}/roles", self._get_guild_roles)
        add("GET", rf"/guilds/{S}/members", self._get_guild_members)
        add("GET", rf"/guilds/{S}/members/{S}", self._get_guild_member)

    # ---- simple handlers

    async def _no_content(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 204, None

    async def _empty_list(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, []

    async def _get_me(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, self.bot_user

    async def _get_user(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        user = self._user_by_id(int(m.group(1)))
        return (200, user) if user else _error(404, "Unknown User", 10013)

    async def _get_app(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, self.application

    async def _app_emojis(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, {"items": []}

    async def _get_gateway(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, {"url": self.gateway_url}

    async def _get_gateway_bot(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        return 200, {
            "url": self.gateway_url,
            "shards": 1,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14400000,
                "max_concurrency": 1,
            },
        }

    async def _create_dm(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        rid = (rec.json or {}).get("recipient_id")
        if rid is None:
            return _error(400, "Invalid Form Body", 50035, {"recipient_id": "required"})
        user = self._user_by_id(int(rid)) or {
            "id": str(rid),
            "username": "unknown",
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
        }
        return 200, self._dm_channel_obj(user)

    async def _get_channel(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        ch = self._channel_obj(int(m.group(1)))
        return (200, ch) if ch else _error(404, "Unknown Channel", 10003)

    async def _get_guild(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        if int(m.group(1)) != self.guild_id:
            return _error(404, "Unknown Guild", 10004)
        g = self.guild()
        if rec.query.get("with_counts") in ("1", "true"):
            g.update(approximate_member_count=len(self.members), approximate_presence_count=0)
        return 200, g

    async def _get_guild_channels(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        if int(m.group(1)) != self.guild_id:
            return _error(404, "Unknown Guild", 10004)
        return 200, self.channels

    async def _get_guild_roles(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        if int(m.group(1)) != self.guild_id:
            return _error(404, "Unknown Guild", 10004)
        return 200, self.roles

    async def _get_guild_members(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        if int(m.group(1)) != self.guild_id:
            return _error(404, "Unknown Guild", 10004)
        limit = int(rec.query.get("limit", "1"))
        after = int(rec.query.get("after", "0"))
        ms = sorted(
            (v for k, v in self.members.items() if k > after), key=lambda x: int(x["user"]["id"])
        )
        return 200, ms[:limit]

    async def _get_guild_member(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        if int(m.group(1)) != self.guild_id:
            return _error(404, "Unknown Guild", 10004)
        member = self.members.get(int(m.group(2)))
        return (200, member) if member else _error(404, "Unknown Member", 10007)

    # ---- messages

    def _store_message(self, msg: dict[str, Any]) -> None:
        mid = int(msg["id"])
        self.messages[mid] = msg
        self.channel_messages.setdefault(int(msg["channel_id"]), []).append(mid)
        for c in self.channels:
            if c["id"] == msg["channel_id"]:
                c["last_message_id"] = msg["id"]

    def _build_message(
        self,
        channel_id: int,
        payload: dict[str, Any],
        *,
        author: dict[str, Any],
        files: list[RecordedFile] | None = None,
        type_: int = 0,
        webhook: bool = False,
        flags: int | None = None,
    ) -> dict[str, Any]:
        mid = self.snowflake()
        in_guild = any(int(c["id"]) == channel_id for c in self.channels)
        content = payload.get("content") or ""
        mentions = []
        for uid in dict.fromkeys(int(u) for u in _USER_MENTION.findall(content)):
            u = self._user_by_id(uid)
            if u is not None:
                mu = dict(u)
                if in_guild and self._partial_member(uid):
                    mu["member"] = self._partial_member(uid)
                mentions.append(mu)
        attachments = []
        for i, f in enumerate(files or []):
            aid = self.snowflake()
            attachments.append(
                {
                    "id": str(aid),
                    "filename": f.filename or f"file{i}",
                    "size": len(f.data),
                    "url": f"https://cdn.discordapp.com/attachments/{channel_id}/{aid}/{f.filename}",
                    "proxy_url": f"https://media.discordapp.net/attachments/{channel_id}/{aid}/{f.filename}",
                    "content_type": f.content_type,
                }
            )
        msg: dict[str, Any] = {
            "id": str(mid),
            "channel_id": str(channel_id),
            "type": type_,
            "author": author,
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": effective_mentions(payload)["everyone"],
            "mentions": mentions,
            "mention_roles": [r for r in dict.fromkeys(_ROLE_MENTION.findall(content))],
            "attachments": attachments,
            "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [],
            "pinned": False,
            "flags": int(payload.get("flags") or 0) if flags is None else flags,
            "sticker_items": [],
            "reactions": [],
        }
        if payload.get("nonce") is not None:
            msg["nonce"] = payload["nonce"]
        if in_guild:
            msg["guild_id"] = str(self.guild_id)
            pm = self._partial_member(int(author["id"]))
            if pm and not webhook:
                msg["member"] = pm
        if webhook:
            msg["webhook_id"] = str(self.app_id)
            msg["application_id"] = str(self.app_id)
        ref = payload.get("message_reference")
        if ref and ref.get("type", 0) == 0:
            msg["type"] = 19
            msg["message_reference"] = {
                "type": 0,
                "message_id": str(ref.get("message_id")),
                "channel_id": str(ref.get("channel_id") or channel_id),
            }
            if in_guild:
                msg["message_reference"]["guild_id"] = str(self.guild_id)
            referenced = self.messages.get(int(ref.get("message_id") or 0))
            msg["referenced_message"] = copy.deepcopy(referenced) if referenced else None
        return msg

    def _record_sent(
        self,
        kind: str,
        channel_id: int | None,
        payload: dict[str, Any],
        rec: RecordedRequest,
        *,
        new_message: bool,
        interaction: FakeInteraction | None = None,
    ) -> SentMessage:
        violations = message_limit_violations(
            payload, new_message=new_message, has_files=bool(rec.files)
        )
        sent = SentMessage(
            kind=kind,
            channel_id=channel_id,
            payload=payload,
            request=rec,
            interaction=interaction,
            violations=violations,
        )
        self.sent_messages.append(sent)
        return sent

    def _limit_error(self, sent: SentMessage) -> tuple[int, Any] | None:
        if not self.enforce_limits or not sent.violations:
            return None
        if any(v.startswith("empty message") for v in sent.violations):
            return _error(400, "Cannot send an empty message", 50006)
        return _error(400, "Invalid Form Body", 50035, {"_fake": sent.violations})

    @staticmethod
    def _apply_edit(msg: dict[str, Any], payload: dict[str, Any]) -> None:
        for key in ("content", "embeds", "components", "attachments"):
            if key in payload:
                value = payload[key]
                msg[key] = value if value is not None else ("" if key == "content" else [])
        if "flags" in payload and payload["flags"] is not None:
            # only SUPPRESS_EMBEDS (4) / IS_COMPONENTS_V2 may change; keep ephemeral etc.
            msg["flags"] = (int(msg.get("flags") or 0) & ~(4 | 1 << 15)) | (
                int(payload["flags"]) & (4 | 1 << 15)
            )
        msg["edited_timestamp"] = _now_iso()

    async def _post_channel_message(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        cid = int(m.group(1))
        ch = self._channel_obj(cid)
        payload = rec.json or {}
        sent = self._record_sent("channel_message", cid, payload, rec, new_message=True)
        if ch is None:
            return _error(404, "Unknown Channel", 10003)
        if ch["type"] == 3:
            return _error(403, "Missing Access", 50001)
        err = self._limit_error(sent)
        if err:
            return err
        msg = self._build_message(cid, payload, author=self.bot_user, files=rec.files)
        self._store_message(msg)
        sent.message = msg
        return 200, msg

    async def _get_channel_messages(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        cid = int(m.group(1))
        if self._channel_obj(cid) is None:
            return _error(404, "Unknown Channel", 10003)
        limit = int(rec.query.get("limit", "50"))
        ids = [i for i in self.channel_messages.get(cid, []) if i in self.messages]
        if "before" in rec.query:
            ids = [i for i in ids if i < int(rec.query["before"])]
        if "after" in rec.query:
            ids = [i for i in ids if i > int(rec.query["after"])]
        return 200, [self.messages[i] for i in reversed(ids)][:limit]

    async def _get_channel_message(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        msg = self.messages.get(int(m.group(2)))
        if msg is None or int(msg["channel_id"]) != int(m.group(1)):
            return _error(404, "Unknown Message", 10008)
        return 200, msg

    async def _patch_channel_message(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        cid, mid = int(m.group(1)), int(m.group(2))
        payload = rec.json or {}
        sent = self._record_sent("edit_message", cid, payload, rec, new_message=False)
        msg = self.messages.get(mid)
        if msg is None or int(msg["channel_id"]) != cid:
            return _error(404, "Unknown Message", 10008)
        if int(msg["author"]["id"]) != self.app_id:
            return _error(403, "Cannot edit a message authored by another user", 50005)
        err = self._limit_error(sent)
        if err:
            return err
        self._apply_edit(msg, payload)
        sent.message = msg
        return 200, msg

    async def _delete_channel_message(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        msg = self.messages.pop(int(m.group(2)), None)
        if msg is None:
            return _error(404, "Unknown Message", 10008)
        return 204, None

    # ---- interactions

    def _interaction_for(self, iid: int | None, token: str) -> FakeInteraction | None:
        if iid is not None:
            itx = self.interactions.get(iid)
            return itx if itx is not None and itx.token == token else None
        return next((i for i in self.interactions.values() if i.token == token), None)

    async def _interaction_callback(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        itx = self._interaction_for(int(m.group(1)), m.group(2))
        body = rec.json or {}
        cb_type = body.get("type")
        data = body.get("data") or {}
        sent: SentMessage | None = None
        if itx is not None and cb_type == 4:
            sent = self._record_sent(
                "interaction_response", itx.channel_id, data, rec, new_message=True, interaction=itx
            )
        elif itx is not None and cb_type == 7:
            sent = self._record_sent(
                "update_message", itx.channel_id, data, rec, new_message=False, interaction=itx
            )
        if itx is None:
            return _error(404, "Unknown interaction", 10062)
        if itx.acknowledged:
            return _error(400, "Interaction has already been acknowledged.", 40060)
        if (
            self.callback_deadline is not None
            and rec.timestamp - itx.sent_at > self.callback_deadline
        ):
            return _error(404, "Unknown interaction", 10062)
        allowed = {1: {1}, 2: {4, 5, 9, 12}, 3: {4, 5, 6, 7, 9, 12}, 4: {8}, 5: {4, 5, 6, 7}}.get(
            itx.type, set()
        )
        if cb_type not in allowed:
            return _error(
                400,
                "Invalid Form Body",
                50035,
                {"type": f"callback type {cb_type} not valid for interaction type {itx.type}"},
            )
        if cb_type == 8:
            problems = _autocomplete_violations(data)
            if problems and self.enforce_limits:
                return _error(400, "Invalid Form Body", 50035, {"_fake": problems})
        if sent is not None:
            err = self._limit_error(sent)
            if err:
                return err

        itx.callback_type = cb_type
        itx.callback_at = rec.timestamp
        flags = int(data.get("flags") or 0)
        interaction_part: dict[str, Any] = {"id": str(itx.id), "type": itx.type}
        resource: dict[str, Any] = {"type": cb_type}
        msg_type = 20 if itx.type == 2 else 0
        if cb_type == 4:
            msg = self._build_message(
                itx.channel_id,
                data,
                author=self.bot_user,
                files=rec.files,
                type_=msg_type,
                webhook=True,
                flags=flags & (64 | 4 | 4096 | 1 << 15),
            )
            self._store_message(msg)
            itx.original_message = msg
            assert sent is not None
            sent.message = msg
            resource["message"] = msg
        elif cb_type == 5:
            msg = self._build_message(
                itx.channel_id,
                {"content": ""},
                author=self.bot_user,
                type_=msg_type,
                webhook=True,
                flags=128 | (flags & 64),
            )
            self._store_message(msg)
            itx.original_message = msg
            itx.original_loading = True
            resource["message"] = msg
        elif cb_type == 7:
            target = self._component_message(itx)
            if target is not None:
                self._apply_edit(target, data)
                resource["message"] = target
                assert sent is not None
                sent.message = target
        if "message" in resource:
            msg = resource["message"]
            interaction_part.update(
                response_message_id=msg["id"],
                response_message_loading=cb_type == 5,
                response_message_ephemeral=bool(int(msg.get("flags") or 0) & 64),
            )
        return 200, {"interaction": interaction_part, "resource": resource}

    def _component_message(self, itx: FakeInteraction) -> dict[str, Any] | None:
        raw = itx.payload.get("message")
        if raw is None:
            return None
        stored = self.messages.get(int(raw["id"]))
        if stored is None:
            stored = copy.deepcopy(raw)
            self._store_message(stored)
        return stored

    def _webhook_interaction(
        self, app_id: str, token: str
    ) -> tuple[FakeInteraction | None, tuple[int, Any] | None]:
        if int(app_id) != self.app_id:
            return None, _error(404, "Unknown Webhook", 10015)
        itx = self._interaction_for(None, token)
        if itx is None or not itx.acknowledged:
            return None, _error(404, "Unknown Webhook", 10015)
        return itx, None

    async def _webhook_execute(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        app_id, token = m.group(1), m.group(2)
        itx = self._interaction_for(None, token) if app_id == str(self.app_id) else None
        payload = rec.json or {}
        sent = self._record_sent(
            "followup",
            itx.channel_id if itx else None,
            payload,
            rec,
            new_message=True,
            interaction=itx,
        )
        itx, err = self._webhook_interaction(app_id, token)
        if err:
            return err
        assert itx is not None
        err = self._limit_error(sent)
        if err:
            return err
        flags = int(payload.get("flags") or 0)
        if itx.original_loading and itx.original_message is not None:
            # First follow-up after a deferred "thinking" response replaces it.
            msg = itx.original_message
            self._apply_edit(msg, payload)
            msg["flags"] = int(msg.get("flags") or 0) & ~128
            msg["edited_timestamp"] = None
            itx.original_loading = False
        else:
            msg = self._build_message(
                itx.channel_id,
                payload,
                author=self.bot_user,
                files=rec.files,
                webhook=True,
                flags=flags & (64 | 4 | 4096 | 1 << 15),
            )
            self._store_message(msg)
        sent.message = msg
        if rec.query.get("wait") in ("1", "true", "True"):
            return 200, msg
        return 204, None

    def _webhook_target(self, itx: FakeInteraction, mid: str) -> dict[str, Any] | None:
        if mid == "@original":
            if itx.original_message is not None:
                return itx.original_message
            return self._component_message(itx) if itx.callback_type in (6, 7) else None
        msg = self.messages.get(int(mid)) if mid.isdigit() else None
        return msg

    async def _webhook_get_message(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        itx, err = self._webhook_interaction(m.group(1), m.group(2))
        if err:
            return err
        assert itx is not None
        msg = self._webhook_target(itx, m.group(3))
        return (200, msg) if msg is not None else _error(404, "Unknown Message", 10008)

    async def _webhook_edit_message(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        app_id, token, mid = m.group(1), m.group(2), m.group(3)
        itx = self._interaction_for(None, token) if app_id == str(self.app_id) else None
        payload = rec.json or {}
        kind = "edit_original" if mid == "@original" else "edit_followup"
        sent = self._record_sent(
            kind, itx.channel_id if itx else None, payload, rec, new_message=False, interaction=itx
        )
        itx, err = self._webhook_interaction(app_id, token)
        if err:
            return err
        assert itx is not None
        msg = self._webhook_target(itx, mid)
        if msg is None:
            return _error(404, "Unknown Message", 10008)
        err = self._limit_error(sent)
        if err:
            return err
        self._apply_edit(msg, payload)
        if msg is itx.original_message and itx.original_loading:
            msg["flags"] = int(msg.get("flags") or 0) & ~128
            itx.original_loading = False
        sent.message = msg
        return 200, msg

    async def _webhook_delete_message(
        self, rec: RecordedRequest, m: re.Match[str]
    ) -> tuple[int, Any]:
        itx, err = self._webhook_interaction(m.group(1), m.group(2))
        if err:
            return err
        assert itx is not None
        msg = self._webhook_target(itx, m.group(3))
        if msg is None:
            return _error(404, "Unknown Message", 10008)
        self.messages.pop(int(msg["id"]), None)
        if msg is itx.original_message:
            itx.original_message = None
        return 204, None

    # ---- application commands

    def _command_list(
        self, m: re.Match[str]
    ) -> tuple[list[dict[str, Any]] | None, int | None, tuple[int, Any] | None]:
        if int(m.group(1)) != self.app_id:
            return None, None, _error(403, "Missing Access", 50001)
        if m.re.pattern.startswith(r"/applications/(\d+)/guilds/"):
            gid = int(m.group(2))
            if gid != self.guild_id:
                return None, gid, _error(403, "Missing Access", 50001)
            return self.guild_commands.setdefault(gid, []), gid, None
        return self.global_commands, None, None

    def _normalise_command(
        self, cmd: dict[str, Any], guild_id: int | None, existing: list[dict[str, Any]]
    ) -> dict[str, Any]:
        c = copy.deepcopy(cmd)
        c.setdefault("type", 1)
        prev = next(
            (e for e in existing if e["name"] == c["name"] and e.get("type", 1) == c["type"]), None
        )
        c["id"] = prev["id"] if prev else str(self.snowflake())
        c["application_id"] = str(self.app_id)
        c["version"] = str(self.snowflake())
        c.setdefault("description", "")
        c.setdefault("options", [])
        c.setdefault("default_member_permissions", None)
        c.setdefault("nsfw", False)
        c.setdefault("name_localizations", None)
        c.setdefault("description_localizations", None)
        c.setdefault("contexts", None)
        c.setdefault("integration_types", [0])
        if guild_id is not None:
            c["guild_id"] = str(guild_id)
        else:
            c.setdefault("dm_permission", True)
        return c

    async def _get_commands(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, _, err = self._command_list(m)
        return err if err else (200, cmds)

    async def _put_commands(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, gid, err = self._command_list(m)
        if err:
            return err
        assert cmds is not None
        body = rec.json if isinstance(rec.json, list) else []
        problems: list[str] = []
        if len(body) > 100:
            problems.append(f"{len(body)} > 100 commands")
        names = [(c.get("type", 1), c.get("name")) for c in body]
        if len(set(names)) != len(names):
            problems.append("duplicate command names")
        for i, c in enumerate(body):
            problems += _command_violations(c, f"[{i}].")
        if problems:
            return _error(400, "Invalid Form Body", 50035, {"_fake": problems})
        new = [self._normalise_command(c, gid, cmds) for c in body]
        cmds[:] = new
        return 200, new

    async def _post_command(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, gid, err = self._command_list(m)
        if err:
            return err
        assert cmds is not None
        problems = _command_violations(rec.json or {}, "")
        if problems:
            return _error(400, "Invalid Form Body", 50035, {"_fake": problems})
        c = self._normalise_command(rec.json or {}, gid, cmds)
        existed = any(e["id"] == c["id"] for e in cmds)
        cmds[:] = [e for e in cmds if e["id"] != c["id"]] + [c]
        return (200 if existed else 201), c

    def _find_command(self, cmds: list[dict[str, Any]], cid: str) -> dict[str, Any] | None:
        return next((c for c in cmds if c["id"] == cid), None)

    async def _get_command(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, _, err = self._command_list(m)
        if err:
            return err
        c = self._find_command(cmds or [], m.group(m.lastindex or 1))
        return (200, c) if c else _error(404, "Unknown application command", 10063)

    async def _patch_command(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, _, err = self._command_list(m)
        if err:
            return err
        c = self._find_command(cmds or [], m.group(m.lastindex or 1))
        if c is None:
            return _error(404, "Unknown application command", 10063)
        c.update(rec.json or {})
        c["version"] = str(self.snowflake())
        return 200, c

    async def _delete_command(self, rec: RecordedRequest, m: re.Match[str]) -> tuple[int, Any]:
        cmds, _, err = self._command_list(m)
        if err:
            return err
        assert cmds is not None
        cid = m.group(m.lastindex or 1)
        if self._find_command(cmds, cid) is None:
            return _error(404, "Unknown application command", 10063)
        cmds[:] = [c for c in cmds if c["id"] != cid]
        return 204, None

    # ------------------------------------------------------------------ gateway

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(autoping=True, heartbeat=None, max_msg_size=0)
        await ws.prepare(request)
        conn = _Connection(ws, request.path, len(self.connection_paths))
        self.connection_paths.append(request.path)
        self._connections.append(conn)
        task = asyncio.current_task()
        if task is not None:
            self._handler_tasks.add(task)
        self._bump()
        try:
            await conn.send(
                json.dumps(
                    {
                        "op": 10,
                        "s": None,
                        "t": None,
                        "d": {
                            "heartbeat_interval": self.heartbeat_interval_ms,
                            "_trace": ['["fake-gateway",{}]'],
                        },
                    }
                )
            )
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    if msg.type == aiohttp.WSMsgType.BINARY:
                        await self._close_conn(conn, 4002, "binary frames not supported by fake")
                    continue
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    await self._close_conn(conn, 4002, "Error while decoding payload.")
                    continue
                self.gateway_received.append((time.monotonic(), conn.number, payload))
                try:
                    await self._on_gateway_payload(conn, payload)
                except Exception:
                    self.errors.append(traceback.format_exc())
                self._bump()
        finally:
            conn.closing = True
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
                if ws.close_code in (1000, 1001) and not conn.server_closed:
                    conn.session.valid = False  # a clean client-side close ends the session
            if task is not None:
                self._handler_tasks.discard(task)
            self._bump()
        return ws

    def _background(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._bg_tasks.add(task)
        task.add_done_callback(self._bg_tasks.discard)

    async def _close_conn(self, conn: _Connection, code: int, message: str = "") -> None:
        conn.closing = True
        conn.server_closed = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(conn.ws.close(code=code, message=message.encode()), 2.0)

    async def _on_gateway_payload(self, conn: _Connection, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        d = payload.get("d")
        if op == 1:
            self.heartbeats.append(time.monotonic())
            await conn.send(json.dumps({"op": 11, "s": None, "t": None, "d": None}))
        elif op == 2:
            await self._on_identify(conn, d or {})
        elif op == 6:
            await self._on_resume(conn, d or {})
        elif op == 3:
            self.presence_updates.append(d or {})
        elif op == 4:
            self.voice_state_updates.append(d or {})
        elif op == 8:
            await self._on_request_members(conn, d or {})
        else:
            await self._close_conn(conn, 4001, f"Unknown opcode {op}")

    async def _on_identify(self, conn: _Connection, d: dict[str, Any]) -> None:
        self.identifies += 1
        self.identify_payloads.append(d)
        if conn.session is not None:
            await self._close_conn(conn, 4005, "Already authenticated.")
            return
        if d.get("token") != self.token:
            await self._close_conn(conn, 4004, "Authentication failed.")
            return
        shard = tuple(d.get("shard") or (0, 1))
        session = _Session(
            secrets.token_hex(16),
            d["token"],
            int(d.get("intents") or 0),
            (int(shard[0]), int(shard[1])),
        )
        self._sessions[session.session_id] = session
        session.connection = conn
        conn.session = session
        owns = session.owns_guild(self.guild_id)
        ready = {
            "v": 10,
            "user": self.bot_user,
            "user_settings": {},
            "relationships": [],
            "private_channels": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "session_type": "normal",
            "guilds": [{"id": str(self.guild_id), "unavailable": True}] if owns else [],
            "session_id": session.session_id,
            "resume_gateway_url": self.resume_gateway_url,
            "application": {
                "id": str(self.app_id),
                "flags": int(self.application.get("flags") or 0),
            },
            "auth_session_id_hash": secrets.token_hex(8),
            "_trace": ['["fake-gateway",{}]'],
        }
        if d.get("shard"):
            ready["shard"] = list(shard)
        await self._send_dispatch(session, "READY", ready)
        if owns:
            await self._send_dispatch(session, "GUILD_CREATE", self._guild_create(session))
        self.ready_sent += 1

    async def _on_resume(self, conn: _Connection, d: dict[str, Any]) -> None:
        self.resume_payloads.append(d)
        session = self._sessions.get(d.get("session_id") or "")
        if session is None or not session.valid or d.get("token") != session.token:
            await conn.send(json.dumps({"op": 9, "s": None, "t": None, "d": False}))
            return
        self.resumes += 1
        old = session.connection
        if old is not None and old is not conn:
            old.session = None
            self._background(self._close_conn(old, 4000, "session resumed elsewhere"))
        session.connection = conn
        conn.session = session
        last = int(d.get("seq") or 0)
        for seq, frame in list(session.buffer):
            if seq > last:
                await conn.send(frame)
        await self._send_dispatch(session, "RESUMED", {"_trace": ['["fake-gateway",{}]']})

    async def _on_request_members(self, conn: _Connection, d: dict[str, Any]) -> None:
        self.member_requests.append(d)
        session = conn.session
        if session is None:
            await self._close_conn(conn, 4003, "Not authenticated.")
            return
        gids = d.get("guild_id")
        gids = gids if isinstance(gids, list) else [gids]
        for gid in gids:
            if int(gid) != self.guild_id:
                continue
            members = list(self.members.values())
            not_found: list[str] = []
            if d.get("user_ids"):
                wanted = [
                    int(u)
                    for u in (d["user_ids"] if isinstance(d["user_ids"], list) else [d["user_ids"]])
                ]
                members = [m for m in members if int(m["user"]["id"]) in wanted]
                found = {int(m["user"]["id"]) for m in members}
                not_found = [str(u) for u in wanted if u not in found]
            elif d.get("query"):
                q = str(d["query"]).lower()
                members = [
                    m
                    for m in members
                    if m["user"]["username"].lower().startswith(q)
                    or (m.get("nick") or "").lower().startswith(q)
                ]
            limit = int(d.get("limit") or 0)
            if limit:
                members = members[:limit]
            chunk: dict[str, Any] = {
                "guild_id": str(gid),
                "members": copy.deepcopy(members),
                "chunk_index": 0,
                "chunk_count": 1,
                "not_found": not_found,
            }
            if d.get("presences"):
                chunk["presences"] = []
            if d.get("nonce") is not None:
                chunk["nonce"] = d["nonce"]
            await self._send_dispatch(session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _send_dispatch(self, session: _Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        frame = json.dumps({"op": 0, "t": event, "s": session.seq, "d": data})
        session.buffer.append((session.seq, frame))
        self.dispatched.append((time.monotonic(), event, data))
        if session.connection is not None:
            await session.connection.send(frame)

    def _live_sessions(self) -> list[_Session]:
        return [s for s in self._sessions.values() if s.valid]

    async def dispatch(
        self,
        event: str,
        data: dict[str, Any],
        *,
        guild_id: int | None = None,
        intent: int | None = None,
        transform: Callable[[_Session, dict[str, Any]], dict[str, Any]] | None = None,
    ) -> int:
        """Dispatch an arbitrary gateway event to every live session (connected or
        waiting to resume; missed events are replayed on RESUME).  Sessions whose
        shard does not own ``guild_id`` or that lack ``intent`` (when
        ``enforce_intents``) are skipped.  Returns the number of sessions reached."""
        n = 0
        for session in self._live_sessions():
            if not session.owns_guild(guild_id):
                continue
            if intent is not None and self.enforce_intents and not session.intents & intent:
                continue
            d = transform(session, copy.deepcopy(data)) if transform else data
            await self._send_dispatch(session, event, d)
            n += 1
        self._bump()
        return n

    async def _ensure_session(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        try:
            await self.wait_for(lambda: bool(self._live_sessions()), timeout)
        except TimeoutError:
            raise RuntimeError(
                "FakeDiscord: no identified gateway session to dispatch to"
            ) from None

    # ---- connection control

    async def drop_connection(self, *, resumable: bool = True, code: int | None = None) -> None:
        """Close every gateway socket from the server side.

        ``resumable=True`` closes with 4000 (or ``code``); discord.py reconnects to
        ``resume_gateway_url`` and RESUMEs.  ``resumable=False`` invalidates the
        sessions and closes with 4009; the client's RESUME is then answered with
        op 9 (invalid session) and it re-IDENTIFYs."""
        if not resumable:
            for s in self._sessions.values():
                s.valid = False
        close_code = code if code is not None else (4000 if resumable else 4009)
        conns = [c for c in self._connections if not c.ws.closed and not c.closing]
        for c in conns:
            if c.session is not None and c.session.connection is c:
                c.session.connection = None
        await asyncio.gather(*(self._close_conn(c, close_code, "fake drop") for c in conns))
        self._bump()

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT on every socket (the client closes and RESUMEs)."""
        for c in list(self._connections):
            if not c.ws.closed and not c.closing:
                await c.send(json.dumps({"op": 7, "s": None, "t": None, "d": None}))

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION (``d = resumable``) on every identified socket."""
        for c in list(self._connections):
            if c.session is not None and not c.ws.closed and not c.closing:
                if not resumable:
                    c.session.valid = False
                await c.send(json.dumps({"op": 9, "s": None, "t": None, "d": resumable}))

    # ------------------------------------------------------------------ event injection

    def _member_payload(self, user: dict[str, Any]) -> dict[str, Any]:
        uid = int(user["id"])
        pm = self._partial_member(uid) or {
            "roles": [],
            "joined_at": _now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "premium_since": None,
            "pending": False,
            "communication_disabled_until": None,
        }
        pm["user"] = user
        pm["permissions"] = str(self.member_permissions(uid))
        return pm

    @staticmethod
    def _option_type(value: Any) -> int:
        if isinstance(value, bool):
            return 5
        if isinstance(value, int):
            return 4
        if isinstance(value, float):
            return 10
        return 3

    def _build_options(
        self, options: dict[str, Any] | list[dict[str, Any]] | None, focused: str | None
    ) -> list[dict[str, Any]]:
        if options is None:
            return []
        if isinstance(options, list):
            return copy.deepcopy(options)
        out = []
        for name, value in options.items():
            if isinstance(value, dict) and "type" in value:
                opt = {"name": name, **value}
            else:
                opt = {"name": name, "type": self._option_type(value), "value": value}
            if focused == name:
                opt["focused"] = True
            out.append(opt)
        return out

    def _find_synced_command(self, name: str, guild: bool) -> tuple[dict[str, Any] | None, bool]:
        if guild:
            for c in self.guild_commands.get(self.guild_id, []):
                if c["name"] == name and c.get("type", 1) in (1, 2, 3):
                    return c, True
        for c in self.global_commands:
            if c["name"] == name:
                return c, False
        return None, False

    async def send_interaction(
        self,
        name: str,
        options: dict[str, Any] | list[dict[str, Any]] | None = None,
        *,
        where: Literal["guild", "dm", "group_dm"] = "guild",
        user: dict[str, Any] | None = None,
        type_: int = 2,
        custom_id: str | None = None,
        message: dict[str, Any] | None = None,
        focused: str | None = None,
        component_type: int | None = None,
        values: list[str] | None = None,
        command_type: int = 1,
        locale: str = "en-US",
        data: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> FakeInteraction:
        """Dispatch INTERACTION_CREATE and return a :class:`FakeInteraction`.

        * ``type_=2`` application command: ``name`` may be ``"group sub"`` or
          ``"group subgroup sub"``; ``options`` is ``{name: value}`` typed from the
          Python value (str 3, int 4, bool 5, float 10; pass ``{"type": 6, "value":
          id}`` for other types) or a raw option list.  If the command was synced
          to the guild, ``data.guild_id``/``data.id`` match the synced command.
        * ``type_=3`` component: ``custom_id`` (default ``name``), ``message`` (the
          message carrying the component; default: a fresh bot message),
          ``component_type`` (2 button, 3 string select...), ``values`` for selects.
        * ``type_=4`` autocomplete: like 2, with option ``focused`` marked focused.
        * ``type_=5`` modal submit: ``custom_id`` and ``data={"components": [...]}``.
        * ``data`` is merged into ``payload["data"]``, ``extra`` into the payload.

        Waits (up to 5 s) for an identified session first.
        """
        await self._ensure_session()
        user = user or self.user
        iid = self.snowflake()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(96)
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.app_id),
            "type": type_,
            "token": token,
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if where == "guild":
            channel_id = self.guild_channel_id
            channel = copy.deepcopy(self._channel_obj(channel_id))
            assert channel is not None
            channel["permissions"] = str(self.member_permissions(int(user["id"])))
            payload.update(
                {
                    "guild_id": str(self.guild_id),
                    "guild_locale": "en-US",
                    "guild": {"id": str(self.guild_id), "locale": "en-US", "features": []},
                    "member": self._member_payload(user),
                    "context": 0,
                    "authorizing_integration_owners": {"0": str(self.guild_id)},
                    "app_permissions": str(self.member_permissions(self.app_id)),
                }
            )
        elif where == "dm":
            channel_id = self.dm_channel_id(user)
            channel = self._dm_channel_obj(user)
            payload.update(
                {
                    "user": user,
                    "context": 1,
                    "authorizing_integration_owners": {"0": "0"},
                    "app_permissions": str(_EVERYONE_PERMS),
                }
            )
        elif where == "group_dm":
            channel_id = self.group_dm_channel_id
            channel = self._group_dm_obj()
            payload.update(
                {
                    "user": user,
                    "context": 2,
                    "authorizing_integration_owners": {"1": str(user["id"])},
                    "app_permissions": str(_EVERYONE_PERMS),
                }
            )
        else:
            raise ValueError(f"unknown where={where!r}")
        payload["channel"] = channel
        payload["channel_id"] = str(channel_id)

        if type_ in (2, 4):
            parts = name.split()
            opts = self._build_options(options, focused if type_ == 4 else None)
            if len(parts) == 3:
                opts = [
                    {
                        "name": parts[1],
                        "type": 2,
                        "options": [{"name": parts[2], "type": 1, "options": opts}],
                    }
                ]
            elif len(parts) == 2:
                opts = [{"name": parts[1], "type": 1, "options": opts}]
            cmd, is_guild = self._find_synced_command(parts[0], where == "guild")
            idata: dict[str, Any] = {
                "id": cmd["id"] if cmd else str(self.snowflake()),
                "name": parts[0],
                "type": command_type,
                "options": opts,
            }
            if command_type != 1:
                idata.pop("options")
            if is_guild:
                idata["guild_id"] = str(self.guild_id)
            payload["data"] = idata
        elif type_ == 3:
            if message is None:
                message = self._build_message(
                    channel_id, {"content": "component host"}, author=self.bot_user
                )
                self._store_message(message)
            ctype = (
                component_type if component_type is not None else (3 if values is not None else 2)
            )
            idata = {"custom_id": custom_id or name, "component_type": ctype}
            if values is not None:
                idata["values"] = values
            payload["data"] = idata
            payload["message"] = message
        elif type_ == 5:
            payload["data"] = {"custom_id": custom_id or name, "components": []}
            if message is not None:
                payload["message"] = message
        elif type_ == 1:
            payload.pop("data", None)
        if data:
            payload.setdefault("data", {}).update(data)
        if extra:
            payload.update(extra)

        itx = FakeInteraction(self, payload, channel_id)
        self.interactions[iid] = itx
        itx.sent_at = time.monotonic()
        await self.dispatch(
            "INTERACTION_CREATE", payload, guild_id=self.guild_id if where == "guild" else None
        )
        return itx

    def _content_filter(self, session: _Session, msg: dict[str, Any]) -> dict[str, Any]:
        if session.intents & INTENT_MESSAGE_CONTENT or not self.enforce_intents:
            return msg
        if int(msg["author"]["id"]) == self.app_id:
            return msg
        if any(int(u["id"]) == self.app_id for u in msg.get("mentions", [])):
            return msg
        msg.update(content="", embeds=[], attachments=[], components=[])
        msg.pop("poll", None)
        return msg

    async def send_message(
        self,
        content: str,
        *,
        where: Literal["guild", "dm"] = "guild",
        mentions: list[dict[str, Any]] | None = None,
        mention_roles: list[str] | None = None,
        mention_everyone: bool = False,
        author: dict[str, Any] | None = None,
        embeds: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Dispatch MESSAGE_CREATE from ``author`` (default :attr:`user`) and return the message.

        In the guild it needs the bot's GUILD_MESSAGES intent and its content is
        blanked for sessions without MESSAGE_CONTENT unless the bot is in
        ``mentions``; in a DM (channel :meth:`dm_channel_id` of the author) it
        needs DIRECT_MESSAGES and always carries content.  Waits (up to 5 s) for
        an identified session first."""
        await self._ensure_session()
        author = author or self.user
        if where == "guild":
            channel_id = self.guild_channel_id
        elif where == "dm":
            channel_id = self.dm_channel_id(author)
        else:
            raise ValueError(f"unknown where={where!r}")
        msg = self._build_message(
            channel_id, {"content": content, "embeds": embeds or []}, author=author
        )
        ms = []
        for u in mentions or []:
            mu = dict(u)
            if where == "guild" and self._partial_member(int(u["id"])):
                mu["member"] = self._partial_member(int(u["id"]))
            ms.append(mu)
        msg["mentions"] = ms
        msg["mention_roles"] = [str(r) for r in mention_roles or []]
        msg["mention_everyone"] = mention_everyone
        if reply_to is not None:
            msg["type"] = 19
            msg["message_reference"] = {
                "type": 0,
                "message_id": reply_to["id"],
                "channel_id": reply_to["channel_id"],
            }
            if where == "guild":
                msg["message_reference"]["guild_id"] = str(self.guild_id)
            msg["referenced_message"] = reply_to
        self._store_message(msg)
        if where == "guild":
            await self.dispatch(
                "MESSAGE_CREATE",
                msg,
                guild_id=self.guild_id,
                intent=INTENT_GUILD_MESSAGES,
                transform=self._content_filter,
            )
        else:
            await self.dispatch("MESSAGE_CREATE", msg, intent=INTENT_DIRECT_MESSAGES)
        return msg
