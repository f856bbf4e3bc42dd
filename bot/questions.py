"""Cleaning and checking a user's question before it reaches retrieval.

Every rejection is a :class:`~bot.errors.BadQuestion` with a one-line message fit to show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from bot.errors import BadQuestion
from bot.lexical import STOPWORDS, content_words, stem, words

# Chat markup that carries no meaning for retrieval: user, role and channel mentions,
# custom emoji, and the mass mentions.
_CHAT_MARKUP = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b")
_ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def clean(text: str, *, max_chars: int = 1000) -> str:
    """Return the question to search for, or raise :class:`BadQuestion`.

    * control characters (other than line breaks and tabs) are refused;
    * invisible format characters (zero-width spaces, direction marks) are dropped and
      compatibility forms folded (NFKC), so "ｗｈｏ" reads as "who";
    * mentions are removed; white space is collapsed;
    * empty and over-long questions are refused.
    """
    if any(unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in text):
        raise BadQuestion("the question contains control characters; please type plain text")
    if len(text) > max_chars:
        raise BadQuestion(
            f"the question is too long ({len(text):,} characters); the limit is {max_chars:,}"
        )
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = _CHAT_MARKUP.sub(" ", text)
    text = " ".join(text.split())
    if not any(c.isalnum() for c in text):
        raise BadQuestion("the question is empty; ask something about the briefing")
    return text


# "What is this article about?", "summarise the briefing", "tl;dr": a question about the
# briefing as a whole, which its opening paragraph (the lede) answers …
# … or, asked in brief ("in a nutshell", "in one line"), its headline.
_BRIEF = re.compile(
    r"(?:in\s+(?:a\s+)?nutshell|in\s+(?:like\s+)?(?:one|a|a\s+single)\s+(?:line|sentence)|"
    r"in\s+(?:a\s+)?few\s+words|in\s+short|briefly)",
    re.I,
)
_OVERVIEW = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|and)\W+)?(?:_BRIEF\W+)?(?:"
    r"what(?:'s|’s|s| is| are)\s+(?:this|the|these|that)\s+(?:whole\s+|entire\s+)?"
    r"(?:article|briefing|report|story|piece|news|briefings|articles|reports)\s+(?:all\s+)?about|"
    # "what's the gist of this whole piece"
    r"(?:what(?:'s|’s|s| is)\s+)?(?:give me |can you give me |can you )?(?:a |the )?"
    r"(?:summary|summarise|summarize|overview|gist)\b(?:\s+(?:of\s+)?(?:this|the|these)\s+"
    r"(?:whole\s+|entire\s+)?(?:article|briefing|report|story|piece|briefings|news))?|"
    # "tldr on this nasa x russia meeting?" (not "tl;dr on the best carbonara recipe")
    r"tl;?dr(?:\s+(?:on|of|for)\s+(?:this|these|that)\b[^?]{1,60})?|"
    r"what(?:'s|’s|s| is)\s+(?:this|it)\s+(?:all\s+)?about"
    # "… in like one line"
    r")(?:,?\s+_BRIEF)?\W*$".replace("_BRIEF", _BRIEF.pattern),
    re.I,
)


def asks_for_overview(question: str) -> bool:
    """Whether the question asks what the briefing is about as a whole."""
    return _OVERVIEW.match(question) is not None


def asks_in_brief(question: str) -> bool:
    """Whether a question about the whole briefing asks for it in a line, as its headline
    puts it ("in a nutshell, what's this about?")."""
    return _BRIEF.search(question) is not None


# "Who wrote this?", "what's the source on this story", "Where is this article from?": a
# question about where the briefing itself comes from, which its credit line answers.
_ABOUT_SOURCE = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|and)\W+)?(?:(?:show|tell)\s+(?:me|us)\s+)?(?:"
    r"what(?:'s|’s|s| is| are)\s+(?:the\s+)?(?:source|sources|byline|credit|credits|outlet)"
    r"(?:\s+(?:of|for|on|behind))?\s+(?:this|the|these|that)\s+_DOC|"
    r"who\s+(?:wrote|reported|published|filed|authored)\s+(?:this|the|that)(?:\s+_DOC)?|"
    # "who's the source for this article, reuters?"
    r"who(?:'s|’s|s| is)\s+the\s+(?:author|source|reporter)"
    r"(?:\s+(?:of|for|behind)\s+(?:this|the)\s+_DOC)?(?:\s*,\s*[\w\s]{1,30})?|"
    # "where's this news from btw", "where'd this story come from, which wire service"
    # "show me where this story came from, like which wire service"
    # … "who'd this story even come from"
    r"(?:where|who)(?:(?:'s|’s|s|'d|’d|\s+is|\s+does|\s+did)\s+(?:this|the|that)\s+_DOC\s+"
    r"(?:(?:even|actually|really)\s+)?(?:come\s+)?|"
    r"\s+(?:this|the|that)\s+_DOC\s+(?:came|comes|come)\s+)from"
    r"(?:\s+(?:btw|tho|though|lol|anyway))?(?:\s*,\s*[\w\s]{1,30})?|"
    # "Which wire service also contributed material to the report?", "which outlet chipped
    # in extra reporting for this piece"
    # (… after a clause of its own: "Apart from the Russian outlet …, which wire service …";
    # "which wire service fed into this story")
    r"(?:[^,?]{3,120},\s*)?(?:which|what|who)\s+(?:[\w\-]+\s+){0,3}(?:also\s+)?"
    r"(?:contributed|supplied|provided|chipped\s+in|pitched\s+in|furnished|fed)"
    r"\s+(?:[\w\-]+\s+){0,2}(?:to|for|in|into)\s+(?:this|the|that)\s+_DOC|"
    # a search: "NASA Roscosmos briefing wire source", "briefing wire service source",
    # "article byline" (not "talk topics news source", the source of news within it)
    r"(?:[\w\-]+\s+){0,4}(?:article|briefing|report|story|piece)\s+(?:sourcing\s+)?"
    r"(?:(?:wire|news|media)\s+(?:(?:service|agency|outlet)\s+)?)?"
    r"(?:source|sources|credit|credits|byline)|"
    # … "news source for story", "wire service contributing to report"
    r"(?:(?:news|wire)\s+)?(?:source|sources|credit|credits|byline)\s+(?:of|for|on|behind)\s+"
    r"(?:the\s+|this\s+)?_DOC|"
    # "wire service attribution", "wire credit" (not "news agency source", TASS in it)
    r"wire\s+(?:(?:service|agency)\s+)?(?:attribution|credit|credits|byline|source)"
    r"(?:\s+(?:line|sentence|bit|part))?|"
    r"(?:wire|news)\s+(?:service|agency|outlet)s?\s+(?:contributing|contributed|credited)\s+"
    r"(?:to\s+)?(?:the\s+|this\s+)?_DOC|"
    # … "Wire service credited", "story wire service inputs", "was a wire service involved
    # in putting this piece together?"
    r"(?:(?:is|was|were)\s+(?:a|any|there\s+a)\s+)?(?:(?:wire|news)\s+(?:service|agency)\s+"
    r"(?:credited|inputs?)|wire\s+(?:service|agency)\s+(?:involved|used|cited))"
    r"(?:\s+(?:in|with|for|on|to|behind)\s+[^?]{0,40}?_DOC(?:\s+together)?)?|"
    r"(?:[\w\-]+\s+){0,4}_DOC\s+(?:wire|news)\s+(?:service|agency)\s+(?:inputs?|credit)|"
    # a guess at it: "is this article from reuters or who", "this story's from ap right? who
    # contributed to it"
    r"(?:(?:is|was)\s+)?(?:this|the|that)\s+(?:whole\s+)?_DOC(?:['’]s|\s+is|\s+was)?\s+from\s+"
    # (not a time: "is this article from last week?")
    r"(?!(?:last|this|next|today|yesterday|tomorrow|the\s+(?:past|future)|\d)\w*\b)"
    r"(?:[\w\-]+\s*){1,3}?(?:\s+or\s+(?:who|what|where|someone|somebody|not))?"
    r"(?:\W+(?:right|correct|or\s+not))?"
    r"(?:\W+(?:who|which)\s+(?:[\w\-]+\s+){0,2}(?:contributed|wrote|reported)"
    r"(?:\s+(?:(?:to|for|on)\s+)?(?:it|this|that))?)?|"
    # "who helped with the reporting on this piece", "which wire service does the report
    # credit"
    r"who\s+(?:helped|assisted|contributed)\s+(?:(?:with|on|to|in)\s+)?(?:the\s+)?"
    r"(?:(?:reporting|writing|research)\s+(?:on|of|for)\s+)?(?:this|the|that)\s+_DOC|"
    r"(?:which|what|who)\s+(?:[\w\-]+\s+){0,3}(?:does|did)\s+(?:this|the|that)\s+_DOC\s+"
    r"(?:credit|cite|acknowledge|thank)"
    # … with what the asker sets aside: "…, besides the Russian one"
    r")(?:\s*,?\s*(?:besides|apart\s+from|other\s+than|aside\s+from)\s+[^?]{1,40})?"
    r"\W*$".replace(
        "_DOC", r"(?:article|briefing|report|story|piece|news|briefings|articles|thing)"
    ),
    re.I,
)


def asks_for_source(question: str) -> bool:
    """Whether the question asks who wrote or supplied the briefing itself."""
    return _ABOUT_SOURCE.match(question) is not None


# "What does the headline say?", "Per the headline, what is he seeking?": the briefing's
# headline. "the title of the article" too, not "his official title".
_HEADLINE = re.compile(
    # (and "headlin", a letter left off that the respelling keeps, a stem of "headline")
    r"\bhead-?\s?lin(?:e|es)?\b|"
    r"\b(?:according to|per|in|from|by)\s+the\s+(?:(?:main|principal|top|big)\s+)?"
    r"(?:title|header)\b|"
    # "the big title at the top of this story", "the principal title"
    r"\b(?:title|header)\s+at\s+the\s+top\b|\bthe\s+(?:main|principal|big|top)\s+(?:title|header)\b|"
    r"\b(?:title|header)\s+of\s+(?:the|this|that)\s+_DOC\b|\b_DOC(?:['’]s)?\s+(?:title|header)\b".replace(
        "_DOC", r"(?:article|briefing|report|story|piece|news\s+item)"
    ),
    re.I,
)
# "What does the second section heading say?", "the subhead": a section heading, not "who
# is heading NASA" or "where's he heading".
_SECTION_HEADING = re.compile(
    r"\bsection\s+(?:heading|header|title|head)s?\b|\bsub-?head(?:ing|line|er)?s?\b|"
    # "the title of the part about the ISS's future", "what's the part called about …"
    r"\b(?:title|name|header)\s+of\s+the\s+(?:part|section|bit)\b|"
    r"\b(?:part|section|bit)\s+(?:is\s+)?called\b|"
    # "what's the section about the station's remaining years called?"
    r"\b(?:part|section|bit)\s+(?:about|on)\s+[^?]{3,80}?\s+called\b|"
    # a search for one: "ISS bridge section"
    r"^[^?]{3,60}\s(?:section|subhead(?:ing)?)\W*$|"
    r"\b(?:the|a|this|that|its|first|second|third|fourth|last|final|next|middle|other)\s+"
    r"(?:[\w\-]+\s+)?headings?\b",
    re.I,
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1}
_ORDINAL = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r")\s+(?:[\w\-]+\s+)?(?:section|heading|subhead)", re.I
)


def asks_for_heading(question: str) -> str | None:
    """ "headline" or "section" when the question asks what a heading of the briefing says;
    None otherwise."""
    if _SECTION_HEADING.search(question):
        return "section"
    if _HEADLINE.search(question):
        return "headline"
    return None


def heading_ordinal(question: str) -> int | None:
    """Which section heading, by its place: 1 for "the second section heading", -1 for
    "the last"; None when the question does not say."""
    match = _ORDINAL.search(question)
    return _ORDINALS[match.group(1).lower()] if match else None


_QUESTION_WORD = re.compile(
    # "whats", "whos": chat drops the apostrophe
    r"\b(who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|will|can|"
    r"whats|whos|wheres|whens|hows|whys)\b",
    re.I,
)


def is_typed_search(question: str) -> bool:
    """Whether ``question`` is typed as into a search box, words without a question:
    "ISS deorbiting", "NASA interim head Russia cooperation"; "nasa interim boss??" too, a
    few words with chat's question marks after them."""
    if _QUESTION_WORD.search(question):
        return False
    words = question.rstrip("?!. ")
    return "?" not in words and ("?" not in question or len(words.split()) <= _SEARCH_WORDS)


