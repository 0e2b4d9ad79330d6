"""Fresh two-turn chains (stop 30, helper said): the first answer quotes a whole short section,
the follow-up asks for what one sentence of it says. Split at random, seed 30."""
import random

S = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
CASES = [
    (["is generative ai just another word for ai", "so how can i tell if something is gen ai or not"], S, "what a system outputs|outputs new content"),
    (["classification vs regression?", "how do i know which one my problem is"], "supervised-learning/classification-versus-regression", "halfway between"),
    (["exploration vs exploitation in rl", "so how do agents balance the two"], "reinforcement-learning/exploration-versus-exploitation", "epsilon"),
    (["vaes vs gans", "which should i pick then"], "vaes/vaes-compared-with-gans", "well-organised latent space|crisp realism"),
    (["does gen ai copy its training data", "can u give me a comparison so i get it"], "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it", "music student"),
    (["what's a loss function", "which loss do people use for classification"], "training-and-overfitting/what-a-loss-function-measures", "cross-entropy"),
    (["why is gen ai output quality so random", "so what should i do with generated text"], "hallucination/why-generated-content-varies-in-quality", "draft"),
    (["why is gan training so unstable", "how do ppl know if its getting better then"], "gans/why-gan-training-is-unstable-and-costly", "looking at samples"),
    (["how does ml fit into ai", "whats an easy way to picture that"], "what-is-ml/machine-learning-inside-the-wider-field-of-ai", "nested circles"),
    (["why does supervised learning need so much labeled data", "why are the labels expensive"], "supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "people have to create|doctors"),
    (["is ml cheaper to run than gen ai", "what does the cost depend on"], "ml-vs-generative-ai/comparing-efficiency-and-computing-needs", "size of the data|complexity of the model"),
    (["why do supervised models need big datasets", "whats the alternative if labelling costs too much"], "supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "unsupervised"),
    (["is gen ai the same thing as ai?", "so whats a good rule of thumb"], S, "what a system outputs|outputs new content"),
    (["vae vs gan which is better", "why r vae pictures blurry"], "vaes/vaes-compared-with-gans", "averaging"),
    (["when does k means fail", "what can i use instead"], "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps", "DBSCAN"),
    (["does a gen ai model store its training examples", "what's the analogy for that"], "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it", "music student"),
]
def write(name, cases, head):
    with open(f"{name}/followup.toml", "w") as f:
        f.write(head + "\n")
        for turns, sec, fact in cases:
            t = ", ".join(f'"{x}"' for x in turns)
            f.write(f'\n[[case]]\nkind = "followup"\nturns = [{t}]\nin_scope = true\nsections = ["{sec}"]\nfacts = [[\'{fact}\']]\n')
if __name__ == "__main__":
    import os
    cases = CASES[:]
    random.Random(30).shuffle(cases)
    h = len(cases) // 2
    for name, part in (("work", cases[:h]), ("measure", cases[h:])):
        os.makedirs(name, exist_ok=True)
        write(name, part, f"# Fresh follow-ups re-asking a sentence already quoted (stop 30, helper said), {name} half (seed 30).")
