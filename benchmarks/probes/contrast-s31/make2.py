"""Writes measure2/ (written after the fixes, before running them): checks each fact against its sides' sections."""
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from make import S, course

CASES = [
 ("ml vs gen ai, where does each one go wrong because of bias", ["mlshort", "genshort"], [["favour|bias"], ["stereotype|biased"]]),
 ("a hiring model vs an image generator, how does skewed data mess each one up", ["mlshort", "genshort"], [["favour|bias"], ["stereotype|biased"]]),
 ("whats pricier to run day to day, a fraud model or an llm", ["after"], [["cheap|expensive"]]),
 ("which is flakier to train, a gan or a vae", ["vaegan"], [["stable"]]),
 ("a spam classifier vs a language model, who supplies the labels for each", ["spam", "ntp"], [["marked|labels"], ["text itself supplies|no human labelling"]]),
 ("gan vs vae: which one is steadier while training", ["vaegan"], [["stable"]]),
 ("clustering vs classification, which one needs tagged data", ["cluster", "suplab"], [["label"]]),
 ("a small pilot vs a big rollout, which suits a tight budget", ["pilot", "cost"], [["costs low|modest|budget"]]),
 ("linear regression vs a neural net, which is easier to explain to my boss", ["algos"], [["easy to explain"]]),
 ("which is speedier at scoring customers, logistic regression or a gan", ["after"], [["cheap|handful"]]),
]
out = ["# Contrast probes (stop 31, measure2): written after the fixes, before any answer to them was read.\n"]
for q, keys, facts in CASES:
    ids = [S[k] for k in keys]
    said = " ".join(" ".join(course.section(i.replace("/", "#", 1)).sentences) for i in ids)
    missing = [f for f in facts if not any(re.search(a, said, re.I) for a in f)]
    assert not missing, (q, missing)
    sides = [[i] for i in ids] if len(ids) > 1 else [ids]
    out.append(f'[[case]]\nkind = "comparison"\nquestion = {json.dumps(q)}\nin_scope = true\nsections = {json.dumps(ids)}\nsides = {json.dumps(sides)}\nfacts = {json.dumps(facts)}\n')
here = pathlib.Path(__file__).parent
(here / "measure2").mkdir(exist_ok=True)
(here / "measure2" / "comparison.toml").write_text("\n".join(out))
print(len(CASES))
