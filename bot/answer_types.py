"""What kind of answer a question asks for, and whether a sentence can supply it.

"Who led Roscosmos in 2018?" needs a name; "When …?" a date; "Where …?" a place; "How
many …?" a number ("How much did it cost?" an amount of money); "How long …?" a stretch of
time; "What rocket / which country …?" a thing of that kind. Some ask more precisely:
"Which astronauts …?" a person named as one, "Who runs SpaceX?" a sentence that says who
runs SpaceX, "Which city …?" a town, "What time …?" a time of day. A sentence that cannot
supply that is a poor top quote however close its words are, and when no close candidate
can, the briefing most likely does not cover the question (see ``Answerer.lead``). "How
is X characterised?" asks for a description, which only steers: it can be worded too many
ways to refuse for want of one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from rapidfuzz import fuzz

from bot.aliases import country_names, country_words
from bot.attribution import reported_by
from bot.lexical import STOPWORDS, stem, words


class AnswerType(Enum):
    PERSON = "person"
    DATE = "date"
    PLACE = "place"
    NUMBER = "number"
    MONEY = "money"  # "How much did the launch cost?"
    DURATION = "duration"  # "How long will the crew stay?"
    DESCRIPTION = "description"  # "How is the dialogue characterised?"
    SOURCE = "source"  # "Which news agency reported it?"
    THING = "thing"  # "What rocket will carry the crew?", "Which country is Baikonur in?"
    OFFICE = "office"  # "What job does Duffy hold besides NASA?"
    EVENT = "event"  # "Why did Rogozin resign?": a sentence that tells of that turn
    AGENDA = "agenda"  # "Will they discuss extending the ISS?": what is to be talked about
    DEFINITION = "definition"  # "What is Roscosmos?", "Who is Bakanov?": where it is introduced
    FOCUS = "focus"  # "Which project in particular …?": what a sentence singles out
    GOAL = "goal"  # "What does Duffy hope to achieve?": what a sentence says is aimed at

    @property
    def required(self) -> bool:
        """Whether a quote that cannot supply this type is no answer at all.

        A description can be worded too many ways to insist on one, and a source may be only
        the briefing's credit line ("with inputs from Reuters"), not a sentence: they steer.
        """
        return self not in {
            AnswerType.DESCRIPTION,
            AnswerType.SOURCE,
            AnswerType.AGENDA,
            AnswerType.DEFINITION,
            AnswerType.FOCUS,
            AnswerType.GOAL,
        }


# How something is judged: "characterised", "described as", "seen as" …
_JUDGED = r"(characteri[sz]ed|described|portrayed|framed|viewed|regarded|depicted|labell?ed)"
# … in the active voice, by the teller of the story: "How does the article characterise …?"
_TELLER = r"(article|story|report|piece|briefing|author|writer|reporter|text|reporting)"
_JUDGES = (
    r"(characteri[sz]es?|describes?|portrays?|frames?|depicts?|labels?|presents?|casts?|"
    r"sums? up|summari[sz]es?|assess(?:es)?|sees?|views?)"
)
# "Who is Sean Duffy?": a capitalised name and nothing else after "who is".
_WHO_IS_NAMED = re.compile(r"\s*(?i:who's|who\s+(?:is|was))\s+(?:[A-Z][\w’'\-]*\s*){1,3}\W*$")
# … with what the asker knows of them already, which asks nothing more: "who is Dmitri
# Bakonov, the Roscosmos chief Duffy is meeting?"
_KNOWN_OF_THEM = re.compile(
    r"^(\s*(?i:who's|who\s+(?:is|was))\s+(?:[A-Z][\w’'\-]*\s*){1,3}),\s*(?i:the|a|an)\s+"
    r"[^,?]{1,60}(?=\W*$)"
)
# Chat that ends a question and asks nothing: "who's bridenstine in all this lol".
_TRAILING_CHAT = re.compile(
    r"(?:,?\s+(?:in all (?:of )?this|in (?:this|the) (?:story|article|piece)|lol|lmao|tbh|btw|"
    r"exactly|again|anyway|rn|ngl|though|here|now|(?:going by|according to|per|from)\s+"
    r"(?:this|the)\s+(?:write-?up|article|story|piece|report|briefing)))+\W*$",
    re.I,
)
# "What is Roscosmos?", "what's the ISS", "Who is Dmitry Bakanov?": a name, or what may be
# one, and nothing else. News introduces a name where it first uses it ("Russian space
# agency Roscosmos", "the International Space Station (ISS)", "Dmitry Bakanov, the current
# head of Roscosmos"): that sentence says what or who it is.
_WHAT_IS_NAMED = re.compile(
    r"^\s*(?:what|who)(?:\s+(?:even|exactly|actually))?(?:'s|’s|s|\s+(?:is|are|was|were))\s+"
    r"(?:(?:even|exactly|actually)\s+)?(?:the\s+|an?\s+)?"
    r"(?P<name>[\w’'\-.]+(?:\s+[\w’'\-.]+){0,2}?)\W*$",
    re.I,
)
# … as a search box takes it: "roscosmos what is it", "bakanov who's that", and what an
# acronym stands for ("ISS stands for", "what does TASS stand for").
_NAMED_WHAT_IS = (
    _WHAT_IS_NAMED,
    re.compile(
        r"^\W*(?P<name>[\w’'\-.]+(?:\s+[\w’'\-.]+){0,2}?)\W+(?:what|who)(?:'s|’s|s|\s+is|"
        r"\s+are)\s+(?:it|that|this|they|he|she|them)\W*$",
        re.I,
    ),
    re.compile(
        r"^\W*(?:(?:and|so|ok|but)\W+)?(?:what\s+does\s+(?:the\s+|that\s+|this\s+)?)?"
        r"(?P<name>[A-Za-z][\w\-]*)(?:\s+thing)?\s+stands?\s+for\W*$",
        re.I,
    ),
    # "What kind of body is Roscosmos?"
    re.compile(
        r"^\W*what\s+(?:kind|sort|type)\s+of\s+[\w\-]+\s+(?:is|are|was)\s+(?:the\s+)?"
        r"(?P<name>[\w’'\-.]+(?:\s+[\w’'\-.]+){0,2}?)\W*$",
        re.I,
    ),
)


def _names_what_is(question: str) -> re.Match[str] | None:
    """The match of a question for what or who a name is, with the name (see above)."""
    return next((m for p in _NAMED_WHAT_IS if (m := p.match(question))), None)


def _which(nouns: str) -> str:
    """ "which/what NOUN", with up to two words between ("which launch site", "which
    Russian official"), but not "what did Senator Ellison say", nor a noun that only
    modifies the one asked for ("which crewed rocket *flight*"), unless that word is a verb
    with its object ("What rocket *launches the* crew?", "… *launches Crew-11*?"); nor a
    noun of a clause that describes the one asked for ("Which program *where astronauts*
    ride …?", "What program *involving astronauts* …?")."""
    return (
        # (not a relative "in which" set off by a comma: "Which program, in which
        # cosmonauts fly, …?", but "In what year …?", "I was wondering in which city …")
        "".join(f"(?<!, {p} )" for p in ("in", "on", "of", "by", "for", "with"))
        + r"\b(which|what) ((?!(is|are|was|were|do|does|did|will|would|can|could|has|have|had|"
        r"where|that|which|who|whose|whom|when|in|on|of|with|for|involving|including|"
        r"featuring|concerning|between|among|"
        # a determiner makes the noun a clause's subject: "what both parties hope to achieve"
        r"the|both|these|those|this|his|her|their|its|each|every)\b)"
        # ("Which Cabinet-level official …?")
        rf"[\w\-]+ ){{0,2}}({nouns})\b"
        # (… or with a name for its object: "Which rocket launches Crew-11?")
        rf"(?!\s+(?:{_HEAD_NOUNS})\b(?!\s+{_DETERMINER}\b|\s+(?-i:[A-Z])))"
    )


_DETERMINER = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|every|each)"


# Nouns that a "which/what" noun may modify, making them what is asked for.
_HEAD_NOUNS = (
    "flights?|launch(?:es)?|lift-?offs?|blast-?offs?|take-?offs?|missions?|programs?|"
    "programmes?|compan(?:y|ies)|makers?|trips?|rides?|journeys?|voyages?"
)


def _what_is(nouns: str) -> str:
    """ "what is the NOUN of …", with up to two words before the noun ("what's the ISS's
    orbital speed")."""
    return (
        r"\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}"
        rf"({nouns})\b"
    )


# A question for someone's post: "What job does Duffy hold?", "What is Sean Duffy's other
# job?", "Which cabinet post does he also hold?", "What position does Bakanov hold?", "Does
# Duffy have another job?". Not
# "What is Russia's position on Ukraine?" (a stance) nor "What role does the ISS play?".
_ASKS_OFFICE = (
    _which(r"jobs?|posts?|occupations?|professions?|portfolios?")
    + "|"
    + _what_is(r"jobs?|posts?|occupation|profession|portfolio")
    + r"|\b(which|what) (\w+ ){0,2}(positions?|offices?|roles?|titles?) (do|does|did) "
    r"([\w’'\-]+ ){1,5}(hold|holds|have|has|occupy|fill)\b"
    # "what is Duffy's job", "whats duffys actual day job"
     + r"|\bwhat(?:'s|’s|s|\s+is|\s+was)\s+(?:[\w’'\-]+\s+){0,3}[\w\-]+(?:['’]s|s)?\s+"
    r"(?:\w+\s+){0,2}(jobs?|titles?|occupation|profession|posts?)\b"
    # "What is Bakanov's current role?", "what's his role at NASA": a person's, not "the
    # ISS's role", nor a role in something ("… role in the talks") or a stance ("position")
     + r"|\bwhat(?:'s|’s|s|\s+is|\s+was)\s+(?:(?-i:[A-Z][a-z][\w\-]*)(?:['’]s|s)?|his|her)\s+"
    r"(?:\w+\s+){0,2}roles?(?=\s*(?:now|today|currently|at\s+[\w\-]+)?\W*$)"
    # "Does Duffy have another job?", "does he hold any other post"
    # (… "holds no other cabinet post, correct?")
    r"|\b(?:have|has|hold|holds)\s+(?:another|any other|other|a second|a different|no other)\s+"
    r"(?:cabinet\s+)?(?:jobs?|posts?|roles?|positions?|titles?|offices?)\b"
    # "temporary space agency leader's day job" (not in a headline's capitals, where every
    # word would be taken for a name: "Acting Space Agency Boss - Regular Day Job?")
    r"|\b(?-i:day)[\s\-]+(?-i:jobs?)\b"
)
# Words for a post, as a sentence gives one: "Transportation Secretary Sean Duffy",
# "Dmitry Bakanov, the current head of Roscosmos", "his role as interim NASA chief".
_TITLE = re.compile(
    r"\b(secretary|minister|administrator|chief|head|heads|leader|director|president|"
    r"chair|chairman|chairwoman|ceo|commander|senator|governor|ambassador|envoy|deputy|"
    r"spokes(?:man|woman|person)|mayor|chancellor|premier|commissioner|executive)\b",
    re.I,
)
_BESIDES = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except|in addition to|outside(?: of)?)\s+"
    r"((?:[\w’'\-]+\s*){1,4})",
    re.I,
)
# Bodies that hold office, no names of someone: "What Cabinet post does he hold?".
_BODIES = frozenset("cabinet administration government congress senate parliament".split())
# "Which cabinet post …?": a cabinet's members are its secretaries and ministers.
_CABINET_TITLE = re.compile(r"\b(secretary|minister)\b", re.I)
# "What job does Duffy hold besides NASA?", "What is his other job?": not the post named.
_OTHER = re.compile(
    r"\b(other|another|besides|apart from|aside from|except|in addition to|as well as|also|outside|"
    r"second|day job|actual|real|main|regular|usual|primary|"
    # "What job does NASA's temporary leader normally hold?"
    r"normally|usually|ordinarily|otherwise)\b",
    re.I,
)
# A search-box query for someone's post ("Sean Duffy role", "Bakanov's position"): the
# sentence that introduces them gives their posts ("NASA interim leader, U.S. Transportation
# Secretary Sean Duffy"; "Dmitry Bakanov, the current head of Roscosmos").
_NAMED_POSTS = re.compile(
    r"^\W*(?!(?i:what|whats|who|whos|which|where|when|how|why)\b)"
    r"(?P<name>(?:[A-Z][\w’'\-.]*\s+){1,3})"
    # … with a word or two on the post ("Sean Duffy interim NASA role")
    # (not one described: "Duffy temporary role" is about his words on it)
    r"(?:(?:interim|acting|current|former)\s+(?:[A-Z][\w\-]*\s+)?)?"
    # ("Duffy real job", "Sean Duffy cabinet job besides NASA")
    r"(?:(?:real|actual|main|regular|usual|other|cabinet|government)\s+)?"
    r"(?:(?:day\s+)?jobs?|roles?|titles?|posts?|positions?)"
    r"(?:\s+(?:besides|apart\s+from|aside\s+from|other\s+than|outside(?:\s+of)?)\s+[\w\-]+)?"
    r"\W*$"
)


# People asked for two at a time: "Which two space agency chiefs …?", "Who are the two
# leaders meeting?"
_ASKS_TWO = re.compile(
    r"\b(?:which|what|who\s+(?:are|were|will\s+be))\s+(?:the\s+)?(?:two|2|pair\s+of)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:people|persons|officials|leaders|chiefs|heads|bosses|men|"
    r"administrators|executives|figures|individuals)\b",
    re.I,
)


# "Which part of the ocean …?": a place within one, which "the ocean" (or a country
# named as a side) is not
# "What exact time …?" asks for a time as "What time …?" does.
_EXACT = r"(?:(?:exact|precise|specific|local|launch)\s+){0,2}"
_PART_OF_A_PLACE = (
    r"\b(?:(?:which|what)\s+(?:part|region|area|stretch|section)s?\s+of|"
    # "exactly where in the ocean …": a place within it, which "the ocean" is not
    r"where(?:\s+exactly)?\s+in)\s+(?:the\s+)?"
    r"(?:ocean|sea|world|earth|globe|planet|country|pacific|atlantic)\b"
)


# Where a question word opens a question: at the start, after a comma or "and", and after
# chat openers ("wait where's duffy headed", "yo who's running nasa"), not in a relative
# clause ("the few areas where they still cooperate", "the official who met him"); and
# after a question before it ("meeting in person? when's the last time …").
_OPENS = (
    r"(?:^|[,;:—–]\s*|[?!]\s+|\band\s+|\bor\s+)\W*"
    r"(?:(?:so|and|ok|okay|but|then|hey|wait|yo|also|lol|um|uh|hmm|ok so)\W+)*"
)


# Things a "which/what …?" question may ask for by kind, and the words (stems) of which a
# sentence must use one to name such a thing: "What rocket will carry Crew-11?" is not
# answered by a sentence about the launch that never mentions a rocket, nor "Which country
# is Baikonur in?" by one that names no country. Kinds whose members news names without
# the word ("which company": "SpaceX") are not here.
_THINGS = {
    # one kind: people say "rocket" for the spacecraft and the other way round
    r"rockets?|launchers?|(?:launch )?vehicles?|boosters?|spacecraft|spaceships?|capsules?": (
        "rocket launcher booster vehicl spacecraft spaceship capsul"
    ),
    r"satellites?": "satellit",
    r"telescopes?": "telescop",
    r"(?:space )?probes?|rovers?|landers?": "probe rover lander",
    r"modules?": "modul",
    # "Which launch pad will Crew-11 lift off from?": a pad or complex named as such
    r"(?:launch )?pads?|launch complex(?:es)?": "pad complex",
    # "Which congressional committee was he talking to?": news names one with the word
    r"(?:sub)?committees?": "committe subcommitte",
    r"experiments?": "experi studi research",
    r"(?:political )?part(?:y|ies)": "parti republican democrat",
    # "What agreements did they sign?": not "disagreement"
    r"agreements?|deals?|treat(?:y|ies)|accords?|pacts?|contracts?|memorand(?:um|a)": (
        "agreement deal treati pact contract memorandum"  # not "accord": "according to"
    ),
    # "Which conflict divides the two countries?": news names it with the word ("the
    # conflict in Ukraine"), not by the country alone
    r"conflicts?|wars?|disputes?": "conflict war disput",
}
# Things of a kind a sentence must name, not just call so: "the two countries" says which
# no more than "both sides", nor "in the ocean" which ocean. A country by any of its names
# ("Russia", "the Russians"). Each kind's names, read when first asked for.
_OCEANS = frozenset(
    "pacific atlantic indian arctic southern antarctic mediterranean caribbean baltic "
    "caspian north black red".split()
)
_NAMED_THINGS: dict[str, Callable[[], frozenset[str]]] = {
    r"countr(?:y|ies)|nations?": country_words,
    r"oceans?|seas?": lambda: _OCEANS,
}


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PLACES_OFFERED = re.compile(
    # (not a month or a day: "in October or in 2021")
    rf"\b(?:in|at)\s+(?:the\s+)?(?!(?:{_MONTHS}|{_DAYS})\b)"
    r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))*\s*,?\s+or\s+(?:(?:in|at)\s+)?(?:the\s+)?"
    r"(?-i:[A-Z])",
    re.I,
)


