"""Grounded answers: extractive, cited, concise, with follow-ups; honest when out of scope."""

from __future__ import annotations

import json
import re

import pytest

from tutor.core.answering import answer as answer_module
from tutor.core.answering import compose, refusal_texts, sentences
from tutor.core.answering.answer import (
    NOT_COVERED,
    Answer,
    Source,
    lesson_question,
    section_question,
)
from tutor.core.inputs import EmptyInput

QUESTIONS = [
    "What is a GAN?",
    "whats the difference between supervised and unsupervised learning",
    "how does a language model pick the next word",
    "why do chatbots hallucinate",
    "what is precision and recall",
]


def sentences_of(text: str) -> list[str]:
    from tutor.core.knowledge import split_sentences

    return split_sentences(re.sub(r"\s*\[\d+\]", "", text))


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_extractive_cited_and_concise(tutor, question: str) -> None:
    result = tutor.ask(question)
    assert result.in_scope
    assert 1 <= len(result.sources) <= 3
    markers = [int(m) for m in re.findall(r"\[(\d+)\]", result.text)]
    assert markers == list(range(1, len(result.sources) + 1))
    words = len(re.sub(r"\[\d+\]", "", result.text).split())
    # A comparison gives each side its own cited part (compose.PART_WORDS each, plus labels).
    # A general answer may complete its best section's paragraph (answer_module.WHOLE_WORDS).
    limit = 2 * compose.PART_WORDS + 40 if result.shape == "comparison" else answer_module.WHOLE_WORDS + 10
    assert 15 <= words <= limit
    cited = {s.section for s in result.sources}
    course_sentences = {
        sentence for section in tutor.course.sections if section.id in cited for sentence in section.sentences
    }
    joined = " ".join(course_sentences)
    labels = tuple(f"{s.heading}: " for s in result.sources)  # a comparison labels each side
    for sentence in sentences_of(result.text):
        for label in labels:
            sentence = sentence.removeprefix(label)
        assert sentence in joined, f"not from a cited section: {sentence!r}"
    for source in result.sources:
        section = tutor.course.section(source.section)
        assert source.doc == section.lesson_id and source.citation == section.citation
        assert source.text == section.text and 0 < source.score <= 1
    assert 2 <= len(result.followups) <= 3
    assert all(q.endswith("?") for q in result.followups)
    assert len(set(result.followups)) == len(result.followups)
    assert result.demo == tutor.course.section(result.sources[0].section).demo


def test_json_contract_is_exactly_the_documented_shape(tutor) -> None:
    data = tutor.ask("What is a GAN?").to_json()
    # The original keys in their order, then the two issue 11 added (shape and topic).
    assert list(data) == ["question", "answer", "in_scope", "sources", "followups", "shape", "topic"]
    assert data["shape"] == "definition" and data["topic"] == "GAN"
    assert isinstance(data["question"], str) and isinstance(data["answer"], str)
    assert data["in_scope"] is True
    assert all(list(s) == ["doc", "section", "score"] for s in data["sources"])
    assert all(isinstance(s["score"], float) for s in data["sources"])
    assert all(isinstance(q, str) for q in data["followups"])
    json.dumps(data)  # serialisable as is


def test_out_of_scope_says_so_and_offers_three_course_topics(tutor) -> None:
    # A question near the course's subject that no lesson answers (general knowledge with no word
    # of the subject, such as "How tall is the Eiffel Tower?", is refused as another subject; an
    # everyday errand such as a recipe as an errand, see answering/test_limits.py).
    result = tutor.ask("Who invented the first computer?")
    assert not result.in_scope and result.sources == [] and result.demo is None
    assert result.text.startswith(NOT_COVERED)
    titles = {lesson.title.rstrip("?") for lesson in tutor.course.lessons}
    listed = result.text.split("cover: ", 1)[1].rstrip(".").split("; ")
    assert len(listed) == 3 and set(listed) <= titles
    assert len(result.followups) == 3
    assert result.to_json()["sources"] == []


