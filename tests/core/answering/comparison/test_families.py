"""Comparisons of the course's two families: a concrete thing placed in one of them.

A concrete thing placed in one of the two families (stop 30, family).

Worded apart from the probes; fails on the code before it:

- "<a thing described by what it does>, ml or gen ai?" was searched with the two family names,
  which outweighed the thing's own words: the answer came from a section about the families in
  general (or the wrong family's example) instead of the course's section on that use. The
  family names offered as the choice are now left out of the search (the scope checks still read
  the whole question), so the thing finds its own section.
"""

from __future__ import annotations

import pytest

from answering.reading import opening
from tutor.core.answering import described, shapes


def test_the_family_choice_is_left_out_of_what_is_searched() -> None:
    assert shapes.without_family_choice("the app that guesses my next song, is it ml or generative ai?") == (
        "the app that guesses my next song"
    )
    # Nothing of its own left: the families are what is asked.
    assert shapes.without_family_choice("so is that ml or gen ai?") == "so is that ml or gen ai?"
    assert shapes.without_family_choice("what does machine learning predict") == "what does machine learning predict"


def test_a_song_suggester_is_answered_from_recommendation_systems(tutor) -> None:
    answer = tutor.ask("the thing on spotify that suggests songs i might like - machine learning or gen ai?")
    assert answer.in_scope
    assert answer.sources[0].citation.endswith("Recommendation systems for products, movies and music")


def test_a_bird_spotting_photo_app_is_not_answered_from_a_generative_example(tutor) -> None:
    answer = tutor.ask("an app that tells you which bird is in your photo, ml or gen ai")
    assert answer.in_scope
    assert not answer.sources[0].citation.startswith("What is generative AI?")


# Stop 36 (probes in ``benchmarks/probes/cmp36-s36``): things asked to be sorted into the two
# families, and one thing placed in one of them.

PREDCRE = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"


def test_things_to_sort_into_the_families_are_the_sides() -> None:
    """The frame that asks for the sorting ("which one is ml and which gen ai", "put these into
    machine learning or generative ai:") names no side: before, it was read into one side ("... for
    me: ml or gen ai"), read as the sides ("these is generative" / "one isn't"), or the question
    was read as general."""
    assert shapes.family_sorted(
        "put these into machine learning or generative ai: a loan approval model, a bot that drafts cover letters"
    ) == ("loan approval model", "bot that drafts cover letters")
    assert shapes.family_sorted(
        "one of them is generative and one isn't, which? a camera that reads number plates, an app that paints my cat"
    ) == ("camera that reads number plates", "app that paints my cat")
    assert shapes.family_sorted(
        "a podcast transcription app vs a tool that writes podcast scripts: which one is ml and which gen ai"
    ) == ("podcast transcription app", "tool that writes podcast scripts")
    # The frame after a comma, in the same sentence as the things (stop 43).
    assert shapes.family_sorted(
        "the rota tool that learns when we get busy vs the bot that drafts our menus, which one is ml and which is gen ai"
    ) == ("rota tool that learns when we get busy", "bot that drafts our menus")
    # Guards: the families compared, or one thing placed in a family, sort nothing.
    assert shapes.family_sorted("is ml or gen ai better for writing adverts") == ()
    assert shapes.family_sorted("which needs more data, ml or gen ai?") == ()
    assert shapes.family_sorted("is the chatbot on our website machine learning or generative ai?") == ()
    # A shared setting is left to the comparison's setting rules (the course's section on it).
    assert shapes.family_sorted("in a school: a quiz picker vs a worksheet writer, which is ml and which is gen ai") == ()


def test_sorting_things_opens_with_the_course_s_way_of_telling_the_families_apart(tutor) -> None:
    """Each thing was answered from a section that shared a word with it (a podcast app took the
    education section); the course's sentences setting a predictive model against a generative one
    now come first, then each thing a learner ask places clearly."""
    answer = tutor.ask("put these into machine learning or generative ai: a loan approval model, a bot that drafts cover letters")
    assert answer.sources[0].section == PREDCRE
    assert "did not exist before" in answer.text
    assert "generative-ai-applications#text-generation-for-content-dialogue-and-creative-writing" in [s.section for s in answer.sources]