_QUESTION_PATTERNS = (
    (AnswerType.OFFICE, re.compile(_ASKS_OFFICE, re.I)),
    (
        AnswerType.SOURCE,
        re.compile(
            _which(r"news agency|agency|outlet|newspaper|paper|publication|wire|media|source")
            # … asked about as the teller of something, not "which agency will he meet?"
            + r"(?=.*\b(report\w*|according|source|cit\w+)\b)"
            # "where's the info on the agenda coming from, some russian outlet?": who told it
            r"|\bwhere(?:'s|’s|s|\s+is|\s+does|\s+did)\s+(?:the\s+|this\s+|that\s+)?"
            r"(?:info|information|news|word|claim|details?|reporting)\b.{0,60}?"
            r"\bcom(?:e|es|ing)\s+from\b",
            re.I,
        ),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            _OPENS
            + r"(who|whose|who's|who’s)\b|\bwhom\b|\bwho\W*$|"
            # "2018 NASA Roscosmos meeting participants", "Crew-11 Launch: Crew Members?": a
            # search-box query's or a headline's last words
            + r"\b(?:participants|attendees|crew\s*members|crew\s+(?:roster|names|list))\W*$|"
            # "was bakanov running roscosmos in 2018 or was that someone else": who it was
            + r"\bor (?:(?:was|is|were|will)\s+(?:it|that|this)\s+)?(?:someone|somebody) else\b|"
            # "Name the man who presently leads …"
            + r"^\W*name\s+the\s+(?:man|woman|person|official|individual|people)\b|"
            # "what's the name of the russian guy duffy is meeting with"
            + r"\bname\s+of\s+(?:the|this|that)\s+(?:[\w\-]+\s+){0,2}"
            + r"(?:man|woman|person|official|guy|dude|fellow|gentleman|lady|individual|boss|"
            + r"chief|head|leader)\b|"
            + _which(
                r"persons?|people|officials?|leaders?|astronauts?|cosmonauts?|administrators?|"
                r"senators?|lawmakers?|spokes(man|woman|person)|commanders?|pilots?|"
                r"executives?|ministers?|politicians?|diplomats?|participants?|attendees?|"
                # "Which cabinet member …?", "Which secretary …?"
                r"members?|secretar(?:y|ies)|individuals?|figures?|m[ae]n|wom[ae]n"
            )
            # "Which former boss of the Russian agency took part …?" (not "What Roscosmos
            # chief told about the topics?", a "what did … tell" without its "did")
            # (… nor "In which place the acting chief made …", a place asked for)
            + r"|\bwhich\s+(?:(?!(?:the|a|an|his|her|its|their|this|that)\b)\w+\s+){0,3}"
            + r"(?:boss(?:es)?|chiefs?)\b"
            + "|"
            + _ASKS_TWO.pattern,
            re.I,
        ),
    ),
    (
        AnswerType.DATE,
        re.compile(
            _OPENS
            # "duffy bakanov talks when", "… talks timing": a search-box query's last word
            # (not "…, when its time comes?", a clause that asks no time)
            + r"when\b(?!\s+(?:its|it['’]s|the|their|his|her)\s+time\s+(?:comes|has\s+come))|"
            + rf"\b(?:when|timing)\W*$|\b(what|which) {_EXACT}time\b|"
            # "What's the exact launch time of …?", "Since when is Bakanov …?"
            + rf"\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+{_EXACT}time\b|"
            + r"^\W*(?:since|until|till)\s+when\b|"
            + r"\bhow long ago\b|\bhow soon\b|"
            # "ISS first launch year?": a search-box query's last word; "Give me the date …"
            # "Crew-11 Launch - Date": a headline's, after a dash or a colon
            + r"^(?:\W*\w+){1,5}?(?:\s+|\s*[:\-–—]\s*)(?:year|date)\W*$|"
            + r"^\W*(?:give|tell|show)\s+me\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}(?:date|year|day)\b|"
            + _which(r"year|month|day|weekday|date")
            # "What's the timeframe for the sit-down?"
            + "|"
            + _what_is(r"timeframe|time frame|timing|date"),
            re.I,
        ),
    ),
    (AnswerType.THING, re.compile(_which("|".join([*_THINGS, *_NAMED_THINGS])), re.I)),
    (
        AnswerType.PLACE,
        re.compile(
            _OPENS
            # "2018 meeting venue": a search-box query's last word, or its first ("location of
            # the 2018 meeting")
            + r"(?:from |to )?(where|where's|where’s|where'd)\b|\b(?:where|venue|location)\W*$|"
            + r"^\W*(?:the\s+)?(?:location|venue)\s+(?:of|for)\b|\bmeeting\s+place\W*$|"
            + _which(
                # (not "Which Russian state outlet …?", a state's own)
                r"place|city|town|state(?!\s+(?:outlet|media|news|agency|broadcaster|company|"
                r"corporation|officials?|television|tv|run|owned|controlled)\b)|region|"
                r"location|venue|site|facility|base|spaceport|cosmodrome|setting"
            )
            # "What is the exact location of the 2018 meeting?"
            + "|"
            + _what_is(r"location|venue|whereabouts")
            + "|"
            + _PART_OF_A_PLACE
            # "Will they meet in Washington or in Moscow?": a choice of places asks where
            + "|"
            + _PLACES_OFFERED.pattern,
            re.I,
        ),
    ),
    (
        AnswerType.DURATION,
        # … opening a question: "Will prolonging how long the lab stays in service be on
        # the table?" asks whether, not how long
        re.compile(
            _OPENS + r"(?:for )?how long\b|\bfor how many (years|months|weeks|days|hours)\b", re.I
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            # ("how big a deal is this" asks for no measure)
            r"\bhow (many|much|fast|far|old|big|large|tall|high|heavy|often)\b"
            r"(?! a (?:deal|step)\b)|"
            # "What does it cost to run the ISS?" (an amount of money, below)
            r"\bwhat (?:does|do|did|will|would|could) (?:\w+ ){1,3}cost\b|"
            # "What does the article say NASA spends annually on the ISS?" (money, below)
            r"\bwhat\b.{0,60}?\b(?:spend|spends|spent|pays?|paid)\s+(?:\w+\s+){0,2}?"
            r"(?:on|for|annually|yearly|per|each|every|a\s+year)\b|"
            # "Give me the number of seats swapped each year."; a headline's "Number of …"
            r"\b(?:the|a|what|which|exact|total)\s+(?:number|count|figure)\s+of\b|"
            r"(?:^|[:\-–—]\s*)(?:number|count|total)\s+of\b|"
            # "ISS deorbit vehicle cost", "… - Contractor and Cost": a query's last word
            r"\b(?:cost|costs|price|price\s+tag)\W*$|"
            + _which(
                r"percentage|proportion|share|amount|price|cost|speed|distance|altitude|height|"
                r"temperature|depth|weight|mass|velocity"
            )
            + "|"
            # "What is the altitude of the ISS?": a measure, which only a number gives
            + _what_is(
                r"population|height|altitude|weight|mass|speed|velocity|distance|age|size|"
                r"length|diameter|temperature|depth|width|area|volume|cost|price|budget|"
                r"salary|value"
            ),
            re.I,
        ),
    ),
    (
        AnswerType.DESCRIPTION,
        re.compile(
            rf"\bhow (is|are|was|were)\b.*\b{_JUDGED}\b|\b{_JUDGED} as\b|\bseen as\b|"
            # "How does the article characterise the talks?": the article's own words
            # (… or without "does": "How the article characterises …?")
            rf"\bhow(?:['’]s|s)? (?:(?:does|do|did) )?(?:the |this )?{_TELLER}\b.*\b"
            rf"(?:{_JUDGES}|{_JUDGED})\b|"
            # "What role does the ISS play?": what it is or amounts to
            r"\bwhat (?:\w+ )?(?:role|part) (?:does|do|did|will|can|could)\b.*\bplay|"
            # "is this meeting some huge breakthrough or nah", "what does the meeting
            # signify": what it amounts to, in the briefing's words
            r"\b(?:is|was) (?:this|it|that|the \w+)\b.{0,30}?\b(?:a|an|some)\b.{0,20}?\b"
            r"(?:breakthrough|milestone|turning point|game.?changer|baby step|thaw|reset)\b|"
            # (… "this meeting is a big breakthrough", "this is some huge breakthrough")
            r"\b(?:this|it|that|the \w+) (?:\w+ )?(?:is|was)\b.{0,20}?\b(?:a|an|some)\b.{0,20}?\b"
            r"(?:breakthrough|milestone|turning point|game.?changer|thaw|reset)\b|"
            # a choice of how bold it is: "Would you call this outreach bold or more on the
            # careful side?", "is Duffy being super careful with the Russians?"
            r"\b(?:bold|big|huge|major|daring|breakthrough|risky)\b.{0,40}?\bor\b.{0,40}?\b"
            r"(?:careful|cautious|tentative|modest|baby|small|timid)\b|"
            r"\bbeing\s+(?:\w+\s+)?(?:careful|cautious|bold|daring)\b|"
            r"\bwhat(?:['’]s|s| is) the (?:vibe|tone|mood)\b|"
            r"\bhow (?:significant|important|major) (?:a step )?(?:is|was|are)\b|"
            r"\bwhat does (?:this|it|the \w+) (?:signify|amount to|represent)\b",
            re.I,
        ),
    ),
)
_DATE = re.compile(
    rf"\b(1[89]\d\d|20\d\d|{_MONTHS}|{_DAYS}|today|tomorrow|yesterday|this (week|month|year)|"
    r"next (week|month|year)|last (week|month|year)|\d{1,2}(:\d\d)? ?[ap]\.m\.)\b"
)
# A time of day, for "What time …?": "11:43 a.m.", "at noon", "on Wednesday morning".
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\b|[AP]M\b|GMT|UTC|EDT|EST|CET|MSK)|"
    r"\b(?:noon|midday|midnight|morning|afternoon|evening|dawn|dusk|tonight)\b",
    re.I,
)
_ASKS_CLOCK = re.compile(
    rf"\b(?:what|which) {_EXACT}(?:time|hour)\b|"
    rf"\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+{_EXACT}(?:time|hour)\b",
    re.I,
)
# "What year …?" wants a year, "Which month …?" a month, "On what day …?" a day: "this
# week" answers "when", not these.
_ASKS_UNIT = (
    (
        re.compile(_which("years?") + r"|\byear\W*$", re.I),  # … and "ISS launch year?"
        re.compile(r"\b(1[89]\d\d|20\d\d|(this|next|last) year)\b"),
        "gives a year",
    ),
    (
        re.compile(_which("months?"), re.I),
        re.compile(rf"\b({_MONTHS}|(this|next|last) month)\b"),
        "gives a month",
    ),
    (
        # "On which exact date …?", "What date is it scheduled for?": a day of a month, not
        # "this week" or "Wednesday"
        re.compile(r"\b(?:exact|precise|specific|calendar)\s+dates?\b|" + _which("dates?"), re.I),
        re.compile(rf"\b(\d{{1,2}} ({_MONTHS})|({_MONTHS}) \d{{1,2}}|\d{{1,2}}/\d{{1,2}})\b"),
        "gives an exact date",
    ),
    (
        re.compile(_which("days?|weekdays?"), re.I),
        re.compile(
            rf"\b({_DAYS}|today|tomorrow|yesterday|\d{{1,2}} ({_MONTHS})|({_MONTHS}) \d{{1,2}})\b"
        ),
        "gives a day",
    ),
)
# "Where is Roscosmos based?" asks where it has its seat: a sentence that says so, not any
# place it is mentioned with ("the Baikonur Cosmodrome").
_ASKS_SEAT = re.compile(r"\b(?:based|headquartered|headquarters|head office|seated)\b", re.I)
_SEAT_STEMS = frozenset("base headquart headquarter seat offic".split())
# Two or more capitalised words in a row, not opening the sentence: a name.
_NAME = re.compile(r"(?<!^)\b[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)+")
# A preposition of place, then within a few words a capitalised name: "at the Baikonur
# Cosmodrome", "on Capitol Hill", "from the roof of the Launch Control Center".
_PLACE = re.compile(
    r"\b(at|in|on|to|from|inside|outside|near|visit|visits|visited)\s+"
    r"(?:[a-z]+\s+){0,4}"
    rf"(?!(?:{_MONTHS}|{_DAYS})\b)(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
# "Which city …?" wants a place that is neither a country ("in Ukraine") nor a facility
# ("at the Baikonur Cosmodrome", "on Capitol Hill"): "Cape Canaveral".
_ASKS_TOWN = re.compile(_which(r"city|cities|town|towns|village"), re.I)
# "Which spaceport / launch site / venue …?" wants a place within a country, not one: "in
# Ukraine" does not answer it.
_WHERE_HELD = (
    re.compile(r"\bwhere\b", re.I),
    re.compile(
        r"\b(?:be|is|are|was|were|get) (?:held|hosted)\b|\btak(?:e|es|ing) place\b|"
        # "where's the duffy-bakanov meeting physically happening"
        r"\b(?:happen|happens|happening|happened|occur|occurs|occurring|occurred)\b|"
        r"\bhold(?:s|ing)? (?:the |their |these |those )?(?:talks|meeting|meetings|summit)\b|"
        # "where will be the meeting of Duffy and Bakanov"
        r"\b(?:be|is|are|was|were)\s+the\s+(?:talks|meeting|summit|sit-?down)\b|"
        # "where exactly are duffy and bakanov meeting": where people meet is a site, which
        # a country named as a side ("talks with Russian space agency") is not
        r"\b(?:meet|meets|meeting|met|sit(?:ting)? down)"
        r"(?:\s+(?:this|next|on|in|at|during)\b(?:\s+[\w’'\-]+){1,3})?"
        # … with the places offered after it: "meet in Washington or in Moscow?"
        r"(?:\s*,?\s+(?:in|at)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?\s+or\s+"
        r"(?:(?:in|at)\s+)?(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?)?\W*$",
        re.I,
    ),
)
# "Where was he speaking when he admitted …?": where someone spoke is a venue too, told
# where they spoke ("… acknowledged during remarks on Capitol Hill"), not a place they
# spoke of ("a partnership on the International Space Station")
_SPOKE = re.compile(r"\b(?:speak|speaks|speaking|spoke|remarks|comments)\b", re.I)
_SPOKEN_STEMS = frozenset(
    stem(w) for w in "remarks said acknowledged speech spoke speaking comments told stated".split()
)
_ASKS_SITE = re.compile(
    _which(r"spaceports?|cosmodromes?|launch sites?|sites?|venues?|facilit(?:y|ies)|bases?|pads?")
    # "At what specific location …?", "the exact spot"
    + r"|\b(?:specific|exact|precise|particular)\s+(?:locations?|spots?|places?|venues?|sites?)\b"
    + "|"
    + _PART_OF_A_PLACE,
    re.I,
)
# "visit Cape Canaveral", "at the Baikonur Cosmodrome": a name right after a preposition of
# place is a place, not a person.
_AFTER_PLACE_WORD = re.compile(
    r"\b(at|in|on|to|from|near|inside|outside|visit|visits|visited|visiting)\s+(the\s+)?$"
)
# A sentence that says what something is or amounts to: "represents a cautious attempt",
# "has remained a rare point of collaboration", "described as …".
_DESCRIPTION = re.compile(
    r"\b(represents?|represented|marks?|marked|amounts? to|constitutes?|signals?|signalled|"
    r"underlin\w+|(described|seen|viewed|regarded|characteri[sz]ed) as|"
    # "X is a …", but not "This is a …" or "It was a …": what those describe is elsewhere
    r"(?<!\bthis )(?<!\bthat )(?<!\bit )(is|are|was|were|remains?|remained|becomes?|became) "
    r"(a|an))\b",
    re.I,
)
# The time a question asks about, and the time a sentence speaks of.
_PRESENT_QUESTION = re.compile(
    r"\b(who|what|which)('s|\s+is|\s+are)\b|"
    # "Who runs / heads / leads …?": someone in charge now
    r"^\W*who\s+(?:\w+ly\s+|now\s+)?(runs|heads|leads|manages|chairs|directs|oversees)\b|"
    r"\b(now|current|currently|presently|at present|nowadays|at the moment|these days|today|"
    r"right now|rn)\b",
    re.I,
)
# "Which spaceport is he travelling to?": what is going on, or about to.
_PROGRESSIVE = re.compile(
    # (… and chat's "where's he going", "what're they doing")
    r"\b(is|are|(?:who|what|where|when|how|why|he|she|it|there)['’]s|(?:they|we|you)['’]re)\b"
    r"(\s+[\w’'\-]+){0,4}\s+(?:\w{3,}ing|going|doing)\b",
    re.I,
)
# "How soon are the chiefs expected to sit down?": of what is to come
_FUTURE_QUESTION = re.compile(
    r"\b(will|going to|gonna|upcoming|how soon|(expected|scheduled|set|due|supposed) to)\b", re.I
)
# Chat's "the old NASA boss", "ex-chief": one who held a post before.
_OLD_POST = (
    r"\bold\s+(?:[\w\-]+\s+){0,3}?(?:boss|chief|head|leader|administrator|director)\b|"
    r"\bex-?(?=boss|chief|head|leader|administrator|director|nasa|roscosmos)"
)
_PAST_QUESTION = re.compile(
    r"\b(was|were|did|previous|last|ago|then|back then|former|formerly|earlier|before|"
    r"met|went|led|ran|held|took|attended|visited|headed|chaired|oversaw|directed)\b|" + _OLD_POST,
    re.I,
)
# A question about a time gone by, which no date now or to come answers ("When did they
# last meet?"); "did" alone is not one ("When did Duffy announce the talks?": this week).
_GONE_BY = re.compile(
    r"\b(last|previous|previously|prior|earlier|ago|formerly|back then|back in|back at)\b|"
    # "that old meeting"
    r"\bold\s+(?:meeting|summit|talks|sit-down|gathering|days|times)\b|" + _OLD_POST,
    re.I,
)
_LAST_AS_VERB = re.compile(
    r"\b(?:will|would|to|can|could|might|may|gonna)\s+last\b|"
    # … nor the last of what was said: "What was the last thing Duffy said?" is of his words
    r"\blast\s+(?:thing|things|word|words|line|lines|sentence|sentences|part|bit|point|"
    r"remark|remarks|comment|comments|quote|paragraph|section)\b",
    re.I,
)
_PAST_SENTENCE = re.compile(r"\b(then-|former|last time|took place|was in|were in)", re.I)
_PRESENT_SENTENCE = re.compile(r"\b(will|current|upcoming|this week|scheduled)\b", re.I)
_HOW_MANY_UNITS_OF_TIME = re.compile(r"\bhow many (years|months|weeks|days|decades|hours)\b", re.I)
_WORD = re.compile(r"\b[A-Z][a-z’'\-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*")  # "Russia", "US"
# Last words of capitalised names that are institutions, places or titles, not people.
_NOT_SURNAMES = frozenset(
    """Agency Administration Administrator Army Base Center Centre Chief Committee Company
    Complex Congress Corporation Cosmodrome Council Court Department Director Force Hill
    House Institute Laboratory Launch Ministry Mission Navy News Office Pad Program Programme
    Project Secretary Senate Service Space Station Times Union University Zone""".split()
)
# A quantity: "four crew members", "90 percent", "200 experiments". A year ("in 2018"), a
# name's number ("Crew-11") or "the two countries" (naming, not counting) is not an answer
# to "how many …?".
_NUMBER = re.compile(
    r"(?<![\w-])(?<!the )(?!(?:1[89]|20)\d\d\b)(\d[\d,.]*|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b",
    re.I,
)


# A briefing's credit line, "with inputs from Reuters": who contributed to it.
_CREDIT = re.compile(
    r"\b(?:inputs?|reporting|contributions?)\s+(?:from|by)\s+(?P<who>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)"
)
# A group with a name: "the Crew-10 crew", "a Senate subcommittee" (who did something).
_NAMED_GROUP = re.compile(
    r"\b([A-Z][\w-]+) (?:crew|team|subcommittee|committee|delegation|panel|board)\b"
)
# How a question asks when something began: "When was NASA founded?"
_ORIGIN_WORD = (
    r"(founded|created|established|formed|built|launched|born|invented|opened|started|"
    r"began|begun)\b"
)
# … asked of something: "When was Baikonur built?", "When was NASA founded?", "Where was
# Bakanov born?"; not a word that describes a thing named ("the privately built outposts")
_ORIGIN = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got|gets|did|do|does)\b(?:\s+[\w’'\-]+){0,7}?\s+"
    + _ORIGIN_WORD,
    re.I,
)
# … or named as a noun: "ISS first launch year?", "NASA's founding date"
_ORIGIN_NOUN = re.compile(
    r"\b(?:first|initial|original|maiden)\s+(launch|flight)\b|\b(founding|creation|establishment)\b",
    re.I,
)


def _beginnings(question: str) -> list[str]:
    """The stems of what a question asks the beginning of: "When was NASA founded?"."""
    found = _ORIGIN.findall(question) + [a or b for a, b in _ORIGIN_NOUN.findall(question)]
    return [stem(w.lower()) for w in found]


# A turn in someone's career, which a date answers only in a sentence that tells of it:
# "When did Rogozin resign?", "When will Duffy step down?", "When did Bakanov become head
# of Roscosmos?". Leaving a place is no such turn ("When will Duffy leave for Florida?"),
# leaving an organisation or a post is ("Why did Rogozin leave Roscosmos?").
_CAREER = re.compile(
    # (becoming a post or someone, not "when relations become difficult")
    r"\b((?:become|became|becomes)(?= (?:(?-i:[A-Z])|(?:the|a|an|his|her|their|its|head|chief|"
    r"leader|administrator|director|boss|secretary|president|minister|commander|interim|"
    r"acting)\b))|resign\w*|retire[sd]?|retiring|step(?:s|ped)?(?= down)|"
    r"(?:leave|leaves|left|leaving)"
    r"(?= (?:the |his |her |their )?(?:(?-i:[A-Z])|office|post|job|role|agency))|"
    r"(?:take|takes|took|taken|taking)(?= over)|"
    r"quit|quits|elected|appointed|nominated|named|sworn|promoted|fired|dismissed|sacked|ousted|"
    r"removed|relieved|demoted|"
    # "Why did Duffy end up as interim chief?", "Why was Duffy tapped to run NASA?"
    r"end(?:s|ed)? up(?= as\b| in charge\b| running\b| leading\b| heading\b)|tapped|picked|chosen|"
    r"confirmed(?= as\b)|"
    r"died|dies)\b",
    re.I,
)
# "Since when is Bakanov at the head of Roscosmos?", "How long has Duffy been in charge?": when
# someone took up a post, which only a sentence that tells of their taking it up answers (not
# "Dmitry Bakanov, the current head of Roscosmos").
_SINCE_WHEN_IN_POST = re.compile(
    # (not "How long is Duffy gonna be NASA boss?", which a "temporary assignment" answers)
    r"\b(?:since\s+when\b.{0,60}?\b(?:is|has|have|had|was|been)|"
    r"how\s+long\s+(?:has|have|had)\b.{0,40}?\bbeen)\b.{0,40}?\b"
    r"(?:head|chief|boss|leader|director|administrator|in\s+charge|at\s+the\s+helm|running|"
    r"leading|heading|"
    # (a French speaker's "the responsible of Roscosmos")
    r"responsible\s+(?:of|for))\b",
    re.I,
)
_TAKING_UP_STEMS = frozenset(
    stem(w)
    # (not "took": "That meeting took place …")
    for w in """became become appointed named elected sworn nominated tapped chosen picked
    installed assumed""".split()
)
# A stretch of time: "six months", "a five-day handover", "almost two years", "for decades".
_DURATION = re.compile(
    r"\b(\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|few|many|some|dozens? of|hundreds? of)[\s-]+"
    r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(y|ies))\b|"
    r"\bfor (years|months|weeks|days|decades)\b",
    re.I,
)
# How long, in a word: "This is a temporary assignment for me," Duffy said, answers "How long
# will Duffy be NASA boss?", though not a question about anyone else's stay.
_TENURE = re.compile(
    r"\b(temporar(y|ily)|permanent(ly)?|indefinite(ly)?|short-term|long-term|interim)\b", re.I
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Since when …?", "When did they last meet?": a starting point ("since 2018") answers it.
_SINCE_WHEN = re.compile(r"\b(since|last|previous|until|till)\b", re.I)
# "Until what year are they committed to the ISS?": when something ends, which only a date
# it runs until gives ("through 2030"), not one it began or happened in ("since 2018").
_UNTIL_WHEN = re.compile(
    r"\b(?:until|till|til|through|thru)\s+(?:what|which|when)\b|"
    r"\bwhen\b.{0,80}?\b(?:until|till|through)\W*$",
    re.I,
)
_UNTIL_DATE = re.compile(
    r"\b(?:until|till|through|by|beyond|past|to)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:(?:{_MONTHS}|early|late|mid-?)\s+)?(?:1[89]\d\d|20\d\d)\b"
)
# "How long has Duffy served …?" asks how long so far, which "interim" does not say.
_SO_FAR = re.compile(r"\bhow long\s+(?:has|have|had|did|was|were)\b", re.I)
# "How long will the agreement run?" asks how long to come, which no date gone by says.
_HOW_LONG_AHEAD = re.compile(
    r"\bhow long\s+(?:will|would|could|can|should|is\s+\w+\s+going)\b", re.I
)
# "How long has it been since they met?" is answered by the date they met.
_HOW_LONG_SINCE = re.compile(
    r"\b(since|has it been|have they|ago|between|passed|elapsed|gap)\b", re.I
)
# A question about money ("How much did it cost?"), and an amount of money. "What share of
# the budget …?" asks for a number all the same.
_ASKS_MONEY = re.compile(
    r"\b(cost|costs|costing|price|priced|spend|spends|spent|spending|pay|pays|paid|budget|"
    r"fund|funds|funding|funded|money|worth|dollars?|salary|earn|earns|earned)\b",
    re.I,
)
_ASKS_SHARE = re.compile(r"\b(percent|percentage|proportion|share|fraction|ratio)\b", re.I)
_MONEY = re.compile(
    r"[$€£¥₽]\s?\d|\b\d[\d,.]*\s*(million|billion|trillion)?\s*"
    r"(dollars|euros|pounds|rubles|roubles|yen|yuan)\b|\b(?-i:US|USD|EUR|RUB)\s?\d",
    re.I,
)


# People a "which …?" question may ask for by what they do, and the words (stems) of
# which a sentence must use one to name such a person: "Which astronauts are flying?" is not
# answered by a sentence that names only an official. Words that fit nearly anyone in
# the news ("official", "leader", "head") are not here: they ask for a person, no more.
_FLYER_NOUNS = r"astronauts?|cosmonauts?|taikonauts?|crew ?members?|spacefarers?"
_FLYER_STEMS = frozenset(
    "astronaut cosmonaut taikonaut crewmemb spacefar".split()  # not "crew": "Crew-11" is a mission
)
_ROLES = {
    _FLYER_NOUNS: " ".join(sorted(_FLYER_STEMS)),
    # not "representatives": its stem is that of "represents"
    r"senators?|lawmakers?|legislators?|congress(?:wo)?m[ae]n": (
        "senat lawmak legisl congressman congresswoman subcommitte committe"
    ),
    r"spokes(?:man|woman|person|people)": "spokesman spokeswoman spokesperson spokespeopl",
    r"pilots?": "pilot",
    r"commanders?": "command",
    r"ministers?": "minist",
    r"cabinet (?:members?|officials?)": "secretari minist",
    r"diplomats?|ambassadors?|envoys?": "diplomat ambassador envoy",
}
# "Who are the astronauts flying …?" asks for people of a role as "Which astronauts …?" does.
_WHO_ARE = r"\bwho(?:'s|’s|\s+(?:is|are|was|were|will be))\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}"
_ASKED_ROLE = [
    (re.compile(f"{_which(nouns)}|{_WHO_ARE}({nouns})\\b", re.I), frozenset(stems.split()))
    for nouns, stems in _ROLES.items()
] + [
    # "Who will command Crew-11?" asks for its commander, as "Which commander …?" does
    (
        re.compile(
            r"\bwho\s+(?:will\s+|would\s+|is\s+going\s+to\s+|is\s+set\s+to\s+|is\s+to\s+|"
            rf"did\s+|does\s+)?({verbs})\b",
            re.I,
        ),
        frozenset({stem_}),
    )
    for verbs, stem_ in (
        ("command|commands|commanded", "command"),
        ("pilot|pilots|piloted", "pilot"),
    )
]
# … and a search for a crew's names ("Crew-11 crew: names?") for its members
_ASKED_ROLE.append(
    (re.compile(r"\b(crew)\s*(?:members?|names|roster|list)\W*$", re.I), _FLYER_STEMS)
)
_ASKED_THING = [
    (re.compile(_which(nouns), re.I), frozenset(stems.split())) for nouns, stems in _THINGS.items()
]
_ASKED_NAMED_THING = [
    (re.compile(_which(nouns), re.I), names) for nouns, names in _NAMED_THINGS.items()
]


@dataclass(frozen=True)
class Kind:
    """The kind of person or thing a "which …?" question asks for."""

    noun: str  # as asked: "astronauts", "rocket"
    stems: frozenset[str]  # an answering sentence uses one of these …
    names: frozenset[str] = frozenset()  # … or, capitalised, one of these: "Russia"

    def found_in(self, found: Profile) -> bool:
        return bool(self.stems & found.stems or self.names & found.capitalised)


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def asked_role(question: str) -> Kind | None:
    """The role a "which …?" question asks people of ("Which astronauts …?"), if any."""
    return _asked(_ASKED_ROLE, question)


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def asked_thing(question: str) -> Kind | None:
    """The kind of thing a "which/what …?" question asks for ("What rocket …?"), if any."""
    for pattern, names in _ASKED_NAMED_THING:
        if match := pattern.search(question):
            return Kind(match.group(match.lastindex or 0).lower(), frozenset(), names())
    return _asked(_ASKED_THING, question)


def _asked(kinds: list[tuple[re.Pattern[str], frozenset[str]]], question: str) -> Kind | None:
    for pattern, stems in kinds:
        if match := pattern.search(question):
            noun = match.group(match.lastindex or 0).lower()
            return Kind(_DOERS.get(noun, noun), stems)
    return None


# Who does what a role's verb says: "Who will command …?" asks for a commander.
_DOERS = {"command": "commander", "commands": "commander", "commanded": "commander"} | {
    "pilot": "pilot",
    "pilots": "pilot",
    "piloted": "pilot",
    "crew": "crew members",
}


# "Who runs SpaceX?", "Who is the head of Roscosmos?", "Who founded SpaceX?": a question for
# whoever stands in one of these relations to a named organisation. Its stems (question and
# sentence words alike); "commands" is not here: a mission is commanded, not run.
_RELATIONS = (
    frozenset(
        "run lead leader head chief boss ceo director administr presid chair chairman "
        "chairwoman manag helm charg ran led".split()
    ),
    # … or built it: "Who built the ISS modules?"
    frozenset("found founder start creat establish cofound built build builder construct".split()),
)
# "Who was the first human in space?", "When did astronauts first walk on the Moon?": a
# first is a fact of its own, which a sentence states as one ("the first in-person
# dialogue … since 2018") or does not answer.
# ("in the first place", "at first", "first of all" tell of none)
_FIRST = re.compile(r"(?<!\bat )\bfirst\b(?! (?:place|of all|off)\b)", re.I)
_FIRST_STEMS = frozenset("first earliest inaugur maiden".split())
# … but not the first of a list: "Which program is named first on the agenda?", "the first
# topic listed" ask for what the list puts first, not for a first of its kind.
_LISTED_FIRST = re.compile(
    r"\b(?:named|listed|mentioned|cited|comes?|came|appears?|given|put)\s+first"
    r"(?:\s*$|\s*[?,.!]|\s+(?:on|in|among|of)\b)|"
    r"\bfirst\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+(?:the|that|this|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:agenda|list|line-?up)\b|"
    r"\bfirst\s+(?:topic|item|point|subject|issue|thing)s?\b",
    re.I,
)
# … of a thing made or sent ("the first module of the ISS", "the first crew to fly"): a first
# of another kind ("the first in-person dialogue") does not tell of it. A first meeting,
# time or visit may be told with any word for it.
_FIRST_OF_A_KIND = re.compile(
    r"\bfirst\s+(?:ever\s+)?(?P<kind>modules?|segments?|components?|parts?|pieces?|crews?|"
    r"astronauts?|cosmonauts?|satellites?|rockets?|spacecraft|capsules?|flights?|missions?|"
    r"spacewalks?|dockings?|experiments?|women|woman|man|men|tourists?|expeditions?)\b",
    re.I,
)
_IS_IT_FIRST = re.compile(
    r"^\W*(?:(?:wait|so|ok|and|but)\W+)?(?:is|was|will|would|are|were)\b.{0,30}?\bthe\s+first\b",
    re.I,
)
# "How did the Kremlin react to the talks?": a reaction, which a sentence that tells of the
# talks does not give.
# What sets a meeting apart in time: "What makes this meeting historically notable?", "is it
# a big deal compared to past years?", "… notable in terms of how long it has been?" A
# sentence tells of it by a first, a last time, or a year since ("the first in-person
# dialogue … since 2018"), not by what the meeting is about.
_IN_HISTORY = re.compile(
    r"\bhistor(?:ic|ical|ically|y)\b|"
    r"\bhow long (?:it(?:['’]s| has| had| is)? been|since)\b|"
    r"\bcompared (?:to|with) (?:the )?(?:past|previous|earlier|other) "
    r"(?:years?|times?|meetings?)\b",
    re.I,
)
# What is left when all else has gone: "what's the one thing the us and russia still
# cooperate on", "whats the only spot where washington and moscow still team up". A sentence
# tells of it as rare, the only one, or what remains ("the ISS has remained a rare point of
# collaboration"), not as one more thing they do together.
_THE_ONE_LEFT = re.compile(
    r"\b(?:one|only|last|single|sole|remaining)\s+(?:[\w\-]+\s+)?(?:thing|area|spot|place|"
    r"field|point|project|front|domain|venture|sphere|bright\s+spot)s?\b",
    re.I,
)
_LEFT = re.compile(
    r"\b(?:rare|rarely|only|remains?|remained|exception|except|endured?|continues|"
    r"continued)\b",
    re.I,
)
_A_FIRST_OR_LAST = re.compile(
    r"\b(?:first|earliest|inaugural)\b|\blast (?:time|met)\b|\bsince (?:19|20)\d\d\b", re.I
)
_REACTION = re.compile(
    r"\b(?:react|reacts|reacted|reacting|reaction|reactions|respond|responds|responded|"
    r"response|responses)\b",
    re.I,
)
_REACTION_STEMS = frozenset("react reaction respond respons repli welcom reject condemn".split())
_WHY = re.compile(r"\b(?:why|how come)\b", re.I)
# Whether a wish is shared: "r both sides actually hopeful about this or is it just duffy",
# "do the russians even want this too", "Is the Russian side also keen?" A sentence must
# tell of a wish held by both or each of them ("Both sides hope that …").
_WISH = re.compile(
    r"\b(?:want|wants|keen|hopeful|hoping|hope|hopes|eager|interested|on board)\b", re.I
)
_SHARED = re.compile(
    r"\b(?:or (?:is it |is that )?(?:just|only)|just one side|both|also|too|as well|"
    r"the other side|the russian side|each side)\b",
    re.I,
)
# Hard times as the question's condition: "Will NASA walk away from its ties when things
# get tough?", "… in difficult periods". A sentence must tell of such times ("We don't
# discard those ties in difficult times"), not only of the ties.
_HARD_TIMES = re.compile(
    r"\b(?:(?:things|times|it|stuff|going)\s+(?:get|gets|got|getting|r|are|is|turn|turns)\s+"
    r"(?:tough|rough|hard|difficult|bad|ugly)|(?:difficult|hard|tough|rough|trying|bad)\s+"
    r"(?:times|periods?|patch|spells?|moments?)|hardship|adversity)\b",
    re.I,
)
# What one thing does to another: "How would budget cuts affect ISS operations?", "What
# impact will the sanctions have?" A sentence must tell of an effect, not only name both.
_EFFECT = re.compile(
    r"\b(?:affect|affects|affected|affecting|impact|impacts|impacted|effects?\s+(?:of|on)|"
    r"consequences?)\b",
    re.I,
)
_TOLD_EFFECT = re.compile(r"\b(?:affect\w*|impact\w*|effects?|consequen\w*|result\w*)\b", re.I)
_TOLD_HARD_TIMES = re.compile(
    r"\b(?:difficult|tough|rough|hard|trying)\s+(?:times|periods?|patch|spells?)|"
    r"hardship|adversity|crisis\b",
    re.I,
)
# The state of relations between countries: "how are us-russia relations in general rn",
# "Have ties between Washington and Moscow worsened across most fields?" A sentence must
# tell of relations ("Despite deteriorating relations in most areas"), not only name both.
_TIES = re.compile(r"\b(?:relations|ties|dealings|relationship)\b", re.I)
_HOW_THEY_STAND = re.compile(
    r"\bhow (?:are|is|have|has|r)\b|\bstate of\b|\bfared\b|\bworsen\w*|\bdeteriorat\w*|"
    r"\bsour\w*|\bdoing\b|\bin general\b|\boverall\b|\bin most\b|\bacross most\b",
    re.I,
)
_TOLD_RELATIONS = re.compile(r"\brelations\b|\brelationship\b", re.I)
# … but "Which dispute has soured ties …?" asks what soured them, not how they stand; a
# sentence tells of a dispute ("deep disagreements … over the ongoing conflict in Ukraine")
_WHICH_DISPUTE = re.compile(
    r"\b(?:which|what)\s+(?:[\w\-]+\s+){0,2}(?:disputes?|conflicts?|disagreements?|quarrels?|"
    r"rows?|wars?|issues?)\b",
    re.I,
)
_WHAT_SOURED = re.compile(
    _WHICH_DISPUTE.pattern + r"|\b(?:which|what)\s+(?:causes?|reasons?)\b|\bwhy\b", re.I
)
_TOLD_DISPUTE = re.compile(r"\b(?:disagree\w*|conflicts?|disputes?|wars?|tensions?)\b", re.I)
# The end or lengthening of a thing's working life: "Could the outpost's service life be
# prolonged?", "How is the orbital outpost to be gotten rid of?" A sentence must tell of it
# ("potential extensions of the ISS's operational timeline", "its eventual deorbiting and
# safe disposal"), not only name the thing.
_LIFESPAN = re.compile(
    r"\b(?:get(?:ting)? rid of|gotten rid of|dispos\w*|decommission\w*|scrap\w*|"
    r"service life|working life|lifespan|life ?time|prolong\w*|lengthen\w*|"
    # "what happens to the orbiting lab once it's retired": a station's, not a person's
    r"(?:ISS|station|outpost|lab|laboratory)\b[^.?!]{0,40}?\b(?:retir\w*|mothball\w*)|"
    # "at the end of its life", "the end of the station's working life"
    r"end of (?:(?:its|their|the \w+(?:['’]s)?)\s+)?"
    r"(?:(?:service|working|operational|useful)\s+)?life|"
    # "where will it be brought down", "deorbit"
    r"brought down|bring\w*\s+(?:it\s+|the\s+\w+\s+)?down|de-?orbit\w*)\b",
    re.I,
)
# … or its being kept going, as a detail of what is asked: "to which year have they agreed to
# keep the station operating?", "the ISS extension", "extending the station"
_KEPT_GOING = re.compile(
    r"\bkeep\w*\s+(?:the\s+|it\s+)?(?:(?:ISS|station|outpost|lab)\s+)?"
    r"(?:operat\w*|running|flying|aloft|in (?:service|orbit|operation))\b|"
    r"\b(?:ISS|station|outpost|lab)(?:['’]s)?\s+(?:\w+\s+)?extensions?\b|"
    r"\bextend\w*\s+(?:the\s+)?(?:ISS|station|outpost|lab)\b",
    re.I,
)
_TOLD_LIFESPAN = re.compile(
    r"\b(?:deorbit\w*|dispos\w*|decommission\w*|retire\w*|extensions?|extend\w*|"
    r"lifespan|timeline|service life)\b",
    re.I,
)
# … asked as whether it is: not "What is Duffy hoping to find on matters both sides care
# about?"
_YES_NO = re.compile(
    r"^\W*(?:(?:wait|so|ok|okay|lol|and|but|like)\W+)*(?:is|are|r|do|does|did|will|would|can|has|have)\b",
    re.I,
)
_WISH_SHARED = re.compile(
    r"\b(?:both|two|each|mutual\w*)\b[^.]{0,40}?\b(?:hope|want|aim|seek|wish)\w*", re.I
)
# "Who confirmed what they'll be covering?", "who announced the talks": the one who made
# it known, in a sentence that says so with that verb ("Bakanov confirmed the topics …"),
# not whoever else the sentences near the question's words name
_WHO_MADE_KNOWN = re.compile(
    r"(?:^|[,;:—–]\s*)\W*(?:(?:ok|so|and|but|wait)\W+)*(?:who|which \w+)\s+(?:\w+ly\s+)?"
    r"(confirmed|announced|revealed|disclosed)\b",
    re.I,
)
# … with that verb, or for one a news story seldom uses, any such verb: "Who revealed the
# subjects?" and "Bakanov confirmed the topics"
_MADE_KNOWN_STEMS = frozenset("confirm announc reveal disclos report said state told".split())
_MEETING = re.compile(
    # not the last part of a compound: a "crew-exchange" is no meeting
    r"(?<![\w-])(?:meet\w*|met|talks?|talking|sit[- ]?downs?|sitting down|dialogue|summit|"
    r"discussions?|exchanges?|conversations?|negotiations?|get[- ]?togethers?|sessions?|"
    r"encounters?|huddles?)\b",
    re.I,
)
# How people meet: "is the sit-down in person or a zoom call?", "will they meet face to
# face?" A sentence that tells of the meeting but not how it is held does not answer. (Not
# "Will the astronauts make video calls?", which asks of no meeting.)
_MEETING_MODE = re.compile(
    r"\b(?:in[- ]pers\w*|face[- ]to[- ]face|virtual(?:ly)?|zoom|video ?(?:call|link|conference)s?|"
    r"remote(?:ly)?|online|over the phone|phone call|physically|teleconference)\b",
    re.I,
)
_WH_OR_SAID = re.compile(
    r"\b(?:who|whom|whose|what|when|where|why|how|which)(?:['’]?s)?\b|"
    # … nor a question for what it is for: "… sit down w the russians?? whats the point"
    r"\b(?:say|says|said|tell|told|point|purpose|aim|goal)\b",
    re.I,
)
# What talks are to be about: "Will the seat-swap deal be on the agenda?", "What will the
# talks cover?", "Will they discuss keeping the ISS going?". A question about what was
# discussed ("What did Duffy talk about on Capitol Hill?") asks for what was said instead.
# "discus" is "discuss" typed short: a thrown disc has no place in talks.
_ON_THE_AGENDA = re.compile(r"\b(agenda|topics?|on the (?:table|menu))\b", re.I)
_TO_DISCUSS = re.compile(
    r"\b(discus\w*|(?:talk|chat)(?:s|t?ing)?(?:\s+(?:to|with)\s+(?:[\w’'\-]+\s+){1,3})?\s*about|"
    r"cover|covers|address|addresses|bring up|raise|go over|touch on)\b",
    re.I,
)
# A question whether something was said, before what was said: "did the russians say what
# they wanna talk about?", "Has Bakanov revealed which topics …?"
_REPORTED = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?:[\w’'\-]+\s+){1,3}?(?:say|mention|reveal|announce|tell|"
    r"confirm|share|hint|specify|indicate|disclose|explain|said|mentioned|revealed|announced|"
    r"told|confirmed|shared|hinted|specified|indicated|disclosed|explained)\s+"
    r"(?:us\s+)?(?=what|which|whether|if|how)\b|"
    # … or after what was said: "what did roscosmos say they'll discuss"
    r"^\W*(?:what|which\s+[\w\-]+)\s+(?:did|has|have|had)\s+(?:[\w’'\-]+\s+){1,3}?"
    r"(?:say|mention|reveal|announce|tell\s+(?:us|me)|confirm|said|mentioned|revealed|"
    r"announced|confirmed)\s+(?:that\s+)?(?=(?:they|he|she|we|it)(?:['’]?ll|['’]?d)?\b)",
    re.I,
)
# "discused" typed too; "on the agenda", "among the topics", "on the table"
_DISCUSSED = re.compile(
    r"\bdiscus+(?:e|ed|es|ing|ion)?\b|\bagenda\b|\btopics?\b|\bon\s+the\s+(?:table|menu)\b",
    re.I,
)
_WHY_TALK = re.compile(r"\bwhy\b(?:\W+\w+){0,8}?\W+(?:talk|chat)", re.I)
# A sentence that says what is on the agenda: "the topics of discussion will include …".
_AGENDA_STEMS = frozenset("topic discuss agenda address".split())
# What something is made of: "What is the ISS built from?" is answered by a sentence that
# tells what it is made, built or composed of, not by one about building partnerships.
_MADE_OF = re.compile(
    r"\b(made|built|constructed|composed|assembled)\s+(of|from|out of|with)\b|"
    r"\bmaterials?\b",
    re.I,
)
_MADE_OF_STEMS = frozenset("made built construct compos consist materi assembl".split())
# The weather: "What will the weather be like in Florida this weekend?" is answered only by a
# sentence that tells of it ("scrubbed for high winds"), not by one that names Florida.
_WEATHER = re.compile(r"\b(weather|forecast|temperatures?|rain(?:ing|y)?|snow(?:ing)?)\b", re.I)
_WEATHER_STEMS = frozenset(
    "weather forecast temperatur rain snow wind storm cloud sunni sun heat cold degre".split()
)
# Money, asked of where no amount is asked for: "What is the financial arrangement behind the
# cross-flight programme?", "Who pays for the deorbit?". A sentence tells of it with such a
# word or an amount ("$1.2 billion").
_FINANCES = re.compile(
    # (not "how will staying partners pay off", a gain)
    r"\b(?:financ\w*|funding|funded|budget(?:s|ed|ary)?|costs?|(?:pays?|paid|paying)(?!\s+off\b)|"
    r"payments?|money|fees?|prices?)\b",
    re.I,
)
_FINANCE_STEMS = frozenset(
    "financ fund budget cost pay paid payment money fee price spend spent".split()
)
# Who takes over from whom: "Who will replace Duffy?" is answered only by a sentence that
# tells of someone replacing, succeeding or being named to a post ("They will replace the
# Crew-10 crew"), not by any sentence that names someone near Duffy.
_SUCCESSION = re.compile(
    # (not the post someone holds: "the provisional nature of his appointment")
    r"(?<!nature of his )(?<!nature of her )"
    # ("his current appointment" is the post he holds; "the appointment of a successor",
    # "a permanent appointment" are one to come)
    r"\b(replac\w*|succeed\w*|successors?|nominat\w*|nominee|appoint(?:s|ed|ing|ees?)?|"
    r"(?:new|next|permanent|upcoming)\s+appointments?|appointments?\s+of|relie(ve|ves|ved)|"
    r"take over|takes over|took over|taking over|step(s|ped)? in|take the place|"
    r"takes the place|took the place)\b|"
    # who will hold it after: "Who will be the next permanent NASA administrator?"
    r"\bwho\s+(?:will|would|is\s+going\s+to|might|could)\s+(?:be|become|get)\s+(?:the\s+)?"
    r"(?:next|permanent|new|future)\b|"
    # who held it before: "and who was before him?", "his predecessor"
    r"\bpredecessors?\b|\bwho\s+(?:was|came|served)\s+(?:right\s+|just\s+|immediately\s+)?"
    r"before\s+(?:him|her|them)\W*$",
    re.I,
)
# "over" alone is no replacement ("disagreements over Ukraine"): "take over" is a phrase.
_SUCCESSION_STEMS = frozenset(
    "replac succeed successor success nomin nomine appoint reliev predecessor".split()
)
# What came out of talks: "What was agreed at the end of the meeting?", "What did they
# decide?", answered only by a sentence that tells of an agreement or a decision, not by one
# that tells of the meeting. "Could they agree to …?" asks whether they may, not what they did.
# ("concluded the statement" ends words, and agrees nothing)
_CONCLUDED = (
    r"concluded?(?!\s+(?:the|his|her|its|their|this|that)\s+(?:\w+\s+)?"
    r"(?:statement|remarks?|speech|quote|comments?|sentence|paragraph|article|piece|section))"
)
_OUTCOME = (
    re.compile(r"\bwhat\b", re.I),
    re.compile(r"\b(?:was|were|did|has|have|had)\b", re.I),
    re.compile(
        rf"\b(?:agreed?|agreeing|decided?|deciding|signed?|signing|{_CONCLUDED}|settled?|"
        r"resolved?|came out of|come out of|outcome|results?|"
        # "What did the 2018 meeting achieve?" (not "What did he hope to achieve?")
        r"(?<!\bto\s)(?:achieve|accomplish)(?:d|ed)?)\b",
        re.I,
    ),
)
# … told as done: "Explain what Bridenstine and Rogozin agreed on at Baikonur."
_OUTCOME_DONE = (
    re.compile(r"\bwhat\b", re.I),
    re.compile(
        rf"\b(?:agreed|decided|signed|{_CONCLUDED}|settled|resolved|came\s+out\s+of|"
        # "what the 2018 meeting achieved" (not "what can be achieved")
        r"(?<!\bbe\s)(?<!\bbeen\s)(?:achieved|accomplished))\b",
        re.I,
    ),
)
# … or asked whether it came: "Did Duffy and Bakanov agree to keep the ISS flying?"; not
# "Could they agree …?", "Will they agree …?", which ask what may be.
_OUTCOME_ASKED = (
    re.compile(r"^\W*(?:did|have|has|had)\b", re.I),
    re.compile(r"\b(?:agree|agreed|decide|decided|sign|signed|settle|settled)\b", re.I),
)
# … or by what came of a meeting: "Give me the outcome of the meeting between Duffy and
# Bakanov.", "What concrete outcomes emerged from the 2018 Baikonur meeting?", "did that
# meeting actually produce any agreement"
_OUTCOME_OF = (
    re.compile(
        # (not "Could its life be lengthened as an outcome of the discussions?", a way)
        r"(?<!\bas\san\s)(?<!\bas\sa\s)\b(?:outcomes?|results?)\s+(?:of|from)\s+"
        r"(?:the|that|this|their)\b|"
        r"\b(?:outcomes?|results?)\b.{0,30}?\b(?:emerged|came|come|resulted)\b|"
        r"\b(?:produce|produced|yield|yielded|reach|reached)\s+(?:any|an|a)\s+(?:\w+\s+)?"
        r"(?:agreements?|deals?|outcomes?|results?)\b|"
        # … or a statement issued after it: "Will they issue a joint communiqué …?"
        r"\b(?:issue|issued|release|released|publish|published|put\s+out|sign|signed)\s+"
        r"(?:any|an|a|the)\s+(?:joint\s+)?(?:communiqu[eé]s?|statements?|declarations?|"
        r"readouts?|memorand(?:um|a))\b",
        re.I,
    ),
)
# What was talked about at a meeting gone by: "What was discussed at the 2018 Baikonur
# meeting?", answered only by a sentence that tells of that, not of topics still to come.
_DISCUSSED_AT = (
    re.compile(r"\b(?:was|were|did|had)\b", re.I),
    re.compile(
        r"\b(?:discuss(?:ed)?|talk(?:ed)? about|covered)\s+(?:at|during|in)\s+"
        r"(?:the\s+|that\s+|their\s+)?(?:[\w\-–]+\s+){0,4}"
        r"(?:meeting|summit|talks|session|conference|visit)\b|"
        # … or in a year gone by: "What did Bridenstine and Rogozin talk about back in 2018?"
        r"\b(?:discuss(?:ed)?|talk(?:ed)?\s+about|covered)\b.{0,30}?\b(?:back\s+)?in\s+"
        r"(?:1[89]|20)\d\d\b",
        re.I,
    ),
)
# Why or when a stop came: "Why did NASA and Roscosmos heads stop meeting after 2018?",
# "When was cooperation suspended?", answered only by a sentence that tells of a stop or a
# break. Not "Has cooperation stopped?": "the ISS has remained …" says no.
_STOPPED = (
    # "Has Roscosmos announced a date for withdrawing …?" asks when, too
    re.compile(r"\b(?:why|when|how come|(?:a|the|any)\s+(?:date|timeline|deadline))\b", re.I),
    re.compile(
        r"\b(?:(?:did|do|does|was|were|had)\b(?:\s+[\w’'\-]+){0,6}?\s+"
        r"(?:stop|halt|cease|suspend|pause|freeze|break off|cut off|cut ties)|"
        r"stopped|halted|ceased|suspended|paused|froze|frozen|broke off|"
        # "When did Roscosmos say it would pull out of the ISS program?"
        r"(?:pull|pulled|pulling) out|withdr[ae]w\w*|quit|quitting|exit(?:ed|ing)?)\b",
        re.I,
    ),
)
# Why something has not happened: "Why haven't the chiefs met since 2018?", answered only
# by a sentence that gives a cause or tells of a stop, not by the date they last met.
_WHY_NOT = re.compile(
    r"\bwhy\s+(?:haven['’]?t|hasn['’]?t|hadn['’]?t|didn['’]?t|don['’]?t|doesn['’]?t|won['’]?t|"
    r"wasn['’]?t|weren['’]?t|isn['’]?t|aren['’]?t|can['’]?t|couldn['’]?t|not|no)\b|"
    r"\bwhy\s+(?:have|has|had|did|do|does|is|are|was|were)\s+(?:\w+\s+){1,4}?not\b",
    re.I,
)
_CAUSE_STEMS = frozenset("because due caus reason result owe".split())
_STOPPED_STEMS = frozenset(
    stem(w)
    for w in """stop stopped halt halted cease ceased suspend suspended suspension pause paused
    freeze froze frozen break broke broken cut discard discarded abandon abandoned end ended
    interrupt interrupted withdraw withdrawal withdrew quit exit pullout""".split()
)
# Something of one's own, made or planned: "Is Russia planning to build its own station?"
# is answered only by a sentence that tells of one of theirs, not by one about the shared
# station. Not "his own role": a thing one has, not one being made. Nor is a thing of
# their own made asked of only as a verb's object: "Russia's plan for its own orbital
# station", "Russia's own outpost".
_OF_THEIR_OWN = re.compile(
    r"\b(?:build|builds|building|built|develop|develops|developing|create|creating|launch|"
    r"launching|set up|setting up|construct|constructing|plan|plans|planning|design|"
    r"designing|make|making|field|fielding|get|getting)\s+(?:for\s+)?"
    r"(?:its|their|his|her|our)\s+own\b|"
    r"\b(?:its|their|our|\w+['’]s)\s+own\s+(?:\w+\s+)?(?:space\s+)?"
    r"(?:stations?|outposts?|labs?|laboratory|laboratories|rockets?|spacecraft|capsules?|"
    r"modules?|satellites?|platforms?|bases?)\b",
    re.I,
)
_OWN_STEMS = frozenset("own independ separ nation sovereign".split())
# People who fly, asked about as doers: "Is a Russian cosmonaut flying on Crew-11?", "How
# do astronauts exercise?"; answered only by a sentence that tells of them, not by one about
# the launch. Not "the astronaut seat-swap arrangement": a kind of deal.
_FLYERS = re.compile(
    rf"\b(?:{_FLYER_NOUNS})\s+"
    r"(?:\w+ing|fly|live|exercise|sleep|eat|train|work|stay|return|travel|spend|ride|go|are|"
    r"were|will|would|on|aboard|in)\b",
    re.I,
)
# … or as what a flight carries: "Does the Crew-11 crew include a Russian cosmonaut?", "Is
# Crew-11 carrying a cosmonaut?"
_FLYERS_CARRIED = re.compile(
    r"\b(?:carr(?:y|ies|ying|ied)|includ(?:e|es|ed)|bring(?:s|ing)?|brought)\s+"
    rf"(?:(?:a|an|any|the|some|two|one)\s+)?(?:[\w\-]+\s+)?(?:{_FLYER_NOUNS})\b",
    re.I,
)
# … unless they are what a deal is described by: "Is the arrangement where astronauts and
# cosmonauts ride on each other's vehicles going to be discussed?" asks of the deal, as
# does "What program involving astronauts and cosmonauts flying …?".
_DEAL_DESCRIBED = re.compile(
    r"\b(?:arrangement|deal|program|programme|scheme|agreement|system|set-?up|swap|exchange|"
    r"practice|initiative|pact|treaty)s?\s+(?:where|wherein|whereby|in which|under which|"
    r"through which|that|which|letting|allowing|lets|allows|involving|including|with)\b",
    re.I,
)
# "Who's actually flying on Crew-11?": who flies, which a sentence about the launch that
# names an official who attends it does not say.
_WHO_FLIES = re.compile(
    # ("Who exactly is flying …?")
    r"^\W*(?:who|who's|who’s|which\s+(?:people|persons?))\s+(?:(?:\w+ly|even)\s+)?"
    r"(?:(?:is|are|was|were|will|would)"
    r"\s+)?(?:(?:\w+ly|be)\s+)?(?:fly|flying|flies|flew|riding|ride|rides|aboard|on board)\b|"
    # … "Who are the four people on the latest flight?", "who's on the Crew-11 crew"
    r"^\W*who(?:['’]s|\s+(?:is|are|was|were|will\s+be))\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:(?:people|persons|members|passengers|folks)\s+)?(?:on|aboard|in)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}(?:crew|flight|mission|capsule|spacecraft)\b",
    re.I,
)
_FLIGHT_STEMS = _FLYER_STEMS | frozenset("fli fly flew flown aboard".split())
# "Which company is building the vehicle that will deorbit the ISS?": who makes something,
# which a sentence tells with a word for making it (not one that only names the thing).
# Asked of the making itself, near the question's opening: not "Through what approach do
# they hope to build a common outlook?".
_MAKER = re.compile(
    r"^\W*(?:who|which|what|when)\b(?:\s+[\w’'\-]+){0,4}?\s+(?:build|builds|building|built|"
    r"develop|develops|"
    r"developing|developed|construct\w*|design|designs|designing|designed|manufactur\w*|"
    r"assembl\w*)\b",
    re.I,
)
# … or whether someone builds a thing: "Is it true SpaceX is building the vehicle that will
# deorbit the ISS?" (not "building … partnerships")
_MAKING_A_THING = re.compile(
    r"^\W*(?:is|are|was|were|will|did|does|do|has|have)\b(?:\s+it\s+true(?:\s+that)?)?"
    r"(?:\s+[\w’'\-]+){1,3}?\s+(?:build|builds|building|built|construct\w*|manufactur\w*|"
    r"assembl\w*)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w\-]+\s+){0,2}"
    r"(?:vehicles?|stations?|modules?|rockets?|spacecraft|capsules?|craft|tugs?|labs?|"
    r"satellites?|hardware|ships?)\b",
    re.I,
)
_MAKER_STEMS = frozenset("build built construct develop design manufactur assembl".split())
# … but what is built may be no thing: partnerships, ties, trust
_MAKING_NO_THING = re.compile(
    r"\b(?:build|builds|building|built|develop\w*)\s+(?:and\s+\w+\s+)?(?:[\w\-]+\s+)?"
    r"(?:partnerships?|relations(?:hips)?|ties|trust|bridges|consensus|cooperation|coalitions?|"
    r"alliances?|friendships?|confidence|momentum|support)\b",
    re.I,
)
_CREW_MEMBERS = re.compile(r"\bcrew ?members?\b", re.I)
_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another|the\s+other\s+(?:side|country))", re.I)
_OUTCOME_STEMS = frozenset(
    "agre agreement deal decid decis conclud conclus sign settl resolv outcom result".split()
)
# "Which project in particular …?", "… singled out as the main focus", "which one are they
# most trying to keep": what a sentence singles out ("… especially the International Space
# Station"). It only steers: a sentence may single something out in many ways.
_WHICH_OR_WHAT = re.compile(r"\b(?:which|what)\b", re.I)
# What is to be gained, which a question asks of talks as often as of anything else
_ACHIEVE = re.compile(r"\b(?:achieve|accomplish|get out of|gain|goals?|objectives?)\b", re.I)
_ASKS_FOCUS = (
    # … or whether it is: "is iss the main thing they wanna keep working together on"
    re.compile(r"\b(?:which|what)\b|^\W*(?:is|are|was|were)\b", re.I),
    re.compile(
        r"\b(?:in particular|particularly|especially|singled out|main focus|main thing|mainly|"
        r"chiefly|primarily|above all|most)\b",
        re.I,
    ),
)
_SINGLES_OUT = re.compile(
    r"\b(?:especially|particularly|in particular|notably|above all|chiefly|primarily|mainly|"
    r"first and foremost|in chief)\b",
    re.I,
)
# "What do both sides hope to get out of it?", "What is he hoping to accomplish?": what a
# sentence says is aimed at ("His aim is to …", "Both sides hope …"). Not "in an effort to":
# a purpose told in passing.
# It only steers.
_ASKS_GOAL = (
    _WHICH_OR_WHAT,
    re.compile(
        r"\b(?:hop(?:e|es|ing) to|wants? (?:to|out of)|aim(?:s|ing)? (?:to|for)|"
        r"trying to (?:achieve|get|accomplish)|seek(?:s|ing)? to|goals?|purpose|objectives?|"
        r"get out of|achieve|accomplish)\b",
        re.I,
    ),
)
# … by name, which says so even of talks: "the purpose of the upcoming discussions".
# "what's even the point of these talks": chat's word for it.
# "why is duffy even bothering w the russians": what he is after, which "His aim is …"
# says (not any "why", which asks for a cause as often as for a goal)
_WHY_BOTHER = re.compile(r"\bwhy\b.{0,40}?\bbother(?:s|ing|ed)?\b", re.I)
# … asked against an objection: "why even bother talking to russia w the whole ukraine war
# going on", "why would nasa still talk to russia after all the ukraine stuff". The answer
# is the reply of those who go ahead anyway, in their own words ("We have wild disagreement
# with the Russians on Ukraine … But we have a valuable partnership …"), not their aim as
# reported, which any "why bother" is answered by.
_OBJECTION = re.compile(
    r"\bwhy\b.{0,60}?\b(?:with|after|when|despite|given|while|though|amid|what with|"
    r"in spite of|theyre|they['’]re|there['’]?s)\b.{0,40}?"
    r"\b(?:ukrain\w*|wars?|conflicts?|tensions?|beef\w*|fight\w*|feuds?|sanctions?|"
    r"disagree\w*|strains?|hostil\w*|invasion)\b",
    re.I,
)
_QUOTATION = re.compile(r"[“”\"]")
# … and why someone seeks the talks at all: "why does duffy even want to talk to the
# russians", "bruh why is duffy even trying to talk to the russians". What he is after
# ("His aim is …"), with anyone. Not why something is "a big deal". (Set against an
# objection, it is the objection's rule above that decides what answers.)
_WHY_MEET = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:why|how come)\s+(?:is|does|would|did|do|are|'?s|’s)?\s*"
    r"(?:[\w\-]+\s+){0,4}?(?:even\s+|still\s+|actually\s+)?"
    r"(?:(?:want|wants|wanna|trying|tryna|planning|going|gonna|keen|looking)\s+(?:to\s+)?)?"
    r"(?:talk|talking|meet|meeting|sit(?:ting)?\s+down|speak|speaking|engag\w+|"
    r"reach(?:ing)?\s+out)\s+(?:to|with|w)\s+(?:the\s+)?[\w\-]+\b(?!.*\bbig deal\b)",
    re.I,
)
# "whats the point tho": chat's question for what something is for
_WHATS_THE_POINT = re.compile(
    r"\bwhat(?:['’]?s| is)\s+(?:even\s+)?the\s+"
    # "what's the big picture point of this whole meetup"
    r"(?:(?:big|bigger|real|main|actual|overall|whole|big[\s-]picture|underlying)\s+)*point\b",
    re.I,
)
_ASKS_PURPOSE = re.compile(
    r"\b(?:(?:purpose|aim|goal|objective)s?|(?:the|even) point)\s+of\b|"
    # "Duffy Roscosmos talks aim": a search-box query's last word
    r"\b(?:purpose|aim|goal|objective)s?\W*$|"
    # "they're gonna talk this week?? what for", "what's it all for"
    r"\bwhat\s+for\W*$|\bwhat['’]?s\s+(?:it|that|this|all\s+this)\s+(?:all\s+)?for\W*$",
    re.I,
)
# A goal of keeping something, and a sentence that tells of an effort to keep one.
_ASKS_TO_KEEP = re.compile(
    r"\b(?:hop\w*|trying|want\w*|aim\w*|seek\w*)\s+to\s+(?:sustain|keep|maintain|preserve|save)\b",
    re.I,
)
_KEEPS = re.compile(
    r"\b(?:effort|attempt|bid|aim|hope|hopes|seeks?)\b[^.]{0,20}?\bto\s+(?:sustain|keep|maintain|"
    r"preserve|save)\b|\bby keeping\b",
    re.I,
)
_AIMS = re.compile(
    r"\b(?:hope|hopes|aim|aims|goal|goals|seek|seeks|intends?|purpose|objective|"
    # what an act serves, told after it: "… to attend the launch, further underlining the
    # US commitment"
    r"underlining|underscoring|signalling|signaling|"
    r"in order to|so that)\b",
    re.I,
)
_ASKS_WHO = re.compile(
    r"^\s*(?:who|who's|who’s|which\s+(?:person|official|individual|man|woman)|"
    r"name\s+the\s+(?:man|woman|person|official|individual)\s+who)\b",
    re.I,
)