def test_general_knowledge_with_no_word_of_the_subject_is_another_subject(tutor) -> None:
    result = tutor.ask("How tall is the Eiffel Tower?")
    assert not result.in_scope and result.sources == [] and result.text == refusal_texts.OTHER_SUBJECT_TEXT


def test_follow_up_question_uses_the_conversation(tutor) -> None:
    first = tutor.ask("What is a GAN?")
    follow = tutor.ask("what are its limitations?", history=["What is a GAN?"])
    assert follow.in_scope
    assert follow.sources[0].doc == "gans"
    assert follow.sources[0].section != first.sources[0].section
    assert "GAN" in follow.text


def test_suggested_follow_ups_lead_to_real_answers(tutor) -> None:
    for question in QUESTIONS[:3]:
        for follow_up in tutor.ask(question).followups:
            assert tutor.ask(follow_up).in_scope, follow_up


def test_search_returns_sources_for_generation(tutor) -> None:
    sources = tutor.search("how does a VAE use its latent space", k=4)
    assert len(sources) == 4 and all(isinstance(s, Source) for s in sources)
    assert sources[0].doc == "vaes" and sources[0].text


def test_bad_input(tutor) -> None:
    with pytest.raises(EmptyInput):
        tutor.ask("   \n\t ")
    long = tutor.ask("what is overfitting " + "blah " * 12_000)
    assert long.notice and "only the first" in long.notice
    assert len(long.question) <= 2000
    noisy = tutor.ask("what is \x1b[31movERfitting\x00??")
    assert noisy.in_scope and "control characters" in (noisy.notice or "")


def test_other_languages_get_a_sensible_reply(tutor) -> None:
    for question in ("¿Cuál es la capital de Francia?", "Wie backe ich Brot?", "日本の首都はどこですか"):
        result = tutor.ask(question)
        assert not result.in_scope
        assert "English" in (result.notice or "") or question.isascii()


def test_keyword_only_tutor_still_answers(keyword_tutor) -> None:
    result = keyword_tutor.ask("explain the discriminator in a generative adversarial network")
    assert result.in_scope and result.sources[0].doc == "gans"
    assert "[1]" in result.text


def test_load_tutor_falls_back_to_bm25_with_a_one_line_warning(monkeypatch, shared_home) -> None:
    from tutor.core.answering import embeddings

    def broken(*_args, **_kwargs):
        raise embeddings.ModelUnavailable("package gone (test)")

    monkeypatch.setattr(embeddings, "load_embedder", broken)
    monkeypatch.setattr(answer_module, "_TUTORS", {})
    monkeypatch.setenv("TUTOR_HOME", str(shared_home))
    statuses: list[str] = []
    fallback = answer_module.load_tutor(on_status=statuses.append)
    assert fallback.mode == "bm25"
    assert fallback.warning and "\n" not in fallback.warning and "package gone" in fallback.warning
    assert fallback.ask("What is reinforcement learning?").in_scope
    assert statuses[-1] == "Ready."


def test_question_phrasing_helpers(course) -> None:
    section = course.sections[0]
    assert section_question(section).endswith("?")
    assert lesson_question("Generative adversarial networks (GANs)") == (
        "What should I know about generative adversarial networks (GANs)?"
    )
    assert lesson_question("What is machine learning?") == "What is machine learning?"
    assert isinstance(Answer("q", "t", True).to_json()["sources"], list)


READ_ALOUD = [
    "what skills do I need to get into machine learning",
    "how are banks using AI",
    "what are the limitations of generative AI",
    "what is latent space in a VAE",
    "explain overfitting like I'm five",
    "how does a language model pick the next word",
    "what is precision and recall",
    "how do GANs and VAEs differ",
]


@pytest.mark.parametrize("question", READ_ALOUD)
def test_answers_never_leave_a_dangling_this_or_the_second(tutor, question: str) -> None:
    """A sentence opening with "This", "They", "The second" ... comes with the one before it."""
    result = tutor.ask(question)
    body = re.sub(r"\s*\[\d+\]", "", result.text)
    for source in result.sources:
        sentences = tutor.course.section(source.section).sentences
        for position, sentence in enumerate(sentences):
            if position and sentence in body and answer_module.leans_on_previous(sentence):
                assert sentences[position - 1] in body, f"{sentence!r} without {sentences[position - 1]!r}"