def test_one_thing_and_the_two_families_is_no_comparison() -> None:
    """ "is the chatbot on our website machine learning or generative ai, or both?" was split into
    "chatbot on our website machine learning" vs "generative ai"."""
    assert shapes.detect("call centre. is the chatbot on our site machine learning or generative ai, or both?").kind != "comparison"
    assert shapes.detect("is a model that guesses when my boiler breaks generative ai or ml?").kind != "comparison"
    # Guard: the two families compared on something stay a comparison.
    assert shapes.detect("which needs more computing power, ordinary ml or generative ai?").kind == "comparison"


def test_placing_one_thing_opens_with_the_verdict(tutor) -> None:
    """ "is X ML or gen AI?" opened with the section's opening ("Image and speech recognition
    systems use ...", "Artificial intelligence (AI) is the umbrella term ..."); it now opens with
    the section's sentence naming both families. A verdict that speaks of a share of the
    section's list ("All of these systems ...") comes right after the opening that names the
    list (stop 37: alone first, it said which family without saying which systems)."""
    answer = tutor.ask("is image recognition on my phone machine learning or generative ai")
    assert opening(answer).startswith("Image and speech recognition systems use machine learning")
    assert "rather than generative AI" in answer.text.split("[1]")[0]
    assert opening(tutor.ask("is chat gpt machine learning or is it generative ai")).startswith("Generative AI is")
    # Guard: a section with no sentence naming both opens as before.
    assert opening(tutor.ask("is a large language model ml or gen ai")).startswith("A large language model")


# Stop 37 (cmp37, probes in ``benchmarks/probes/cmp37-s37``; worded apart from them).
TEXT_GEN = "generative-ai-applications#text-generation-for-content-dialogue-and-creative-writing"


def test_a_verdict_on_a_share_of_a_list_does_not_open_the_answer(tutor) -> None:
    """ "is siri ml or gen ai" opened "All of these systems make a prediction ..." without saying
    which systems; the section's opening, which names them, now comes first."""
    answer = tutor.ask("is alexa machine learning or generative ai")
    assert not opening(answer).startswith("All of these")
    assert "rather than generative AI" in answer.text.split("[1]")[0]


def test_a_sorted_thing_named_by_its_use_gets_the_section_on_that_use(tutor) -> None:
    """A thing named by what it does in the learner's words ("a tool writing my quarterly
    report") reached no learner ask clearly and had no part of its own; the course's section on
    that use, its best, now answers for it."""
    answer = tutor.ask(
        "ml or gen ai for each: the streaming site suggesting films like the last one i watched, and a tool writing my quarterly report"
    )
    cited = [s.section for s in answer.sources]
    assert cited[0] == PREDCRE
    assert ML_APPS + "recommendation-systems-for-products-movies-and-music" in cited
    assert TEXT_GEN in cited
    # Guard: a thing too loose for any section still gets none (no wrong section for it).
    loose = tutor.ask("which of these is generative: a thermostat that learns when im home, or an app that turns my selfie into a painting")
    assert not any(s.section.startswith(ML_APPS) for s in loose.sources)


# Stop 36 (zijc36, probes in ``benchmarks/probes/zijc36-s36``; worded apart from them and from sets
# ZI/ZJ).
ML_APPS = "ml-applications#"
BENEFITS = "benefits-and-limitations#"


def test_each_family_put_to_a_job_is_answered_from_that_jobs_section(tutor) -> None:
    """ "ml to X vs gen ai to Y": the families' names took the question to how the two feed each
    other, which answered alone; each job is taught in an applications lesson of its own."""
    answer = tutor.ask(
        "bus depot engineer. whats the difference between using ml to flag odd engine temperature readings "
        "and using gen ai to make fake extra breakdown examples to train on?"
    )
    assert answer.in_scope
    cited = [s.section for s in answer.sources]
    assert cited == [
        ML_APPS + "predictive-analytics-and-anomaly-detection",
        "generative-ai-applications#data-augmentation-with-synthetic-training-examples",
    ], cited
    assert "anomaly" in answer.text.lower() and "synthetic" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("school governor. we can fund ordinary ml or gen ai. what are the advantages of each?",
         ("advantages of machine learning", "advantages of generative ai")),
        ("what are the weaknesses of both gen ai and machine learning",
         ("weaknesses of generative ai", "weaknesses of machine learning")),
        ("classic ml or generative ai: what is each one good at?",
         ("strengths of machine learning", "strengths of generative ai")),
    ],
)
def test_an_aspect_asked_of_each_family_is_asked_of_both(question: str, sides: tuple[str, str]) -> None:
    assert shapes.detect(question) == shapes.Shape("comparison", sides)


