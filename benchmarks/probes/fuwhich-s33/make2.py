"""Writes measure2/followup.toml: 12 follow-ups of the classes fixed in stop 33 (a pick on a
criterion right after the course's comparison was quoted; "and the former?" / "the second one"
after a comparison or a list; "which of them ..." after a list), written after the fixes and
before any answer to them was read. Totals only."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
VC = "vaes/vaes-compared-with-gans"
C = [
    (["vaes and gans, how are they different?", "ok which one avoids mode collapse"], [VC], [["does not suffer from mode collapse"]]),
    (["gan versus vae pls", "which one makes crisper pictures?"], [VC], [["sharper|crisp"]]),
    (["exploration vs exploitation", "which one cashes in on what it already knows"], ["reinforcement-learning/exploration-versus-exploitation"], [["exploitation"], ["currently looks best|known rewards"]]),
    (["precision vs recall", "which should a cancer test push up"], ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["high recall"]]),
    (["small language models vs large ones", "which is more likely to invent stuff"], ["language-models/small-language-models-versus-large-ones"], [["invents details"]]),
    (["gans vs vaes", "and the latter?"], ["vaes/encoder-latent-space-and-decoder"], [["encoder"], ["decoder"]]),
    (["supervised vs unsupervised learning", "and the former?"], ["supervised-learning/learning-from-labelled-examples"], [["label"]]),
    (["what are the three kinds of machine learning", "tell me about the second one"], ["unsupervised-learning/learning-from-unlabelled-data"], [["unlabelled|no labels"]]),
    (["name the 3 types of ml", "ok and the last one?"], ["reinforcement-learning/agents-environments-actions-and-rewards"], [["agent"], ["reward"]]),
    (["list the supervised learning algorithms", "which of them draws the widest gap between classes"], ["supervised-learning/common-supervised-learning-algorithms"], [["support vector machine|svm"]]),
    (["what is unsupervised learning used for", "which of those helps a shop treat customers differently"], ["unsupervised-learning/what-unsupervised-learning-is-used-for"], [["customer segmentation"]]),
    (["what are the kinds of content gen ai can make", "which of those do gans and vaes usually make"], ["what-is-generative-ai/kinds-of-content-generative-ai-creates"], [["images and music"]]),
]
cases = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]
probekit.check_facts(cases)
probekit.write_cases(HERE / "measure2" / "followup.toml", "# fuwhich-s33 measure2: written after the fixes (see README.md)\n\n", cases)
print(len(cases))