@pytest.mark.parametrize("question", READ_ALOUD)
def test_follow_ups_skip_cited_sections_and_stay_on_topic(tutor, question: str) -> None:
    result = tutor.ask(question)
    cited = [tutor.course.section(s.section) for s in result.sources]
    about_cited = {section_question(s, v) for s in cited for v in (0, 1)}
    assert 2 <= len(result.followups) <= 3
    assert not about_cited & set(result.followups)
    lesson_ids = {s.lesson_id for s in cited}
    lessons = [lesson.id for lesson in tutor.course.lessons]
    nearby = lesson_ids | {lessons[lessons.index(i) + 1] for i in lesson_ids if lessons.index(i) + 1 < len(lessons)}
    for follow_up in result.followups:
        hit = tutor.index.search(follow_up, k=1).best
        assert hit.section.id not in {s.id for s in cited}, follow_up
    # At most one section suggestion leaves the neighbourhood (the related section of another
    # lesson); the next lesson's broad question may land anywhere in that topic.
    lesson_questions = {lesson_question(lesson.title) for lesson in tutor.course.lessons}
    away = [
        q
        for q in result.followups
        if q not in lesson_questions and tutor.index.search(q, k=1).best.section.lesson_id not in nearby
    ]
    assert len(away) <= 1, away


def test_leans_on_previous() -> None:
    assert answer_module.leans_on_previous("This smooth map is what makes a VAE useful.")
    assert answer_module.leans_on_previous("The second is proficiency in Python.")
    assert not answer_module.leans_on_previous("Thistles are plants.")
    assert not answer_module.leans_on_previous("The generator creates new samples.")


def test_a_sentence_using_the_course_term_for_an_everyday_phrase_scores_higher(tutor, monkeypatch) -> None:
    """ "losing points" is the glossary's everyday phrase for "penalty": the sentence that says
    "penalty" gains ``TERM_BONUS``; the others are unchanged."""
    section = tutor.course.section("reinforcement-learning#agents-environments-actions-and-rewards")
    result = tutor.index.search("what happens when a program keeps losing points", k=3)
    assert "penalty" in tutor.index.learner.expansions(result.query)
    with_bonus = tutor._sentence_scores(section, result)
    monkeypatch.setattr(sentences, "TERM_BONUS", 0.0)
    without = tutor._sentence_scores(section, result)
    gained = [i for i, s in enumerate(section.sentences) if with_bonus[i] > without[i] + 1e-6]
    assert gained and all("penalty" in section.sentences[i] for i in gained)


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        # One section defines both sides: each side's own defining sentence is kept.
        ("recall vs precision", ["Precision answers", "Recall answers"]),
        # Read as yes/no, only one side was answered: both sides are cited now.
        ("is supervised learning the same as unsupervised learning?", ["supervised", "unsupervised"]),
    ],
)
def test_a_comparison_keeps_each_sides_own_sentence(tutor, question: str, needed: list[str]) -> None:
    result = tutor.ask(question)
    assert result.shape == "comparison"
    for text in needed:
        assert text in result.text, (text, result.text)
    assert len(result.text.split()) <= 2 * compose.PART_WORDS + 40


def test_is_a_the_same_as_b_opens_with_the_courses_contrast(tutor) -> None:
    """Once read as yes/no ("No." and one side); now both sides are cited and the answer opens
    with the course sentence that sets them apart, never with a verdict the course did not write."""
    result = tutor.ask("is speech recognition the same thing as generative ai?")
    assert result.shape == "comparison" and len(result.sources) == 2
    opening = result.text.split(" [")[0]
    assert "rather than generative AI" in opening
    # (The contrast "All of these systems ..." comes after the section's opening, which names the
    # systems (stop 37): the lead is one or more whole sentences of one cited section.)
    assert any(
        opening == " ".join(s for s in tutor.course.section(source.section).sentences if s in opening)
        for source in result.sources
    )
    assert not result.text.startswith("No.")