# the most words a search typed with a question mark after it has ("nasa interim boss??")
_SEARCH_WORDS = 4


_WH_WORDS = ("what", "who", "whom", "whose", "when", "where", "which", "why", "how")
_SHORT_WORD = re.compile(r"(?<![\w’'-])[A-Za-z]{3,6}(?![\w’'-])")


def respell_question_words(question: str, known: Container[str]) -> str:
    """ "Wht role does …?" → "What role does …?": a question word typed with a letter left
    out, doubled or two letters swapped ("whn", "hwo", "whcih"), when that makes it one
    question word only and the typed word is no word of ``known`` ("that", "two" and
    "wen" stay as typed). A letter typed for another is not respelt: "wht" is as near
    "who" that way as "what"."""

    def respelt(match: re.Match[str]) -> str:
        typed = match.group(0)
        lowered = typed.lower()
        if lowered in known or lowered in _WH_WORDS or lowered.removesuffix("s") in _WH_WORDS:
            return typed  # "whats", "hows": chat for "what's", "how's"
        found = [w for w in _WH_WORDS if _one_slip(lowered, w)]
        if len(found) != 1:
            return typed
        word = found[0]
        return word.capitalize() if typed[0].isupper() else word

    return _SHORT_WORD.sub(respelt, question)


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter left out or added, or two neighbouring
    letters swapped."""
    if len(typed) + 1 == len(word):
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    if len(typed) == len(word) + 1:
        return any(typed[:i] + typed[i + 1 :] == word for i in range(len(typed)))
    if len(typed) == len(word):
        swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        return typed in swaps
    return False


# Chat's shorthand for common words: "what r they gonna chat abt", "sitting down w/ the
# russians", "which wire svc". The encoder reads "abt" as a stray piece, and the patterns
# that read what is asked look for "about". Only lower case, and only whole words: "R" or
# "U" may be a name's initial. ("rn", "tho", "lol" are chat filler; see bot.lexical.)
_SHORTHAND = {
    "abt": "about", "bout": "about", "r": "are", "u": "you", "ur": "your", "y": "why",
    "w": "with", "w/": "with", "w/o": "without", "wat": "what", "wut": "what",
    "svc": "service", "govt": "government", "bc": "because", "cuz": "because",
    "coz": "because", "ppl": "people", "thru": "through", "tmrw": "tomorrow",
    "tmr": "tomorrow", "wk": "week", "yr": "year", "yrs": "years", "mtg": "meeting",
    "convo": "conversation", "prolly": "probably", "smth": "something", "sth": "something",
    "b4": "before", "pres": "president", "intl": "international", "n": "and", "&": "and",
    "rly": "really", "srsly": "seriously", "becuz": "because", "tgt": "together",
    "esp": "especially", "wen": "when", "irl": "in person", "tryna": "trying to",
    # chat's nouns for a meeting, which the encoder does not put near "meeting"
    "sitdown": "meeting", "sit-down": "meeting", "meetup": "meeting", "meet-up": "meeting",
}  # fmt: skip
_SHORTHAND_WORD = re.compile(
    r"(?<![\w’'/&-])(?:"
    + "|".join(re.escape(w) for w in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w’'/&-])"
)


# The words of Spanish and Portuguese that an asker who speaks them mixes into English:
# "¿Cuándo does Duffy go to Florida?", "¿Quién ran NASA then?", "will they discuss la
# estación's vida útil?". Question words, and the nouns a question about space news asks
# with; to the encoder they are stray pieces, to the unknown-name check names the briefing
# lacks, and the patterns that read what is asked look for "when" or "who". Only words no
# English sentence uses ("donde", not "como" or "mar" alone).
_FOREIGN = {
    "cuándo": "when", "cuando": "when", "quando": "when", "quién": "who", "quien": "who",
    "quiénes": "who", "quem": "who", "dónde": "where", "donde": "where", "onde": "where",
    "qué": "what", "o que": "what", "por qué": "why", "por que": "why", "porqué": "why",
    "cómo": "how", "cuál": "which", "cual": "which", "qual": "which", "cuáles": "which",
    "quais": "which", "cuántos": "how many", "cuántas": "how many", "quantos": "how many",
    "quantas": "how many", "cuánto": "how much", "cuanto": "how much", "quanto": "how much",
    "la estación": "the station", "la estacion": "the station", "a estação": "the station",
    "estación": "station", "estação": "station", "la guerra": "the war", "a guerra": "the war",
    "guerra": "war", "el mar": "the sea", "o mar": "the sea", "reunión": "meeting",
    "reunião": "meeting", "fuente": "source", "fonte": "source",
    "noticia": "news", "notícia": "news", "agencia": "agency", "agência": "agency",
    "jefe": "chief", "jefes": "chiefs", "chefe": "chief", "chefes": "chiefs",
    "vínculos": "ties", "vinculos": "ties", "cosmonautas": "cosmonauts", "rusos": "Russian",
    "russos": "Russian", "temas": "topics", "conversación": "conversation",
    "conversa": "conversation", "despegue": "launch", "lanzamiento": "launch",
    "lançamento": "launch", "vida útil": "lifespan", "según": "according to",
    "artículo": "article", "artigo": "article", "semana": "week", "miércoles": "Wednesday",
    "quarta-feira": "Wednesday", "también": "also", "também": "also", "acuerdo": "agreement",
    "acordo": "agreement", "año": "year", "años": "years", "última vez": "last time",
    "en persona": "in person", "fue": "was",
    # "actual" is Spanish's "current", and the real holder of a post is its current one
    "actual jefe": "current chief", "actual chief": "current chief", "actual head": "current head",
    "actual boss": "current boss", "actual leader": "current leader",
}  # fmt: skip
_FOREIGN_WORD = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(re.escape(w) for w in sorted(_FOREIGN, key=len, reverse=True))
    + r")(?![\w-]|['’](?!s\b))",  # (a possessive is English's own: "la estación's")
    re.I,
)


def _english(match: re.Match[str]) -> str:
    word = _FOREIGN[match.group(0).lower()]
    return word[0].upper() + word[1:] if match.group(0)[0].isupper() else word


# … and capitalised as the question's first word: "Wat topics will they cover?"
_FIRST_SHORTHAND = re.compile(r"^\W*(" + _SHORTHAND_WORD.pattern + r")", re.I)


# What chat puts before a question: "wait who is …", "ok so which …", "quick q how …".
# Patterns that read a question from its first word would miss it.
_OPENER = re.compile(
    r"^\W*(?:(?:wait|so|ok|okay|hey|hi|um+|hmm+|quick\s+q(?:uestion)?|question|also|and|but|"
    r"like|right|alright|real\s+quick|honestly|anyway|anyways|then|oh|yo|lol|lmao|ngl|tbh|bro|"
    r"btw|fr|imo|sorry|pls|please|guys|folks|quick|quickly|briefly|"
    # … or a busy reader: "Bottom line: is the ISS still a bridge?", "One-liner on how …"
    r"bottom\s+line(?:\s+on)?|one[\s-]liner(?:\s+on)?|key\s+(?:point|takeaway|date|q)|"
    # who it is said to, and what the asker thinks of it: "hey bot", "ok dumb q but"
    r"bot|briefing[\s-]?bot|(?:dumb|stupid|silly|random|noob|basic)\s+q(?:uestion)?|"
    # … and thanks for the last answer, before the next question: "thanks! and also, is …"
    r"thanks|thank\s+you|thx|cheers|cool|great|nice|awesome|perfect|got\s+it|"
    # a question put to the room: "anyone know where the 2018 meetup happened"
    r"(?:does\s+)?any(?:one|body)\s+know|(?:do\s+)?(?:you|u|ya)\s+know|i\s+wonder|"
    # … or a request put to the bot: "bot can you tell me which …"
    r"(?:can|could|would)\s+(?:you|u|ya)\s+(?:pls\s+|please\s+)?(?:tell|remind)\s+(?:me|us))"
    r"\b[\s,:;.!-]*)+"
    r"(?=(?:who|whom|whose|what|whats|what['’]s|when|where|why|how|which|is|are|was|were|do|"
    r"does|did|will|would|can|could|has|have|had|should|name|tell|walk)\b)",
    re.I,
)


# The bot addressed by name, with what is asked after it whatever its form: "bot: nasa
# interim leader?", "@briefing-bot — Crew-11 launch date". (Its name before a question word
# is one of chat's openers, above.)
_ADDRESSED = re.compile(
    r"^\W*(?:(?:hey|hi|yo|ok|okay|so|oi)\s+)?@?(?:briefing[\s-]?)?bot\s*[,:;!—–-]+\s*(?=\w)", re.I
)


# A request to check what follows: "Confirm: Duffy is the interim head?", "Fact check —
# …", "can you confirm that …". It asks for no one's confirmation ("What did Bakanov
# confirm?").
_CHECK_REQUEST = re.compile(
    r"^\W*(?:(?:confirm|verify|fact[\s-]?check|true\s+or\s+false)\s*[:—–-]|"
    r"(?:can|could)\s+(?:you|u)\s+(?:confirm|verify|check)\s+(?:that\s+|whether\s+|if\s+)?|"
    # … or a claim heard elsewhere, told in one sentence: "ppl saying bridenstine was the
    # nasa boss back then, accurate?", "I read that …, true?". It asks nobody's words.
    r"(?:some(?:one|body|\s+people)|people|ppl|folks|others|a\s+(?:friend|post|tweet)|"
    r"my\s+\w+)\s+(?:(?:are|is|keeps?|kept)\s+)?(?:say(?:s|ing)?|said|claim(?:s|ed|ing)?|"
    r"told\s+me|post(?:s|ed)?)\s+(?:that\s+)?|"
    r"i\s+(?:read|heard|saw)\s+(?:somewhere\s+|online\s+)?(?:that\s+)?)"
    # (not before a clause that would read as the question: "I heard that when the outpost
    # is retired it will be sunk — true?")
    r"(?=[^.?!]*[.?!]*\W*$)(?!(?:that\s+)?(?:when|where|who|what|why|how|if|once|after|before)\b)\s*",
    re.I,
)


# A request worded as a command, as a quiz or a search asks: "Name the rocket that …",
# "Give the year …", "Identify who …", "State where …", "Tell me which …".
_COMMAND = re.compile(
    r"^\W*(?:(?:please|pls|quickly)\W+)?"
    r"(?:name|identify|give|state|provide|specify|list|tell\s+(?:me|us)|"
    r"walk\s+(?:me|us)\s+through)\s+(?:me\s+|us\s+)?"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which|the|a|an)\b)",
    re.I,
)
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
# The line a journalist asks for by what it says: "which line stating the year the ISS is
# to be deorbited" asks which year, "the sentence that says when they meet" when.
_LINE_SAYING = re.compile(
    r"^which\s+(?:exact\s+)?(?:line|sentence|quote|passage|phrase|part|bit)\s+"
    r"(?:stating|saying|giving|naming|telling|(?:that|which)\s+(?:says|states|gives|names|tells))"
    r"\s+(?:us\s+|me\s+)?(?:(?P<wh>(?:who|whom|whose|what|when|where|why|how|which)\b.*)|"
    r"(?:the|a|an)\s+(?P<noun>.*))$",
    re.I,
)
_RELATIVE = re.compile(r"^((?:[\w’'\-]+\s+){1,3}?)who\s+", re.I)


# A clause set before what is asked: "When the interim chief contrasted …, what did the
# second sentence affirm?" asks what, not when ("Given that …, in what year …?" a year);
# "As to the meeting location, in what city …?" and "Regarding the ISS, is it …?" ask what
# follows the comma, of what the clause names.
_CLAUSE_FIRST = re.compile(
    r"^\W*(?:(?:regarding|concerning|re|about|turning\s+to|speaking\s+of|"
    r"as\s+(?:to|for|regards)|with\s+(?:respect|regard|reference)\s+to|"
    r"in\s+(?:terms\s+of|relation\s+to|regard\s+to|connection\s+with)|"
    r"on\s+the\s+(?:matter|subject|question|topic|issue)\s+of)\b(?P<topic>[^?,]{3,160})|"
    # (what is set aside stays as said: "Apart from leading NASA, what post does Duffy
    # hold?" asks for another)
    r"(?P<aside>(?:apart\s+from|aside\s+from|besides|other\s+than)\b[^?,]{3,160})|"
    r"(?:when|while|after|before|as|once|if|since|given|considering|bearing\s+in\s+mind|"
    r"seeing|because|although|though|now\s+that|"
    r"among|of\s+all)\b[^?,]{3,160}),\s*"
    r"(?=(?:(?:in|at|on|for|by|from|to|with|of|during)\s+(?:what|which|whom|whose)|who|whom|"
    r"whose|what|when|where|why|how|which|is|are|was|were|did|does|do|will|would|can|could|"
    r"has|have|had)\b)",
    re.I,
)

# … and a clause set after it, or between commas within it, that only says more of what
# the question names: "Who was the Russian chief that met Bridenstine in 2018, before
# Bakanov took over?" asks who met him, not of a takeover; "According to TASS, which
# reported what Bakanov confirmed, what program …?" asks for a program. Four words at least
# ("Who led Roscosmos, before Bakanov?" asks of a time before him), and a clause of "which"
# or "who" only between commas and before a question word: at the end, or before a guess
# offered ("…, which guy was running roscosmos, was it bakanov"), it is what is asked.
_CLAUSE_AFTER = re.compile(
    r",\s*(?:(?:before|after|while|since|although|though|even\s+though|now\s+that|"
    r"given\s+that|once|whereas)\s+(?:[^\s,?]+\s+){3,30}[^\s,?]+\s*(?=,|\?*\W*$)|"
    r"(?:which|who|whom|whose)\s+(?:[^\s,?]+\s+){3,30}[^\s,?]+\s*"
    r"(?=,[^?]*\b(?:who|whom|whose|what|when|where|why|how|which)\b))",
    re.I,
)
# … not where the question has asked nothing yet: "Who, after Rogozin left, took over?"
_ASKED_BEFORE_IT = re.compile(r"\w+\s+\w+")

# Where one sentence ends and the next begins: not after an initial ("U.S. Transportation
# Secretary", "a.m.") or a title ("Mr. Duffy")
_SENTENCE_BREAK = re.compile(
    r"[.!…]+(?<!\b[A-Za-z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs)\.)(?<!\bMrs\.)\s+(?=\S)"
)
# A word that points back at what was said before it ("What did he add?", "when was that?")
_POINTS_BACK = re.compile(
    r"\b(?:it|its|it['’]s|that|this|these|those|there|then|he|him|his|she|her|hers|they|them|"
    r"their|theirs|both|same|such|one|either|neither|other|another|else|again|also|too|next|"
    r"after|before|earlier|later|above|former|latter|previous|aforementioned|mentioned)\b",
    re.I,
)
_DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
# … and the words for the story itself, which "this" or "the" before them points at, not
# back at what the asker said ("according to this article")
_THE_STORY = frozenset({"article", "piece", "story", "text", "briefing", "report"})
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w’'\-]*)")


def _points_back(before: str, question: str) -> bool:
    """Whether ``question`` points back at what was said ``before`` it: "What did he add?",
    "Where was that?", "that meeting" after one is told of. Not "this week" nor "these
    talks" after a preamble that never speaks of a week or of talks: those are the
    briefing's."""
    said = {stem(w) for w in words(before)}
    for match in _POINTS_BACK.finditer(question):
        if match.group(0).lower() in _DEMONSTRATIVE:
            following = _NEXT_WORD.match(question, match.end())
            word = following.group(1).lower() if following else ""
            if word and word not in STOPWORDS and stem(word) not in said:
                continue
            if word in _THE_STORY or word == "thing":
                continue  # "according to this thing": the article asked about
        return True
    return False


