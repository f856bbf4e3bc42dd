"""Cleaning users' questions (bot/questions.py): what is refused and what is normalised."""

from __future__ import annotations

import pytest

from bot.errors import BadQuestion
from bot.questions import (
    as_asked,
    asks_for_heading,
    asks_for_overview,
    asks_for_source,
    clean,
    heading_ordinal,
    is_typed_search,
    named_in_question,
    respell_question_words,
    unabbreviated,
    without_asides,
    without_hedges,
    without_openers,
    without_preamble,
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\t  \r\n",
        "<@123456789>",
        "<@!123> <@&456> <#789> @everyone @here",
        "<:duffy:1234567890> <a:wave:987654321>",
        "?!? ... ---",
        "\u200b\u200d\u2060",  # only invisible characters
    ],
)
def test_empty_questions_are_refused(text: str) -> None:
    with pytest.raises(BadQuestion, match="empty"):
        clean(text)


def test_too_long_question_is_refused_with_the_limit() -> None:
    with pytest.raises(BadQuestion) as info:
        clean("Who is Duffy? " + "x" * 1000)
    assert "too long" in str(info.value) and "1,000" in str(info.value)
    assert clean("a" * 1000) == "a" * 1000  # exactly the limit is fine


def test_the_limit_is_configurable() -> None:
    with pytest.raises(BadQuestion, match="limit is 20"):
        clean("Who will Duffy meet in Russia?", max_chars=20)


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused(control: str) -> None:
    with pytest.raises(BadQuestion, match="control characters"):
        clean(f"who is{control} Duffy")


def test_line_breaks_and_tabs_are_allowed_and_collapsed() -> None:
    assert clean("who is\n\tDuffy \r\n meeting?") == "who is Duffy meeting?"


def test_zero_width_characters_are_dropped() -> None:
    assert clean("who is Du\u200bf\u200dfy\u2060?\ufeff") == "who is Duffy?"
    assert clean("\u200ewho meets\u200f Bakanov") == "who meets Bakanov"


def test_fullwidth_forms_are_folded() -> None:
    assert clean("ｗｈｏ　ｉｓ　Ｄｕｆｆｙ？") == "who is Duffy?"


def test_mentions_are_removed() -> None:
    assert clean("<@123> @everyone who is Duffy") == "who is Duffy"
    assert clean("<@!42> what did <#99> Duffy say <:nasa:77>? @here") == "what did Duffy say ?"


def test_every_rejection_is_one_line() -> None:
    for text in ["", "x" * 5000, "a\x00b"]:
        with pytest.raises(BadQuestion) as info:
            clean(text)
        assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("question", "overview"),
    [
        ("What is this article about?", True),
        ("whats this about", True),
        ("so what is this report all about?", True),
        ("Summarise the briefing", True),
        ("give me a summary of this article", True),
        ("tl;dr", True),
        # about something in the briefing, not the briefing as a whole
        ("What are the talks about?", False),
        ("What is the ISS about?", False),
        ("What is this meeting about?", False),
        ("a summary of the Crew-11 mission", False),
        ("tldr on this nasa x russia meeting?", True),
        # in brief, and of the whole piece
        ("in a nutshell, what's the gist of this whole piece?", True),
        ("whats this whole article about in like one line", True),
        # … but not a summary of something else, nor the aim of the talks in a line
        ("tl;dr on the best pasta carbonara recipe", False),
        ("whats the goal of the talks in like one line", False),
    ],
)
def test_asks_for_overview(question: str, overview: bool) -> None:
    assert asks_for_overview(question) is overview


