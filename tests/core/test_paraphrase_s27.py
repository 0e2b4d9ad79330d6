"""First questions in everyday words, stop 27: what was changed against the fresh probes in
``benchmarks/probes/paraphrase-s27`` (work half), tested here in other words than the probes'.

- A question that names a thing some passage mentions ("my chatbot" read as a large language
  model, "a chatgpt style model", "gpt-4", "my old laptop") has its closest course passage in the
  section about that thing, while what it asks is the subject of another section, which the
  learner asks and the section router both rank first. The passage-best used to answer whenever
  the first section was weak on course text, however far below it ranked; unless it is a close
  runner-up (as before), it now does so only when the closest ask and the router's first choice
  do not both prefer the first section.
"""

from __future__ import annotations

import learner_judge

LOSS_CHECK = "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models"
LOSS_MEASURES = "training-and-overfitting#what-a-loss-function-measures"
LLM_LARGE = "language-models#what-makes-a-language-model-large"


def test_a_named_thing_does_not_override_what_both_learned_signals_find(tutor) -> None:
    answer = tutor.ask("the loss on my chatbot keeps dropping, so is it getting more truthful")
    assert answer.in_scope
    assert answer.sources[0].section == LOSS_CHECK
    assert "does not prove" in answer.text


def test_the_passage_best_still_answers_without_a_router_vote(tutor) -> None:
    # Searched with its topic, a follow-up has no router vote: the passages decide as before.
    answer = learner_judge.converse(tutor, ["how accurate are image classifiers", "what about a language model?"])
    assert answer.in_scope
    assert answer.sources[0].section != "language-models#what-a-language-model-does"