def test_x_in_a_vs_x_in_b_cites_sections_about_x(tutor) -> None:
    """Both sides open with the compared thing ("bias"): each side's section must speak of it,
    not only of the setting (a text generator's training data)."""
    result = tutor.ask("bias in a hiring model vs bias in a text generator")
    assert result.shape == "comparison" and len(result.sources) == 2
    for source in result.sources:
        assert "bias" in " ".join(tutor.course.section(source.section).sentences).lower(), source.section
    assert "ethics-and-regulation#biased-or-harmful-generated-content" in [s.section for s in result.sources]


def test_a_comparison_embeds_in_batches_and_never_one_text_twice(tutor, monkeypatch) -> None:
    """A comparison embeds the question with "A versus B" in one MiniLM batch, and the two
    sides' searches in another; no text is embedded again on its own."""
    index = tutor.index
    question = "whats the difference between supervised and unsupervised learning in batches"
    calls: list[list[str]] = []
    real = index.embedder.encode
    monkeypatch.setattr(index.embedder, "encode", lambda texts, *a, **k: calls.append(list(texts)) or real(texts, *a, **k))
    answer = tutor.ask(question)
    assert answer.shape == "comparison" and answer.in_scope
    assert calls[0] == [index.learner.expand(question), index.learner.expand("supervised versus unsupervised learning in batches")]
    embedded = [text for batch in calls for text in batch]
    assert len(embedded) == len(set(embedded)), calls
    # The sides come in one batch after the first (a side embedded earlier in the session, such
    # as a bare "supervised", is cached and left out of it).
    assert len(calls) <= 2 and all(len(batch) <= 2 for batch in calls), calls


def _hit(tutor, section_id: str, score: float):
    from tutor.core.answering.search import Hit

    return Hit(section=tutor.course.section(section_id), score=score, dense=score, lexical=0.0, coverage=0.0)


def _list_answerer(tutor, question: str, ranked: list[tuple[str, float]]) -> str:
    """The section that answers a list question when search ranks ``ranked`` (id, score) first."""
    result = tutor.index.search(question, k=8)
    result.hits = [_hit(tutor, section, score) for section, score in ranked]
    return tutor._enumerating_hit(question, result).section.id


LABELLED = "supervised-learning#learning-from-labelled-examples"
ALGORITHMS = "supervised-learning#common-supervised-learning-algorithms"
SPAM_RECIPE = "supervised-learning#a-worked-example-building-a-spam-filter"
THREE_WAYS = "what-is-ml#three-ways-a-machine-can-learn"


@pytest.mark.parametrize(
    ("question", "ranked", "chosen"),
    [
        # The defining section ranks first; the enumerating one of its lesson, close below, answers.
        ("which methods learn from answered examples, all of them", [(LABELLED, 0.60), (ALGORITHMS, 0.50)], ALGORITHMS),
        # An enumerating section of another lesson answers only when about as close as the best.
        ("which methods learn from answered examples, all of them", [(LABELLED, 0.60), (THREE_WAYS, 0.50)], LABELLED),
        # Further below, one that names what is asked for ("algorithms") still answers ...
        ("what algorithms learn from answered examples, all of them", [(LABELLED, 0.60), (ALGORITHMS, 0.43)], ALGORITHMS),
        # ... one that does not name it does not.
        ("what learns from answered examples, list it all", [(LABELLED, 0.60), (ALGORITHMS, 0.43)], LABELLED),
        # A recipe enumerates steps: it answers a list question only when steps are asked for.
        ("which methods learn from answered examples, all of them", [(LABELLED, 0.60), (SPAM_RECIPE, 0.58)], LABELLED),
        ("what are the steps of training a spam filter, all of them", [(LABELLED, 0.60), (SPAM_RECIPE, 0.58)], SPAM_RECIPE),
    ],
)
def test_a_list_question_is_answered_by_the_section_that_enumerates(tutor, question, ranked, chosen) -> None:
    assert _list_answerer(tutor, question, ranked) == chosen


