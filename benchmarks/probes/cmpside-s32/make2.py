"""measure2 of cmpside-s32: comparisons whose sides are named by a course term (a part of a model,
a piece of RL), written after the fix and before running them; totals only."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from make import CLSREG, GANG, RLA, SPLIT, VAEE, cases

TOK = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
IMGCLS = "supervised-learning/image-classification-as-a-supervised-task"

CASES = [
    ("the tokenizer vs the decoder, what does each do", [TOK, VAEE], [["splits the text"], ["expands it back|rebuild"]]),
    ("discriminator vs classifier, r they the same kind of thing", [GANG, IMGCLS], [["real|fake"], ["categor"]]),
    ("the agent vs the generator, what do they each do", [RLA, GANG], [["decision maker"], ["creates new data samples"]]),
    ("encoder of a vae vs the discriminator in a gan", [VAEE, GANG], [["compresses"], ["real|fake"]]),
    ("whats the diff between the generator and the decoder, dont they both make the output", [GANG, VAEE], [["noise|generator creates"], ["expands|decoder takes"]]),
    ("the discriminator vs the test set, dont both of them judge stuff", [GANG, SPLIT], [["real|fake"], ["test set"]]),
    ("what's the job of the encoder compared to the job of the agent in rl", [VAEE, RLA], [["compresses"], ["decision maker|reward"]]),
    ("the generator and the agent, which one learns from rewards", [GANG, RLA], [["discriminator"], ["reward"]]),
    ("regression vs the discriminator, what does each output", [CLSREG, GANG], [["number"], ["real|fake"]]),
]

if __name__ == "__main__":
    probekit.check_facts(cases(CASES))
    head = "# measure2 of cmpside-s32: written after the fix, before running; totals only.\n\n"
    probekit.write_cases(Path(__file__).parent / "measure2" / "comparison.toml", head, cases(CASES))
    print(len(CASES), "cases")
