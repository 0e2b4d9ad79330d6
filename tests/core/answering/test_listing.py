"""Lists (stop 30, sets Q and R): how a list question names its family, its polarity and its items.

Worded apart from the probes (benchmarks/probes/qrlist-s30) and the sets; each fails on the code
before it:

- a family described, not named: "the X kind of learning", "X-Y-Z models" (a glossary phrase
  before "kind/type/sort of" + a family noun, or written hyphenated before one) is read in place
  as the course term; appended, its words ("labels", "two networks") drew other sections.
- the polarity of the ask: "weak points" wants where a thing falls short, not what it does well,
  even after a warm setting; "weak points", "flaws", "cons" asked as items make a list.
- a list question's everyday word for a heading's term ("pick the next word" is sampling)
  answers from the enumerating section headed by that term.
- "apart from X and Y, what else": past the section whose items are X and Y.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_family_described_before_kind_of_is_read_as_its_term(tutor) -> None:
    expand = tutor.index.learner.expand
    assert expand("where is the no-labels kind of machine learning handy") == "where is the unsupervised learning handy"
    assert "reinforcement learning" in expand("list every job the carrot-and-stick type of AI does")
    # A description used as itself is left as written.
    assert expand("is trial and error a kind of learning").startswith("is trial and error a kind of learning")


def test_uses_of_a_family_described_by_a_hyphenated_word(tutor) -> None:
    cited = _cited(tutor.ask("name all the things the no-labels kind of machine learning is handy for"))
    assert cited[:1] == ["unsupervised-learning#what-unsupervised-learning-is-used-for"], cited
    cited = _cited(tutor.ask("what have the artist-and-critic networks been used for? every use, not only images"))
    assert cited[:1] == ["gans#what-gans-have-been-used-for"], cited


def test_weak_points_after_a_warm_setting_are_the_shortcomings(tutor) -> None:
    answer = tutor.ask("our CEO raves about machine learning for the business. what are ALL the weak points of it I should flag?")
    assert _cited(answer)[:1] == ["benefits-and-limitations#where-machine-learning-falls-short"], _cited(answer)
    assert "bias" in answer.text and "computational power" in answer.text


def test_good_or_bad_sides_asked_as_items_are_a_list() -> None:
    for question in ("so what are ALL the weak points of it?", "what flaws do gans have", "what are the cons of vaes"):
        assert shapes.detect(question).kind == "list", question


def test_a_list_of_the_ways_to_choose_the_next_word(tutor) -> None:
    cited = _cited(tutor.ask("list the ways a chatbot can choose the next word, the plain one and the fancy ones"))
    assert cited[:1] == ["language-models#sampling-temperature-top-k-and-top-p"], cited


def test_what_else_past_the_items_set_aside(tutor) -> None:
    answer = tutor.ask("other than text and images, what can gen ai generate? every kind")
    assert _cited(answer)[:1] == ["generative-ai-applications#code-audio-and-new-drug-molecules"], _cited(answer)


def test_clipped_plurals_are_everyday_words_not_slips(tutor) -> None:
    """"grads" and "unis" were mended to "grabs" and "units" (units: feature scaling)."""
    for text in ("the model keeps ranking grads from two unis first", "my faves from our support convos"):
        assert tutor.vocabulary.correct(text) == text