# … not who says so: "Who claims Bakanov is the head of Roscosmos?" asks whose word it is,
# and the head is named
_ASKS_WHO_SAYS = re.compile(
    r"^\s*(?:who|who's|who’s)\s+(?:\w+\s+)?(?:claims?|says?|said|states?|stated|reports?|"
    r"reported|asserts?|asserted|insists?|insisted)\b",
    re.I,
)


@dataclass(frozen=True)
class Relation:
    """What a "Who runs / heads / founded ORG?" question asks of a sentence."""

    stems: frozenset[str]  # a word for the relation: "head", "chief", "leader" …
    organisations: frozenset[str]  # stems of the organisation's name: "spacex"
    named: str  # the organisation as asked: "SpaceX"
    founding: bool  # who founded it, not who runs it

    def describe(self) -> str:
        return f"who {'founded or built' if self.founding else 'runs or heads'} {self.named}"


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def asked_relation(question: str) -> Relation | None:
    """For "Who runs SpaceX?" or "Who is the head of Roscosmos?": the relation asked about and
    the organisation's name, which an answering sentence must both use, near each other
    ("Dmitry Bakanov, the current head of Roscosmos"). A country is one only as itself
    ("Who is the president of Russia?"), not as a side or an agency's ("Who heads the
    Russian side?"). None for other questions."""
    if not _ASKS_WHO.match(question) or _ASKS_WHO_SAYS.match(question):
        return None
    question = _HEADS_AS.sub(lambda m: _HEADS_FORMS[m.group(0).lower()], question)
    said = {m.end(): stem(word) for m, word in _said_words(question)}
    relation = next((r for r in _RELATIONS if r & set(said.values())), None)
    if relation is None:
        return None
    # "Who is Moscow's counterpart that the acting NASA chief will hold talks with?" asks
    # of someone the chief meets, told in a clause of its own
    if all(
        _IN_RELATIVE_CLAUSE.search(question[: m.start()])
        for m, word in _said_words(question)
        if stem(word) in relation
    ):
        return None
    # "Who is the acting NASA chief meeting?" asks whom the chief meets, not who the chief is
    last = max(end for end, word in said.items() if word in relation)
    if _DOING.match(question[last:]):
        return None
    # "Who did then-NASA Administrator Jim Bridenstine meet?": the post is given its holder
    if re.match(r"\s+[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+", question[last:]):
        return None
    # the organisation the relation is to: "head of Roscosmos", "Roscosmos chief", "runs
    # SpaceX"; not a name the post is given ("the acting administrator Duffy")
    named = [n for n in _names_in(question) if _attached(relation, (n,), question)]
    if named:
        organisations = frozenset(stem(n.lower()) for n in named)
        return Relation(relation, organisations, named[0], relation is _RELATIONS[1])
    # "Who is the president of Russia?", "the Russian president": a country's head, by any of
    # its names ("Russian"); not "the boss of the American space agency", the agency's
    country = next(
        (c for c in _countries_in(question) if _attached(relation, c, question, alone=True)),
        None,
    )
    if country is None:
        return None
    organisations = frozenset(stem(n.lower()) for n in country)
    return Relation(relation, organisations, country[0], relation is _RELATIONS[1])


