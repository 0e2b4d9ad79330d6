"""Conversation state: the topic being discussed, follow-ups recognised by pronouns and by
what they lack, and the untaught-term lexicon."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tutor.core.answering.conversation import Conversation, topic_phrase, topic_words
from tutor.core.answering.not_taught import NotTaught


def test_topic_is_the_learners_own_words() -> None:
    assert topic_phrase("What is Q-learning?") == "Q-learning"
    assert topic_phrase("explain gradient descent") == "gradient descent"
    assert topic_words("What's the biggest downside?") == []
    assert topic_words("any real world uses?") == []


@pytest.mark.parametrize(
    "question", ["What's the biggest downside?", "where is it used in real life?", "how do people fix it?", "examples?"]
)
def test_follow_ups_without_a_topic_are_recognised(tutor, question: str) -> None:
    assert tutor.index.is_follow_up(question)


def test_after_q_learning_how_long_to_train_stays_on_q_learning(tutor) -> None:
    conversation = Conversation()
    for question in ["What is Q-learning?", "how long does it take to train?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and answer.topic == "Q-learning"
    assert answer.sources[0].doc == "reinforcement-learning"
    assert "Q-learning" in answer.text or "Q-value" in answer.text


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        # A bare aspect is answered by the section whose heading names that aspect.
        (["what is k-means", "weak spots?"], "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"),
        (["tell me about variational autoencoders", "real world uses?"], "vaes#what-vaes-are-used-for"),
        (["what are deepfakes", "are they illegal?"], "future-trends#deepfakes-and-regulation-in-the-years-ahead"),
    ],
)
def test_an_aspect_follow_up_finds_the_section_about_that_aspect(tutor, turns: list[str], wanted: str) -> None:
    conversation = Conversation()
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and wanted in [s.section for s in answer.sources], answer.text


@pytest.mark.parametrize(
    ("turns", "lesson"),
    [
        (["how does a gan's generator learn", "what if you pump its training much longer"], "gans"),
        (["what is temperature in a language model", "what happens if you dial it right down"], "language-models"),
        (["what does the kl term do in a vae", "and if its weight gets cranked really high?"], "vaes"),
    ],
)
def test_a_pronoun_follow_up_with_one_plain_english_word_stays_on_topic(tutor, turns: list[str], lesson: str) -> None:
    """A word the course never uses ("pump", "cranked") said about the topic is what is done to
    it, not a new subject: the follow-up is answered from the topic's lesson, not declined."""
    conversation = Conversation()
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and answer.sources[0].doc == lesson, answer.text


def test_a_pronoun_question_about_a_new_everyday_subject_is_not_a_follow_up(tutor) -> None:
    assert not tutor.index.is_follow_up("does it work on my grandma's tablet")
    assert not tutor.index.is_follow_up("is it going to rain in Paris tomorrow")