# … and a question's first word
_QUESTION_START = re.compile(
    r"^\W*(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|do|does|did|"
    r"will|would|can|could|has|have|had|should)\b",
    re.I,
)
# The asker's own say, which opens a question and asks nothing: "I was wondering when …",
# "I'd like to know who …"
_ASKERS_SAY = re.compile(
    r"^\W*(?:i\s+(?:was|am)\s+wondering|i['’]m\s+wondering|i\s+wonder(?:ed)?|"
    r"i['’]d\s+like\s+to\s+know|i\s+would\s+like\s+to\s+know)\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which|whether|if)\b)",
    re.I,
)


# … or the asker's own words in the same sentence, then a clause that asks: "my roommate and
# i were arguing over breakfast and neither of us could remember, who's actually running
# nasa right now?"
_OWN_OPENING = re.compile(
    r"^\W*(?:(?:ok|okay|so|well|ngl|honestly|sorry|forgive\s+me)\W+)*"
    r"(?:i|i['’]m|i['’]ve|i['’]d|i\s+was|my|our|we|we['’]re|we['’]ve)\b",
    re.I,
)
_CLAUSE_ASKS = re.compile(
    r"(?:[,;:]|\s[—–-])\s*(?:(?:so|but|and|anyway|well|then)\s+)?"
    r"(?=(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|do|does|did|"
    r"will|would|can|could|has|have|had|should)\b)|"
    # … or the asker's wondering, then what they wondered: "I was reading this on my commute
    # and wondered where exactly they will meet"
    r"\s(?:and\s+)?(?:started\s+)?(?:wondered|wondering|want(?:ed)?\s+to\s+know)\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which)\b)",
    re.I,
)