def test_a_best_section_whose_sentences_are_the_items_beats_a_summary_far_below(tutor) -> None:
    """"Resistance to change" gives one reason per sentence (no announcing sentence, so the
    structure does not show a list); a question about that one challenge is answered by it, not
    by the holistic summary that merely names it among its siblings 0.1 below."""
    question = "what makes employees resist new ai systems, give me every reason"
    ranked = [
        ("adoption-challenges#resistance-to-change-from-employees", 0.60),
        ("adoption-challenges#a-holistic-approach-to-ai-adoption", 0.50),
        ("adoption-challenges#the-ai-skills-gap", 0.49),
    ]
    assert _list_answerer(tutor, question, ranked) == "adoption-challenges#resistance-to-change-from-employees"


def test_a_best_section_beats_another_lessons_list_it_is_more_about(tutor) -> None:
    """A lesson's opening section answers a list question over an enumerating section of
    another lesson when it ranks clearly higher and its sentences are closer."""
    question = "what sorts of invented things does an llm come out with, list every kind"
    ranked = [
        ("hallucination#what-hallucination-means", 0.58),
        ("future-trends#multimodal-chatbots-such-as-gpt-4-and-gemini", 0.53),
    ]
    assert _list_answerer(tutor, question, ranked) == "hallucination#what-hallucination-means"


def test_a_summary_that_names_its_siblings_answers_a_list_of_them(tutor) -> None:
    """The skills gap, resistance to change and cost each have a section; the one that names all
    three as items answers "what problems ..., list them", not the first that enumerates costs."""
    question = "what problems do firms hit when they bring in ai, list them"
    ranked = [
        ("adoption-challenges#the-ai-skills-gap", 0.58),
        ("adoption-challenges#resistance-to-change-from-employees", 0.57),
        ("adoption-challenges#the-cost-of-implementing-ai", 0.57),
        ("adoption-challenges#a-holistic-approach-to-ai-adoption", 0.53),
    ]
    assert _list_answerer(tutor, question, ranked) == "adoption-challenges#a-holistic-approach-to-ai-adoption"


@pytest.mark.parametrize(
    ("question", "section", "items"),
    [
        ("what algorithms can learn from examples that come with labels? name them all", ALGORITHMS,
         ["Linear regression", "support vector machine", "decision tree", "neural network"]),
        ("what are generative ai's weak points, every single one", "benefits-and-limitations#where-generative-ai-falls-short",
         ["groundbreaking", "quality of generated content", "biased or harmful"]),
    ],
)
def test_a_list_answer_cites_the_enumeration_and_keeps_every_item(tutor, question, section, items) -> None:
    result = tutor.ask(question)
    assert result.shape == "list" and result.sources[0].section == section
    for item in items:
        assert item in result.text, (item, result.text)


def test_two_sides_one_section_defines_are_answered_from_it(tutor) -> None:
    """Each side searched alone lands on the same section, which gives each its own sentence:
    it answers both, rather than the second side being taken from a lesser section."""
    result = tutor.ask("support vector machine vs neural network how do they differ")
    assert result.shape == "comparison"
    assert [s.section for s in result.sources] == [ALGORITHMS]
    assert "A support vector machine (SVM) separates" in result.text and "A neural network passes" in result.text


def test_asking_how_to_do_something_gets_every_way_of_a_how_to_section(tutor) -> None:
    result = tutor.ask("how can you check whether a chatbot invented a fact")
    assert result.sources[0].section == "hallucination#how-to-spot-and-reduce-hallucination"
    for way in ("Checking sources", "Asking the same question twice"):
        assert way in result.text, result.text


def test_an_enumerating_best_section_of_the_topic_keeps_a_list_question(tutor) -> None:
    """Every VAE section names the VAE; the runner-up's opening sentence being closer to the
    question does not move a list question off the enumerating best section of that lesson."""
    question = "a vae's training loss is made of what, list the parts"
    ranked = [
        ("vaes#why-the-autoencoder-is-called-variational", 0.66),
        ("vaes#encoder-latent-space-and-decoder", 0.65),
        ("vaes#what-vaes-are-used-for", 0.57),
    ]
    assert _list_answerer(tutor, question, ranked) == "vaes#why-the-autoencoder-is-called-variational"


