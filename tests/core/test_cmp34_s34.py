"""Comparisons, stop 34 (cmp34), tested in other words than the probes in
``benchmarks/probes/cmp34-s34``.

- Two sides the course compares in a section of its own, asked with the learner's purpose in
  front ("for generating textures ...: vae or gan?"): a purpose is no setting, so it no longer
  keeps the comparing section out for want of the purpose's words.
- "to <purpose>: A or B, and why", "to <purpose>, a A or a B, which ...": the closing options may
  carry articles and a pick asked after them, and are read as a comparison (they were a general
  question, answered from one option's section).
- A heading that is nothing but the two sides compared ("VAEs compared with GANs") answers a
  comparison of those sides under any of their names ("variational autoencoder", "generative
  adversarial network"), wherever the question ranks it.
"""

from __future__ import annotations

from tutor.core.answering import shapes

VAEG = "vaes#vaes-compared-with-gans"
CLSREG = "supervised-learning#classification-versus-regression"
FINANCE = "industry-use-cases#finance-catching-fraud-and-handling-documents"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_purpose_before_two_named_sides_keeps_their_comparing_section(tutor) -> None:
    answer = tutor.ask("for producing new wallpaper designs for my shop: gan or vae? which trains more smoothly and which looks crisper")
    assert cited(answer)[0] == VAEG
    assert "stable" in answer.text and "sharper" in answer.text


def test_closing_options_with_articles_and_a_pick_after_them_are_a_comparison() -> None:
    assert shapes.detect("to design new logos, a gan or a vae, which one is sharper").sides == ("gan", "vae")
    assert shapes.detect("to draw extra trees for my game map: vae or gan, and why").sides == ("vae", "gan")


def test_long_course_names_find_the_heading_that_compares_them(tutor) -> None:
    answer = tutor.ask("illustrator here. if i wanted generated book covers, generative adversarial network or variational autoencoder?")
    assert VAEG in cited(answer)
    assert "blurr" in answer.text


def test_a_place_still_sets_a_comparison_in_its_industry(tutor) -> None:
    # (Guard: "for a bank" is where, not what for: the finance section answers.)
    answer = tutor.ask("for a bank, predictive ml vs generative ai, what does each one do there")
    assert FINANCE in cited(answer)


def test_verdict_options_with_a_pick_after_them_are_no_comparison() -> None:
    assert shapes.detect("the article says gans are old news. true or false, and why?").kind != "comparison"


def test_a_purpose_before_classification_or_regression(tutor) -> None:
    answer = tutor.ask("to estimate how long a delivery will take in minutes, classification or regression, and why")
    assert CLSREG in cited(answer)