def _preamble(question: str) -> tuple[str, str] | None:
    """What the asker says first and the one question that ends it, or None: "I read that
    Duffy is going to Florida. What will he do there?" → ("I read that …", "What will he do
    there?"); "my son asked me at dinner and I had no idea, so who runs NASA now?" → ("my
    son asked …", "who runs NASA now?"), when the question has words enough of its own to
    be read alone. A text of several questions, or that ends in none, has no preamble."""
    breaks = list(_SENTENCE_BREAK.finditer(question))
    if not breaks:
        clauses = list(_CLAUSE_ASKS.finditer(question)) if _OWN_OPENING.match(question) else []
        if not clauses or "?" in question[: clauses[-1].start()]:
            return None
        last = question[clauses[-1].end() :]
        if len(content_words(last)) < _OWN_WORDS:
            return None
        return question[: clauses[-1].start()], last
    before, last = question[: breaks[-1].start()], question[breaks[-1].end() :]
    if "?" in before or not _QUESTION_START.match(_ASKERS_SAY.sub("", last)):
        return None
    return before, last


def without_preamble(question: str) -> str:
    """ "I remember the old days of Mir fondly. Where did Bridenstine and Rogozin meet?" →
    "Where did Bridenstine and Rogozin meet?": what is asked, when the asker first says
    something of their own and the question that ends it stands on its own. A question that
    points back at what was said before it ("Duffy called his role temporary. What did he
    add?") is left whole, as is one of several questions."""
    split = _preamble(question)
    if split is None or _points_back(*split):
        return question
    return split[1]


