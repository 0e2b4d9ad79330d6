"""List questions (``tutor.core.answering.listing``): the family, polarity and items a list asks for.

Lists (stop 30, sets Q and R): how a list question names its family, its polarity and its items.

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

List questions and tl;dr, stop 32 (helper wxpara; probes in ``benchmarks/probes/wxpara-s32``,
from diagnosis sets W and X), tested in other words than the probes'.

- "tl;dr" before a question of its own asks for the course's answer, short; alone or pointing at
  a text it is still a text job (``text_jobs._TLDR_OF_A_TEXT``).
- How much of an answer is wanted ("full list", "so that none is omitted", "could you
  enumerate"), and which document it is for ("need a playbook:", "I am preparing a brief for the
  board."), is not searched (``shapes.without_the_asking_manner``): it pulled the search towards
  sections about chatbots or documents.
- "every fix", "every safeguard": a list asked by a singular item noun; "each of the named stages"
  names "stages": ``list_noun`` reads the noun after "each of the <adjective>".
- Overfitting told by its symptom ("poor on new", "falls over in production") or as memorising
  in British spelling (glossary).

Lists of uses and of remedies, stop 38 (helper zop38; blind set ZO, probes in
``benchmarks/probes/zop38-s38``), tested in other words than the set and the probes.

- A list question asking for uses or remedies is answered from the near section whose heading
  names that aspect ("What unsupervised learning is used for", "How to spot and reduce
  hallucination": ``Listing._heading_names_the_aspect``), in the lesson the question's hits weigh
  most in, when the learner's setting ranked the topic's definition or another lesson first.
"""

from __future__ import annotations

import re

from answering.reading import cited as _cited
from tutor.core.answering import requests, shapes


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


def test_tldr_before_a_question_is_no_text_job() -> None:
    for question in ("tldr how do vaes make new pictures", "tl;dr: which kinds of machine learning are there"):
        assert requests.classify(question) is None, question
    for question in ("tldr", "tl;dr please", "tldr this email thread", "can you tl;dr my lecture notes"):
        refusal = requests.classify(question)
        assert refusal is not None and refusal.kind == "out_of_job", question


def test_tldr_question_is_answered_from_its_section(tutor) -> None:
    answer = tutor.ask("tldr how does a gan's generator learn to fool the discriminator")
    assert answer.in_scope, answer.text
    assert answer.sources and answer.sources[0].section.startswith("gans#"), answer.sources


def test_the_asking_manner_is_not_searched() -> None:
    assert shapes.without_the_asking_manner(
        "I am writing a brief for the board. Could you enumerate the risks of deepfakes, so that none is missed?"
    ) == "the risks of deepfakes?"
    assert shapes.without_the_asking_manner("full list pls") == "full list pls"  # nothing else asked
    assert shapes.without_the_asking_manner("for a report on bias, what does the course say") == (
        "for a report on bias, what does the course say"  # the document's subject is the topic
    )
    # who the document is for, when a setting, and "the full list of X" (its head) stay searched
    assert shapes.without_the_asking_manner("writing a memo for a school client: how would ml help there?") == (
        "writing a memo for a school client: how would ml help there?"
    )
    assert shapes.without_the_asking_manner("i need the full list of gan uses, exhaustively") == "i need the full list of gan uses"
    assert shapes.without_the_asking_manner("what is 2.5% of e.g. u.s. data") == "what is 2.5% of e.g. u.s. data"


def test_every_singular_item_noun_asks_for_a_list() -> None:
    assert shapes.detect("every safeguard against deepfakes").kind == "list"
    assert shapes.list_noun("each of the named stages of training") == "stages"


def test_a_framed_complete_list_is_answered_from_the_enumerating_section(tutor) -> None:
    answer = tutor.ask(
        "I am drafting a memo for the partners. Could you enumerate, precisely, each of the defined "
        "elements of a reinforcement learning problem, so that none is omitted?"
    )
    assert answer.in_scope, answer.text
    assert answer.sources[0].section == "reinforcement-learning#agents-environments-actions-and-rewards", answer.sources
    assert re.search(r"policy", answer.text), answer.text


def test_overfitting_told_by_its_symptom(tutor) -> None:
    answer = tutor.ask("my forecaster nails the months it learned from but falls over in production, why")
    assert answer.in_scope, answer.text
    assert re.search(r"overfit", answer.text, re.I), answer.text


def test_a_list_of_uses_is_answered_from_the_section_headed_by_uses(tutor) -> None:
    answer = tutor.ask(
        "parish archivist. we have boxes of scanned registers nobody has ever tagged. what are all the things "
        "learning without labels is used for? every one"
    )
    assert [s.section for s in answer.sources][:1] == ["unsupervised-learning#what-unsupervised-learning-is-used-for"]


def test_a_list_of_remedies_is_answered_from_the_section_headed_by_them(tutor) -> None:
    answer = tutor.ask(
        "carer. my clients keep showing me chatbot replies about their pills. list every way to make the thing "
        "make stuff up less"
    )
    assert [s.section for s in answer.sources][:1] == ["hallucination#how-to-spot-and-reduce-hallucination"]
    assert "temperature" in answer.text


def test_a_list_of_weak_points_is_no_list_of_uses_or_parts(tutor) -> None:
    # (Stop 47, the lead's chat trial: "what are the downsides of vaes" was answered with what VAEs
    # are used for, an enumerating section of the opposite polarity, though the comparison that
    # weighs the VAE's weak points ranked first.)
    answer = tutor.ask("what are the drawbacks of variational autoencoders")
    assert _cited(answer)[:1] == ["vaes#vaes-compared-with-gans"], _cited(answer)
    assert "blurr" in answer.text
    # A list of uses is still answered from the uses.
    assert _cited(tutor.ask("what are all the uses of vaes"))[:1] == ["vaes#what-vaes-are-used-for"]


def test_a_setting_only_the_story_names_is_no_list_asked_for(tutor) -> None:
    # (Stop 48, klist48 work probe: "our clinic's outcome data is a mess ... what kinds of errors
    # count as noisy data? all of them" listed what AI does in healthcare.)
    question = "our clinic's appointment records are a shambles, typos everywhere. which kinds of errors make data 'noisy'? list them all"
    assert tutor.ask(question).sources[0].section == "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"
    assert tutor.ask("name all the jobs gen ai does in a clinic").sources[0].section == (
        "industry-use-cases#healthcare-detecting-disease-and-drafting-treatment-plans"
    )


def test_a_part_named_by_its_heading_keeps_its_own_list(tutor) -> None:
    # (Stop 48, klist48 work probe: "in customer support what jobs does the ml side do? list every
    # one" listed the lesson's overview, "Same industries, different jobs", whose heading holds "jobs".)
    question = "the club gets hundreds of member messages a day. in customer support what jobs does machine learning take on (not the chatbot)? list all of them"
    assert tutor.ask(question).sources[0].section == "industry-use-cases#customer-support-sentiment-analysis-and-chatbots"