def test_how_to_do_what_one_section_is_plainly_about_gets_its_method(tutor) -> None:
    """One section leads by far: the whole of it answers "how do I ...", so the method sentence
    (PCA), which shares no word with the question, is not dropped for length."""
    result = tutor.ask("how can i squash loads of features into just a couple for a chart")
    assert result.in_scope
    assert result.sources[0].section == "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
    assert "Principal component analysis" in result.text


def test_a_section_defining_each_side_under_its_other_name_answers_alone(tutor) -> None:
    """ "svm" is defined as "A support vector machine (SVM) ..." in the section that also defines
    the decision tree: that section answers both sides, not a second one that merely mentions a
    deep decision tree."""
    result = tutor.ask("svm vs decision tree - how does each one split the data")
    assert [s.section for s in result.sources] == ["supervised-learning#common-supervised-learning-algorithms"]
    assert "widest possible gap" in result.text and "yes-or-no questions" in result.text


def test_pros_and_cons_cite_the_benefits_and_the_limitations_whatever_the_setting(tutor) -> None:
    """What both sides share ("generative AI for a shop") names neither side: the limitations
    side is not answered from the benefits section again, nor pulled to the retail section."""
    for question in ("pros and cons of generative ai for a shop", "upsides and downsides of gen ai for a business?"):
        result = tutor.ask(question)
        assert [s.section for s in result.sources] == [
            "benefits-and-limitations#what-generative-ai-does-well",
            "benefits-and-limitations#where-generative-ai-falls-short",
        ], question


def test_a_three_way_comparison_is_answered_by_the_section_naming_all_three(tutor) -> None:
    result = tutor.ask("top-k vs top-p vs temperature")
    assert result.shape == "comparison"
    assert [s.section for s in result.sources] == ["language-models#sampling-temperature-top-k-and-top-p"]
    assert all(word in result.text for word in ("Top-k sampling", "Top-p sampling", "Temperature controls"))


def test_a_setting_then_two_options_is_a_comparison(tutor) -> None:
    result = tutor.ask("if we have loads of raw data and nobody to label it, supervised or unsupervised?")
    assert result.shape == "comparison"
    assert "cheap and plentiful" in result.text


def test_a_sides_name_is_not_searched_with_the_other_side(tutor, monkeypatch) -> None:
    """The setting ("for a travel agency") goes with both sides, but the first side's own words,
    reworded when the setting was split off, are not context for the second side; nor is what
    "A and B are both" share."""
    searched: list[str] = []
    real = tutor.index.search
    monkeypatch.setattr(tutor.index, "search", lambda text, *a, **k: searched.append(text) or real(text, *a, **k))
    tutor.ask("for a travel agency: image generators vs text generators, what is each one good for")
    side_queries = [q for q in searched if q.startswith("text generators")]
    assert side_queries and all("image" not in q and "travel" in q for q in side_queries), searched
    searched.clear()
    tutor.ask("gans and vaes are both generative models, but how does each one learn")
    assert all("generative" not in q for q in searched[1:] if "versus" not in q), searched
    # Nor is the kind the learner puts both in ("these two cost problems").
    searched.clear()
    tutor.ask("noisy data vs missing values, how are these two data problems different")
    assert searched and all("problems" not in q for q in searched[1:] if "versus" not in q), searched
    searched.clear()
    tutor.ask("is mode collapse the same problem as overfitting?")
    sides = [q for q in searched if q.startswith(("mode collapse", "overfitting")) and "versus" not in q]
    assert len(set(sides)) == 2 and all("problem" not in q for q in sides), searched


def test_a_three_way_comparison_no_section_names_gets_a_part_per_side(tutor) -> None:
    result = tutor.ask("pca vs dbscan vs k-means")
    assert [s.section for s in result.sources] == [
        "unsupervised-learning#dimensionality-reduction-simplifies-complex-data",
        "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps",
        "unsupervised-learning#how-k-means-finds-clusters",
    ]
    assert "density-based" in result.text and "fewer numbers" in result.text
    assert len(result.text.split()) <= 3 * compose.MANY_PART_WORDS + 40