# The asker speaking of themselves and their own, which the question is not asked of: "I'm
# giving a talk at my model UN club …", "Our reading circle is discussing …"
_ASKERS_OWN = re.compile(r"^\W*(?:i|i['’]m|i['’]ve|i['’]d|my|our|we|we['’]re|we['’]ve)\b", re.I)
# … unless they pass on a claim, which a question may be asked of: "I read that Duffy met
# Musk. What did they agree?"
_CLAIM = re.compile(
    r"\b(?:read|heard|hear|saw|seen|told|think|thinks|thought|believe|believes|claim|claims|"
    r"claimed|said|says|insist|insists|reckon|remember|remembered|recall)\b",
    re.I,
)
# the words of its own a question needs to be read alone, though it points back ("What does
# he believe progress hinges on?")
_OWN_WORDS = 3


# An aside that compares what is asked with something else, or brings in history: ", like
# the Shuttle-Mir dockings were", ", unlike the Apollo-era administrators", ", the way Soviet
# officials once …", "— rather than a Shuttle stack"
_COMPARISON = re.compile(
    r"^\W*(?:(?:just|much|kinda|kind\s+of|sort\s+of|not|a\s+bit)\s+)?(?:like|unlike|"
    r"as(?!\s+(?:to|for|regards|of|well|far|if|though|soon|long|much|many)\b)|"
    r"the\s+way|rather\s+than|instead\s+of|similar\s+to|compared\s+(?:to|with)|"
    r"reminiscent\s+of|echoing|in\s+the\s+spirit\s+of)\b"
    # (not one that asks: "…, like when?")
    r"(?!\s+(?:who|whom|whose|what|when|where|why|how|which)\b)",
    re.I,
)
# … or tells of times long gone: "Mir precedent", "old Apollo country", "an heir to the old
# Soyuz seat deals", "during the Shuttle–Mir years", "Cold War style", "the spirit behind
# the 1998 ISS agreement"
_HISTORY = re.compile(
    r"\b(?:old|olden|former(?:ly)?|era|decades?|century|centuries|history|historic(?:al)?|"
    r"used\s+to|back\s+(?:in|when|then)|ever\s+since|heir|successor|born|grew|"
    r"precedent|legacy|style|years|1\d{3}s?|\d0s|nineties|eighties|seventies|sixties)\b",
    re.I,
)
# where a question's parts part: a comma, a semicolon, a dash with a space beside it (not
# "Shuttle–Mir")
_PARTS = re.compile(r"[,;]|\s[—–-]|[—–]\s")
_ASKS = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b", re.I)