_WORDS = re.compile(r"[\w’'\-]+")
# the opening of a clause whose subject is the one a post names: "… that the acting NASA
# chief will hold talks with"
_IN_RELATIVE_CLAUSE = re.compile(
    r"\b(?:that|whom)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,3}$", re.I
)
# "Who directs / oversees Roscosmos?" asks who heads it. Not words for the relation in a
# sentence: "direct talks with Russian space agency Roscosmos" names no head.
_HEADS_FORMS = {
    "direct": "head", "directs": "heads", "directed": "headed", "directing": "heading",
    "oversee": "head", "oversees": "heads", "oversaw": "headed", "overseeing": "heading",
    "supervise": "head", "supervises": "heads", "supervised": "headed",
}  # fmt: skip
_HEADS_AS = re.compile(
    r"\b(?:" + "|".join(_HEADS_FORMS) + r")\b(?!\s+(?:talks?|dialogue|contact|link)\b)", re.I
)
# A verb of doing right after the relation (and a name): "Who is the NASA chief (Duffy)
# meeting?", not "… head of Roscosmos during the meeting".
_DOING = re.compile(r"\s+(?:[A-Z][\w’'\-]*\s+)?\w{2,}ing\b")
# A relation word that is a verb: "Who runs SpaceX?", "who heads Roscosmos now".
_RELATION_VERBS = frozenset(
    """run runs ran running lead leads led leading head heads headed heading manage manages
    managed managing chair chairs chaired found founded cofounded start started create
    created establish established build builds built construct constructs constructed""".split()
)