@pytest.mark.parametrize(
    "question", ["ml or gen ai for each of my three projects?", "pros and cons of each, ml and gen ai"]
)
def test_no_single_aspect_of_each_family_keeps_the_old_reading(question: str) -> None:
    """The guards: a family is no aspect ("gen ai for each"), and two aspects ("pros and cons")
    are the two-sided reading's four sections."""
    assert not any(side.endswith(" of generative ai") for side in shapes.detect(question).sides)


def test_the_advantages_of_each_family_cite_each_familys_own_section(tutor) -> None:
    answer = tutor.ask("school governor. we can fund ordinary ml or gen ai. what are the advantages of each?")
    assert answer.in_scope
    assert [s.section for s in answer.sources] == [
        BENEFITS + "what-machine-learning-does-well", BENEFITS + "what-generative-ai-does-well"
    ], [s.section for s in answer.sources]


def test_a_claim_that_two_machines_are_the_same_names_the_sides() -> None:
    """ "my manager says A and B are the same thing": A and B are compared (no sides were found)."""
    shape = shapes.detect("my manager says the app that predicts footfall and chatgpt are basically the same. how do they differ?")
    assert shape.kind == "comparison" and shape.sides == ("app that predicts footfall", "chatgpt")


# Stop 37 (zlmc37; probes in ``benchmarks/probes/zlmc37-s37``, worded apart from them and from sets
# ZL/ZM).
def test_two_machines_asked_only_how_they_differ_get_the_telling_sentences(tutor) -> None:
    """Each machine's setting took the question to one side's section ("Text generation ...") or,
    on "Predicting versus creating", to its sentences on training only: the making side was never
    said. The course's sentences telling the families apart now answer."""
    answer = tutor.ask(
        "parish clerk. our footfall predictor and the newsletter writer are both called 'ai' by the council. "
        "what actually differs between them?"
    )
    assert answer.in_scope and answer.sources[0].section == PREDCRE
    assert "did not exist before" in answer.text


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("where is machine learning useful and where is gen ai useful, next to each other",
         ("benefits of machine learning", "benefits of generative ai")),
        ("museum guide. what is gen ai good for and where does ml fall short?",
         ("benefits of generative ai", "limitations of machine learning")),
    ],
)
def test_each_family_in_its_own_clause_with_its_side(question: str, sides: tuple[str, str]) -> None:
    """The side read up to the family's name kept the frame, and "earn its keep" / "useful" were
    read as no side: each family's clause says which side of it is asked."""
    assert shapes.families_by_polarity(question) == sides


def test_a_family_clause_with_no_side_keeps_the_old_reading() -> None:
    """Guard: "gen ai for writing" asks no side of it."""
    assert shapes.families_by_polarity("is ml good for forecasting and gen ai for writing") is None


def test_three_ways_of_learning_described_are_searched_by_their_names(tutor) -> None:
    """The descriptions' words took "what does each need as data" to "Three ways a machine can
    learn", which says nothing of data needs, or to one side's section."""
    question = (
        "scout leader. learning with the answers attached, learning from a heap with nothing marked, "
        "and learning by trial and error - what data does each of the three need?"
    )
    assert shapes.detect(question).sides == ("supervised learning", "unsupervised learning", "reinforcement learning")
    answer = tutor.ask(question)
    assert answer.sources[0].section == "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"
    assert "unlabelled" in answer.text
    # Guard: the names written keep the old reading.
    assert shapes.described_learning_kinds("supervised, unsupervised and reinforcement learning: what does each need") is None