def without_asides(question: str, *, before: bool = True) -> str:
    """ "Which station — the one that grew out of Shuttle–Mir — does Duffy want kept?" →
    "Which station — does Duffy want kept?": what the asker brings in beside the question,
    to compare it with or to recall history; and a remark after it that asks nothing
    ("…? Rogozin's long gone"). A part that asks something ("…, and when?") is kept, as is
    the question's own first part where it has no question word ("ISS end of life ocean
    disposal, Mir precedent"). ``before``: also what comes before the question ("Ever since
    Mir was steered into the Pacific, …"), which may set the scene it asks of."""
    asked, mark, remark = question.rpartition("?")
    # (a remark of the asker's after the question asks nothing)
    if mark and (not remark.strip() or (len(words(remark)) >= 2 and not _ASKS.search(remark))):
        question = asked
    else:
        mark = ""
    # each part with the mark that opens it
    starts = [0, *(m.start() for m in _PARTS.finditer(question))]
    parts = [question[a:b] for a, b in zip(starts, [*starts[1:], len(question)], strict=True)]
    texts = [_PARTS.sub("", part, count=1) for part in parts]
    first = next((k for k, text in enumerate(texts) if _QUESTION_START.match(text)), 0)
    kept = [
        part
        for k, (part, text) in enumerate(zip(parts, texts, strict=True))
        if k == first
        or (k < first and not before)
        or _QUESTION_START.match(text)
        or not (_COMPARISON.match(text) or _HISTORY.search(text))
    ]
    return "".join(kept).strip(" ,;—–-") + mark


def named_in_question(question: str) -> str:
    """Where the names a question asks of are looked for: the question without a preamble
    it does not rest on (:func:`without_preamble`), nor one that only tells of the asker and
    their own ("I'm presenting at a Rotary club lunch and want Duffy's view. What does he
    believe …?"), though the question's "he" is the Duffy named there. A name the briefing
    lacks in such a preamble is not asked about, nor one in an aside (:func:`without_asides`)."""
    return without_asides(_without_own_preamble(question))


def _without_own_preamble(question: str) -> str:
    split = _preamble(question)
    if split is None:
        return question
    before, last = split
    if not _points_back(before, last):
        return last
    own = _ASKERS_OWN.match(before) and not _CLAIM.search(before)
    if own and len(content_words(last)) >= _OWN_WORDS:
        return last
    return question


# A journalist's request for the line that tells something: "need the line on why duffy is
# even talking to the russians" asks why.
_THE_LINE_ON = re.compile(
    r"^\W*(?:(?:i\s+)?(?:need|want|give\s+me|get\s+me|find\s+me|show\s+me)\s+)?"
    r"(?:the|a)\s+(?:exact\s+)?(?:line|quote|sentence|bit|part|passage)\s+"
    r"(?:on|about|explaining|that\s+explains|saying|that\s+says|telling)\s+"
    r"(?=(?:who|what|when|where|why|how|which)\b)",
    re.I,
)


# A researcher's question for where the article says something, which asks for that
# sentence, not for a place: "where does it say duffy's nasa gig is just temporary?",
# "Which passage notes that the acting head … is also …?", "can u point me to the bit
# about …"
_DOC_WORDS = r"(?:article|piece|story|text|briefing|report|title|headline|author|writer)"
_WHERE_IT_SAYS = re.compile(
    r"^\W*(?:(?:hey|so|ok|okay|and)\W+)?(?:(?:where|(?:in\s+)?(?:which|what)\s+"
    r"(?:part|section|paragraph|sentence|passage|line|bit|place))"
    rf"(?:\s+(?:in|of)\s+(?:the|this)\s+{_DOC_WORDS})?"
    rf"\s+(?:does|did|do|is|was)\s+(?:it|this|they|the\s+{_DOC_WORDS})\s+|"
    r"(?:which|what)\s+(?:part|section|paragraph|sentence|passage|line|bit)"
    rf"(?:\s+(?:in|of)\s+(?:the|this)\s+{_DOC_WORDS})?\s+)"
    r"(?:say|says|said|mention|mentions|describe|describes|note|notes|state|states|stress|"
    r"stresses|explain|explains|tell|tells|talk\s+about|talks\s+about|bring\s+up|brings\s+up|"
    r"discuss|discusses|cover|covers|convey|conveys|report|reports)\s+(?:us\s+)?(?:that\s+)?"
    # (not where a thing was done, which the article says: "Where does the article say the
    # 2018 meeting took place?")
    r"(?=(?:who|whom|whose|what|when|why|how|which)\b|"
    r"(?!.*\b(?:meet|met|meeting|took\s+place|take\s+place|held|happen\w*|go|going|went|"
    r"visit\w*|travel\w*|located|based|land\w*|made|make|gave|give|deliver\w*)\b))",
    re.I,
)
# … or whether it tells something, which asks that thing: "Does the article say which
# company will build the deorbit vehicle?", "True or false: the article explains when the
# cross-flight program began"; and the article named as the teller before the question
# ("According to the article, in what year …?"), which asks it of the article anyway. Not
# the headline, which is what is asked for ("Does the headline say who is seeking
# cooperation?", "According to the title, what is he seeking?").
_STORY = "(?:" + "|".join(sorted(_THE_STORY)) + ")"
_DOES_IT_SAY = re.compile(
    rf"^\W*(?:(?:(?:does|did|do)\s+)?(?:the|this)\s+{_STORY}\s+(?:actually\s+|even\s+|ever\s+)?"
    r"(?:say|says|mention|mentions|explain|explains|specify|specifies|state|states|reveal|"
    r"reveals|tell\s+us|tells\s+us|note|notes|report|reports|indicate|indicates)\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which)\b)|"
    rf"according\s+to\s+(?:the|this)\s+{_STORY}\s*[,:]\s*)",
    re.I,
)
# … or for where it first names something, which is where it tells what that is: "Where in
# the article is Roscosmos first mentioned?" asks what Roscosmos is
_FIRST_MENTION = re.compile(
    r"^\W*(?:where|when|in\s+which\s+(?:part|section|paragraph|sentence|passage))"
    rf"(?:\s+(?:in|of)\s+(?:the|this)\s+{_DOC_WORDS})?\s+(?:is|are|was|were|does|do)\s+"
    r"(?P<thing>.+?)\s+first\s+(?:mentioned|brought\s+up|named|introduced|referenced|"
    r"appear|appears|come\s+up|comes\s+up|show\s+up|shows\s+up)"
    rf"(?:\s+in\s+(?:the|this)\s+{_DOC_WORDS})?\W*$",
    re.I,
)


