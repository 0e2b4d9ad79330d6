"""Near misses of business, service and clinical work, stop 33 (helper zlimits; probes in
``benchmarks/probes/zlimits-s33``), tested in other words than the probes'.

- The subject of "how does/do X <verb>" is the thing whose working is asked, for any verb of a
  mechanism ("decide", "know", "spot", "pick", "come up with", "get calculated"), after a
  determiner or owner ("these", "our") and after a dash-led preamble; in the active voice a
  compound is a name when it holds a word the course never uses (``scope._practice_runs``).
- The object of "do", "work out" or "figure out" after a machine or a business names a practice
  ("how do banks do X", "can ai do X": ``scope._DOING_FRAME``).
- What a person checks or tests ("how do you check X") is a property with a name of its own.
- A hedge after a half-remembered name ("X or whatever", "X, whatever it's called") marks it
  (``scope._HEDGE``, read backwards as a gloss is).
- A thing introduced before "how does it ..." by an indefinite article ("our till has a X. how
  does it decide") is what "it" asks about.
- Course questions in the same shapes are still answered.
"""

from __future__ import annotations

import learner_judge


def _declines_naming(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, (question, answer.text)
    assert learner_judge._names_term(answer.text, term), (question, answer.text)


def test_the_subject_of_a_mechanism_verb_is_the_term(tutor) -> None:
    for question, term in (
        ("how do these attrition dashboards spot which tenants will move out?", "attrition dashboards"),
        ("how does the basket abandonment tracker know a shopper gave up", "abandonment tracker"),
        ("how does footfall density get calculated for a high street", "footfall density"),
    ):
        _declines_naming(tutor, question, term)


def test_the_object_of_do_or_work_out_names_a_practice(tutor) -> None:
    for question, term in (
        ("how do supermarkets do markdown optimisation on yoghurt near its date", "markdown"),
        ("can ai do seating allocation for a wedding venue", "seating allocation"),
        ("how would a model work out the tenancy renewal odds for each flat", "tenancy renewal"),
    ):
        _declines_naming(tutor, question, term)


def test_what_a_person_checks_is_the_term(tutor) -> None:
    _declines_naming(tutor, "the tool says 70% chance of rain on sales day. how would you validate heteroscedasticity in it?", "heteroscedasticity")
    _declines_naming(tutor, "how would you assess the reorder sensitivity of our stock model", "reorder sensitivity")


def test_a_hedged_name_is_the_term(tutor) -> None:
    _declines_naming(tutor, "how does the till guess which coupon i'll use? basket affinity scoring or whatever", "basket affinity")
    _declines_naming(tutor, "the app ranks my clients by how loyal they are, tenure weighting, whatever it's called", "tenure weighting")
    answer = tutor.ask("how does netflix pick shows for me, a recommendation system or something?")
    assert answer.in_scope and answer.sources, answer.text


def test_a_thing_introduced_before_how_does_it_is_the_term(tutor) -> None:
    _declines_naming(
        tutor, "the pharmacy till has a loyalty tier predictor now. how does it decide who gets gold?", "loyalty tier"
    )


def test_course_questions_in_the_same_shapes_stay_answered(tutor) -> None:
    for question, section in (
        ("how do shops do sales prediction for next month", "ml-applications#predictive-analytics-and-anomaly-detection"),
        ("our website has a recommender system. how does it decide what to suggest?",
         "ml-applications#recommendation-systems-for-products-movies-and-music"),
        ("how does a fraud detection model decide a payment is suspicious", "ml-applications#fraud-detection-with-machine-learning"),
        # The learner's own app named by what it is for: what it does is the course's application.
        ("how does my banking app spot odd payments on my account", "ml-applications#fraud-detection-with-machine-learning"),
    ):
        answer = tutor.ask(question)
        assert answer.in_scope and answer.sources, (question, answer.text)
        assert section in [s.section for s in answer.sources], (question, [s.section for s in answer.sources])


def test_an_adverb_of_the_verb_leaves_the_subject_a_name(tutor) -> None:
    """Only a place or an owner may come between a name and its verb, and words that qualify the
    verb: "how does X actually decide" names X (it was refused as another subject)."""
    _declines_naming(
        tutor,
        "our depot uses gig scheduling to hand out routes. how does gig scheduling actually decide who gets the long ones?",
        "gig scheduling",
    )