def test_a_follow_up_that_narrows_the_topic_keeps_it(tutor) -> None:
    """ "and for a GAN in particular?" after loss functions asks about a GAN's loss, not about GANs."""
    assert tutor.index.is_follow_up("and for a gan in particular?")
    assert not tutor.index.is_follow_up("and for gans, what makes training unstable?")
    conversation = Conversation()
    for question in ["what is a loss function", "and for a gan in particular?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and "loss" in answer.text.lower(), answer.text


def test_the_catch_asks_for_the_downside() -> None:
    from tutor.core.answering import compose

    sentences = ["It learns by trial and error.", "The catch is that rewards must match the real goal."]
    assert compose.aspect_bonus("whats the catch with it", sentences)[1] > 0
    assert compose.aspect_bonus("whats the catch with it", sentences)[0] == 0


def test_a_worked_example_with_numbers_asks_for_the_sentences_with_figures() -> None:
    from tutor.core.answering import compose

    sentences = ["Precision tells how often an alarm is right.", "Take 1,000 payments: 15 of 25 flags are fraud."]
    for question in ["give me a worked example with numbers", "how is it calculated", "can you do the maths"]:
        assert list(compose.aspect_bonus(question, sentences) > 0) == [False, True], question
    assert list(compose.shape_bonus("example", sentences) > 0) == [False, True]


def test_a_worked_example_follow_up_quotes_the_course_figures(tutor) -> None:
    conversation = Conversation()
    for question in ["what is a confusion matrix", "show me a worked example with numbers"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and "15" in answer.text and "0.60" in answer.text, answer.text


def test_a_new_topic_replaces_the_old_one(tutor) -> None:
    conversation = Conversation()
    for question in ["What is a GAN?", "what is overfitting?"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert conversation.topic == "overfitting"
    assert answer.sources[0].doc == "training-and-overfitting"


def test_an_unrelated_question_is_not_glued_to_the_topic(tutor) -> None:
    conversation = Conversation()
    conversation.record("What is a GAN?", tutor.ask("What is a GAN?", conversation))
    answer = tutor.ask("is it going to rain in Paris tomorrow", conversation)
    assert not answer.in_scope


def test_a_plain_history_still_works_and_a_conversation_is_a_sequence() -> None:
    conversation = Conversation.from_history(["What is a VAE?", "what is it used for?"])
    assert conversation.topic == "VAE"
    assert list(conversation) == ["What is a VAE?", "what is it used for?"] and len(conversation) == 2


def test_untaught_terms_are_found_in_the_learners_spelling_and_taught_ones_dropped() -> None:
    lexicon = NotTaught(["batch normalization", "k-fold", "cross validation", "t-SNE", "gradient descent"],
                        ["Gradient descent lowers the loss step by step."])
    assert lexicon.find("what does Batch Normalisation do") == "Batch Normalisation"
    assert lexicon.find("how do i do k-fold cross validation") == "k-fold cross validation"
    assert lexicon.find("how does tsne draw plots") is None or lexicon.find("how does t-sne work") == "t-sne"
    assert lexicon.taught == ["gradient descent"]
    assert lexicon.find("explain gradient descent") is None


# Follow-ups whose own words narrow the topic instead of replacing it (issue 11, blind set C).
# Chains written fresh for this file; each names the section and a phrase the answer must carry.
COMBINED = [
    # aspect only, about a topic that lives inside more general sections: the section naming it
    (["what is a decision tree", "any downside?"],
     "training-and-overfitting#overfitting-and-underfitting", "deep decision tree"),
    # a new subject narrowing the topic: the question asked again of it
    (["how do you evaluate a generative model", "and for language models specifically?"],
     "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models", "cross-entropy"),
    # a pronoun for the topic plus words of its own: the section naming both
    (["what is a language model", "does the textgen demo have one?"],
     "language-models#small-language-models-versus-large-ones", "tiny GPT"),
    # "that one" is the most recent subject (DBSCAN), not the first (k-means): the sentence on it
    # that settles the yes/no, though the last answer said it
    (["how does k-means group data", "what's the algorithm that handles odd shapes",
      "does that one need you to pick the number of clusters?"],
     "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps", "DBSCAN does not need k"),
]


@pytest.mark.parametrize(("turns", "wanted", "phrase"), COMBINED)
def test_a_follow_ups_own_words_combine_with_the_topic(tutor, turns: list[str], wanted: str, phrase: str) -> None:
    conversation = Conversation()
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and answer.sources[0].section == wanted, (answer.sources, answer.text)
    assert phrase in answer.text


def test_narrowing_and_pointing_back_are_told_apart() -> None:
    from tutor.core.answering.conversation import carried_topic, narrows, refers_back, subject

    assert narrows("and for a gan specifically?") and narrows("what about in retail?")
    assert not narrows("what about VAEs?")  # a new topic, not a narrower one
    assert not narrows("which algorithms are used for clustering specifically in shops and banks")
    # A relative "that" after a noun names a new subject; "does that" and "that one" point back.
    assert not refers_back("what's the model that writes text")
    assert refers_back("does that need labels?") and refers_back("is that one cheaper?")
    # The topic after each kind of follow-up, and what a pronoun stands for.
    assert carried_topic("and for a gan specifically?", "loss function") == "loss function, gan"
    assert carried_topic("does it need labels?", "clustering") == "clustering"
    assert carried_topic("whats the method for odd shapes", "k-means, centres") == "centres, method odd shapes"
    assert subject("does that one need k?", "k-means, odd shapes") == "odd shapes"


def test_the_catch_of_a_topic_is_its_downside() -> None:
    from tutor.core.answering import compose

    sentences = ["Simulators are cheap.", "The catch is that rewards may miss the real goal."]
    assert list(compose.aspect_bonus("whats the catch?", sentences) > 0) == [False, True]


# --- follow-ups read in full (conversation.resolve) -------------------------------------------


def _ask_all(tutor, turns: list[str]):
    conversation = Conversation()
    answer = None
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    return answer, conversation


def test_a_new_subject_after_and_or_what_about_is_told_from_other_follow_ups() -> None:
    from tutor.core.answering.conversation import switched_subject

    assert switched_subject("and gans?") == (None, "gans")
    assert switched_subject("what about machine learning?") == (None, "machine learning")
    assert switched_subject("and the generator?") == (None, "generator")
    assert switched_subject("how about in finance?") == ("in", "finance")
    assert switched_subject("ok, and what about dbscan then?") == (None, "dbscan")
    assert switched_subject("and for images specifically?") == ("for", "images")
    # A question of its own, a pronoun, or only an aspect of the same topic: no new subject.
    assert switched_subject("and how does it learn?") is None
    assert switched_subject("and what is beam search?") is None
    assert switched_subject("what about its cost?") is None
    assert switched_subject("and the main uses?") is None
    assert switched_subject("explain overfitting") is None


@pytest.mark.parametrize(
    ("turns", "read", "wanted"),
    [
        # the new subject takes the old one's place; the aspect ("used for", "benefits") stays
        (["what are vaes used for", "and gans?"], "what are gans used for", "gans#what-gans-have-been-used-for"),
        (["what are the benefits of generative ai", "what about machine learning?"],
         "what are the benefits of machine learning", "benefits-and-limitations#what-machine-learning-does-well"),
        # "and in X?" replaces what the previous question had "in"
        (["how is ai used in healthcare", "and in finance?"], "how is ai used in finance",
         "industry-use-cases#finance-catching-fraud-and-handling-documents"),
        # of two subjects, the one like the new subject is replaced, not the setting ("in a gan")
        (["what does the discriminator do in a gan", "and the generator?"], "what does the generator do in a gan",
         "gans#the-generator-and-the-discriminator"),
        # the course says "unsupervised learning": the phrase keeps its head
        (["what is supervised learning", "and unsupervised?"], "what is unsupervised learning",
         "unsupervised-learning#learning-from-unlabelled-data"),
    ],
)
def test_a_new_subject_is_read_into_the_previous_question(tutor, turns: list[str], read: str, wanted: str) -> None:
    answer, conversation = _ask_all(tutor, turns)
    assert answer.reading is not None and answer.reading.text == read
    assert conversation.asked[-1] == read
    assert answer.in_scope and answer.sources[0].section == wanted, answer.text


def test_a_new_subject_is_answered_from_the_lesson_about_what_was_asked(tutor) -> None:
    """ "what about vaes?" after an answer from the evaluation lesson: that lesson's section on a
    VAE's loss, not the VAE definition its name alone ranks first. After an answer from the old
    subject's own lesson ("what are vaes used for" -> "and gans?") the new subject's lesson answers."""
    answer, _ = _ask_all(tutor, ["how do you evaluate a generative model", "what about vaes?"])
    assert answer.reading is not None and answer.reading.text == "how do you evaluate a vaes"
    assert answer.sources[0].section == "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models"
    assert "A VAE's loss" in answer.text
    answer, _ = _ask_all(tutor, ["what are vaes used for", "and gans?"])
    assert answer.sources[0].doc == "gans"
    # The lesson whose title names what was asked ("evaluated"), whatever the last answer cited.
    answer, _ = _ask_all(tutor, ["how are GANs evaluated?", "what about vaes?"])
    assert answer.sources[0].section == "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models"


def test_a_narrowing_with_nothing_to_replace_and_a_fresh_question_are_not_rewritten(tutor) -> None:
    answer, _ = _ask_all(tutor, ["what is a loss function", "and for a gan in particular?"])
    assert answer.reading is None  # no "for" in the previous question: the topic is narrowed
    answer, _ = _ask_all(tutor, ["explain overfitting", "what is a deepfake?"])
    assert answer.reading is None and answer.sources[0].doc == "ethics-and-regulation"


def test_a_new_subject_in_a_request_a_tutor_does_not_do_is_declined_too(tutor) -> None:
    """ "and vaes?" after "write me a poem about gans" asks for another poem."""
    answer, conversation = _ask_all(tutor, ["write me a poem about gans", "and vaes?"])
    assert not answer.in_scope and not answer.sources
    assert conversation.asked[-1] == "write me a poem about vaes"


def test_which_one_is_better_after_two_subjects_compares_them(tutor) -> None:
    answer, conversation = _ask_all(tutor, ["tell me about gans", "and vaes?", "which one is better then?"])
    assert conversation.subjects[-2:] == ["gans", "vaes"]
    assert answer.reading is not None and answer.reading.text == "gans versus vaes"
    assert answer.shape == "comparison" and "blurr" in answer.text and "sharper" in answer.text
    # With one subject only, "the other one" is left to the comparison with a pronoun side.
    answer, _ = _ask_all(tutor, ["what is supervised learning", "is it better than the other one?"])
    assert answer.reading is None
    # Words of its own that point at both ("which one") ask something of the two compared ...
    answer, _ = _ask_all(tutor, ["how do gans work", "what about vaes?", "which one is more stable?"])
    assert answer.reading is not None and answer.reading.text.startswith("gans versus vaes, ")
    assert answer.shape == "comparison" and "stable" in answer.text
    # ... words of its own that do not ("which algorithms", "they" for the last subject alone)
    # make a question of its own.
    answer, _ = _ask_all(tutor, ["what are gans", "what are deepfakes?", "are they better than real photos?"])
    assert answer.reading is None
    answer, _ = _ask_all(tutor, ["tell me about k-means", "and dbscan?", "which algorithms are better for images?"])
    assert answer.reading is None


@pytest.mark.parametrize(
    ("turns", "read", "wanted"),
    [
        (["what is a gan", "what is a vae?", "how is the first one trained?"], "how is gan trained?",
         "gans#how-adversarial-training-works"),
        (["what is a gan", "what is a vae?", "how is the former trained?"], "how is gan trained?",
         "gans#how-adversarial-training-works"),
        # "the other one" after a question of its own asks that question of the earlier subject
        (["how is a vae trained", "what is a gan?", "what about the other one?"], "what is a vae?", "vaes"),
    ],
)
def test_the_first_one_points_two_subjects_back(tutor, turns: list[str], read: str, wanted: str) -> None:
    answer, conversation = _ask_all(tutor, turns)
    assert answer.reading is not None and answer.reading.text == read
    assert answer.sources[0].section == wanted or answer.sources[0].doc == wanted
    assert conversation.subjects[-1] == answer.reading.subject  # "the other one" next is the other


def test_the_first_step_is_no_back_reference() -> None:
    from tutor.core.answering.conversation import ordinal_subject

    conversation = Conversation(subjects=["gan", "vae"])
    assert ordinal_subject("what is the first step of training?", conversation) is None
    assert ordinal_subject("and the latter?", conversation) == ("and vae?", "vae")


def test_that_stands_for_what_the_previous_question_did(tutor) -> None:
    from tutor.core.answering.conversation import event_topic

    conversation = Conversation(questions=["how do you train a big language model"], topic="language model",
                                asked=["how do you train a big language model"])
    assert event_topic("how long does that take", conversation) == "train big language model"
    assert event_topic("how long does it take", conversation) is None  # "it" is the subject
    assert event_topic("how long does training take", conversation) is None  # words of its own
    answer, _ = _ask_all(tutor, ["how do you train a big language model", "how long does that take"])
    assert answer.sources[0].section == "data-and-compute#training-cost-compute-expertise-and-time"
    assert "weeks" in answer.text


def test_the_conversation_keeps_each_question_as_read_and_the_subjects() -> None:
    from tutor.core.answering.conversation import Reading

    class Said:
        def __init__(self, topic: str, reading: Reading | None = None) -> None:
            self.topic, self.reading, self.sources, self.in_scope = topic, reading, [], True

    conversation = Conversation()
    conversation.record("what are vaes used for", Said("vaes"))
    conversation.record("and gans?", Said("gans", Reading("what are gans used for", "vaes", "gans")))
    conversation.record("how are they trained?", Said("gans"))
    conversation.record("and for a vae specifically?", Said("gans, vae"))  # a narrowed topic
    assert conversation.asked == ["what are vaes used for", "what are gans used for",
                                  "how are they trained?", "and for a vae specifically?"]
    assert conversation.subjects == ["vaes", "gans"]
    copied = conversation.copy()
    assert copied.asked == conversation.asked and copied.subjects == conversation.subjects
    conversation.clear()
    assert not conversation.asked and not conversation.subjects and copied.subjects == ["vaes", "gans"]


@pytest.mark.parametrize(
    "turns",
    [
        ["why do chatbots make stuff up", "how can i stop it"],
        ["how come the bots invent fake facts", "how do i avoid that"],
    ],
)
def test_an_everyday_topic_is_carried_as_the_course_term_it_stands_for(tutor, turns: list[str]) -> None:
    """"make stuff up" is hallucination in the course, and the answer's lesson is named after it:
    "stop it" then means stopping hallucination, not chatbots (the LLM section came first)."""
    conversation = Conversation()
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
        if len(conversation) == 1:
            assert answer.topic == "hallucination", answer.topic
    assert answer.sources[0].section.startswith("hallucination#"), answer.sources


def test_a_topic_already_in_course_words_is_kept_as_asked(tutor) -> None:
    assert tutor.ask("what is the latent space of a vae").topic == "latent space of a vae"


# --- follow-ups that land on what was just said ----------------------------------------------
# Nearly every section is shorter than answer.WHOLE_WORDS, so a first answer often quotes a whole
# section; a follow-up answered from that same section gets the sentences of it that answer the
# follow-up, not the paragraph again (tests/data/conversation/same_section.toml: 24 chains written
# before looking at the answers; before: 23 of 24 held the facts and 19 were the previous answer
# word for word, 0 both right and short; after: 24 of 24 right, none repeated, 19 right and short).

SAME_SECTION = Path(__file__).resolve().parents[2] / "data" / "conversation" / "same_section.toml"


def _chain(tutor, turns: list[str]) -> list:
    conversation = Conversation()
    answers = []
    for question in turns:
        answers.append(tutor.ask(question, conversation))
        conversation.record(question, answers[-1])
    return answers


def test_how_long_to_train_after_q_learning_is_the_sentence_on_episodes_not_the_paragraph(tutor) -> None:
    first, second = _chain(tutor, ["what is q-learning?", "how long does it take to train?"])
    assert second.sources[0].section == first.sources[0].section
    assert second.text != first.text
    assert "many more episodes" in second.text
    assert len(second.text.split()) < len(first.text.split()) // 2


def test_weird_side_effects_of_tokens_is_the_strawberry_sentence(tutor) -> None:
    first, second = _chain(tutor, ["what do tokens mean for a language model", "any weird side effects?"])
    assert second.sources[0].section == first.sources[0].section
    assert "strawberry" in second.text and second.text != first.text


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # A list follow-up on the section that was just listed whole, and the same question twice.
        (["what is clustering", "does it name the groups for you?"], "does not name the groups"),
        (["what is a gan", "what is a gan"], None),
    ],
)
def test_the_previous_answer_is_never_given_again_word_for_word(tutor, turns: list[str], said: str | None) -> None:
    first, second = _chain(tutor, turns)
    assert second.in_scope and second.text != first.text
    if said:
        assert said in second.text


def test_a_follow_up_with_nothing_specific_keeps_several_sentences(tutor) -> None:
    """"why start that way" names no one sentence: the reasons the pilot section gives, not one."""
    _, second = _chain(tutor, ["what's an ai pilot project", "why start that way"])
    assert "costs low" in second.text and "reduces resistance" in second.text


def _same_section_chains() -> list[dict]:
    with SAME_SECTION.open("rb") as handle:
        return [{**case, "file": SAME_SECTION.name} for case in tomllib.load(handle)["case"]]


@pytest.mark.slow
def test_follow_ups_on_the_section_just_quoted_answer_with_its_sentences(tutor) -> None:
    """Each last answer holds its facts, is not the previous answer again and is short (at most
    100 words): the sentence asked about, not the paragraph. Measured 19 of 24; floor 75%."""
    import learner_judge

    good, problems = 0, []
    for case in _same_section_chains():
        answers = _chain(tutor, case["turns"])
        verdict = learner_judge.judge(tutor, case)
        repeated = answers[-1].text == answers[-2].text
        short = len(answers[-1].text.split()) <= 100
        good += verdict.ok and not repeated and short
        if repeated or not (verdict.ok and short):
            problems.append(f"{case['turns']}: {verdict.why or ('repeated' if repeated else 'long')}")
        assert not repeated, case["turns"]
    assert good >= 0.75 * len(_same_section_chains()), problems


def test_the_bias_one_is_the_item_of_the_list_just_given(tutor) -> None:
    """After ML's limitations, "the bias one" is the hiring model of that list, not the ethics
    lesson's own section on bias (which ranked first on the word alone)."""
    _, second = _chain(tutor, ["what are the limitations of machine learning", "can you give an example of the bias one?"])
    assert second.sources[0].section == "benefits-and-limitations#where-machine-learning-falls-short"
    assert "hiring" in second.text


def test_the_section_just_quoted_answers_when_only_the_seen_penalty_put_it_second(tutor) -> None:
    """"and which models make images?" after the kinds of content generative AI creates: that
    section's "GANs and VAEs are common for images" answers, not the cat-pictures example."""
    answers = _chain(tutor, ["what is generative ai", "what kinds of content can it make", "and which models make images?"])
    assert answers[-1].sources[0].section == answers[-2].sources[0].section
    assert "GANs" in answers[-1].text or "generative adversarial" in answers[-1].text


def test_turning_something_up_is_a_follow_up_about_too_much(tutor) -> None:
    """ "what if i crank it way up" names no subject of its own: "crank" says what is done to the
    topic, and the answer is the course's sentence on a value that is too large."""
    from tutor.core.answering import compose

    assert tutor.index.is_follow_up("what if i crank it way up")
    assert compose.aspect_bonus("and if you turn it all the way up?", ["It learns.", "Too much weight blurs it."])[1] > 0
    conversation = Conversation()
    for question in ["what does the learning rate do", "what if i crank it way up"]:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    assert answer.in_scope and "too large" in answer.text, answer.text


def test_a_case_described_with_could_counts_as_an_example() -> None:
    from tutor.core.answering import compose

    sentences = ["Personalisation tailors content to a person.", "A learning app could change the next exercise."]
    assert list(compose.aspect_bonus("any real example?", sentences) > 0) == [False, True]


# --- a conversation remembers more than its last answer (round 3) --------------------------
# tests/data/conversation/memory.toml: 30 chains written before looking at the answers (three
# turns that must not repeat the first answer, an aspect of a subject that dominates the search,
# an aspect another lesson teaches, a full question in the middle and then "the first one").

MEMORY = Path(__file__).resolve().parents[2] / "data" / "conversation" / "memory.toml"


def test_what_two_turns_back_quoted_is_not_given_again(tutor) -> None:
    """Q-learning, then its table, then "how long does it take to train?": the sentences on
    episodes, not the Q-learning paragraph the first answer gave (which the last answer alone
    no longer shows)."""
    first, _, third = _chain(tutor, ["what is q-learning", "what is the q-table", "how long does it take to train?"])
    assert third.sources[0].section == first.sources[0].section
    assert "episodes" in third.text
    assert len(third.text.split()) < len(first.text.split()) // 2


def test_the_conversation_keeps_a_bounded_memory_of_what_it_quoted() -> None:
    from types import SimpleNamespace

    from tutor.core.answering.conversation import HISTORY_DEPTH

    conversation = Conversation()
    for number in range(HISTORY_DEPTH + 2):
        source = SimpleNamespace(section=f"lesson#s{number}", doc="lesson")
        conversation.record(f"question {number}", SimpleNamespace(text=f"answer {number}.", sources=[source], in_scope=True, topic=None, reading=None))
    assert len(conversation.said) == HISTORY_DEPTH
    assert "answer 0." not in conversation.already_said and f"answer {HISTORY_DEPTH + 1}." in conversation.already_said
    assert conversation.copy().said == conversation.said
    conversation.clear()
    assert conversation.said == [] and conversation.already_said == ""


def test_the_first_one_and_it_are_two_subjects(tutor) -> None:
    """ "does the first one suffer from it?" after a VAE and then mode collapse asks whether a
    VAE suffers from mode collapse."""
    *_, last = _chain(tutor, ["what is a vae", "what is mode collapse", "does the first one suffer from it?"])
    assert last.sources[0].section == "vaes#vaes-compared-with-gans"
    assert "mode collapse" in last.text


def test_an_aspect_the_topics_lesson_does_not_teach_is_answered_from_the_aspects_lesson(tutor) -> None:
    """ "how much computing does that need?" after training a VAE: the VAE lesson has no section
    on compute, so the lesson on data and compute answers (the VAE's name alone ranked every VAE
    section first); after a GAN, whose lesson says what its training costs, the GAN lesson does."""
    *_, vae = _chain(tutor, ["how do you train a vae", "how much computing does that need?"])
    assert vae.sources[0].doc == "data-and-compute" and "comput" in vae.text
    *_, gan = _chain(tutor, ["what is a gan", "is it expensive to train?"])
    assert gan.sources[0].section == "gans#why-gan-training-is-unstable-and-costly"
    # "One model generates, another evaluates" is the discriminator's job, not how a GAN is judged.
    *_, judged = _chain(tutor, ["what is a gan", "how do you evaluate one?"])
    assert judged.sources[0].doc == "evaluating-models", judged.text


@pytest.mark.slow
def test_the_memory_chains_are_answered(tutor) -> None:
    """Measured on the 30 chains before the change: 21 right, 5 three-turn chains repeating the
    first answer (7, 7, 6, 5 and 1 of its sentences again); after: 24 right and 2, 3, 3, 1 (Q-learning's
    two sentences on episodes, which answer; overfitting's "how do you prevent it"; "back to
    q-learning, ..." asked afresh, which only the last answer is checked against). Floor: 75%."""
    import learner_judge

    with MEMORY.open("rb") as handle:
        cases = [{**case, "file": MEMORY.name} for case in tomllib.load(handle)["case"]]
    verdicts = [learner_judge.judge(tutor, case) for case in cases]
    assert sum(v.ok for v in verdicts) >= 0.75 * len(cases), learner_judge.report({"followup": verdicts})


def test_a_full_question_that_leaned_on_the_conversation_adds_its_subject() -> None:
    """ "what is regression?" after classification is carried as "classification, regression";
    regression is the latest subject, so "the first one" next is classification. A follow-up
    that narrows ("and for a vae specifically?") adds none."""
    from types import SimpleNamespace

    conversation = Conversation()
    conversation.record("what is classification", SimpleNamespace(topic="classification", reading=None, sources=[], in_scope=True))
    conversation.record("what is regression?", SimpleNamespace(topic="classification, regression", reading=None, sources=[], in_scope=True))
    assert conversation.subjects == ["classification", "regression"]


def test_he_or_she_after_a_person_the_question_names_points_inside_it(tutor) -> None:
    """"my son says ai will take all jobs, is he right" asks about AI and jobs, whatever came
    before: "he" is the son. "they" may still be the topic under discussion."""
    assert not tutor.index.is_follow_up("my son says ai will take all jobs, is he right")
    assert not tutor.index.is_follow_up("my boss said machine learning is just statistics, is she wrong")
    assert tutor.index.is_follow_up("my teacher says they are hard to train, why?")


@pytest.mark.parametrize("chain", [
    ["how does my bank know a payment is fraud", "can ai make a fake video of me",
     "why does spotify keep suggesting the same kind of songs", "is chatgpt just copying stuff from the internet",
     "what kind of ai sorts my photos by face", "should my small shop bother with ai"],
    ["what is overfitting", "can ai write a song for my wedding", "how does netflix pick shows for me",
     "do self driving cars use ai to decide when to brake", "why would an ai be racist"],
])
def test_unrelated_everyday_questions_in_a_row_are_each_answered_on_their_own(tutor, chain: list[str]) -> None:
    """A learner firing off unrelated questions: each one that its own words (or a learner ask)
    place confidently gets the answer it gets alone. The spotify question after deepfakes had
    been read as a follow-up and answered with a paragraph about generative models copying,
    and the topic string grew with every turn ("ai make a fake video, spotify keep ...")."""
    conversation = Conversation()
    for question in chain:
        answer = tutor.ask(question, conversation)
        alone = tutor.ask(question)
        assert [s.section for s in answer.sources] == [s.section for s in alone.sources], question
        conversation.record(question, answer)


def test_a_question_of_its_own_read_as_a_follow_up_by_a_pronoun_is_answered_alone(tutor) -> None:
    """"how did it know" made the bank question a follow-up of the phone-and-spam conversation;
    searched with that topic it found nothing and was declined, though alone the course answers it
    (fraud detection). Found trying the chat as a learner (stop 23)."""
    question = "my bank froze my card for a weird purchase, how did it know"
    answers = _chain(tutor, ["how does my phone know its me when i look at it", "why does my email sort spam on its own", question])
    alone = tutor.ask(question)
    assert alone.in_scope
    assert answers[-1].in_scope
    assert answers[-1].sources[0].section == alone.sources[0].section == "ml-applications#fraud-detection-with-machine-learning"


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        ("why does my email sort spam on its own", False),
        ("can a robot learn to walk by itself", False),
        ("is it true that gans need two networks", False),
        ("is it possible for ai to write a whole song", False),
        ("is it hard to train?", True),
        ("is it true that it needs labels", True),
        # The claim's "that" left out (stop 41's chat trial); a bare "true?" asks about the last
        # answer's claim.
        ("is it true ai will take all our jobs", False),
        ("is it true in practice?", True),
        ("is it true?", True),
        ("does that work on its own", True),
    ],
)
def test_a_pronoun_in_an_idiom_or_announcing_what_follows_points_at_nothing(question: str, points_back: bool) -> None:
    """"on its own" made the spam question a follow-up of the one before it, and the topic carried
    on into the next question (stop 23's chat trial)."""
    from tutor.core.answering.conversation import refers_back

    assert refers_back(question) is points_back


