"""Learner language: asks and glossary loading, the shipped parsed copy, query expansion."""

from __future__ import annotations

import shutil
from pathlib import Path

from tutor.core import paths
from tutor.core.answering import learner


def test_the_shipped_parsed_copy_is_current(course) -> None:
    """``make vectors`` writes knowledge/index/learner.json; after editing asks or the glossary
    without it, this fails (the tutor still works, parsing the TOML files, only slower)."""
    knowledge = paths.knowledge_dir()
    files = learner._source_files(knowledge)
    shipped = (knowledge / learner.SHIPPED_RELATIVE).read_text(encoding="utf-8")
    assert learner._digest(files) in shipped, "run `make vectors`"
    from_json = learner.load_learner_language(course)
    from_toml = learner._parse(files)
    assert [a.text for a in from_json.asks] == [text for _, _, text in from_toml["asks"]]
    assert not from_json.problems


def test_a_damaged_or_stale_copy_falls_back_to_the_toml_files(course, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(paths.knowledge_dir() / "asks", knowledge / "asks")
    shutil.copy(paths.knowledge_dir() / "glossary.toml", knowledge / "glossary.toml")
    (knowledge / "index").mkdir()
    (knowledge / learner.SHIPPED_RELATIVE).write_text("{not json", encoding="utf-8")
    damaged = learner.load_learner_language(course, knowledge)
    assert len(damaged.asks) > 500 and damaged.terms
    learner.write_shipped(knowledge)
    (knowledge / "asks" / "gans.toml").write_text('lesson = "gans"\n[[section]]\nid = "nope"\nasks = ["x?"]\n')
    stale = learner.load_learner_language(course, knowledge)
    assert "no section gans#nope" in stale.problems  # the edited file was read, not the copy


def test_everyday_phrases_expand_to_course_terms(course) -> None:
    language = learner.load_learner_language(course)
    assert "hallucination" in language.expansions("why does chatgpt make stuff up")
    # Whole words only: "recommend" is not the glossary's "recommender".
    assert language.expansions("can you recommend a good novel") == []


def test_phrases_match_other_forms_of_their_words() -> None:
    """ "sorts customers into groups" meets the phrase "sorting into groups", "spotted" meets
    "spot", "someone's" meets "someone"; a different word ("recommender") stays different."""
    language = learner.LearnerLanguage(
        terms=[
            learner.GlossaryTerm("clustering", (learner._phrase("sorting into groups"),), frozenset({"cluster"})),
            learner.GlossaryTerm("fraud detection", (learner._phrase("someone using my card"),), frozenset({"fraud"})),
            learner.GlossaryTerm("recommendation system", (learner._phrase("recommender"),), frozenset({"recommendation"})),
        ]
    )
    assert language.expansions("it sorts customers into groups") == ["clustering"]
    assert language.expansions("the bank saw someone's using my card") == ["fraud detection"]
    assert language.expansions("can you recommend a film") == []
    assert learner._word("spotted") == learner._word("spot")
    assert learner._word("making") == learner._word("make")


def test_irregular_past_forms_match_their_base_form() -> None:
    """ "made up a study" meets the phrase "make up", "what came together" meets "come
    together"; a past form that is also an everyday word ("left") stays as written."""
    language = learner.LearnerLanguage(
        terms=[
            learner.GlossaryTerm("hallucination", (learner._phrase("make up"),), frozenset({"hallucin"})),
            learner.GlossaryTerm("convergence", (learner._phrase("come together"),), frozenset({"converg"})),
            learner.GlossaryTerm("holdout", (learner._phrase("leave out"),), frozenset({"holdout"})),
        ]
    )
    assert language.expansions("the assistant made up a whole study") == ["hallucination"]
    assert language.expansions("which trends came together at once") == ["convergence"]
    assert language.expansions("it left out the test rows") == []
    assert learner._word("written") == learner._word("write")


def test_two_alternatives_match_in_either_order(course) -> None:
    """A glossary phrase naming two alternatives ("happy or angry") is met whichever comes first
    ("is this review angry or happy"); a longer phrase around "or" keeps its order."""
    assert learner._either_order(["happy or angry", "try new things or stick with what works"]) == [
        "happy or angry", "angry or happy", "try new things or stick with what works",
    ]
    language = learner.load_learner_language(course)
    assert "sentiment analysis" in language.expansions("can software tell if a review is angry or happy")
    assert "sentiment analysis" in language.expansions("can software tell if a review is happy or angry")


def test_the_longest_phrase_wins() -> None:
    """A bare "chatbot" (one term's phrase) inside "build my own chatbot" (another term's) is
    that longer phrase's word: the question expands to the longer phrase's term only."""
    language = learner.LearnerLanguage(
        terms=[
            learner.GlossaryTerm("large language model", (learner._phrase("chatbot"),), frozenset({"larg", "languag", "model"})),
            learner.GlossaryTerm("custom mini-chatbot", (learner._phrase("build my own chatbot"),), frozenset({"custom", "mini"})),
        ]
    )
    assert language.expansions("how do i build my own chatbot") == ["custom mini-chatbot"]
    assert language.expansions("why do chatbots make mistakes") == ["large language model"]


def test_kept_matches_follow_a_changed_glossary() -> None:
    """Matches are kept per question (one question is matched many times); a new glossary must
    not be answered from the old one's kept matches, and callers get their own list."""
    language = learner.LearnerLanguage(
        terms=[learner.GlossaryTerm("hallucination", (learner._phrase("make things up"),), frozenset({"hallucin"}))]
    )
    question = "why do chatbots make things up"
    first = language.expansions(question)
    assert first == ["hallucination"]
    first.append("mutated by the caller")
    assert language.expansions(question) == ["hallucination"]
    language.terms = [learner.GlossaryTerm("large language model", (learner._phrase("chatbot"),), frozenset({"larg"}))]
    assert language.expansions(question) == ["large language model"]


def test_the_people_in_an_ask_are_not_words_the_course_knows(tutor) -> None:
    """Asks set in everyday life name people ("my gran thinks chatgpt never gets things wrong"):
    they are the question's setting, so they must not make "grandma" a course word (it turned
    "does it work on my grandma's tablet" into a follow-up on whatever was discussed)."""
    from tutor.core.words import stem

    asks = " ".join(a.text.lower() for a in tutor.index.learner.asks)
    assert "my gran" in asks or "my grandma" in asks
    stems = tutor.index.learner.word_stems()
    assert not {stem(w) for w in ("gran", "grandma", "mum", "boss")} & stems
    assert stem("illegal") in stems  # an everyday word a course question is asked in stays known


def test_a_questions_expansion_is_kept_until_the_terms_change(tutor, monkeypatch) -> None:
    """One question is expanded three or four times (each search of it, its prefetch, its told
    heading): the reading is kept, and forgotten when the glossary's terms are replaced."""
    language = learner.LearnerLanguage(asks=[], terms=list(tutor.index.learner.terms))
    read = []
    original = learner.LearnerLanguage.read_names
    monkeypatch.setattr(learner.LearnerLanguage, "read_names", lambda self, q: read.append(q) or original(self, q))
    question = "how does the thing that makes stuff up in chatbots happen"
    first = language.expand(question)
    assert language.expand(question) == first
    assert read == [question]
    language.terms = list(language.terms)
    assert language.expand(question) == first
    assert read == [question, question]


def test_spelled_out_compiles_no_pattern_per_question(tutor, monkeypatch) -> None:
    """The spelled-out terms are patterns compiled once per glossary: made per question they
    pushed the package's own patterns out of ``re``'s cache."""
    import re

    language = tutor.index.learner
    language.spelled_out("warm up: how is ml used in finance")
    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, f=0: compiled.append(p) or original(p, f))
    re.purge()
    assert "machine learning" in language.spelled_out("how is ml used in finance")
    assert not [p for p in compiled if "machine" in str(p)]