# A newsletter's terse query, what it is of and then what is asked of it: "2018 meeting —
# venue?", "Sean Duffey — NASA title?", "interim NASA chief = ?!"
_TOPIC_FIRST = r"^\W*(?P<topic>(?:[^?:;—–=]|(?<=\w)–(?=\w)){3,80}?)\s*"
_TOPIC_THEN_ASK = re.compile(
    _TOPIC_FIRST + r"(?:[:—–=]|\s-\s)\s*(?P<ask>(?:[\w’'\-]+\s*){0,2}?)\s*[?!.]*\s*$"
)


# … or what is asked of it, as a question: "ISS deorbit vehicle — who builds it?"
_TOPIC_THEN_QUESTION = re.compile(
    _TOPIC_FIRST + r"(?:[:—–]|\s-\s)\s*"
    r"(?P<asked>(?:who|whom|what|when|where|why|how|which)\s+(?:[\w’'\-]+\s+){0,3})"
    r"(?:it|them)\s*\?*\s*$",
    re.I,
)


def _search_asked(question: str) -> str:
    """ "2018 meeting — venue?" → "2018 meeting venue", as a search would type it, and
    "ISS deorbit vehicle — who builds it?" → "who builds the ISS deorbit vehicle?". Not
    where a question word asks ("Roscosmos chief: who?"), nor a question before it ("Who
    leads NASA: Duffy?"), nor a name offered after it."""
    if (asked := _TOPIC_THEN_QUESTION.match(question)) and not _QUESTION_START.match(
        asked["topic"]
    ):
        # … with the topic for the "it" that stands for it
        return f"{asked['asked']}the {asked['topic'].strip()}?"
    terse = _TOPIC_THEN_ASK.match(question)
    if terse is None or _QUESTION_START.match(terse["topic"]) or _ASKS.match(terse["ask"]):
        return question
    if re.search(r"\b[A-Z][\w’'\-]*\s*$", terse["ask"]):
        return question  # a name offered: "Duffy's day job — Transportation Secretary?"
    return f"{terse['topic'].strip()} {terse['ask'].strip()}".strip()


def _what_it_says(question: str) -> str:
    """ "where does it say duffy's nasa gig is just temporary?" → "duffy's nasa gig is just
    temporary?"; "Where is Roscosmos first mentioned?" → "What is Roscosmos?"."""
    if first := _FIRST_MENTION.match(question):
        return f"What is {first['thing']}?"
    return _DOES_IT_SAY.sub("", _WHERE_IT_SAYS.sub("", question))


def as_asked(question: str) -> str:
    """ "Name the rocket that launches Crew-11" → "which rocket that launches Crew-11",
    "Identify who Duffy will meet" → "who Duffy will meet": a command read as the question
    it stands for, so that what it asks for (a rocket, a person) is read as in any other;
    and "When he contrasted …, what did he affirm?" as what it asks ("what did he affirm"),
    "As to the 2018 meeting, where was it held?" as "where was it held? (the 2018
    meeting)"; and without a clause after it that only says more of what it names
    ("…, before Bakanov took over the job?")."""
    # what the asker says of themselves first is not asked ("I remember Mir fondly. Where did
    # the chiefs meet?"), when the question stands on its own
    # … nor history it is compared with ("…, like the Shuttle-Mir dockings were?")
    question = _what_it_says(without_asides(without_preamble(question), before=False))
    if clause := _CLAUSE_FIRST.match(question):
        # what a question is about stays with it, after what it asks: "what makes it
        # historically notable? (the upcoming session)" is of a meeting
        topic = clause["topic"]
        if aside := clause["aside"]:
            topic = aside[0].lower() + aside[1:]  # "besides …" is no name
        question = question[clause.end() :] + (f" ({topic.strip()})" if topic else "")
    question = _CLAUSE_AFTER.sub(_kept_if_first, question)
    question = _THE_LINE_ON.sub("", question)
    command = _COMMAND.match(question)
    if command is None:
        return question
    rest = question[command.end() :]
    if article := _ARTICLE.match(rest):
        # "the man who presently leads …" → "which man presently leads …" ("the rocket
        # that launches …" keeps its "that": "which rocket launches" asks for a launch)
        rest = "which " + _RELATIVE.sub(r"\1", rest[article.end() :], count=1)
        if line := _LINE_SAYING.match(rest):
            return str(line["wh"] or f"which {line['noun']}")
    return rest


def _kept_if_first(clause: re.Match[str]) -> str:
    """A clause of :data:`_CLAUSE_AFTER` dropped, unless nothing is asked before it."""
    return "" if _ASKED_BEFORE_IT.search(clause.string[: clause.start()]) else clause[0]


def without_openers(question: str) -> str:
    """ "ok so which wire service …" → "which wire service …": the words chat opens a
    question with, when a question follows them; a request to check what follows; and a
    request for where the article says it (:func:`_what_it_says`)."""
    question = _OPENER.sub("", _ADDRESSED.sub("", question))
    return _search_asked(_what_it_says(_CHECK_REQUEST.sub("", question)))