@pytest.mark.parametrize(
    ("question", "about_source"),
    [
        ("Who wrote this?", True),
        ("whats the source on this story", True),
        ("Where is this article from?", True),
        ("who reported this story", True),
        ("who's the source for this article, reuters?", True),
        ("where's this news from btw", True),
        ("where'd this story come from, which wire service", True),
        ("which outlet chipped in extra reporting for this piece", True),
        # as a request, in other verbs, and after a clause of the asker's
        ("show me where this report came from", True),
        ("which agency fed into this article", True),
        (
            "Leaving aside the Russian outlet that quoted Bakanov, which wire service "
            "contributed reporting to this story?",
            True,
        ),
        # a search for it
        ("NASA Roscosmos briefing wire source", True),
        ("briefing wire service source", True),
        ("article byline", True),
        ("news source for this report", True),
        ("wire agency contributing to the article", True),
        # … and a search for the wire's credit
        ("wire service attribution", True),
        ("wire service attribution line", True),
        ("story sourcing wire credit", True),
        ("who'd this story even come from, like which wire service?", True),
        # a guess at it, to be put right
        ("is this story from ap or who", True),
        ("this article's from afp right? who wrote it", True),
        ("Is this report from Reuters?", True),
        # … who helped with it, whom it credits
        ("who helped with the reporting on this piece", True),
        ("Which other wire service does the report credit, besides the Russian one?", True),
        # … whether a wire service had a hand in it, or which one is credited
        ("Wire service credited", True),
        ("story wire service inputs", True),
        ("was a wire service involved in putting this piece together?", True),
        ("is this whole thing from AP?", True),
        # a source of something in the briefing, not of the briefing
        ("What is the source of the ISS funding?", False),
        ("news agency used for the agenda", False),
        ("Was a news agency involved?", False),
        ("who helped Duffy", False),
        ("where does this story go next?", False),
        ("Who reported Bakanov's comments?", False),
        ("talk topics news source", False),
        # … nor when it was written
        ("is this article from last week?", False),
        ("Is this story from 2025?", False),
    ],
)
def test_asks_for_source(question: str, about_source: bool) -> None:
    assert asks_for_source(question) is about_source


def test_which_wire_service_contributed_to_the_report_asks_for_the_source() -> None:
    assert asks_for_source("Which wire service also contributed material to the report?")
    assert not asks_for_source("Which news agency reported the topics?")  # TASS, in the text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("whats the headline", "headline"),
        ("According to the headline, what is NASA's acting chief pursuing?", "headline"),
        ("what does the title of the article say", "headline"),
        ("According to the title, despite what is it happening?", "headline"),
        ("Which issues does the second section heading name?", "section"),
        ("what's the subheading about deorbiting", "section"),
        # the headline as a child or a learner of English calls it, and a section as a part
        ("What's the big title at the top of this story?", "headline"),
        ("According to the principal title, who is looking for collaboration?", "headline"),
        ("whats the title of the part about the iss future?", "section"),
        ("What's the part called about how long the space station lives?", "section"),
        ("what's the section about the station's remaining years called?", "section"),
        # a search for a section, and the headline with a letter left off
        ("ISS bridge section", "section"),
        ("whats the headlin on the nasa russia artical", "headline"),
        # a post, and a verb: no heading of the briefing
        ("What's his official title at NASA right now?", None),
        ("who is heading NASA", None),
        ("where is duffy heading on wednesday", None),
    ],
)
def test_a_question_for_a_heading_of_the_briefing(question: str, asked: str | None) -> None:
    assert asks_for_heading(question) == asked


def test_a_section_heading_may_be_asked_for_by_its_place() -> None:
    assert heading_ordinal("What does the second section heading say?") == 1
    assert heading_ordinal("the last section heading") == -1
    assert heading_ordinal("what does the section heading about the ISS say") is None


