"""measure2: 10 fresh chains of the fixed classes (how it is noticed; a new subject sharing nothing
with the talk; "how long does that take?" after a question about training), written after the
fixes and before running them. Run once to write measure2/followup.toml."""
from pathlib import Path

from pairs import toml_case

CASES = [
    (["what is overfitting", "how would i even spot it"], ["training-and-overfitting/overfitting-and-underfitting"], [["telltale gap|very high score on the training set"]]),
    (["why do chatbots invent fake quotes", "how do i catch one doing it"], ["hallucination/how-to-spot-and-reduce-hallucination"], [["claims to check|checking sources|asking the same question twice"]]),
    (["what are deepfakes", "any way to tell if a clip is fake"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["check the source"]]),
    (["how does a bank's fraud model work", "what signs does it look for"], ["ml-applications/fraud-detection-with-machine-learning"], [["unusual amount|new country|strange time of day"]]),
    (["what is gan mode collapse", "what are the warning signs"], ["gans/mode-collapse-when-a-gan-loses-variety"], [["compared for variety|easy to miss"]]),
    (["how do companies train a large language model", "roughly how long does that take"], ["data-and-compute/training-cost-compute-expertise-and-time"], [["days or weeks"]]),
    (["what is k-means", "can ai write a song in the style of jazz"], ["generative-ai-applications/music-composition-and-personalised-playlists"], [["jazz"]]),
    (["explain the discount factor", "can a computer spot a tumour on a scan"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["scan"]]),
    (["what is the kl divergence term", "will robots learn to walk by themselves"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["walk"]]),
    (["what is top-k", "do online shops use ai to pick what to show me"], ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
]

if __name__ == "__main__":
    head = "# Fresh follow-ups of the fixed classes (stop 30, helper pfu2), written after the fixes, before running.\n\n"
    (Path(__file__).parent / "measure2" / "followup.toml").write_text(head + "\n".join(toml_case(*c) for c in CASES))