def test_the_plain_kind_of_a_thing_is_named_where_the_thing_is() -> None:
    """ "hyper-personalisation vs normal personalisation": the second side's own word ("normal")
    is only the plain kind of what both share, so a heading naming personalisation covers it;
    "benefits vs limitations of X" still needs each side's own word."""
    from tutor.core.knowledge import Section

    def analyse(text: str) -> list[str]:
        return re.findall(r"[a-z]+", text.lower())

    text = "Hyper personalisation tailors everything."
    section = Section(
        id="l#s", lesson_id="l", lesson_title="L", heading="Hyper personalisation with machine learning",
        text=text, demo=None, sentences=(text,),
    )
    sides = [[analyse("hyper personalisation")], [analyse("normal personalisation")]]
    assert compose.covers_both(section, sides, analyse)
    other = [[analyse("hyper personalisation")], [analyse("group personalisation")]]
    assert not compose.covers_both(section, other, analyse)


def test_a_side_in_everyday_words_gets_its_own_section(tutor) -> None:
    """ "unfair training data vs a generator churning out harmful junk": the section whose heading
    names both in part ("Biased or harmful generated content") does not answer alone when a near
    one's heading names the first side whole ("Bias inherited from training data"); the second
    side, out of scope on its own everyday words, is the question's near section that names it."""
    result = tutor.ask("unfair training data vs a generator churning out harmful junk, whats the difference")
    assert result.shape == "comparison"
    assert [s.section for s in result.sources] == [
        "ethics-and-regulation#bias-inherited-from-training-data",
        "ethics-and-regulation#biased-or-harmful-generated-content",
    ]


def test_parallel_sections_answer_both_sides_alike(tutor) -> None:
    """Where the course treats both sides in parallel sections ("What machine learning does well"
    / "What generative AI does well"), both sides come from the same kind of section."""
    answer = tutor.ask("what is gen ai good at compared to what machine learning is good at")
    cited = {source.section.split("#")[1] for source in answer.sources}
    assert cited == {"what-generative-ai-does-well", "what-machine-learning-does-well"}, cited


def test_a_relative_clause_verb_does_not_name_a_side_in_a_heading(tutor) -> None:
    """"a chatbot that makes things up" is named "chatbot": the clause's "makes" once made the
    heading "What makes a language model large" look like a comparison of both sides, and that
    section answered alone."""
    result = tutor.ask("a chatbot that makes things up vs a model that inherits bias from old data")
    assert result.shape == "comparison"
    cited = [s.section for s in result.sources]
    assert "language-models#what-makes-a-language-model-large" not in cited
    assert any(s.startswith("hallucination#") for s in cited), cited
    assert "ethics-and-regulation#bias-inherited-from-training-data" in cited


def test_a_setting_named_in_a_sections_text_lets_it_compare_both_sides(tutor) -> None:
    """"in a gan, ..." is the setting of both sides; the section on the generator and the
    discriminator names GANs in its text, not its heading, and still answers alone."""
    result = tutor.ask("in a gan which one does what, the generator or the discriminator")
    assert result.shape == "comparison"
    assert [s.section for s in result.sources] == ["gans#the-generator-and-the-discriminator"]


def test_a_side_near_two_sections_takes_the_one_the_question_prefers(tutor) -> None:
    """ "classification" alone is best answered by image classification; with clustering beside it
    the whole question prefers "Classification versus regression", nearly as good for the side,
    and that section answers the side."""
    result = tutor.ask("classification vs clustering, they both sort things into groups so what's different")
    assert result.shape == "comparison"
    assert [s.section for s in result.sources] == [
        "supervised-learning#classification-versus-regression",
        "unsupervised-learning#clustering-groups-similar-data-points",
    ]