# words of the language, as the embedding model's vocabulary holds them
_KNOWN = frozenset({"that", "two", "wat", "wen", "chat", "then", "there"})


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Wht role does the ISS play?", "What role does the ISS play?"),  # a letter left out
        ("whn is the launch", "when is the launch"),
        ("Whcih agency reported it?", "Which agency reported it?"),  # two letters swapped
        ("Waht is Roscosmos?", "What is Roscosmos?"),
        ("whatt is this", "what is this"),  # a letter typed twice
        # as typed: words of the language, chat for "what's", and a slip that could be
        # "who" or "how"
        ("that is it, two chiefs met", "that is it, two chiefs met"),
        ("whats up with wen", "whats up with wen"),
        ("hwo runs nasa", "hwo runs nasa"),
    ],
)
def test_a_misspelt_question_word_is_respelt(typed: str, read: str) -> None:
    assert respell_question_words(typed, _KNOWN) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("so what r they even gonna chat abt", "so what are they even gonna chat about"),
        ("who's duffy sitting down w/ tmrw", "who's duffy sitting down with tomorrow"),
        (
            "where'd this story come from, which wire svc",
            "where'd this story come from, which wire service",
        ),
        ("y would nasa bother w russia", "why would nasa bother with russia"),
        ("wen is the irl meeting", "when is the in person meeting"),
        # chat's nouns for a meeting, and "tryna"
        ("where was the 2018 sitdown", "where was the 2018 meeting"),
        ("whats the point of this meetup", "whats the point of this meeting"),
        ("why is duffy tryna talk to them", "why is duffy trying to talk to them"),
        # capitalised as the first word, it is spelt out too; an initial elsewhere is not
        ("Wat topics will they cover?", "What topics will they cover?"),
        ("R they meeting R. Duffy?", "Are they meeting R. Duffy?"),
        # an initial or a word that only starts like shorthand stays as typed
        ("Is R. Duffy the NASA chief?", "Is R. Duffy the NASA chief?"),
        ("What about the Crew-11 crew?", "What about the Crew-11 crew?"),
        ("Who rules NASA?", "Who rules NASA?"),
    ],
)
def test_chat_shorthand_is_spelt_out(typed: str, read: str) -> None:
    assert unabbreviated(typed) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("who met back in twenty eighteen", "who met back in 2018"),
        ("the talks of two thousand and eighteen", "the talks of 2018"),
        ("was it nineteen ninety-eight", "was it 1998"),
        ("twenty twenty five", "2025"),
        # a number that is no year stays a word
        ("twenty people met", "twenty people met"),
        ("for twenty years", "for twenty years"),
    ],
)
def test_a_year_said_aloud_is_read_as_written(said: str, read: str) -> None:
    """A phone's voice typing writes "twenty eighteen", which no sentence has."""
    assert unabbreviated(said) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ok so which wire service contributed to the article", "which wire service"),
        ("wait who is in charge of roscosmos??", "who is in charge"),
        ("quick q how did duffy describe the rift", "how did duffy"),
        ("so what is roscosmos", "what is roscosmos"),
        ("yo who leads roscosmos", "who leads roscosmos"),
        # who it is said to, and what the asker makes of it
        ("hey bot, when do they meet", "when do they meet"),
        ("sorry stupid question but where is baikonur", "where is baikonur"),
        ("thanks! and also, is the talk this week?", "is the talk this week?"),
        # … the bot addressed by name, whatever follows
        ("bot: nasa interim leader?", "nasa interim leader?"),
        ("@briefing-bot — Crew-11 launch date", "Crew-11 launch date"),
        ("yo bot, whats the headline", "whats the headline"),
        ("bot question?", "bot question?"),
        ("bot can you tell me which project he named", "which project he named"),
        # a question put to the room
        ("anyone know where the 2018 meeting happened", "where the 2018 meeting"),
        ("do you know who Bakanov is", "who Bakanov is"),
        # a statement asked as a question keeps its opener: what follows is no question
        ("wait the transportation guy runs nasa??", "wait the transportation guy"),
        ("So-called experts?", "So-called experts?"),
        # a request to check what follows asks for no one's confirmation
        ("Confirm: Duffy is the acting chief?", "Duffy is the acting chief?"),
        ("Fact check - the talks are this week?", "the talks are this week?"),
        ("can you confirm that Bakanov heads Roscosmos", "Bakanov heads Roscosmos"),
        ("Confirmed by whom?", "Confirmed by whom?"),
        # … nor does a claim heard elsewhere ask for anyone's words
        ("ppl saying bridenstine was the nasa boss, accurate?", "bridenstine was the nasa boss"),
        ("Someone claimed Duffy is the interim head, true?", "Duffy is the interim head"),
        ("I read that the talks are this week, right?", "the talks are this week"),
        # … unless a question follows it, which the preamble rule reads
        ("I read that Duffy flies out. Where to?", "I read that Duffy flies out."),
        ("What did people say about Duffy?", "What did people say"),
        ("I heard that when it retires it sinks, true?", "I heard that when"),
    ],
)
def test_chats_openers_are_left_out_before_a_question(typed: str, read: str) -> None:
    assert without_openers(typed).startswith(read)


