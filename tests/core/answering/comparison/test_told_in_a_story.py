"""Things told in the learner's story, then asked about without a name (stop 49, mcmp49 and
hcmp47 / jcmp48 work probes; worded apart from them).

- ``shapes.story_pair``: a closing that asks of the told things together ("which is which",
  "which of the two", "how would you check each one") over a story whose sentences or clauses
  each tell a machine, or a thing set beside another ("the first one ...", "app B ..."). Two, or
  three when the story or the closing counts three. Not what someone says of them, nor the
  sentence that only announces how many there are.
- ``comparison.told_earlier``: a side named by a bare noun ("that dashcam") is searched as the
  earlier sentence tells it.
- A sorted thing's own part is the use section holding the clearest learner ask among its first
  few, even when the fused ranking puts another section first (``Comparing._own_use``).
"""

from __future__ import annotations

import pytest

from tutor.core.answering import shapes
from tutor.core.answering.comparison import told_earlier


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "our vet practice has two new bits of kit. the first one reads x-rays and says whether a bone is broken. "
            "the second one writes the discharge notes for owners. which is which kind of ai?",
            ("the first one reads x-rays and says whether a bone is broken", "the second one writes the discharge notes for owners"),
        ),
        (
            "the allotment society got two gadgets. app A counts the bees at the hive door and flags a bad day. "
            "app B writes the monthly newsletter. how would you check each one works?",
            ("app A counts the bees at the hive door and flags a bad day", "app B writes the monthly newsletter"),
        ),
        (
            "the first app tags our stock photos by product. the new one writes the captions for them. "
            "my boss says they're the same thing. are they?",
            ("the first app tags our stock photos by product", "the new one writes the captions for them"),
        ),
        (
            "at the library we trialled three apps: one reads the spine labels and says which shelf a book goes on, "
            "one piles up borrowers who read alike, and one writes short blurbs for new arrivals. which is which?",
            (
                "one reads the spine labels and says which shelf a book goes on",
                "one piles up borrowers who read alike",
                "one writes short blurbs for new arrivals",
            ),
        ),
    ],
)
def test_things_told_then_asked_together_are_the_sides(question: str, sides: tuple[str, ...]) -> None:
    assert shapes.story_pair(question) == sides
    shape = shapes.detect(question)
    assert shape.kind == "comparison" and shape.sides == sides


@pytest.mark.parametrize(
    "question",
    [
        # No machine and nothing set beside another.
        "my mum bakes bread every sunday morning. my dad makes jam from the garden plums. which is which?",
        # A closing that asks nothing of the two.
        "the first model reads x-rays and flags breaks. the second one writes notes for the owners. thanks a lot!",
        # One sentence: no story before the ask.
        "which of the two is better for sorting invoices?",
        # Three told, two counted.
        "the first tool reads meters. the second tool flags leaks early. another tool writes the bills. which of the two is ml?",
    ],
)
def test_no_story_pair(question: str) -> None:
    assert shapes.story_pair(question) is None


def test_a_question_with_sides_of_its_own_keeps_them() -> None:
    question = "we covered this at work today. what's the difference between supervised and unsupervised learning? asking for both my kids"
    assert shapes.detect(question).sides == shapes._detect(shapes.without_simile(question)).sides


def test_a_bare_side_is_searched_as_its_story_tells_it() -> None:
    question = (
        "the new dashcam in our lorry beeps when the driver looks drowsy for too long. my mate says it's the same as chatgpt. "
        "how is that dashcam different from chatgpt writing emails?"
    )
    assert told_earlier(question, "dashcam").startswith("dashcam in our lorry beeps when the driver looks drowsy")
    assert told_earlier(question, "chatgpt writing emails") == "chatgpt writing emails"  # not bare
    # Named only once: nothing told before the ask.
    assert told_earlier("how is a dashcam different from chatgpt?", "dashcam") == "dashcam"
    # Told, but never named again: the side is not that thing.
    assert told_earlier("the dashcam beeps at drowsy drivers all night long. how is a gan different from a vae?", "gan") == "gan"


def test_a_sorted_thing_takes_the_use_its_clearest_ask_finds(tutor) -> None:
    # ("something to type up what he says when he talks" ranks "Grounding ..." first on its fused
    # score; its clearest learner ask is in "Image and speech recognition".)
    question = (
        "two things for my grandad: something to read his post out loud in a warm voice, "
        "and something to type up what he says when he speaks. ML or gen AI for each one?"
    )
    assert "ml-applications#image-and-speech-recognition" in cited(tutor.ask(question))


PVC = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"


def test_told_machines_asked_alike() -> None:
    question = (
        "the first app tags our stock photos by product. the new one writes the captions for them. "
        "my boss says they're the same thing. are they?"
    )
    assert shapes.told_machines_asked_alike(question, shapes.detect(question).sides)
    # Asked something else of them: how to check each one.
    other = "the allotment society got two gadgets. app A counts the bees at the hive door. app B writes the monthly newsletter. how would you check each one works?"
    assert not shapes.told_machines_asked_alike(other, shapes.detect(other).sides)
    # Short sides named outright, not told.
    assert not shapes.told_machines_asked_alike("gan vs vae, same kind of thing?", ("gan", "vae"))


def test_told_machines_below_the_scope_bar_are_sorted_not_declined(tutor) -> None:
    # Each machine told in a florist's words is far from every course passage; the question as a
    # whole falls below the scope bar, yet the course's comparison of the families answers it.
    question = (
        "florist here. the first app looks at a snap of a wilting stem and says 'botrytis 88%'. "
        "the other app i typed 'a bouquet shaped like a swan' into and got a picture of one nobody ever made. "
        "are those the same sort of clever?"
    )
    answer = tutor.ask(question)
    assert answer.in_scope and PVC in cited(answer)


def test_a_side_told_by_a_pointer_is_named_only_as_told() -> None:
    from tutor.core.answering.comparison import _names_of

    # "one" met every section holding the word, so a section "named" every told thing.
    for side in ("one tells you which bird is singing", "the second one writes the discharge notes", "one that drafts letters"):
        names = _names_of(side)
        assert "one" not in names and all(len(n.split()) > 2 for n in names), names
    # A name that only starts like a pointer keeps its first words.
    assert "one-hot encoding" in _names_of("one-hot encoding for my shop data")
    assert _names_of("gan for making faces")[:2] == ["gan for making faces", "gan"]