def test_a_side_out_of_scope_alone_is_found_among_the_questions_sections(tutor) -> None:
    """ "cost of running it afterwards" is below the scope bar on its own; the whole question is
    not, and of its sections the side's own best answers it (not one answer from one side)."""
    result = tutor.ask("cost of training a model vs cost of running it afterwards")
    cited = [s.section for s in result.sources]
    assert cited == [
        "data-and-compute#training-cost-compute-expertise-and-time",
        "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    ], cited


def test_a_section_that_only_mentions_a_side_does_not_answer_both(tutor) -> None:
    """ "Tokens: the pieces of text a model reads and writes" names "model" in its heading and
    "language model" in passing; it presents tokens, not the language model, so it does not answer
    "tokens vs the language model" alone: the second side gets its own section."""
    result = tutor.ask("tokens vs the language model, what does each do")
    cited = [s.section for s in result.sources]
    assert cited[0] == "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"
    assert len(cited) == 2 and cited[1].startswith("language-models#"), cited


def test_a_three_way_section_about_two_sides_does_not_answer_the_third(tutor) -> None:
    """ "Precision and recall computed from a confusion matrix" presents precision and recall and
    names accuracy only in a worked example: for "accuracy, precision and recall", accuracy gets
    its own section, which says what it is."""
    result = tutor.ask("precision vs recall vs accuracy - what is each one?")
    cited = [s.section for s in result.sources]
    assert "evaluating-models#accuracy-the-share-of-predictions-that-are-right" in cited, cited
    assert "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix" in cited, cited
    assert re.search(r"fraction|share", result.text)


def test_an_overview_naming_every_side_still_answers_a_three_way_comparison(tutor) -> None:
    """A section that presents none of three sides but names them all ("Kinds of content generative
    AI creates" for GANs, VAEs and LLMs) is the course's overview of them and answers alone."""
    result = tutor.ask("gans vs vaes vs llms: what kind of content is each one mostly used for")
    assert [s.section for s in result.sources] == ["what-is-generative-ai#kinds-of-content-generative-ai-creates"]


def test_a_section_best_for_both_sides_goes_to_the_side_it_suits_better(tutor) -> None:
    """ "supervised or unsupervised, can either work without labels?": "without labels" pulls both
    sides to "Learning from unlabelled data"; the unsupervised side scores it higher, so the
    supervised side takes its next section rather than the unsupervised side losing its own."""
    result = tutor.ask("supervised or unsupervised, can either work without labels?")
    cited = [s.section for s in result.sources]
    assert "unsupervised-learning#learning-from-unlabelled-data" in cited, cited
    assert any(s.startswith("supervised-learning#") for s in cited), cited


def test_a_lesser_section_on_both_sides_must_speak_of_what_is_asked_of_both(tutor) -> None:
    """ "what is machine learning good at vs what is gen ai good at": "How machine learning and
    generative AI feed each other" names both sides in its heading but says nothing of what either
    is good at, and it is not the question's best section: each side gets its own."""
    result = tutor.ask("what is machine learning good at versus what is gen ai good at")
    cited = {s.section for s in result.sources}
    assert "ml-vs-generative-ai#how-machine-learning-and-generative-ai-feed-each-other" not in cited, cited
    assert len(cited) == 2, cited


def test_a_side_that_is_a_course_term_alone_gets_its_section(tutor) -> None:
    """ "parameter" searched alone is below the scope bar for want of context; its best section
    holds the word, so the side is answered from it instead of the answer giving tokens only."""
    result = tutor.ask("how is a token different from a parameter")
    cited = [s.section for s in result.sources]
    assert len(cited) == 2 and cited[0] == "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes", cited
    assert "parameters" in result.text



def test_a_list_of_items_told_one_per_sentence_beats_a_best_section_that_lists_none(tutor) -> None:
    """"Sampling: temperature, top-k and top-p" takes one way of choosing per sentence ("Greedy
    decoding always takes ...", "Top-k sampling keeps ..."); "Next-token prediction" ranks a little
    higher and lists no ways. The best section that does not enumerate competes by its closest
    sentence against the runner-up's closest sentence of all, not against only the one sentence
    that holds a series (stop 26: it kept the best section, and no way was listed)."""
    result = tutor.ask("what are the different ways a language model chooses the next word, all of them")
    assert result.shape == "list"
    assert result.sources[0].section == "language-models#sampling-temperature-top-k-and-top-p"
    for way in ("Greedy decoding", "Random sampling", "Temperature", "Top-k sampling", "Top-p sampling"):
        assert way in result.text, (way, result.text)