@pytest.mark.parametrize("question", [
    "im a nurse. whats the actual difference between machine learning and gen ai",
    "im a plumber. whats the actual difference between machine learning and gen ai",
])
def test_who_asks_is_no_aspect_of_the_two_families(tutor, question: str) -> None:
    """The learner's job said first is no part of what is asked of both sides: searched with the
    sides as "machine learning versus gen ai plumber", the job word pulled the answer to how the
    two feed each other; the course's difference is predicting versus creating (stop 37)."""
    answer = tutor.ask(question)
    assert answer.sources[0].section == "ml-vs-generative-ai#predicting-versus-creating-two-different-goals", answer.text


# Stop 38 (cmpuse; probes in ``benchmarks/probes/cmpuse-s38``, worded apart from them and from the
# read sets).


def test_the_two_families_described_are_each_defined(tutor) -> None:
    """Two families described by their jobs alone ("the forecasting kind", "the content-making
    kind") left each side below the scope bar, and the general answer came from predictive
    analytics; when "Predicting versus creating" did answer, its sentences were picked by likeness
    to the learner's words and the creating side's definition was left out."""
    answer = tutor.ask("the forecasting kind versus the content-making kind")
    assert answer.sources[0].section == PREDCRE
    assert "create new data" in answer.text and "make predictions" in answer.text
    assert "did not exist before" in answer.text


@pytest.mark.parametrize("question", [
    "hotel manager. the software that forecasts room bookings vs the tool that writes our welcome emails - what's the difference?",
    "bakery owner. the app that predicts how many loaves we'll sell vs the app that writes our menu descriptions, how do they differ?",
])
def test_two_machines_told_apart_whatever_section_the_question_finds_first(tutor, question: str) -> None:
    """Two machines of the two families asked how they differ got the course's telling sentences
    only when the question's best section was about the families in general: a side's own section
    first ("Predictive analytics ...") answered that side, and nothing said what the making one
    does differently."""
    answer = tutor.ask(question)
    assert answer.sources[0].section == PREDCRE
    assert "did not exist before" in answer.text


def test_a_family_described_by_its_job_before_ai() -> None:
    """ "guessing ai vs making ai" and "a model that makes predictions" name the families: the
    making verb with a prediction as its object predicts."""
    assert described.family_described("guessing ai").family == described.PREDICTING_FAMILY
    assert described.family_described("making ai").family == described.MAKING_FAMILY
    assert described.family_described("a model that makes predictions").family == described.PREDICTING_FAMILY
    assert described.family_described("a model that makes new things").family == described.MAKING_FAMILY
    # Guard: the course's own name is no described family.
    assert described.family_described("generative ai") is None


def test_how_to_pitch_the_answer_is_no_part_of_the_second_side() -> None:
    """ "..., explain like im a plumber": "explain" was left on the second side and searched
    with it (the answer then cited a section on hallucination)."""
    assert shapes.detect("vae vs gan, explain like im ten").sides == ("vae", "gan")
    assert shapes.detect("ml vs gen ai eli5").sides == ("ml", "gen ai")


@pytest.mark.parametrize(("question", "sides"), [
    ("apprentice plumber. a trainee copying from an answer key vs a trainee learning by trying and getting told off, "
     "whats the difference in ai terms", ("supervised learning", "reinforcement learning")),
    ("vet. sorting the herd into groups nobody has named vs training on cows the vet already diagnosed - what's different",
     ("clustering", "supervised learning")),
])
def test_two_ways_of_learning_described_are_compared_by_their_names(question: str, sides: tuple[str, str]) -> None:
    """Searched as described, each side's setting (a trainee, a herd) took the question to a
    section on that setting or outside the course; a labelled pair ("option a: ...") was already
    read by the ways of learning it describes, and now a plain "A vs B" is too."""
    assert shapes.detect(question).sides == sides


def test_a_side_named_by_the_course_keeps_the_old_reading() -> None:
    """Guard: a side that names a way of learning by the course's name is searched as written."""
    assert shapes.learning_kinds_described(("supervised learning", "learning by getting told off")) is None
    assert shapes.learning_kinds_described(("labelled photos", "labelled scans")) is None
    # Nor the kinds of data themselves: "pros and cons of labelled data versus unlabelled data"
    # asks what each costs, which their own sections say (read as the two ways of learning, the
    # answer lost "expensive").
    assert shapes.learning_kinds_described(("labelled data", "unlabelled data")) is None


