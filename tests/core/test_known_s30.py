"""Questions misread in a chat trial (stop 30): comparison wordings, the whole field of AI as a
side, and where a declined algorithm's learner is pointed.

Worded apart from the probes (``benchmarks/probes/known-s30``); each fails on the code before it:

- everyday comparison wordings ("the gulf between A and B", "A next to B", "how do A and B
  measure up", "lay A and B out side by side", "how do I tell A from B", "A = B?") are read as
  the comparisons the shape patterns already know, with both sides;
- a comparison with the whole field of AI ("are gans the same thing as ai") is answered where the
  course places things inside the field, not from a section that merely says "AI" most;
- an untaught term asked about on its own ("how does catboost work?") points to the section its
  family names as closest in kind (the common supervised algorithms), not to whatever section the
  bare question words find.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_everyday_comparison_wordings_give_both_sides() -> None:
    cases = {
        "what's the gulf between bagging the data and labelling it": "comparison",
        "whats the gap between precision and recall": ("precision", "recall"),
        "top-k next to top-p, how do they differ": ("top-k", "top-p"),
        "how do the encoder and the decoder measure up": ("encoder", "decoder"),
        "how does a small model hold up against an llm": ("small model", "llm"),
        "lay out k-means and dbscan side by side": ("k-means", "dbscan"),
        "how can i tell underfitting from overfitting": ("underfitting", "overfitting"),
        "regression = classification?": ("regression", "classification"),
    }
    for question, want in cases.items():
        shape = shapes.detect(question)
        assert shape.kind == "comparison", question
        if isinstance(want, tuple):
            assert shape.sides == want, (question, shape.sides)


def test_the_skills_gap_is_no_comparison() -> None:
    assert shapes.detect("what is the ai skills gap").kind != "comparison"
    assert shapes.normalise("why does the skills gap between firms and schools grow") == (
        "why does the skills gap between firms and schools grow"
    )


def test_the_whole_field_as_a_side_is_answered_where_the_course_places_things(tutor) -> None:
    placing = {
        "what-is-generative-ai#generative-ai-is-not-the-same-thing-as-ai",
        "what-is-ml#machine-learning-inside-the-wider-field-of-ai",
        "ml-vs-generative-ai#generative-ai-is-built-on-machine-learning",
    }
    for question in ("genai = artificial intelligence?", "is a chess engine the same thing as ai"):
        answer = tutor.ask(question)
        assert answer.in_scope, question
        assert set(_cited(answer)) & placing, (question, _cited(answer))
    # (a side the course teaches on its own may answer instead, but never the section that says "AI" most)
    answer = tutor.ask("are image generators the same thing as ai?")
    assert "ethics-and-regulation#misuse-concerns-and-responsible-ai-frameworks" not in _cited(answer)


def test_a_declined_boosting_method_points_to_the_supervised_algorithms(tutor) -> None:
    for question in ("how does catboost work?", "explain knn"):
        answer = tutor.ask(question)
        assert not answer.in_scope, question
        assert "Common supervised learning algorithms" in answer.text, (question, answer.text)


def test_a_declined_term_asked_with_a_purpose_still_follows_the_question(tutor) -> None:
    # what the question asks of the term is searched, as before ("prevent overfitting")
    answer = tutor.ask("how does weight decay stop overfitting")
    assert not answer.in_scope
    assert "Overfitting and underfitting" in answer.text, answer.text


def test_laying_two_things_side_by_side_is_a_comparison_not_an_order(tutor) -> None:
    for question in ("put precision and recall side by side for me", "could you lay gans and vaes next to each other"):
        answer = tutor.ask(question)
        assert answer.in_scope, (question, answer.text)
        assert answer.shape == "comparison", question


def test_how_a_thing_looks_opens_no_untaught_term(tutor) -> None:
    # the learner's description of what they saw, not a technique's name
    answer = tutor.ask("why do chatbot replies sometimes have garbled sentences")
    assert not answer.text.startswith("The course does not cover garbled"), answer.text
    answer = tutor.ask("why do ai drawings have wonky fingers")
    assert not answer.text.startswith("The course does not cover wonky"), answer.text


def test_a_family_section_exists_in_one_of_its_lessons(course) -> None:
    import tomllib

    from tutor.core import paths

    families = tomllib.loads((paths.knowledge_dir() / "not_taught.toml").read_text(encoding="utf-8"))["family"]
    named = [f for f in families if "section" in f]
    assert named
    for family in named:
        lesson, _, slug = family["section"].partition("/")
        assert lesson in family["near"], family["topic"]
        assert course.has_section(f"{lesson}#{slug}"), family["section"]


def test_terms_of_one_kind_point_to_the_section_closest_in_kind(tutor) -> None:
    for question, heading in (
        ("whats an roc curve", "Precision and recall computed from a confusion matrix"),
        ("what is stratified sampling", "Splitting data into a training set and a test set"),
        ("what is early stopping in neural networks", "Overfitting and underfitting"),
        ("how does rmsprop work", "Gradient descent in plain words"),
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope, question
        assert heading in answer.text, (question, answer.text)
