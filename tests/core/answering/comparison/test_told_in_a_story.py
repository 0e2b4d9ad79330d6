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

from tutor.core.answering.comparison import told_earlier


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


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