@pytest.mark.parametrize(
    ("typed", "search"),
    [
        ("ISS deorbiting", True),
        ("NASA interim head Russia cooperation", True),
        ("who runs nasa", False),
        # chat drops the apostrophe, and it is still a question
        ("whats the acting chief doing on wednesday", False),
        ("whos the roscosmos boss", False),
        # a few words with chat's question marks after them are still a search; more words,
        # or a mark inside, make a question
        ("nasa interim boss??", True),
        ("duffy russia talks crew-11 launch cape?", False),
        ("duffy? bakanov", False),
    ],
)
def test_a_search_box_query_is_words_without_a_question(typed: str, search: bool) -> None:
    assert is_typed_search(typed) is search


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Who ran NASA in Oct 2018?", "Who ran NASA in October 2018?"),
        ("launch on Sept. 12", "launch on September 12"),
        ("met on 12 oct?", "met on 12 October?"),
        # without a day or year beside it, a short word is left as typed
        ("Did they mar the talks in Dec?", "Did they mar the talks in Dec?"),
    ],
)
def test_a_month_cut_short_beside_a_date_is_spelt_out(typed: str, read: str) -> None:
    assert unabbreviated(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("¿Cuándo does Duffy go to Florida?", "¿When does Duffy go to Florida?"),
        ("¿Quién ran NASA then?", "¿Who ran NASA then?"),
        ("will they discuss la estación's vida útil?", "will they discuss the station's lifespan?"),
        ("o que esperam os chefes?", "what esperam os chiefs?"),
        # Spanish's "actual" is the current holder of a post
        ("Roscosmos actual jefe", "Roscosmos current chief"),
        # … and nothing English: "mar" alone, "como", "reunion"
        ("Did they mar the talks?", "Did they mar the talks?"),
        ("a reunion of old crews", "a reunion of old crews"),
    ],
)
def test_spanish_and_portuguese_words_mixed_in_are_read_in_english(typed: str, read: str) -> None:
    assert unabbreviated(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Which agency, TAS I think, reported it?", "Which agency, TAS, reported it?"),
        ("Which agency, TAS or something, reported it?", "Which agency, TAS, reported it?"),
        ("did they meet in 2018, iirc?", "did they meet in 2018?"),
        ("Which agency, TAS or another, reported it?", "Which agency, TAS, reported it?"),
        ("Which wire service contributed, if any?", "Which wire service contributed?"),
        ("who ran it in 2018, Rogosin or something like that?", "who ran it in 2018, Rogosin?"),
        # a guess offered last keeps the guess, without the asker's thinking
        ("when did they meet, I think October?", "when did they meet, October?"),
        # … and a guess at who, after the question, is left out
        ("who's running nasa?? like the interim guy", "who's running nasa??"),
        ("who's running nasa? i mean the acting one", "who's running nasa?"),
        # … or what the asker took to be so
        ("who runs nasa now?? i thought it was the transport guy", "who runs nasa now??"),
        ("who met rogozin? i assumed it was bolden", "who met rogozin?"),
        ("bakanov runs nasa now?? thats what i heard", "bakanov runs nasa now??"),
        # a polite asker's courtesies, and what they add of their own after the question
        ("sources for this article, please", "sources for this article"),
        ("Who is Bakanov, if I may ask? I don't know the gentleman.", "Who is Bakanov?"),
        ("What did he say, if I understood correctly?", "What did he say?"),
        ("When is he going there? Forgive my spelling.", "When is he going there?"),
        ("what's the gist, dear? my eyes aren't what they were", "what's the gist?"),
        ("If I understood correctly, he met Bakanov. Why?", "he met Bakanov. Why?"),
        # an example offered last, but not a question put that way
        ("which part of the ocean is it, like point nemo?", "which part of the ocean is it?"),
        ("where are they meeting, like which city?", "where are they meeting, like which city?"),
        # … not a question that follows, nor "please" before what is asked
        ("Who met? Who did they meet?", "Who met? Who did they meet?"),
        ("please tell me who runs nasa", "please tell me who runs nasa"),
        # the asker's view that a clause follows is a question of its own; left as typed
        ("I think they met in 2018?", "I think they met in 2018?"),
        ("What does Duffy think of Russia?", "What does Duffy think of Russia?"),
    ],
)
def test_the_askers_hedges_are_left_out(typed: str, read: str) -> None:
    assert without_hedges(typed) == read