def _said_words(question: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each word of ``question`` with its lower-case form, where a relation word is looked for.
    A word of a compound is no post ("the leader-level encounter"), though a prefix may join
    one ("co-founder" is a cofounder)."""
    for match in _WORDS.finditer(question):
        yield match, match.group(0).lower().replace("-", "")


def _attached(
    relation: frozenset[str], names: tuple[str, ...], question: str, *, alone: bool = False
) -> bool:
    """Whether a question asks for the relation to one of ``names``: "head of (the Russian
    agency) Roscosmos", "Roscosmos's (current) chief", "runs SpaceX". With ``alone`` the
    name ends its phrase ("president of Russia", not "boss of the American space agency")."""
    of, before, verb = _attachments(names, alone)
    for match, word in _said_words(question):
        if stem(word) not in relation:
            continue
        after = question[match.end() :]
        if of.match(after) or before.search(question[: match.start()]):
            return True
        if word in _RELATION_VERBS and verb.match(after):
            return True
    return False


@lru_cache(maxsize=512)
def _attachments(
    names: tuple[str, ...], alone: bool
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns :func:`_attached` looks for, around a relation word."""
    name = "(?:" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)?"
    end = r"(?=\s*$|\s*[^\w\s’']|\s+(?:" + "|".join(sorted(STOPWORDS)) + r")\b)" if alone else ""
    gap = "" if alone else r"(?:[\w’'\-]+\s+){0,4}"
    return (
        # "head of Roscosmos", "chief executive of SpaceX"
        re.compile(rf"\s+(?:[a-z]+\s+)?of\s+(?:the\s+)?{gap}{name}\b{end}"),
        re.compile(rf"\b{name}\s+(?:[a-z][\w\-]*\s+)?$"),  # "Roscosmos's current chief"
        # "runs (the agency) SpaceX", "directs presently the Russian space agency Roscosmos"
        re.compile(rf"\s+(?:\w+ly\s+)?(?:the\s+)?{gap}{name}\b{end}"),
    )