def test_described_learning_kinds_answer_from_the_course(tutor) -> None:
    answer = tutor.ask(
        "apprentice plumber. a trainee copying from an answer key vs a trainee learning by trying and getting told off, "
        "whats the difference in ai terms"
    )
    assert answer.in_scope and "reward" in answer.text and "correct answer" in answer.text


def test_a_first_section_that_tells_the_two_machines_apart_still_answers(tutor) -> None:
    """Guard: the telling sentences lead only when the question's best section does not tell the
    two families apart itself; "Music composition ..." sets recommending existing songs against
    composing new ones, and answers as before."""
    answer = tutor.ask("the playlist app that suggests songs vs an ai that composes brand new jingles, what's the actual difference?")
    assert answer.sources[0].section == "generative-ai-applications#music-composition-and-personalised-playlists"
    assert "existing songs" in answer.text
# Stop 38 (zopc38, probes in ``benchmarks/probes/zopc38-s38``; worded apart from them and from sets
# ZO and ZP): what each family does in a setting said outside the sides, and the skills of each.

SUPPORT = "industry-use-cases#customer-support-sentiment-analysis-and-chatbots"
SKILL_ML = "skills-and-learning-paths#skills-for-working-in-machine-learning"
SKILL_GEN = "skills-and-learning-paths#skills-for-working-in-generative-ai"


def test_each_familys_part_in_a_setting_said_outside_the_sides(tutor) -> None:
    """ "in customer support" is said before the question, not before a comma in the first side:
    the section on that setting gives each family its own sentence and answers alone (the best
    section for the whole question, pulled by "ai powered", compared the families' computing
    needs)."""
    answer = tutor.ask(
        "team lead at a helpline. in customer support specifically, what part is the machine learning doing "
        "and what part is the gen ai doing? our software all says ai powered on the box"
    )
    assert [s.section for s in answer.sources] == [SUPPORT]
    assert "sentiment analysis" in answer.text and "chatbots" in answer.text


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("my son fancies ml and my daughter fancies gen ai, what should each of them study", ("skills for machine learning", "skills for generative ai")),
        ("one of my trainees wants the generative side and the other machine learning: same skill set?", ("skills for generative ai", "skills for machine learning")),
    ],
)
def test_the_skills_of_each_family_are_the_sides(question: str, sides: tuple[str, str]) -> None:
    assert shapes.detect(question) == shapes.Shape("comparison", sides)


def test_the_skills_guard() -> None:
    """Not when no skill or learning is asked, nor when a family is named twice or not at all."""
    assert shapes.families_skills("is ml older than gen ai") is None
    assert shapes.families_skills("what skills do i need for machine learning") is None


def test_each_familys_skills_are_answered_from_its_own_section(tutor) -> None:
    answer = tutor.ask(
        "I run a sixth form. one pupil is set on the machine learning side and one on the generative side. "
        "do the two need different skills?"
    )
    assert sorted(s.section for s in answer.sources) == sorted([SKILL_ML, SKILL_GEN])
    assert "Python" in answer.text and "creativity" in answer.text.lower()


def test_things_sorted_with_the_frame_after_a_comma_open_with_how_the_families_differ(tutor) -> None:
    """Stop 43: with the frame after a comma the things were read as an ordinary comparison and
    each side searched with the frame's words: a workplace gadget that "learns" went to Q-learning."""
    answer = tutor.ask("the kiln controller that learns our firing times vs the app that writes glaze recipes, which one is ml and which is gen ai")
    assert answer.in_scope
    assert answer.sources[0].section == PREDCRE


def test_a_machine_no_verb_list_knows_is_placed_by_the_router(tutor) -> None:
    """Stop 43: "reads number plates" or "learns when we get busy" are in no list of the
    families' verbs; the section router, trained on every learner ask, places such a machine in
    the predicting family's lessons (image recognition, predictive analytics). A notion is no
    machine, and a machine the router is unsure of stays unplaced."""
    assert tutor._machine_family("the camera that reads number plates") == described.PREDICTING_FAMILY
    assert tutor._machine_family("the rota tool that learns when we get busy") == described.PREDICTING_FAMILY
    assert tutor._machine_family("software that invents new recipes") == described.MAKING_FAMILY  # the verb list
    assert tutor._machine_family("overfitting") is None
    assert tutor._machine_family("bias in hiring") is None