@pytest.mark.parametrize(
    ("command", "question"),
    [
        (
            "Name the rocket that launches SpaceX Crew-11",
            "which rocket that launches SpaceX Crew-11",
        ),
        ("Give the year the ISS is to be deorbited", "which year the ISS is to be deorbited"),
        ("Identify who Duffy will sit down with", "who Duffy will sit down with"),
        ("State where they will meet", "where they will meet"),
        ("Tell me which spaceport hosted it", "which spaceport hosted it"),
        # "who" after the noun goes: "which man presently leads …" asks who
        ("Name the man who presently leads Roscosmos.", "which man presently leads Roscosmos."),
        # a clause set before what is asked: what is asked
        (
            "When the chief contrasted his disagreement, what did the second sentence affirm?",
            "what did the second sentence affirm?",
        ),
        # … or one that says what the question is about, which follows it
        (
            "As to the meeting in 2018, in what facility was it held?",
            "in what facility was it held? (the meeting in 2018)",
        ),
        ("Regarding the ISS, is it discussed?", "is it discussed? (the ISS)"),
        # a journalist's request for the line that says something asks for that thing
        (
            "Give me the line stating the year the ISS is to be deorbited",
            "which year the ISS is to be deorbited",
        ),
        ("Give me the sentence that says when they meet", "when they meet"),
        ("Give me the line naming the Roscosmos chief", "which Roscosmos chief"),
        ("need the line on why duffy talks to russia", "why duffy talks to russia"),
        ("I want the quote about what Bakanov confirmed", "what Bakanov confirmed"),
        # … or what it sets aside, which stays as said
        (
            "Apart from leading NASA, what post does Duffy hold?",
            "what post does Duffy hold? (apart from leading NASA)",
        ),
        # a clause that gives the asker's reasons first
        (
            "Given that the talks will cover its end, in what year will the ISS come down?",
            "in what year will the ISS come down?",
        ),
        ("re the talks, who's going?", "who's going? (the talks)"),
        ("When will they meet?", "When will they meet?"),
        # no command, or no noun or question word after one: as typed
        ("Who will Duffy meet?", "Who will Duffy meet?"),
        ("Name NASA chief", "Name NASA chief"),
        ("name duffy's day job", "name duffy's day job"),
    ],
)
def test_a_command_is_read_as_the_question_it_stands_for(command: str, question: str) -> None:
    assert as_asked(command) == question


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # what the asker says of themselves first is not what is asked
        (
            "I remember the old days of Mir fondly. Where did Bridenstine and Rogozin meet?",
            "Where did Bridenstine and Rogozin meet?",
        ),
        (
            "I grew up near the U.S. Navy base! Who is Duffy meeting",
            "Who is Duffy meeting",
        ),
        # "these talks" are the briefing's, when the asker has said nothing of talks
        (
            "we need a caption for our club. how does the article sum up these talks overall",
            "how does the article sum up these talks overall",
        ),
        # a question that points back at what was said keeps it
        (
            "I read about the 2018 meeting. Where was that meeting held?",
            "I read about the 2018 meeting. Where was that meeting held?",
        ),
        (
            "Duffy called his NASA role temporary. What did he say stays constant?",
            "Duffy called his NASA role temporary. What did he say stays constant?",
        ),
        (
            "I read about the 2018 meeting. Where was that?",
            "I read about the 2018 meeting. Where was that?",
        ),
        # … or in the same sentence, before a clause that asks ("this thing" is the article)
        (
            "my roommate and i were arguing over breakfast and neither of us could remember, "
            "who's actually running nasa right now according to this thing?",
            "who's actually running nasa right now according to this thing?",
        ),
        (
            "I was on the train and wondered — where did Bridenstine and Rogozin meet?",
            "where did Bridenstine and Rogozin meet?",
        ),
        # … or after what the asker wondered
        (
            "I was reading this on the train and started wondering who's flying on Crew-11",
            "who's flying on Crew-11",
        ),
        # … unless it points back, or has too few words of its own to be read alone
        (
            "My daughter asked me who Dimitri Bakanoff is, so who is he exactly?",
            "My daughter asked me who Dimitri Bakanoff is, so who is he exactly?",
        ),
        (
            "My mum saw the top line of this on her tablet, what's the title exactly?",
            "My mum saw the top line of this on her tablet, what's the title exactly?",
        ),
        # several questions, or none at the end, or an initial that ends no sentence
        ("Who is Duffy? Who is Bakanov?", "Who is Duffy? Who is Bakanov?"),
        ("Tell me about Duffy. source?", "Tell me about Duffy. source?"),
        (
            "Who is U.S. Transportation Secretary Sean Duffy?",
            "Who is U.S. Transportation Secretary Sean Duffy?",
        ),
    ],
)
def test_a_preamble_of_the_askers_own_is_not_asked(typed: str, asked: str) -> None:
    assert without_preamble(typed) == asked
    # … and what is asked is read from the question alone
    assert as_asked(typed) == asked


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        # "this week" and "this briefing" point back at nothing the asker said
        (
            "I'm giving a talk at my model UN club. Which agency is Duffy meeting this week?",
            "Which agency is Duffy meeting this week?",
        ),
        (
            "My uncle says it comes from a Kremlin outlet. Which wire service contributed "
            "to this briefing?",
            "Which wire service contributed to this briefing?",
        ),
        # the asker's own say, though the question points back at a name in it
        (
            "I'm presenting at a Rotary club lunch and want Duffy's view. What does he "
            "believe the advancement of our species hinges on?",
            "What does he believe the advancement of our species hinges on?",
        ),
        # … but not a claim the asker passes on, nor a question too short to stand alone
        (
            "I read that Duffy met Musk. What did they agree on at the meeting?",
            "I read that Duffy met Musk. What did they agree on at the meeting?",
        ),
        ("I'm at my Rotary club. What did he say?", "I'm at my Rotary club. What did he say?"),
        (
            "Bakanov met Musk last year. What did they discuss there?",
            "Bakanov met Musk last year. What did they discuss there?",
        ),
    ],
)
def test_names_are_looked_for_in_the_question_not_the_askers_own_say(
    typed: str, named: str
) -> None:
    assert named_in_question(typed) == named


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # a clause after what is asked, or between commas within it, only says more of what
        # it names
        (
            "Which Russian official sat down with Bridenstine in 2018, before the current "
            "chief took over?",
            "Which Russian official sat down with Bridenstine in 2018?",
        ),
        (
            "According to TASS, which quoted what Bakanov confirmed, which program is on the "
            "agenda?",
            "According to TASS, which program is on the agenda?",
        ),
        # … but a short one tells the time asked of, and a "who" or "which" at the end is
        # what is asked
        ("Who led Roscosmos, before Bakanov?", "Who led Roscosmos, before Bakanov?"),
        (
            "On the Russian side, who confirmed what the agenda would be?",
            "On the Russian side, who confirmed what the agenda would be?",
        ),
        (
            "For my notes, which post does Duffy also hold?",
            "For my notes, which post does Duffy also hold?",
        ),
        (
            "back at the 2018 meetup, which guy was running roscosmos then, was it bakanov",
            "back at the 2018 meetup, which guy was running roscosmos then, was it bakanov",
        ),
    ],
)
def test_a_clause_that_only_says_more_is_not_asked(typed: str, asked: str) -> None:
    assert as_asked(typed) == asked


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        # history brought in to compare, between dashes, after a comma or opening it
        (
            "Which orbiting lab — the one that grew out of Shuttle–Mir — does Duffy want kept?",
            "Which orbiting lab — does Duffy want kept?",
        ),
        ("Is the ISS all they share, like Mir was in the 1990s?", "Is the ISS all they share?"),
        ("Who runs NASA now, unlike the Apollo-era administrators?", "Who runs NASA now?"),
        (
            "Ever since Mir came down, people wonder how the ISS ends — is its end planned?",
            "people wonder how the ISS ends — is its end planned?",
        ),
        ("Shuttle–Mir survived the 1990s — did Duffy say ties last?", "did Duffy say ties last?"),
        ("ISS end of life ocean disposal, Mir precedent", "ISS end of life ocean disposal"),
        # … and a remark of the asker's after the question
        ("who is Bakanov? Rogozin's long gone", "who is Bakanov?"),
        # not names offered to choose from, nor a part that asks, nor a comparison asked
        ("Which station came first, Mir or Skylab?", "Which station came first, Mir or Skylab?"),
        ("Where did they meet, and when?", "Where did they meet, and when?"),
        ("Will the ISS end like Mir did?", "Will the ISS end like Mir did?"),
        ("Who ran Roscosmos? Rogozin?", "Who ran Roscosmos? Rogozin?"),
    ],
)
def test_history_and_comparisons_beside_the_question_are_not_asked(typed: str, asked: str) -> None:
    assert without_asides(typed) == asked


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # where the article says something asks for that sentence, not for a place
        ("where does it say duffy's nasa gig is temporary?", "duffy's nasa gig is temporary?"),
        ("Which passage notes that Duffy runs transport too?", "Duffy runs transport too?"),
        ("where in the article does it say what they will discuss", "what they will discuss"),
        # … and where it first names a thing, what that thing is
        ("Where in the article is Roscosmos first mentioned?", "What is Roscosmos?"),
        # … but where the article says a thing was done asks where it was done
        (
            "Where does the article say the 2018 meeting took place?",
            "Where does the article say the 2018 meeting took place?",
        ),
        ("Where did Duffy say it?", "Where did Duffy say it?"),
        # whether it tells a thing asks that thing, and "according to the article" asks it
        # of the article anyway
        (
            "Does the article say which company will build the deorbit vehicle?",
            "which company will build the deorbit vehicle?",
        ),
        (
            "True or false: the article explains when the cross-flight program began.",
            "when the cross-flight program began.",
        ),
        ("According to the article, in what year did they meet?", "in what year did they meet?"),
        # … but not the headline, which is what is asked for, nor whether it says a claim
        (
            "According to the headline, what is he seeking?",
            "According to the headline, what is he seeking?",
        ),
        ("Does the article say Duffy is temporary?", "Does the article say Duffy is temporary?"),
        (
            "Does the headline say who is seeking cooperation?",
            "Does the headline say who is seeking cooperation?",
        ),
        # a newsletter's terse query is read as a search
        ("2018 meeting — venue?", "2018 meeting venue"),
        ("interim NASA chief = ?!", "interim NASA chief"),
        ("Quick: who flies on Crew-11?", "who flies on Crew-11?"),
        ("One-liner on how the piece sees the outreach?", "how the piece sees the outreach?"),
        ("Bottom line: is the ISS a bridge?", "is the ISS a bridge?"),
        # … and one asked of it, with the topic for its "it"
        ("ISS deorbit vehicle — who builds it?", "who builds the ISS deorbit vehicle?"),
        # … unless a question word asks, or a name is offered
        ("Roscosmos chief: who?", "Roscosmos chief: who?"),
        ("Duffy's day job — the Secretary?", "Duffy's day job — the Secretary?"),
    ],
)
def test_a_researchers_or_a_newsletters_question_is_read_for_what_it_asks(
    typed: str, read: str
) -> None:
    assert without_openers(typed) == read