# A month cut short beside a day or year: "in Oct 2018", "Sept. 12", "12 oct". Only there:
# "Mar" and "Dec" alone may be anything. The briefings write months in full.
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SHORT_MONTH = re.compile(
    r"\b(?:(?P<before>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+\d)|"
    r"(?<=\d\s)(?P<after>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)",
    re.I,
)


def _month(match: re.Match[str]) -> str:
    short = (match.group("before") or match.group("after")).lower()
    return next(m for m in _MONTHS if m.lower().startswith(short[:3]))


# How askers hedge what they offer: "Which NASA leader, Jim Bridenstein I think, met …?",
# "TAS or something". The asker's "I think" asks for nobody's thoughts, and "something"
# names nothing to look for.
_HEDGE = re.compile(
    r"(?:\s*,)?\s*\b(?:I\s+(?:think|guess|believe|suppose|reckon)|if\s+I\s+(?:remember|recall)"
    r"(?:\s+(?:right|rightly|correctly))?|iirc|"
    r"or\s+(?:something|whatever|so|another(?:\s+one)?)(?:\s+like\s+that)?|"
    # … and on whether there is anything to find: "Which wire service contributed, if any?"
    r"if\s+any(?:one|body|thing)?)\b(?=\s*[,.?!;:)]|\s*$)|"
    # … or before what they offer at the end: "when was it, I think October?"
    r"(?<=,)\s*I\s+(?:think|guess|believe)\b(?=(?:\s+[\w’'\-]+){1,3}\W*$)|"
    # … or a guess at who, after the question: "who's running nasa rn?? like the interim guy"
    r"(?<=\?)\s*(?:like|i\s+mean|you\s+know)\W+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}"
    r"(?:guy|dude|one|person|man|woman|lady)\W*$|"
    # … or an example of what they mean, last: "which part of the ocean does it crash into,
    # like point nemo?" (not "…, like which city?", which asks it)
    r",\s*like\s+(?!(?:who|whom|what|which|where|when|why|how)\b)(?:[\w’'\-]+\s*){1,3}(?=\W*$)|"
    # … or what they took to be so: "who is running nasa?? i thought it was the transport guy"
    r"(?<=\?)\s*i\s+(?:thought|assumed|figured|heard)\s+(?:it\s+was|it['’]s|that\s+was)\s+"
    r"(?:[\w’'\-]+\s*){1,4}\W*$|"
    # … or where they had it from: "bakanov runs nasa now?? thats what i heard"
    r"(?<=\?)\s*(?:that['’]?s|thats)\s+what\s+(?:i|we)\s+(?:heard|read|was\s+told|saw)\W*$|"
    # … and the courtesies of a polite asker, where a clause or the question ends after them:
    # "sources for this article, please", "Who is he, if I may ask?", "What did he say about
    # Ukraine, if I understood correctly?", "… of this whole piece, dear?"
    r"(?:\s*,)?\s*\b(?:please|pls|if\s+(?:I|we)\s+may(?:\s+ask)?|may\s+I\s+ask|if\s+you\s+please|"
    r"if\s+you\s+(?:don['’]t|do\s+not)\s+mind|if\s+I\s+(?:understood|understand|read\s+(?:it|that))"
    r"(?:\s+(?:it|that|this))?(?:\s+(?:right|rightly|correctly))?|"
    r"thank\s+you(?:\s+(?:kindly|so\s+much|very\s+much))?|thanks(?:\s+a\s+lot)?|(?:my\s+)?dear)"
    r"\b(?=\s*[,.?!;:)]|\s*$)",
    re.I,
)
# What a polite asker adds of their own after the question: "Who is this Dimitri Bakonov?
# I am afraid I don't know the gentleman.", "… Forgive my spelling.", "… my eyes aren't what
# they were". It asks nothing, and its words ("gentleman", "eyes") are no names to look for.
_AFTERWORD = re.compile(
    r"(?<=\?)\s+(?:i|i['’]m|i['’]ve|i['’]d|my|our|we|forgive|sorry|apologies|excuse|pardon|"
    r"thank|thanks|many\s+thanks)\b[^?]*$",
    re.I,
)


def without_hedges(question: str) -> str:
    """ "Which agency, TAS or something, reported it?" → "Which agency, TAS, reported it?":
    the asker's hedges on what they offer, where a clause or the question ends after them;
    their courtesies ("…, if I may ask?"), and what they add of their own after the question
    ("… Forgive my spelling.")."""
    return _AFTERWORD.sub("", _HEDGE.sub("", question)).lstrip(" ,;:")


# A year said aloud, as a phone's voice typing writes it: "back in twenty eighteen", "two
# thousand and eighteen", "nineteen ninety-eight".
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_TWO_DIGITS = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|"
    rf"oh[\s-](?:{'|'.join(_UNITS)}))"
)
_SAID_YEAR = re.compile(
    rf"\b(?:(?P<century>nineteen|twenty)[\s-](?P<rest>{_TWO_DIGITS})|"
    rf"two\s+thousand(?:\s+and)?\s+(?P<after>{_TWO_DIGITS}|{'|'.join(_UNITS)}))\b",
    re.I,
)


def _number(words: str) -> int:
    """ "ninety-eight" → 98, "oh five" → 5, "eighteen" → 18."""
    value = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _TENS:
            value += 20 + 10 * _TENS.index(word)
        elif word in _TEENS:
            value += 10 + _TEENS.index(word)
        elif word in _UNITS:
            value += 1 + _UNITS.index(word)
    return value


def _said_year(match: re.Match[str]) -> str:
    if match["century"]:
        return str(
            (19 if match["century"].lower() == "nineteen" else 20) * 100 + _number(match["rest"])
        )
    return str(2000 + _number(match["after"]))


def unabbreviated(question: str) -> str:
    """ "so what r they gonna chat abt" → "so what are they gonna chat about": chat's
    shorthand for a common word spelt out, a month cut short ("Oct 2018"), a year said
    aloud ("twenty eighteen"), and a word of Spanish or Portuguese ("¿Cuándo …?")."""
    question = _SAID_YEAR.sub(_said_year, question)
    first = _FIRST_SHORTHAND.match(question)
    if first and first.group(1)[0].isupper() and first.group(1).lower() in _SHORTHAND:
        word = _SHORTHAND[first.group(1).lower()]
        question = f"{question[: first.start(1)]}{word.capitalize()}{question[first.end(1) :]}"
    question = _SHORT_MONTH.sub(_month, question)
    question = _FOREIGN_WORD.sub(_english, question)
    return _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(0)], question)