def _related(relation: Relation, sentence: str) -> bool:
    """Whether a sentence uses a word for the relation within three words of the
    organisation's name: "the current head of Roscosmos", "Roscosmos chief Dmitry Rogozin",
    but not "NASA interim leader … talks with Russian space agency Roscosmos"."""
    stems = _stems_in_order(sentence)
    at = [i for i, s in enumerate(stems) if s in relation.stems]
    named = [i for i, s in enumerate(stems) if s in relation.organisations]
    return any(abs(i - j) <= 3 for i in at for j in named)


def _holder_named(relation: Relation, found: Profile, asked: str) -> bool:
    """Whether a sentence names someone the question does not as the holder of the
    relation to the organisation: just after the word for it ("Roscosmos chief Dmitry
    Rogozin", "NASA interim leader, U.S. Transportation Secretary Sean Duffy") or just before
    it ("Dmitry Bakanov, the current head of Roscosmos"), not across an "and" ("… Jim
    Bridenstine and Roscosmos chief Dmitry Rogozin" has Bridenstine head nothing)."""
    stems = _stems_in_order(found.text)
    new = {stem(n) for n in found.named + found.sources if n not in asked}
    at = [
        i
        for i, s in enumerate(stems)
        if s in relation.stems
        and any(s2 in relation.organisations for s2 in stems[max(0, i - 3) : i + 4])
    ]
    for i in at:
        after = stems[i + 1 : i + 7]
        before = stems[max(0, i - 3) : i]
        if "and" in before:
            before = before[before.index("and") + 1 :]
        if new & set(after) or new & set(before):
            return True
    return False


def _made_known_by(found: Profile, verb: str) -> bool:
    """Whether a sentence tells of someone it names doing ``verb`` ("confirmed"): the name
    just before the verb, "Sean Duffy, announced plans …", "Bakanov confirmed …". Who did
    it may be named in the question too: it asks which of them did."""
    stems = _stems_in_order(found.text)
    done = stem(verb.lower())
    people = {stem(n) for n in found.named + found.sources}
    return any(s == done and people & set(stems[max(0, i - 3) : i]) for i, s in enumerate(stems))


@lru_cache(maxsize=4096)  # each sentence of the briefings, read once
def _stems_in_order(sentence: str) -> tuple[str, ...]:
    """The stems of a sentence's words, in order, for how near two words are."""
    return tuple(stem(w) for w in words(sentence))