def test_a_generator_giving_the_same_few_things_is_mode_collapse(tutor) -> None:
    """Stop 45: "the poster generator keeps giving us the same few designs. why?" went to image
    generation, and "how do people fix that?" then to deepfakes: the glossary knew "same few
    faces/images/outputs" only. Worded apart from the probe that showed it."""
    language = tutor.index.learner
    assert "mode collapse" in language.expansions("our logo maker keeps giving us the same thing")
    assert "mode collapse" in language.expansions("the pattern tool only gives the same few designs")
    # Stop 46: "keeps giving the same" alone also said of a rota handing out the same floors to the
    # same people (a housekeeping predictor's bias): that is no generator losing variety.
    assert "mode collapse" not in language.expansions("the rota tool keeps giving the same shifts to the same people")
    answer = tutor.ask("sign maker. the ai we bought keeps giving the same few layouts, what's up with it?")
    assert [s.section for s in answer.sources][:1] == ["gans#mode-collapse-when-a-gan-loses-variety"]


def test_the_creating_kind_of_ai_is_generative_ai(tutor) -> None:
    """Stop 45: "the creating kind of ai" named no family outside a comparison's sides, and "where
    does the creating kind of ai let you down at work" went to staff resisting AI."""
    language = tutor.index.learner
    assert "generative AI" in language.expansions("the creating kind, what is it bad at")
    answer = tutor.ask("in what ways does the creating kind of ai let you down?")
    assert [s.section for s in answer.sources][:1] == ["benefits-and-limitations#where-generative-ai-falls-short"]


def test_going_all_in_and_a_column_shouting_over_the_rest(tutor) -> None:
    """Stop 46: "should we go all in or is there a smarter way to start" is the pilot project, and a
    column that "shouts over" (swamps) the others is feature scaling; both went to predictive
    analytics from the story around them. Worded apart from the probes that showed them."""
    language = tutor.index.learner
    assert "pilot project" in language.expansions("do we go all in with ai from day one?")
    assert "feature scaling" in language.expansions("the mileage column shouts over the rest")
    answer = tutor.ask("florist with two shops. should we go all in on an ai ordering system or try something smaller?")
    assert "adoption-challenges#a-small-pilot-project-as-a-first-step" in [s.section for s in answer.sources]
    answer = tutor.ask("in my model the house price column in pounds swamps the other inputs. what do i do?")
    assert [s.section for s in answer.sources][:1] == ["training-and-overfitting#features-feature-scaling-and-feature-engineering"]