def test_so_is_one_thing_part_of_another_is_answered_by_how_they_relate(tutor) -> None:
    """Stop 37: "so is genai part of ml?" after their difference names two things in relation, a
    new question rather than a restatement of what was said: the section on how they relate
    joins the answer ("a specific application of machine learning")."""
    answer, _ = _ask_all(tutor, ["difference between ml and generative ai?", "so is generative ai part of machine learning?"])
    assert answer.in_scope and "application of machine learning" in answer.text, (answer.sources, answer.text)


@pytest.mark.parametrize(
    "turns",
    [
        ["how does k-means group data", "what's the algorithm that handles odd shapes",
         "does that one need you to pick the number of clusters?"],
        # the subject asked for by a description the answer named in passing, after k-means
        ["what does k-means do", "which algorithm copes with clusters that aren't round blobs", "does that one ask for k?"],
    ],
)
def test_a_pronoun_for_a_described_subject_is_answered_about_it(tutor, turns: list[str]) -> None:
    """Stop 37: "that one" after a subject asked for by description (DBSCAN, named by the last
    answer) is answered by what the course says of it, said before or not; the sentences on the
    subject before it (k-means: "K-means also goes wrong when k is chosen badly") do not fill in."""
    answer, _ = _ask_all(tutor, turns)
    assert "DBSCAN does not need k" in answer.text, (answer.sources, answer.text)
    assert "K-means" not in answer.text, answer.text


def test_a_pointer_after_a_quoted_word_points_at_that_word(tutor) -> None:
    # (Stop 48, the lead's chat trial: after four other questions, "my daughter says her homework
    # ai 'hallucinates'. what does that even mean?" leaned on the last answer's section.)
    from tutor.core.answering.conversation import Conversation, is_follow_up

    assert not is_follow_up("my nephew says his art ai suffers from 'mode collapse'. what is that?", tutor.index)
    assert is_follow_up("what does that even mean?", tutor.index)
    conversation = Conversation()
    for question in (
        "is the face unlock on my phone generative ai?",
        "which needs more data, a spam filter or an image generator?",
    ):
        conversation.record(question, tutor.ask(question, conversation))
    answer = tutor.ask("my son says his revision bot 'hallucinates'. what does that even mean?", conversation)
    assert answer.sources[0].section == "hallucination#what-hallucination-means"


def test_a_quoted_word_in_the_pointers_own_sentence_still_points_back(tutor) -> None:
    from tutor.core.answering.conversation import is_follow_up

    assert is_follow_up("whats the 'loss' bit of that", tutor.index)
