"""The Discord front end: slash commands, DMs and mentions over the same :class:`Answer`.

The layer only adapts answers to messages: everything said comes from
:mod:`bot.answering`, rendered by :mod:`bot.discord_render`. Answering (embedding and
search) runs in a worker thread so heartbeats and other users never wait on one answer.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot import discord_render as render
from bot import questions
from bot.answering import Answer, Answerer
from bot.errors import BadQuestion, BriefingError
from bot.feedback import FeedbackLog, Vote
from bot.service import open_answerer
from bot.settings import Settings
from bot.speakers import known_speakers, match_speaker, quotes_by

log = logging.getLogger(__name__)
T = TypeVar("T")

SOMETHING_WRONG = "Sorry, something went wrong while answering. Please try again."
EXPIRED_INTERACTION = 10062
VIEW_TIMEOUT = 15 * 60


class BriefingBot(discord.Client):
    """A client that answers questions about the briefings.

    Pass ``answerer`` to share an already loaded one (tests do); otherwise ``setup_hook``
    loads the index and the model named by ``settings`` (unless ``load_index`` is false, as
    for syncing commands, which needs no index).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        answerer: Answerer | None = None,
        load_index: bool = True,
        **options: Any,
    ) -> None:
        # DMs and mentions carry their content without the privileged message_content intent.
        intents = discord.Intents.default()
        intents.message_content = False
        super().__init__(
            intents=intents, allowed_mentions=discord.AllowedMentions.none(), **options
        )
        self.settings = settings
        self._answerer = answerer
        self._load_index = load_index
        self.tree = app_commands.CommandTree(self)
        self.tree.error(self.on_app_command_error)
        # One worker: answers queue instead of fighting over the two cores (and the
        # tokenizer, which is not safe to share across threads).
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="answer")
        self.cooldowns = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, lambda user_id: user_id
        )
        self.feedback = FeedbackLog(
            settings.feedback_log, settings.feedback_salt.get_secret_value()
        )
        _register_commands(self)

    @property
    def answerer(self) -> Answerer:
        if self._answerer is None:
            raise RuntimeError("setup_hook has not loaded the answerer yet")
        return self._answerer

    async def setup_hook(self) -> None:
        if self._answerer is None and self._load_index:
            self._answerer = await self.in_worker(open_answerer, self.settings)
            await self.in_worker(self._answerer.warm_up)
        # The model and torch leave ~500k long-lived objects; a full garbage collection
        # over them stalls the event loop for ~0.4 s. Freezing moves them out of its way.
        gc.collect()
        gc.freeze()
        if self.settings.dev_guild_id is not None:
            # Development only: guild commands update at once; global sync is a separate,
            # explicit step (`briefing-bot sync-commands`) so restarts don't hit rate limits.
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
            log.info("synced commands to development guild %s", self.settings.dev_guild_id)

    async def close(self) -> None:
        await super().close()
        self.executor.shutdown(wait=False, cancel_futures=True)

    async def in_worker(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        """Run blocking work (embedding, search, file writes) off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: func(*args, **kwargs))

    async def answer(
        self,
        question: str,
        *,
        limit: int | None = None,
        documents: set[str] | None = None,
        strict: bool = True,
        abstain: bool = True,
    ) -> Answer:
        result: Answer = await self.in_worker(
            self.answerer.answer,
            question,
            limit=limit,
            documents=documents,
            strict=strict,
            abstain=abstain,
        )
        return result

    def retry_after(self, user_id: int) -> float | None:
        """Seconds the user must wait, or None when the cooldown lets them ask."""
        bucket = self.cooldowns.get_bucket(user_id)
        return bucket.update_rate_limit() if bucket is not None else None

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py waits 5 s before re-identifying; one shard needs no such spacing.
        return None

    async def on_ready(self) -> None:
        log.info(
            "connected as %s (id %s) to %d servers",
            self.user,
            self.user.id if self.user else "?",
            len(self.guilds),
        )

    # -- messages: DMs and mentions --------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None:
            return
        is_dm = isinstance(message.channel, discord.DMChannel)
        if not is_dm and self.user not in message.mentions:
            return
        try:
            await self._answer_message(message)
        except Exception as error:  # one failing request never takes the bot down
            await self.report_error(error, message=message)

    async def _answer_message(self, message: discord.Message) -> None:
        wait = self.retry_after(message.author.id)
        if wait:
            await message.reply(
                f"You're asking quickly — try again in {wait:.0f} s.", mention_author=False
            )
            return
        try:
            answer = await self.answer(message.content)
        except BadQuestion as problem:
            await message.reply(
                f"{problem}. Mention me with a question, for example: “Who will Duffy meet?”",
                mention_author=False,
            )
            return
        await message.reply(**self.answer_message(answer), mention_author=False)

    def answer_message(self, answer: Answer, documents: set[str] | None = None) -> dict[str, Any]:
        """The embed and buttons for an answer, or for a refusal; ``documents`` is the
        briefing restriction the question was asked with, kept for further passages."""
        view = AnswerView(self, answer, documents)
        if not answer.answered:
            corpus = self.answerer.index.corpus
            return {"embed": render.not_covered_embed(answer, corpus), "view": view}
        return {"embed": render.answer_embed(answer), "view": view}

    # -- errors, in one place --------------------------------------------------------------

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await self.report_error(getattr(error, "original", error), interaction=interaction)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("unhandled error in %s", event_method)

    async def report_error(
        self,
        error: BaseException,
        *,
        interaction: discord.Interaction | None = None,
        message: discord.Message | None = None,
    ) -> None:
        """Log the traceback; tell the user briefly. Never raises."""
        if isinstance(error, discord.NotFound) and error.code == EXPIRED_INTERACTION:
            log.warning("interaction expired before we answered (10062); dropped")
            return
        if isinstance(error, BriefingError):
            text = str(error)
            log.warning("request failed: %s", text)
        else:
            text = SOMETHING_WRONG
            log.error("error while answering", exc_info=error)
        try:
            if interaction is not None:
                if interaction.response.is_done():
                    await interaction.followup.send(text, ephemeral=True)
                else:
                    await interaction.response.send_message(text, ephemeral=True)
            elif message is not None:
                await message.reply(text, mention_author=False)
        except discord.HTTPException:
            log.warning("could not deliver the error message", exc_info=True)


class AnswerView(discord.ui.View):
    """Buttons under an answer: more passages, and 👍/👎 feedback. Under a refusal the first
    button shows the closest passages instead, so a user can judge the refusal, and the
    votes say whether it was right."""

    def __init__(self, bot: BriefingBot, answer: Answer, documents: set[str] | None = None) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.bot = bot
        self.answer = answer
        self.documents = documents
        self.shown = len(answer.quotes)
        if not answer.answered:
            self.more.label = "Closest passages"

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        await self.bot.report_error(error, interaction=interaction)

    @discord.ui.button(label="More passages", style=discord.ButtonStyle.secondary)
    async def more(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        page = self.bot.settings.quotes_per_answer
        # Asked for explicitly, so the further quotes need not be close contenders, and
        # under a refusal they are the closest the briefing has (shown as tentative).
        wider = await self.bot.answer(
            self.answer.question,
            limit=self.shown + page,
            documents=self.documents,
            strict=False,
            abstain=self.answer.answered,
        )
        extra = wider.quotes[self.shown : self.shown + page]
        if not extra:
            await interaction.followup.send("No more passages match this question.", ephemeral=True)
            return
        self.shown += len(extra)
        await interaction.followup.send(embed=render.answer_embed(wider, extra), ephemeral=True)

    @discord.ui.button(emoji="👍", style=discord.ButtonStyle.secondary)
    async def up(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        await self._vote(interaction, "up")

    @discord.ui.button(emoji="👎", style=discord.ButtonStyle.secondary)
    async def down(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        await self._vote(interaction, "down")

    async def _vote(self, interaction: discord.Interaction, vote: Vote) -> None:
        await self.bot.in_worker(
            self.bot.feedback.record,
            question=self.answer.question,
            answered=self.answer.answered,
            passage_ids=[q.passage_id for q in self.answer.quotes],
            vote=vote,
            user_id=interaction.user.id,
        )
        await interaction.response.send_message("Thanks — feedback recorded.", ephemeral=True)


def _register_commands(bot: BriefingBot) -> None:
    """The slash commands. Each command's docstring is its description in Discord."""

    async def briefing_choices(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        documents = bot.answerer.index.corpus.documents
        wanted = current.lower()
        return [
            app_commands.Choice(name=render.shorten(d.title, 100), value=d.doc_id)
            for d in documents
            if wanted in d.title.lower() or wanted in d.doc_id
        ][:25]

    async def speaker_choices(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        wanted = current.lower()
        return [
            app_commands.Choice(name=s, value=s)
            for s in known_speakers(bot.answerer.index.corpus)
            if wanted in s.lower()
        ][:25]

    installs = app_commands.allowed_installs(guilds=True, users=True)
    contexts = app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)

    @bot.tree.command(name="ask")
    @installs
    @contexts
    @app_commands.describe(
        question="Your question about the briefing",
        private="Only you see the answer",
        briefing="Search only this briefing",
    )
    @app_commands.autocomplete(briefing=briefing_choices)
    async def ask(
        interaction: discord.Interaction,
        question: str,
        private: bool = False,
        briefing: str | None = None,
    ) -> None:
        """Ask a question; the answer quotes the briefing word for word."""
        wait = bot.retry_after(interaction.user.id)
        if wait:
            await interaction.response.send_message(
                f"You're asking quickly — try again in {wait:.0f} s.", ephemeral=True
            )
            return
        # Problems with the request itself are told privately, before acknowledging: after a
        # public "thinking…", Discord would show the reply to everyone.
        documents = None
        if briefing:
            known = {d.doc_id for d in bot.answerer.index.corpus.documents}
            if briefing not in known:
                await interaction.response.send_message(
                    f"No briefing called {render.escape_user_text(briefing)}; see /briefing.",
                    ephemeral=True,
                )
                return
            documents = {briefing}
        try:
            questions.clean(question, max_chars=bot.answerer.max_question_chars)
        except BadQuestion as problem:
            await interaction.response.send_message(f"{problem}.", ephemeral=True)
            return
        # Acknowledge at once: Discord allows 3 s, and answering may queue behind others.
        await interaction.response.defer(thinking=True, ephemeral=private)
        answer = await bot.answer(question, documents=documents)
        await interaction.followup.send(**bot.answer_message(answer, documents), ephemeral=private)

    @bot.tree.command(name="briefing")
    @installs
    @contexts
    async def briefing_cmd(interaction: discord.Interaction) -> None:
        """Show what the bot knows: each briefing's title, source, sections and size."""
        await interaction.response.send_message(
            embed=render.briefing_embed(bot.answerer.index.corpus), ephemeral=True
        )

    @bot.tree.command(name="help")
    @installs
    @contexts
    async def help_cmd(interaction: discord.Interaction) -> None:
        """How to ask the bot questions: commands, DMs and mentions."""
        mention = bot.user.mention if bot.user else "@bot"
        await interaction.response.send_message(embed=render.help_embed(mention), ephemeral=True)

    @bot.tree.command(name="quotes")
    @installs
    @contexts
    @app_commands.describe(who="Whose quotes to list")
    @app_commands.autocomplete(who=speaker_choices)
    async def quotes_cmd(interaction: discord.Interaction, who: str) -> None:
        """List everything a person is quoted as saying, in document order."""
        corpus = bot.answerer.index.corpus
        speaker = match_speaker(corpus, who)
        if speaker is None:
            known = ", ".join(known_speakers(corpus)) or "none"
            await interaction.response.send_message(
                f"No quotes from {render.escape_user_text(who)}; known speakers: {known}.",
                ephemeral=True,
            )
            return
        await interaction.response.send_message(
            embed=render.quotes_embed(speaker, quotes_by(corpus, speaker))
        )


def _token(settings: Settings) -> str:
    if settings.discord_token is None or not settings.discord_token.get_secret_value():
        raise BriefingError("no Discord token: set BRIEFING_DISCORD_TOKEN (or put it in .env)")
    return settings.discord_token.get_secret_value()


def run(settings: Settings) -> int:
    """``briefing-bot run``: connect and answer until stopped."""
    token = _token(settings)

    async def main() -> None:
        async with BriefingBot(settings) as bot:
            await bot.start(token)

    try:
        asyncio.run(main())
    except discord.LoginFailure:
        raise BriefingError("Discord rejected the token (BRIEFING_DISCORD_TOKEN)") from None
    except discord.PrivilegedIntentsRequired:
        raise BriefingError("Discord refused an intent this bot asked for") from None
    return 0


def sync_commands(settings: Settings, *, guild_id: int | None = None) -> int:
    """``briefing-bot sync-commands``: publish the slash commands, globally or to a guild."""
    token = _token(settings)

    async def main() -> int:
        bot = BriefingBot(settings.model_copy(update={"dev_guild_id": None}), load_index=False)
        try:
            await bot.login(token)
            if guild_id is not None:
                guild = discord.Object(id=guild_id)
                bot.tree.copy_global_to(guild=guild)
                synced = await bot.tree.sync(guild=guild)
            else:
                synced = await bot.tree.sync()
        finally:
            await bot.close()
        where = f"guild {guild_id}" if guild_id is not None else "all servers (global)"
        print(f"synced {len(synced)} commands to {where}")
        return 0

    try:
        return asyncio.run(main())
    except discord.LoginFailure:
        raise BriefingError("Discord rejected the token (BRIEFING_DISCORD_TOKEN)") from None