def _countries_in(question: str) -> Iterator[tuple[str, ...]]:
    """The names of each country a question names (capitalised): ("Russia", "Russian", …)."""
    pattern, groups = _country_names()
    for name in dict.fromkeys(m.group(0) for m in pattern.finditer(question)):
        yield groups[name]


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for every country name (the longest first), and each name's country."""
    groups = {name: names for names in country_names() for name in names}
    ordered = sorted(groups, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b"), groups


# "What word did Duffy use to describe how much they disagree?": the words of a quote.
_ASKS_WORDING = re.compile(
    r"^\W*(?:what|which)\s+(?:exact\s+|precise\s+)?(?:words?|terms?|phrases?|adjectives?|"
    r"expressions?|language|wording)\b(?!\s+(?:is|are|was|were)\b)",
    re.I,
)


# A question asked after what the asker has read: "I read Duffy is the interim chief. I was
# wondering what his regular job title is?" The question is what follows the lead-in, in
# the order of a question ("what is his regular job title?").
_LEAD_IN = re.compile(
    r"^.*?\b(?:i\s+(?:was|am|'m|’m)\s+wondering|i\s+wonder|i(?:'d|’d|\s+would)\s+like\s+to\s+know|"
    # (not "who": "… the transportation secretary. I was wondering who exactly that is" asks
    # who the one the lead-in names is, which the lead-in alone tells)
    r"i\s+want\s+to\s+know|(?:could|can)\s+you\s+tell\s+me)\s+(?=(?:what|where|when|"
    r"which|how)\b)",
    re.I,
)
_INDIRECT = re.compile(
    r"^(?P<asks>what|where|when|which|how(?:\s+(?:many|much|long|often|far|old))?)"
    r"\s+(?P<subject>.+?)\s+"
    r"(?P<verb>is|are|was|were)\W*$",
    re.I,
)


def _direct(question: str) -> str:
    """ "I read …. I was wondering what his job title is?" → "what is his job title?"."""
    lead = _LEAD_IN.match(question)
    if lead is None:
        return question
    asked = question[lead.end() :]
    if indirect := _INDIRECT.match(asked):
        return f"{indirect['asks']} {indirect['verb']} {indirect['subject']}?"
    return asked


def answer_type(question: str) -> AnswerType | None:
    """The answer type a question asks for, when its wording makes that clear.

    "Who is Sean Duffy?" asks what a named person is, not for another person: where the
    briefing introduces him.
    """
    # (a clause before the question that only sets its scene, "When he called the job
    # short-term, which position …?", is gone: see questions.as_asked)
    question = _direct(question)
    if _ASKS_WORDING.match(question):
        return None  # the words someone used: "how much" in it asks for no number
    bare = _bare(question)
    if _WHO_IS_NAMED.match(bare) or _who_is_lower_case_name(bare) or _NAMED_POSTS.match(bare):
        return AnswerType.DEFINITION
    for kind, pattern in _QUESTION_PATTERNS:
        if pattern.search(question):
            # "How much did it cost?" wants an amount of money, not any number.
            # "What share of the budget …?" still wants a number.
            if (
                kind is AnswerType.NUMBER
                and _ASKS_MONEY.search(question)
                and not _ASKS_SHARE.search(question)
            ):
                return AnswerType.MONEY
            return kind
    if any(told.event for told in told_of(question)):
        return AnswerType.EVENT  # "Why did Rogozin resign?", "What will replace the ISS?"
    if _WHATS_THE_POINT.search(question):
        return AnswerType.GOAL  # what it is for, not what a point is
    if _names_what_is(bare):
        return AnswerType.DEFINITION
    if _ASKS_PURPOSE.search(question):
        return AnswerType.GOAL  # "What is the stated purpose of the discussions?"
    if _in_order(question, (_WHICH_OR_WHAT, _ACHIEVE)) and not _ON_THE_AGENDA.search(question):
        return AnswerType.GOAL  # "What is he hoping to achieve through the discussions?"
    if _ON_THE_AGENDA.search(question) or (
        _TO_DISCUSS.search(question)
        # "did the russians say what they wanna talk about?" asks of the talks to come
        and not _PAST_QUESTION.search(_REPORTED.sub("", question))
        # "why is the us even talking to russia about space" asks why they talk at all
        and not _WHY_TALK.search(question)
    ):
        return AnswerType.AGENDA
    if _in_order(question, _ASKS_FOCUS):
        return AnswerType.FOCUS
    if (
        _in_order(question, _ASKS_GOAL)
        or _WHY_BOTHER.search(question)
        or _OBJECTION.search(question)
        or _WHY_MEET.search(question)
    ):
        return AnswerType.GOAL
    return None


def _in_order(text: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether each of ``patterns`` is found in ``text``, each after the one before: what
    "what\\b.*\\bwas\\b.*\\bagreed" says, in linear time on a long question."""
    at = 0
    for pattern in patterns:
        match = pattern.search(text, at)
        if match is None:
            return False
        at = match.end()
    return True


def _who_is_lower_case_name(question: str) -> bool:
    """ "who is jim bridenstine", "who's duffy": a name typed in lower case, not a post ("who
    is the head of roscosmos") nor a doing ("who is leading nasa")."""
    match = _WHAT_IS_NAMED.match(question)
    if match is None or not re.match(r"\s*who", question, re.I) or re.search(r"\bthe\b", question):
        return False
    named = match.group("name").lower().split()
    return not any(w in STOPWORDS or w.endswith(("ing", "'s", "’s")) for w in named)


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def _bare(question: str) -> str:
    """The question without chat that ends it ("who's bridenstine in all this lol") or what
    the asker adds of someone asked about ("who is Bakanov, the Roscosmos chief?")."""
    return _KNOWN_OF_THEM.sub(r"\1", _TRAILING_CHAT.sub("", question))


def _defined(question: str) -> tuple[str, ...]:
    """The words of the name a "What is …?" or "Who is …?" question (or a query such as
    "Sean Duffy role") asks about, in lower case: ("crew-11",), ("jim", "bridenstine")."""
    bare = _bare(question)
    match = _names_what_is(bare) or _NAMED_POSTS.match(bare)
    if match is None:
        return ()
    return tuple(re.sub(r"['’]s$", "", w.strip(".,")) for w in match.group("name").lower().split())


_PERSONAL = frozenset({"he", "she", "they"})


def _career_turns(question: str) -> list[re.Match[str]]:
    """The turns in someone's career a question asks about: "resign" in "Why did Rogozin
    resign?". A person's name comes just before ("did Dmitry Rogozin leave"): the ISS is
    retired as a station, not from a post, and "What will become of it?" is no career."""
    turns = []
    for match in _CAREER.finditer(question):
        before = question[: match.start()].split()[1:][-3:]  # not "Why" opening it
        after = question[match.end() :]
        if re.match(r"\s+first\b", after) and _LISTED_FIRST.search(question):
            continue  # "Which program is named first on the agenda?": the list's order
        # … or a pronoun for one named before it: "What did Rogozin do after he left
        # Roscosmos?"
        named = any(re.match(r"[A-Z][a-z]", word) for word in before) or (
            any(word.lower() in _PERSONAL for word in before)
            and any(re.match(r"[A-Z][a-z]", w) for w in question[: match.start()].split()[1:])
        )
        if named and not re.match(r"\s+of\b", after):
            turns.append(match)
    return turns


@dataclass(frozen=True)
class Told:
    """Something a question asks about that a sentence must tell of to answer it, whatever
    it asks for: a first, a turn in someone's career, a replacement, what a thing is made
    of. "When did Rogozin resign?" is not answered by the date of a meeting he attended."""

    stems: frozenset[str]  # a sentence tells of it with one of these words …
    reason: str  # what a sentence must do, for a refusal: "tells of such a first"
    event: bool = True  # asked for on its own ("Why did Rogozin resign?"), not only a detail
    phrases: re.Pattern[str] | None = None  # … or with one of these: "take over"
    past: bool = False  # … as a thing gone by, not one to come
    to_come: bool = False  # … as a thing to come, not one gone by
    # … in one of the few sentences that can, which may rank far below those that name the
    # question's people: "… sit down with the russians in person" and "the first in-person
    # dialogue"
    far: bool = False
    # … not with these words: "building and maintaining global partnerships" makes nothing
    unless: re.Pattern[str] | None = None
    gone_by: bool = False  # … in a sentence that speaks of a time gone by, and of no other
    # … of a thing, not of the people or bodies the question names: "are Roscosmos and NASA
    # talking ISS lifespan extensions" is told by a sentence that names neither agency
    of_a_thing: bool = False

    def found_in(self, found: Profile) -> bool:
        """Whether a sentence so profiled tells of it."""
        if self.gone_by and (found.present or not found.past):
            return False  # "Why did they meet at Baikonur in 2018?" and "His aim is …"
        if self.past and found.present and not found.past:
            return False  # "What was discussed at the 2018 meeting?" and "… will include …"
        if self.to_come and found.past and not found.present:
            # "Will the upcoming talks be face to face?" and "… last met face to face in 2018"
            return False
        stems = found.stems
        if self.unless is not None and self.unless.search(found.text):
            stems = frozenset(stem(w) for w in words(self.unless.sub(" ", found.text)))
        return bool(self.stems & stems) or bool(self.phrases and self.phrases.search(found.text))


# Why a meeting of a year gone by was held: "Why did Bridenstine and Rogozin meet at
# Baikonur in 2018?", "What was the purpose of the October 2018 meeting?". The aims the
# briefing gives are of the talks to come; a sentence must tell of that meeting's purpose.
_HELD_FOR_STEMS = frozenset(
    "aim purpos goal hope effort attempt object reason agenda topic".split()
)
_WHY_OR_PURPOSE = re.compile(r"\b(?:why|how come|purpose|aim|goal|point|reason|objective)\b", re.I)


def _asks_why_it_was_held(question: str) -> bool:
    without_since = re.sub(r"\bsince\s+\S+", "", question, flags=re.I)
    return (
        _WHY_OR_PURPOSE.search(question) is not None
        and _MEETING.search(question) is not None
        and time_frame(question) == "past"
        and (_YEAR.search(without_since) is not None or _GONE_BY.search(question) is not None)
        and not _WHY_NOT.search(question)
    )


def told_far(question: str) -> bool:
    """Whether what ``question`` asks to be told of may lead an answer from however far
    down the ranking (see :attr:`Told.far`)."""
    return any(told.far for told in told_of(question))


def _asks_ahead(question: str) -> bool:
    """Whether ``question`` asks of what is to come and of no time gone by ("Will the
    upcoming talks be face to face?")."""
    return bool(_FUTURE_QUESTION.search(question)) and not _GONE_BY.search(question)


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def _asks_number(question: str) -> bool:
    """Whether the question asks for a number or an amount ("How much did it cost?")."""
    return any(k is AnswerType.NUMBER and p.search(question) for k, p in _QUESTION_PATTERNS)


def told_of(question: str) -> tuple[Told, ...]:
    """What a sentence must tell of to answer ``question`` (see :class:`Told`)."""
    told = []
    if _FIRST.search(question) and not _LISTED_FIRST.search(question):
        # a detail of what is asked: "Who was the first …?" still asks for a person; but
        # "Is this the first time they have met?" asks whether it is one
        kind = _FIRST_OF_A_KIND.search(question)
        told.append(
            Told(
                frozenset() if kind else _FIRST_STEMS,
                "tells of such a first",
                event=bool(_IS_IT_FIRST.search(question)),
                phrases=re.compile(
                    rf"\b(?:first|earliest|maiden|inaugural)\s+(?:[\w-]+\s+){{0,2}}?"
                    rf"{re.escape(kind.group('kind')[:4])}",
                    re.I,
                )
                if kind
                else None,
            )
        )
    if _REACTION.search(question):
        told.append(Told(_REACTION_STEMS, "tells of a reaction", phrases=_REACTION))
    if _THE_ONE_LEFT.search(question) and _WHICH_OR_WHAT.search(question):
        told.append(Told(frozenset(), "tells of what is left", phrases=_LEFT, far=True))
    if not told and _IN_HISTORY.search(question) and _MEETING.search(question):
        told.append(
            Told(
                frozenset(),
                "tells of a first or a last time",
                phrases=_A_FIRST_OR_LAST,
                far=True,
                # what sets this meeting apart is its being the first since, not the last
                # one gone by
                to_come=time_frame(question) != "past",
            )
        )
    if (
        _TIES.search(question)
        and _HOW_THEY_STAND.search(question)
        and not _HARD_TIMES.search(question)
        and not _WHAT_SOURED.search(question)
    ):
        told.append(
            Told(frozenset(), "tells of their relations", phrases=_TOLD_RELATIONS, far=True)
        )
    if _TIES.search(question) and _WHICH_DISPUTE.search(question):
        told.append(Told(frozenset(), "tells of a dispute", phrases=_TOLD_DISPUTE, far=True))
    if _LIFESPAN.search(question) or _KEPT_GOING.search(question):
        # (asked for itself, not as a topic: "Will prolonging its service be on the table?",
        # nor as what was agreed: "Could they agree to keep the ISS flying?")
        told.append(
            Told(
                frozenset(),
                "tells of the end or extension of its life",
                event=bool(_LIFESPAN.search(question)) and not _ON_THE_AGENDA.search(question),
                phrases=_TOLD_LIFESPAN,
                of_a_thing=True,
            )
        )
    if _EFFECT.search(question):
        told.append(Told(frozenset(), "tells of an effect", phrases=_TOLD_EFFECT))
    if _HARD_TIMES.search(question):
        told.append(Told(frozenset(), "tells of hard times", phrases=_TOLD_HARD_TIMES))
    if _WISH.search(question) and _SHARED.search(question) and _YES_NO.match(question):
        # few sentences can, and they may rank far below those that name the question's
        # people
        told.append(
            Told(frozenset(), "tells of a wish both sides share", phrases=_WISH_SHARED, far=True)
        )
    if _ASKS_WHO.match(question) and _ON_THE_AGENDA.search(question):
        # "who even leaked what's on the agenda": whoever the sentence that tells of the
        # agenda names ("Bakanov confirmed the topics …"), not whoever else is near
        told.append(Told(_AGENDA_STEMS, "tells of the agenda", event=False, far=True))
    if known := _WHO_MADE_KNOWN.search(question):
        verb = known.group(1).lower()
        stems = frozenset({stem(verb)}) if verb in {"confirmed", "announced"} else _MADE_KNOWN_STEMS
        told.append(Told(stems, f"tells who {verb} it", event=False))
    if turns := _career_turns(question):
        changed = frozenset(stem(m.group(1).lower()) for m in turns)
        told.append(Told(changed, f"tells of that (“{turns[0].group(1)}”)"))
    if _SINCE_WHEN_IN_POST.search(question):
        told.append(Told(_TAKING_UP_STEMS, "tells when that began"))
    if _SUCCESSION.search(question):
        told.append(
            Told(_SUCCESSION_STEMS, "tells of a replacement or successor", phrases=_SUCCESSION)
        )
    if _MADE_OF.search(question):
        told.append(Told(_MADE_OF_STEMS, "tells what it is made of"))
    if _WEATHER.search(question):
        told.append(Told(_WEATHER_STEMS, "tells of the weather"))
    if any(_in_order(question, o) for o in (_OUTCOME, _OUTCOME_DONE, _OUTCOME_ASKED, _OUTCOME_OF)):
        told.append(Told(_OUTCOME_STEMS, "tells what was agreed or decided"))
    if _in_order(question, _STOPPED):
        told.append(Told(_STOPPED_STEMS, "tells of that stop or break"))
    if _WHY_NOT.search(question):
        told.append(Told(_CAUSE_STEMS | _STOPPED_STEMS, "gives a reason"))
    if _OF_THEIR_OWN.search(question):
        told.append(Told(_OWN_STEMS, "tells of one of their own"))
    flyers = _FLYERS.search(question) or _FLYERS_CARRIED.search(question)
    deal = _DEAL_DESCRIBED.search(question)
    if (
        flyers
        and asked_role(question) is None  # "Which astronauts …?"
        and not (deal and deal.start() < flyers.start())
        # "astronauts riding on each other's rockets" is the swap itself, a cross-flight
        and not _EACH_OTHER.search(question, flyers.start())
    ):
        told.append(Told(_FLYER_STEMS, "tells of astronauts or cosmonauts", phrases=_CREW_MEMBERS))
    if _WHO_FLIES.search(question):
        told.append(Told(_FLIGHT_STEMS, "tells who flies", phrases=_CREW_MEMBERS))
    if (_MAKER.search(question) or _MAKING_A_THING.search(question)) and not _MADE_OF.search(
        question
    ):
        told.append(Told(_MAKER_STEMS, "tells of its building or making", unless=_MAKING_NO_THING))
    if _in_order(question, _DISCUSSED_AT):
        told.append(Told(_AGENDA_STEMS, "tells what was discussed there", past=True))
    if not told and _asks_why_it_was_held(question):  # not "Why did they stop meeting …?"
        told.append(Told(_HELD_FOR_STEMS, "tells why that meeting was held", gone_by=True))
    if (
        not told
        # … asked yes or no, or as a statement with a question mark ("wait so duffy is
        # actually gonna sit down w them??"; no question word, below)
        and (_YES_NO.match(question) or "?" in question)
        and _MEETING.search(question)
        and not _MEETING_MODE.search(question)
        # … the meeting itself, not one that only says who or which ("Did the official who
        # met Bakanov say anything?", "is this from when they met")
        and not _WH_OR_SAID.search(question)
        # … nor what is to be discussed in it ("Is the cross-flight program going to be
        # discussed in the talks?", "Is … on the agenda for the talks?"): what is on the agenda
        and not _DISCUSSED.search(question)
    ):
        # Whether they meet: "wait so duffy is actually gonna sit down w the russians??" is
        # answered by a sentence that tells of talks, not by one that names the Russians.
        told.append(
            Told(
                frozenset(),
                "tells of their meeting",
                phrases=_MEETING,
                to_come=_asks_ahead(question),
            )
        )
    if (
        not told
        and _MEETING_MODE.search(question)
        and _MEETING.search(question)
        # … asked for itself: in "Who took part in the previous face-to-face summit?" or
        # "Why did they stop meeting in person?" it only says which meeting
        and not _WHY.search(question)
        and not any(pattern.search(question) for _, pattern in _QUESTION_PATTERNS)
    ):
        told.append(
            Told(
                frozenset(),
                "tells how they meet",
                phrases=_MEETING_MODE,
                far=True,
                to_come=_asks_ahead(question),
            )
        )
    if not told and _FINANCES.search(question) and not _asks_number(question):
        # (money told of as what is asked about, not what another thing tells of: "How would
        # the budget cuts affect ISS operations?" asks for an effect; nor where an amount is
        # asked for, which a sentence must give: "How much did it cost?")
        told.append(Told(_FINANCE_STEMS, "tells of money", phrases=_MONEY))
    return tuple(told)


@dataclass(frozen=True)
class Profile:
    """What kinds of answer a sentence can give; computed once per sentence at load time."""

    surnames: tuple[str, ...]  # of the people it names (lower case), and its speaker's
    named: tuple[str, ...]  # … of those it names in its own words, not its speaker
    sources: tuple[str, ...]  # who it is told by: "according to news agency TASS" → "tass"
    groups: tuple[str, ...]  # groups it names: "the Crew-10 crew" → "crew-10"
    date: bool
    # … a date an event is told at, not only a starting point: "since 2018" says since when,
    # not when ("When will they meet?" is not answered by "the first … since 2018")
    dated: bool
    place: bool
    clock: bool  # a time of day: "11:43 a.m."
    town: bool  # a place that is no country or facility: "Which city …?"
    sites: tuple[str, ...]  # places that are no country, in lower case: "Which spaceport …?"
    number: bool
    duration: bool  # a stretch of time: "six months"
    tenure: bool  # how long, in a word: "a temporary assignment"
    money: bool  # an amount of money: "$1.2 billion"
    description: bool
    past: bool  # speaks of a time gone by: "then-NASA Administrator", "the last time"
    present: bool  # of now or what is coming: "the current head", "will speak"
    stems: frozenset[str]  # of its words: "When was X founded?", "Which astronauts …?"
    text: str  # the sentence itself: "What year …?" looks for a year in it
    capitalised: frozenset[str]  # its capitalised words, in lower case: "Which country …?"
    introduces: frozenset[str] = frozenset()  # … of those, the ones its document first uses here


def profile(
    sentence: str, known_surnames: frozenset[str] = frozenset(), speaker: str | None = None
) -> Profile:
    """Read a sentence for names, dates, places and numbers.

    A name is two or more capitalised words ("Dmitry Bakanov"), or one of
    ``known_surnames`` on its own ("Bakanov confirmed …"), the surnames of people the
    briefings name in full somewhere (see :func:`surnames_in`). The surname of the
    ``speaker`` of a quotation counts too, though the sentence may not name them.
    """
    names = list(_people(sentence))
    credit = _CREDIT.search(sentence)
    source = reported_by(sentence) or (credit.group("who") if credit else None)
    groups = [m.group(1).lower() for m in _NAMED_GROUP.finditer(sentence)]
    named = [surname for _, surname in names]
    covered = [span for span, _ in names]
    for match in _WORD.finditer(sentence):
        inside = any(match.start() in span for span in covered)
        if not inside and match.group(0).lower() in known_surnames:
            named.append(match.group(0).lower())
    return Profile(
        surnames=tuple(named + ([speaker] if speaker else [])),
        named=tuple(named),
        sources=(source.split()[-1].lower(),) if source else (),
        groups=tuple(groups),
        date=_DATE.search(sentence) is not None,
        dated=any(
            not re.search(r"\b(?:since|until|till)\s+(?:\w+\s+)?$", sentence[: m.start()], re.I)
            for m in _DATE.finditer(sentence)
        ),
        place=_PLACE.search(sentence) is not None,
        clock=_CLOCK.search(sentence) is not None,
        town=any(_is_town(m.group("name")) for m in _PLACE.finditer(sentence)),
        sites=tuple(
            name
            for m in _PLACE.finditer(sentence)
            if (name := m.group("name").lower()) not in country_words()
        ),
        number=_NUMBER.search(sentence) is not None,
        duration=_DURATION.search(sentence) is not None,
        tenure=_TENURE.search(sentence) is not None,
        money=_MONEY.search(sentence) is not None,
        description=_DESCRIPTION.search(sentence) is not None,
        past=_PAST_SENTENCE.search(sentence) is not None,
        present=_PRESENT_SENTENCE.search(sentence) is not None,
        stems=frozenset(stem(w) for w in words(sentence)),
        text=sentence,
        capitalised=frozenset(m.group(0).lower() for m in _CAPITALISED.finditer(sentence)),
    )


def _asks_for_clock_time(question: str) -> bool:
    """ "What time …?": a time of day, not just a day."""
    return _ASKS_CLOCK.search(question) is not None


def _asks_for_seat(question: str) -> bool:
    """ "Where is X based / headquartered?"."""
    return _ASKS_SEAT.search(question) is not None


def _asks_for_site(question: str) -> bool:
    """ "Which spaceport …?", "Where will the talks be held?": a venue, which a country
    named as a side ("talks with Russian space agency Roscosmos") is not."""
    return (
        _ASKS_SITE.search(question) is not None
        or _in_order(question, _WHERE_HELD)
        or _asks_where_spoken(question)
        # … or a choice of places to meet: "Will they meet in Washington or in Moscow?"
        or (
            _PLACES_OFFERED.search(question) is not None
            and _WHERE_HELD[1].search(question) is not None
        )
    )


def _asks_where_spoken(question: str) -> bool:
    """ "Where was he speaking when …?", "Where did Duffy make his remarks?"."""
    return _in_order(question, (_WHERE_HELD[0], _SPOKE))


def _names(question: str, place: str) -> bool:
    """Whether ``question`` names ``place`` (in lower case), or the last two words of it:
    "the space station" names the International Space Station."""
    last = " ".join(place.split()[-2:])
    return re.search(rf"\b{re.escape(last)}\b", question, re.I) is not None


def _offered(question: str, place: str) -> bool:
    """Whether ``question`` names ``place`` as one side of a choice: "… at the Baikonur
    Cosmodrome or at Plesetsk?", "in Houston or Baikonur?"; or as a guess: "…, was it at
    the Baikonur Cosmodrome?"."""
    last = re.escape(" ".join(place.split()[-2:]))
    return (
        re.search(
            rf"\b{last}\s+or\b|\bor\s+(?:(?:at|in|on|the)\s+)*{last}\b|"
            rf"\b(?:was|is)\s+it\s+(?:(?:at|in|on|the)\s+)*{last}\b",
            question,
            re.I,
        )
        is not None
    )


def _asks_for_town(question: str) -> bool:
    """ "Which city …?", "In what town …?"."""
    return _ASKS_TOWN.search(question) is not None


def _is_town(name: str) -> bool:
    """Whether a place's name may be a town's: not a country's, nor a facility's."""
    last = name.split()[-1]
    return name.lower() not in country_words() and last not in _NOT_SURNAMES


def _gives_office(found: Profile, question: str) -> bool:
    """Whether a sentence names a post, of the person the question names if it names one:
    "What job does Duffy hold besides NASA?" is answered by "U.S. Transportation Secretary
    Sean Duffy", not by "his role as interim NASA chief" (the post it sets aside) nor by
    "Dmitry Bakanov, the current head of Roscosmos" (someone else's)."""
    if time_frame(question) == "present" and found.past and not found.present:
        return False  # "What is Bridenstine's job now?" and "then-NASA Administrator …"
    if (
        time_frame(question) == "past"
        and (_YEAR.search(question) or _GONE_BY.search(question))
        and found.present
        and not found.past
    ):
        return False  # "the job title held at the 2018 gathering" and "The meeting will be …"
    asked_people, set_aside = _office_asked(question)
    if asked_people and not any(
        _like(name, said) for name in asked_people for said in (*found.surnames, *found.capitalised)
    ):
        return False  # "What is Bakanov's job?" and a sentence that does not name him
    pattern = _CABINET_TITLE if re.search(r"\bcabinet\b", question, re.I) else _TITLE
    # "Does Duffy have another job?", with no post set aside: a sentence naming two of his
    # ("NASA interim leader, U.S. Transportation Secretary Sean Duffy"), not one alone
    needed = 2 if _OTHER.search(question) and not set_aside and pattern is _TITLE else 1
    posts = 0
    for title in pattern.finditer(found.text):
        # "interim NASA chief", "then-NASA Administrator", "head of Roscosmos": its post's
        # organisation is in the three words before it, or after "of".
        before = found.text[: title.start()].split()[-3:]
        after = re.match(r"\s+of\s+(?:the\s+)?(\S+)", found.text[title.end() :])
        near = " ".join(before + ([after.group(1)] if after else [])).lower()
        if any(re.search(rf"\b{re.escape(org)}\b", near) for org in set_aside):
            continue
        if asked_people and not _held_by(found, title.start(), asked_people):
            continue  # "Duffy will speak with Dmitry Bakanov, the current head …": Bakanov's
        posts += 1
    return posts >= needed


def _held_by(found: Profile, at: int, people: tuple[str, ...]) -> bool:
    """Whether the person named nearest the post at ``at`` is one of ``people`` (or the
    sentence names no one): a sentence that names two gives each his own posts, "Dmitry
    Bakanov, the current head of Roscosmos" in "Duffy will speak with Dmitry Bakanov …"."""
    where = [
        (at - m.end() if m.end() <= at else m.start() - at, surname)
        for surname in found.surnames
        for m in re.finditer(rf"\b{re.escape(surname)}\b", found.text, re.I)
    ]
    if not where:
        return True
    nearest = min(where)[1]
    return any(_like(name, nearest) for name in people)


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def _office_asked(question: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """For a question for someone's post: the people it names, and the organisations whose
    posts it sets aside, named in capitals or after "besides" ("Besides NASA", "his other
    job … NASA's")."""
    named = _names_in(question)
    set_aside: frozenset[str] = frozenset()
    if _OTHER.search(question):
        besides = {w.lower() for m in _BESIDES.finditer(question) for w in m.group(1).split()}
        set_aside = frozenset(n.lower() for n in named if n.isupper() or n.lower() in besides)
    people = tuple(n for n in named if n.lower() not in set_aside and not n.isupper())
    return people, set_aside


@lru_cache(maxsize=1024)  # asked once per sentence ranked: read it once
def _names_in(question: str) -> tuple[str, ...]:
    """The capitalised words of a question that may name someone or something, possessive
    dropped ("Duffy", "NASA"); not the word opening it, nor a country's ("Who leads Moscow's
    space corporation?", read as "Russia's")."""
    first = question.split(maxsplit=1)[0] if question.strip() else ""
    words_ = [m.group(0) for m in _CAPITALISED.finditer(question) if m.group(0) != first]
    names = (re.sub(r"['’]s$", "", word) for word in words_)
    return tuple(
        name
        for name in names
        if len(name) > 1  # not "I": "…, I mean besides being NASA leader"
        and name.lower() not in country_words()
        and not _TITLE.fullmatch(name)
        and name.lower() not in _BODIES
    )


def _like(a: str, b: str) -> bool:
    """Whether two names are one, allowing for a typo ("Duffey", "Duffy")."""
    a, b = a.lower(), b.lower()
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= 80)


def asks_of_gone_by(question: str) -> bool:
    """Whether ``question`` speaks of a time gone by in so many words ("the previous
    summit", "back then"); not "will his job last long?", nor "the last thing he said"."""
    return _GONE_BY.search(_LAST_AS_VERB.sub(" ", question)) is not None


def time_frame(question: str) -> str | None:
    """ "present" for "Who is …?", "… now" or what will be ("Who will Duffy meet?", "Where
    is he travelling?"), "past" for "Who ran … previous …?", else None."""
    present = any(p.search(question) for p in (_PRESENT_QUESTION, _FUTURE_QUESTION, _PROGRESSIVE))
    if _YEAR.search(question) and not _FUTURE_QUESTION.search(question):
        present = False  # "What is the location of the 2018 meeting?" is of 2018, not now
    past = _PAST_QUESTION.search(question) is not None
    if present == past:
        return None
    return "present" if present else "past"


def out_of_time(found: Profile, frame: str | None) -> bool:
    """Whether a sentence speaks of another time than the question asks about: "Who is the
    acting NASA head?" is not answered by "then-NASA Administrator Jim Bridenstine"."""
    if frame == "present":
        return found.past
    if frame == "past":
        return found.present
    return False


def people_words(sentence: str) -> list[str]:
    """Every word of the names of people in ``sentence``: "Dmitry", "Bakanov"."""
    return [w for span, _ in _people(sentence) for w in sentence[span.start : span.stop].split()]


def surnames_in(sentences: Iterable[str]) -> frozenset[str]:
    """The surnames of everyone named in full in ``sentences``."""
    return frozenset(surname for sentence in sentences for _, surname in _people(sentence))


def _people(sentence: str) -> Iterator[tuple[range, str]]:
    """The span and surname of each name of a person in ``sentence``.

    Not a name after a preposition of place ("at the Baikonur Cosmodrome"), nor one that
    ends in a word for an institution or a place ("International Space Station").
    """
    for match in _NAME.finditer(sentence):
        last = match.group(0).split()[-1]
        if last in _NOT_SURNAMES or _AFTER_PLACE_WORD.search(sentence, 0, match.start()):
            continue
        yield range(match.start(), match.end()), last.lower()


def fits(kind: AnswerType, found: Profile, question: str) -> bool:
    """Whether a sentence so profiled supplies ``kind``; a person must be one the question
    does not already name. "Who reported …?" may be answered by a news agency (the source
    of "According to TASS, …") and "Who will they replace?" by a named group ("the Crew-10
    crew")."""
    if any(not told.found_in(found) for told in told_of(question)):
        return False  # "Who will replace Duffy?" and a sentence that names someone else
    if kind is AnswerType.EVENT:
        return True
    if kind is AnswerType.AGENDA:
        return bool(_AGENDA_STEMS & found.stems)
    if kind is AnswerType.PERSON:
        if time_frame(question) == "present" and found.past and not found.present:
            return False  # "Who's the NASA boss now?" and "then-NASA Administrator …"
        if _GONE_BY.search(question) and not found.past:
            # "Who represented NASA at the previous summit?" and "… this week", or words
            # that tell of no time ("We have wild disagreement with the Russians …")
            return False
        asked = question.lower()
        relation = asked_relation(question)
        if relation and not _related(relation, found.text):
            return False  # "Who runs SpaceX?" and a sentence that only mentions SpaceX
        if relation and not _holder_named(relation, found, asked):
            return False  # "Who ran Roscosmos between Rogozin and Bakanov?" and "Duffy will
            # speak with Dmitry Bakanov, the current head of Roscosmos": Duffy is no head
        if relation and time_frame(question) == "past" and found.present and not found.past:
            return False  # "Who headed Roscosmos in 2018?" and "the current head of Roscosmos"
        if _ASKS_TWO.search(question):
            # "Which two agency chiefs will sit down?": a sentence that names them both
            return len({n for n in found.surnames if n not in asked}) >= 2
        known = _WHO_MADE_KNOWN.search(question)
        if known and _made_known_by(found, known.group(1)):
            return True  # "Who announced that Duffy would meet Bakanov?": "… Duffy, announced"
        role = asked_role(question)
        if role:
            # "NASA astronaut Dana Whitfield": the sentence names someone as such. Not its
            # speaker ("Four astronauts rode one rocket," Duffy said), nor a news agency.
            return role.found_in(found) and any(n not in asked for n in found.named)
        return any(name not in asked for name in found.surnames + found.sources + found.groups)
    if kind is AnswerType.DATE:
        # "When was NASA founded?" asks when something began: a date in a sentence that
        # tells of that beginning, not of anything else ("the last time they met, in 2018").
        began = _beginnings(question)
        if began:
            return found.date and not found.present and any(b in found.stems for b in began)
        gone_by = _GONE_BY.search(question) is not None
        # (not "gonna meet in person, when was the last time this happened": what is asked
        # of is gone by, whatever is to come)
        ahead = not gone_by and (
            _FUTURE_QUESTION.search(question) or time_frame(question) == "present"
        )
        if ahead and found.past and not found.present:
            return False  # "What year will the ISS be retired?" and "… was in October 2018"
        if gone_by and found.present and not found.past:
            return False  # "When's the last time they met?" and "talks … this week"
        if _asks_for_clock_time(question):
            return found.clock  # "What time is the launch?" is not answered by "on Wednesday"
        if _UNTIL_WHEN.search(question):
            return _UNTIL_DATE.search(found.text) is not None
        unit = next((told for asks, told, _ in _ASKS_UNIT if asks.search(question)), None)
        if unit is not None:
            return unit.search(found.text) is not None
        return found.dated or (found.date and _SINCE_WHEN.search(question) is not None)
    if kind is AnswerType.THING:
        thing = asked_thing(question)
        return thing is not None and thing.found_in(found)
    if kind is AnswerType.OFFICE:
        return _gives_office(found, question)
    if kind is AnswerType.PLACE:
        if time_frame(question) == "present" and found.past and not found.present:
            return False  # "Which spaceport is he travelling to?" and "the 2018 meeting …"
        if _GONE_BY.search(question) and found.present and not found.past:
            return False  # "where'd the old 2018 meeting happen?" and "His aim is …"
        if _asks_for_seat(question) and not _SEAT_STEMS & found.stems:
            return False
        if _asks_where_spoken(question) and not _SPOKEN_STEMS & found.stems:
            return False
        # "Where was Bakanov born?": a place in a sentence that tells of that beginning
        began = _beginnings(question)
        if began and not any(b in found.stems for b in began):
            return False
        if _asks_for_town(question):
            return found.town
        if _asks_for_site(question):
            # not the thing asked about: "Which part of the ocean will the space station be
            # dropped into?" is not answered by "a partnership on the International Space
            # Station"
            # … but an option offered for it is: "at the Baikonur Cosmodrome or at Plesetsk?"
            return any(
                not _names(question, site) or _offered(question, site) for site in found.sites
            )
        return found.place
    if kind is AnswerType.DEFINITION:
        # every word of the name asked about is first used in this sentence
        name = _defined(question)
        return bool(name) and all(any(_like(w, first) for first in found.introduces) for w in name)
    if kind is AnswerType.DESCRIPTION:
        return found.description
    if kind is AnswerType.FOCUS:
        return _SINGLES_OUT.search(found.text) is not None
    if kind is AnswerType.GOAL:
        if _OBJECTION.search(question):
            return _QUOTATION.search(found.text) is not None
        if _ASKS_TO_KEEP.search(question):
            # "What is he hoping to keep going by talking to Bakanov?": what an effort is to
            # keep ("in an effort to maintain cooperation"), as well as what is hoped for
            return _KEEPS.search(found.text) is not None
        return _AIMS.search(found.text) is not None
    if kind is AnswerType.SOURCE:
        return any(source not in question.lower() for source in found.sources)
    if kind is AnswerType.DURATION:
        # "How long has it been since they met?" is answered by the date they met.
        if (
            found.tenure
            and not _SO_FAR.search(question)
            and any(_like(w, name) for w in words(question) for name in found.surnames)
        ):
            return True  # "How long will Duffy be in charge?" and "a temporary assignment"
        # (not "How long will the agreement between NASA and Roscosmos run?", to come)
        since = (
            found.date
            and _HOW_LONG_SINCE.search(question) is not None
            and not _HOW_LONG_AHEAD.search(question)
        )
        # … by a date gone by ("in October 2018", "since 2018"), not "this week"
        return found.duration or (since and (found.past or _YEAR.search(found.text) is not None))
    if kind is AnswerType.MONEY:
        return found.money
    # "How many years since they met?" is answered by a date ("since 2018"); "How many
    # years did Rogozin serve?" by a stretch of time, not by the year of a meeting.
    if _HOW_MANY_UNITS_OF_TIME.search(question):
        since = _HOW_LONG_SINCE.search(question) is not None
        return found.number or found.duration or (found.date and since)
    return found.number


# What a question of each answer type wants, for the reason given when no close passage
# supplies it.
_WANTED = {
    AnswerType.PERSON: "names a person",
    AnswerType.DATE: "gives a date",
    AnswerType.PLACE: "names a place",
    AnswerType.NUMBER: "gives a number",
    AnswerType.MONEY: "gives an amount of money",
    AnswerType.DURATION: "gives a length of time",
}


def wanted(kind: AnswerType, question: str) -> str | None:
    """What a sentence must do to answer ``question`` as :func:`fits` judges it, in words
    ("says who runs or heads SpaceX", "gives a time of day"), for a refusal's reason; None
    for a type that only steers."""
    # A thing's fate ("once it is retired") is told last: the few sentences that tell of it
    # are where what else is asked (a year, a successor) is missing, which the reason names.
    told = sorted(told_of(question), key=lambda t: t.of_a_thing)
    if told and (not told[0].of_a_thing or kind is AnswerType.EVENT):
        return told[0].reason
    if kind is AnswerType.PERSON:
        if relation := asked_relation(question):
            return f"says {relation.describe()}"
        if role := asked_role(question):
            return f"names any {role.noun}"
    if kind is AnswerType.THING:
        thing = asked_thing(question)
        return f"mentions any {thing.noun}" if thing else None
    if kind is AnswerType.OFFICE:
        return "names the post asked about"
    if kind is AnswerType.PLACE and _asks_for_seat(question):
        return "says where it is based"
    if kind is AnswerType.PLACE and _asks_for_town(question):
        return "names a city or town"
    if kind is AnswerType.DATE and _asks_for_clock_time(question):
        return "gives a time of day"
    if kind is AnswerType.DATE:
        unit = next((said for asks, _, said in _ASKS_UNIT if asks.search(question)), None)
        return unit or _WANTED[kind]
    return _WANTED.get(kind)


def supplies(kind: AnswerType, sentence: str, question: str) -> bool:
    """Whether ``sentence`` contains something of ``kind`` that the question lacks."""
    return fits(kind, profile(sentence), question)
