"""Where a question's subject ends and its verb begins ("how do driverless forklifts find ...").

Why a module of its own: the name an untaught-term check quotes must not run on into the
question's verb ("The course does not cover driverless forklifts find"); several checks read
names off a question's subject, and all ask ``reads_as_verb`` where the name ends.
"""

from __future__ import annotations

# The auxiliaries that open a question whose subject a plural noun can head ("how do driverless
# forklifts find ...", "can robo advisors move ...", "why don't chess engines ..."); "does" takes a
# singular one.
_PLURAL_AUXILIARIES = frozenset(
    """do dont don't did didnt didn't can cant can't cannot could couldnt couldn't will wont won't would
    wouldnt wouldn't should shouldnt shouldn't may might must""".split()
)
AUXILIARIES = _PLURAL_AUXILIARIES | frozenset("does doesnt doesn't".split())
# What opens a verb's object or clause right after it ("find their way", "work out where", "tell
# when", "restock themselves"); a noun ending a question's subject is not followed by one of these.
AFTER_A_VERB = frozenset(
    """a an the my your our their his her its this these those it them themselves itself me us you
    him what where when whether if how why out up down off away back which who""".split()
    # ("which"/"who": "do tools such as Brandwatch decide which posts ..." had named "brandwatch decide")
)
_SUBJECT_OPENERS = frozenset("a an the my your our their his her its this these those some any all".split())


def _plural_noun(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


# Words that hedge a name the learner gives as an example ("something like Zestimate", "a tool
# like Grammarly", "apps such as Otter"): the name after them is the subject, the hedge no part of it.
HEDGE_NOUNS = frozenset(
    """something anything stuff thing things tool tools app apps system systems service services product products
    program programs platform platforms software website websites site sites""".split()
)


def _hedge_before(words: list[str], end: int) -> int:
    """How many words right before ``words[end]`` hedge it ("something like", "tools such as"), or 0."""
    low = [w.lower() for w in words[:end]]
    if len(low) >= 2 and low[-1] == "like" and low[-2] in HEDGE_NOUNS:
        return 2
    if len(low) >= 3 and low[-2:] == ["such", "as"] and low[-3] in HEDGE_NOUNS:
        return 3
    return 0


def auxiliary_before(words: list[str], start: int) -> str:
    """The word before ``words[start]`` and the subject openers and hedges before it ("do the",
    "does something like"), lowercased: "how does something like Zestimate decide" has its
    subject's verb after the name as "how does Zestimate decide" has (the decline named
    "zestimate decide")."""
    opener = start
    while True:
        while opener > 0 and words[opener - 1].lower() in _SUBJECT_OPENERS:
            opener -= 1
        hedge = _hedge_before(words, opener)
        if not hedge:
            break
        opener -= hedge
    return words[opener - 1].lower() if opener > 0 else ""


def reads_as_verb(words: list[str], position: int, start: int) -> bool:
    """Does ``words[position]``, right after a name ``words[start:position]``, read as the verb of
    a question the name is the subject of, not as the name's last word? A question opened by an
    auxiliary ("how do", "can", "does", "why don't") has its subject followed by its verb, which
    shows itself by what it takes: an object or clause ("find their way", "work out where", "tell
    when", "restock themselves"), or, after "do"/"can"/..., the base form right after a plural noun
    ("do driverless forklifts navigate", "can robo advisors move"; a plural ends a name, compounds
    take the singular: "forklift trucks"). Not an -ing word ("do sales forecasting tools ...").

    Why: the term a decline quotes ran on to the question's verb ("The course does not cover
    driverless forklifts find"), which names no thing."""
    if position >= len(words) or position <= start:
        return False
    auxiliary = auxiliary_before(words, start)
    if auxiliary not in AUXILIARIES and start > 0:
        # "how do delivery drones dodge ...": one word qualifying the name stands before it.
        auxiliary = auxiliary_before(words, start - 1)
    if auxiliary not in AUXILIARIES:
        return False
    word = words[position].lower()
    if word.endswith("ing") or not word.isalpha():
        return False
    following = words[position + 1].lower() if position + 1 < len(words) else ""
    if following in AFTER_A_VERB:
        return True
    return auxiliary in _PLURAL_AUXILIARIES and _plural_noun(words[position - 1].lower()) and not _plural_noun(word)
