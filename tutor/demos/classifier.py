"""Supervised learning, live: models learn to read handwritten digits from labelled examples.

The 8x8 digits that ship with scikit-learn are split (stratified, so every digit is equally
represented) into a training set the models learn from and a test set they never see. A
scaled logistic regression, a support vector machine and a small neural network (trained one
epoch at a time with ``partial_fit`` so its loss curve can be watched) are compared on the
test set. ``--train-fraction`` keeps only part of the training set, to show how hungry for
labelled data supervised learning is.
"""

from __future__ import annotations

import time
import warnings
from typing import Any, ClassVar

import numpy as np

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoResult,
    ImageGrid,
    Knob,
    LinePlot,
    Param,
    Preset,
    Progress,
    RunContext,
    Table,
    Visual,
)
from tutor.demos.boundaries import TITLE, Plane, belief, boundaries, two_d_data
from tutor.demos.datasets import digit_image, split_digits

LESSON = "supervised-learning"
MODEL_NAMES = {
    "logreg": "logistic regression",
    "svm": "support vector machine",
    "mlp": "neural network (MLP)",
}
WATCH_PAUSE = 0.05  # seconds per MLP epoch when someone watches, so the curve can be seen
SHOWN_DIGITS = 8  # test digits whose live guesses are shown while the network trains


class ClassifierDemo(Demo):
    name = "classifier"
    summary = REGISTRY["classifier"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("model", str, "all", "which model to train", choices=("all", "logreg", "svm", "mlp")),
        Param("test_size", float, 0.25, "share of digits held back for testing", 0.1, 0.5),
        Param(
            "train_fraction", float, 1.0,
            "share of the training digits actually used (try 0.05: data hunger)", 0.02, 1.0,
        ),
        Param("epochs", int, 40, "passes over the training data for the neural network", 1, 300),
        Param("hidden", int, 64, "hidden units in the neural network", 4, 512),
        Param("data", str, "digits", "what to learn: 8x8 digits, or 2-D points (moons, blobs) "
              "whose decision boundaries can be drawn", choices=("digits", "moons", "blobs")),
        Param("scale", bool, True, "scale every feature to mean 0, spread 1 before training "
              "(--scale=false turns it off)"),
        Param("stretch", float, 1.0, "multiply the second feature by this (a feature measured "
              "in big units; 2-D data only)", 0.001, 100_000.0),
        Param("lr", float, 1e-3, "learning rate of the neural network (Adam)", 1e-5, 1.0),
    )
    unit = "epoch"
    knobs = (Knob("lr", factor=2.0, low=1e-5, high=1.0),)
    headline = ("accuracy", "train_accuracy", "accuracy_logreg", "accuracy_svm", "accuracy_mlp")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "train_fraction": ("Supervised learning is hungry for labelled examples: with fewer "
                           "of them the models see less of the variety in the data, and the "
                           "gap between training and test accuracy grows.",
                           "training-and-overfitting#overfitting-and-underfitting"),
        "scale": ("Scaling puts every feature on a comparable range; without it a feature "
                  "measured in big numbers drowns out the others in methods that compare "
                  "distances or follow gradients.",
                  "training-and-overfitting#features-feature-scaling-and-feature-engineering"),
        "stretch": ("Stretching one feature is like measuring it in much smaller units: "
                    "unless the features are scaled, distance-based models then look at that "
                    "feature alone.",
                    "training-and-overfitting#features-feature-scaling-and-feature-engineering"),
        "hidden": ("More hidden units let the network draw a more complicated boundary, which "
                   "helps on curved data and invites overfitting on a small training set.",
                   "training-and-overfitting#overfitting-and-underfitting"),
    }
    presets = (
        Preset(
            "overfit", {"model": "mlp", "train_fraction": 0.02, "hidden": 256, "epochs": 200},
            "a big network trained on 27 digits: perfect on its training set, poor on new ones",
            "training-and-overfitting#overfitting-and-underfitting",
            "a 256-unit network learned just 27 labelled digits by heart: it gets "
            "{train_accuracy:.0%} of its own training digits right but only {accuracy:.0%} of "
            "digits it has never seen. That gap between training and test accuracy is "
            "overfitting: the model learned the accidents of its few examples, not what makes "
            "a 3 a 3, which is why it must always be judged on a held-out test set.",
            lambda m: m["train_accuracy"] - m["accuracy"] >= 0.2, {"epochs": 100},
        ),
        Preset(
            "unscaled", {"data": "moons", "scale": False, "stretch": 1000.0, "model": "svm"},
            "one feature in numbers 1000 times bigger, and no scaling: the model sees only it",
            "training-and-overfitting#features-feature-scaling-and-feature-engineering",
            "the second feature was multiplied by 1000 (think millimetres instead of metres) "
            "and the features were not scaled, so "
            "the support vector machine, which compares distances, saw almost nothing but that "
            "one feature: its boundary is a flat cut across the picture and it labels only "
            "{accuracy:.0%} of the test points correctly. Run /demo classifier --data moons "
            "--stretch 1000 (scaling on) to see the same model bend around the moons.",
            lambda m: m["accuracy"] < 0.9, {},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import StandardScaler

        seed = params["seed"]
        chosen = list(MODEL_NAMES) if params["model"] == "all" else [params["model"]]
        flat = params["data"] != "digits"
        if flat:
            x, y = two_d_data(params["data"], seed)
            x_train, x_test, y_train, y_test = train_test_split(
                x, y, test_size=params["test_size"], stratify=y, random_state=seed)
        else:
            x_train, x_test, y_train, y_test = split_digits(seed, params["test_size"],
                                                            np.float64)
        classes = np.unique(y_train)
        if params["train_fraction"] < 1.0:
            keep = max(2 * len(classes), round(len(y_train) * params["train_fraction"]))
            x_train, _, y_train, _ = train_test_split(
                x_train, y_train, train_size=keep, stratify=y_train, random_state=seed
            )
        # Pixels are 0..1; scaling each feature to zero mean and unit variance is what lets
        # logistic regression and the network converge quickly (fit on training data only).
        # --stretch measures the second 2-D feature in smaller units, to show why it matters.
        stretch = np.ones(x_train.shape[1])
        if flat:
            stretch[1] = params["stretch"]
        scaler = StandardScaler().fit(x_train * stretch) if params["scale"] else None

        def to_model(points: np.ndarray) -> np.ndarray:
            stretched = points * stretch
            return scaler.transform(stretched) if scaler is not None else stretched

        a_train, a_test = to_model(x_train), to_model(x_test)
        plane = Plane(np.vstack([x_train, x_test]), to_model) if flat else None
        pictures: dict[str, list[list[float]]] = {}

        total = sum(params["epochs"] if m == "mlp" else 1 for m in chosen) + 1
        step = 0
        noun = "digits" if not flat else "points"
        ctx.report(Progress(0, total, f"{len(y_train)} labelled {noun} to learn from"),
                   force=True)

        scores: dict[str, dict[str, Any]] = {}
        curves: dict[str, list[float]] = {}
        for key in chosen:
            ctx.check()
            started = time.perf_counter()
            if key == "mlp":
                model, curves, busy = self._train_mlp(params, a_train, y_train, a_test, y_test,
                                                      x_test, ctx, step, total, plane, pictures)
                step += params["epochs"]
            else:
                model = _make_linear(key, seed).fit(a_train, y_train)
                busy = time.perf_counter() - started
                step += 1
            scores[key] = _score(y_test, model.predict(a_test), classes)
            scores[key]["train_accuracy"] = float(np.mean(model.predict(a_train) == y_train))
            scores[key]["seconds"] = busy  # training only, not the pauses a watcher gets
            if plane is not None:
                pictures[key] = plane.picture(belief(model, plane.inputs), x_test, y_test)
            live: list[Visual] = [_compare_table(scores)]
            if curves:
                live.append(_mlp_plot(curves))
            if pictures:
                live.append(_boundaries(pictures, scores))
            ctx.report(Progress(
                step, total,
                f"{MODEL_NAMES[key]}: {scores[key]['accuracy']:.1%} of test {noun} right",
                visuals=live,
            ), force=True)

        ctx.check()
        learning = _learning_curve(chosen, seed, a_train, y_train, a_test, y_test, ctx)
        best = max(scores, key=lambda k: scores[k]["accuracy"])
        ctx.report(Progress(total, total, "done"), force=True)
        boundary = _boundaries(pictures, scores) if pictures else None
        return self._result(params, scores, best, curves, learning, x_test, y_test,
                            len(y_train), classes, boundary)

    # ------------------------------------------------------------------ training

    def _train_mlp(
        self, params: dict[str, Any], a_train: np.ndarray, y_train: np.ndarray,
        a_test: np.ndarray, y_test: np.ndarray, x_test: np.ndarray,
        ctx: RunContext, step: int, total: int, plane: Plane | None,
        pictures: dict[str, list[list[float]]],
    ) -> tuple[Any, dict[str, list[float]], float]:
        from sklearn.neural_network import MLPClassifier

        mlp = MLPClassifier(
            hidden_layer_sizes=(params["hidden"],), learning_rate_init=params["lr"],
            batch_size=min(64, len(y_train)), random_state=params["seed"],
        )
        classes = np.unique(y_train)
        losses: list[float] = []
        accuracy: list[float] = []
        shown = _spread_indices(y_test, SHOWN_DIGITS)
        busy = 0.0
        for epoch in range(params["epochs"]):
            changed = ctx.unit(epoch + 1)
            if "lr" in changed:  # Adam reads learning_rate_init at every update
                mlp.learning_rate_init = changed["lr"]
                if getattr(mlp, "_optimizer", None) is not None:
                    mlp._optimizer.learning_rate_init = changed["lr"]
            started = time.perf_counter()
            mlp.partial_fit(a_train, y_train, classes=classes)
            busy += time.perf_counter() - started
            predicted = mlp.predict(a_test)
            losses.append(float(mlp.loss_))
            accuracy.append(float(np.mean(predicted == y_test)))
            if plane is not None:  # watch the boundary form, epoch by epoch
                pictures["mlp"] = plane.picture(belief(mlp, plane.inputs), x_test, y_test)
                guesses: Visual = _boundaries(
                    pictures, {"mlp": {"accuracy": accuracy[-1]}})
            else:
                guesses = ImageGrid(
                    "The network's current guess for a few test digits (✓ right, ✗ wrong)",
                    [digit_image(x_test[i]) for i in shown],
                    [f"{predicted[i]} " + ("✓" if predicted[i] == y_test[i] else "✗")
                     for i in shown],
                    columns=SHOWN_DIGITS,
                )
            ctx.report(Progress(
                step + epoch + 1, total,
                f"neural network epoch {epoch + 1}/{params['epochs']}: loss {losses[-1]:.3f}, "
                f"test accuracy {accuracy[-1]:.1%}",
                visuals=[_mlp_plot({"loss": losses, "test accuracy": accuracy}), guesses],
            ))
            ctx.pause(WATCH_PAUSE)
        return mlp, {"loss": losses, "test accuracy": accuracy}, busy

    # ------------------------------------------------------------------ result

    def _result(
        self, params: dict[str, Any], scores: dict[str, dict[str, Any]], best: str,
        curves: dict[str, list[float]], learning: LinePlot | None,
        x_test: np.ndarray, y_test: np.ndarray, n_train: int, classes: np.ndarray,
        boundary: ImageGrid | None,
    ) -> DemoResult:
        top = scores[best]
        flat = params["data"] != "digits"
        noun = "point" if flat else "digit"
        metrics: dict[str, float] = {
            "accuracy": top["accuracy"],
            "train_accuracy": top["train_accuracy"],
            "precision": top["precision"],
            "recall": top["recall"],
            "train_examples": float(n_train),
            "test_examples": float(len(y_test)),
        }
        for key, score in scores.items():
            for metric in ("accuracy", "train_accuracy", "precision", "recall"):
                metrics[f"{metric}_{key}"] = score[metric]

        matrix = top["confusion"]
        confusion = Table(
            f"Confusion matrix of the {MODEL_NAMES[best]} (rows: true {'class' if flat else 'digit'}"
            f", columns: predicted)",
            ["true"] + [str(d) for d in classes],
            [[str(t)] + [str(int(c)) if c else "." for c in matrix[i]]
             for i, t in enumerate(classes)],
        )
        wrong = np.flatnonzero(top["predicted"] != y_test)[:SHOWN_DIGITS]
        visuals: list[Visual] = [_compare_table(scores), confusion]
        if boundary is not None:
            visuals.insert(0, boundary)
        elif len(wrong):
            visuals.append(ImageGrid(
                f"Test digits the {MODEL_NAMES[best]} got wrong",
                [digit_image(x_test[i]) for i in wrong],
                [f"true {y_test[i]}, predicted {top['predicted'][i]}" for i in wrong],
                columns=min(SHOWN_DIGITS, len(wrong)),
            ))
        if curves:
            visuals.append(_mlp_plot(curves))
        if learning is not None:
            visuals.append(learning)

        off = matrix.copy()
        np.fill_diagonal(off, 0)
        true_d, pred_d = np.unravel_index(int(np.argmax(off)), off.shape)
        true_d, pred_d = classes[true_d], classes[pred_d]
        if flat:
            mixup = (f" It put {int(off.max())} test points of class {true_d} on the class "
                     f"{pred_d} side of its boundary." if off.max() > 0 else
                     " It made no mistakes at all on this test set.")
        else:
            mixup = (
                f" Its most common mistake was reading {_a(true_d)} {true_d} as {_a(pred_d)} "
                f"{pred_d} ({int(off.max())} times)."
                if off.max() > 0 else " It made no mistakes at all on this test set."
            )
        gap = top["train_accuracy"] - top["accuracy"]
        if gap >= 0.1:
            mixup += (f" On its own training {noun}s it scored {top['train_accuracy']:.0%}, far "
                      f"above the test score: a sign of overfitting.")
        hunger = ""
        if learning is not None:
            label, curve = next(iter(learning.series.items()))
            hunger = (
                f" The learning curve shows the cost of labels: the {label} scored "
                f"{curve[0]:.0%} after {int(learning.x[0])} examples and {curve[-1]:.0%} "
                f"after all {n_train}."
            )
        mapping = ("2 measurements to one of two classes: the pictures show where each model "
                   "draws the line between them" if flat else
                   "64 pixel values to one of ten answers")
        explanation = (
            f"This was supervised learning: each of the {n_train} training {noun}s came with "
            f"its correct label, and every model learned a mapping from {mapping}. The best, "
            f"the {MODEL_NAMES[best]}, labelled "
            f"{top['accuracy']:.1%} of {len(y_test)} {noun}s it had never seen correctly "
            f"(macro precision {top['precision']:.2f}, recall {top['recall']:.2f})."
            + mixup + hunger
        )
        question = (
            "Why must the test digits be kept out of training, and what would the accuracy "
            "on the training digits themselves fail to tell you?"
        )
        return DemoResult(self.name, params, metrics, 0.0, visuals, explanation, self.lesson,
                          question)


# ---------------------------------------------------------------------- helpers


def _make_linear(key: str, seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import SVC

    if key == "logreg":
        return LogisticRegression(max_iter=2000, random_state=seed)
    return SVC(C=10.0, gamma="scale", random_state=seed)


def _score(y_true: np.ndarray, predicted: np.ndarray, classes: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    with warnings.catch_warnings():  # a class never predicted has undefined precision: 0 is fine
        warnings.simplefilter("ignore")
        precision, recall, _, _ = precision_recall_fscore_support(
            y_true, predicted, average="macro", zero_division=0
        )
    return {
        "accuracy": float(np.mean(predicted == y_true)),
        "precision": float(precision),
        "recall": float(recall),
        "confusion": confusion_matrix(y_true, predicted, labels=classes),
        "predicted": predicted,
    }


def _learning_curve(
    chosen: list[str], seed: int, a_train: np.ndarray, y_train: np.ndarray,
    a_test: np.ndarray, y_test: np.ndarray, ctx: RunContext,
) -> LinePlot | None:
    """Test accuracy of the fast models against the number of labelled examples they saw."""
    fast = [k for k in chosen if k != "mlp"]
    if not fast:
        return None
    n = len(y_train)
    sizes = sorted({s for s in (30, 60, 120, 250, 500, 1000) if s < n} | {n})
    rng = np.random.default_rng(seed)
    order = _stratified_order(y_train, rng)
    series: dict[str, list[float]] = {MODEL_NAMES[k]: [] for k in fast}
    for size in sizes:
        subset = order[:size]
        for key in fast:
            ctx.check()
            model = _make_linear(key, seed).fit(a_train[subset], y_train[subset])
            series[MODEL_NAMES[key]].append(float(np.mean(model.predict(a_test) == y_test)))
    return LinePlot(
        "Learning curve: test accuracy against labelled examples seen",
        series, x=[float(s) for s in sizes], xlabel="training examples", ylabel="accuracy",
    )


def _stratified_order(labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A shuffled order of indices in which every prefix holds the classes in balance."""
    per_class = [rng.permutation(np.flatnonzero(labels == c)) for c in np.unique(labels)]
    order: list[int] = []
    for rank in range(max(len(p) for p in per_class)):
        order.extend(int(p[rank]) for p in per_class if rank < len(p))
    return np.array(order)


def _spread_indices(labels: np.ndarray, count: int) -> list[int]:
    """The first test example of each of ``count`` different digits (stable across epochs)."""
    picked: list[int] = []
    for digit in range(10):
        hits = np.flatnonzero(labels == digit)
        if len(hits) and len(picked) < count:
            picked.append(int(hits[0]))
    return picked


def _a(digit: int) -> str:
    return "an" if int(digit) == 8 else "a"


def _compare_table(scores: dict[str, dict[str, Any]]) -> Table:
    rows = [
        [MODEL_NAMES[k], f"{s['accuracy']:.1%}", f"{s['train_accuracy']:.1%}",
         f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s.get('seconds', 0.0):.2f} s"]
        for k, s in scores.items()
    ]
    return Table("Models on the test set (and on their own training set)",
                 ["model", "accuracy", "train acc.", "precision", "recall", "training"], rows)


def _boundaries(pictures: dict[str, list[list[float]]],
                scores: dict[str, dict[str, Any]]) -> ImageGrid:
    keys = list(pictures)
    captions = [f"{MODEL_NAMES[k]}: {scores[k]['accuracy']:.0%}" if k in scores else MODEL_NAMES[k]
                for k in keys]
    return boundaries(TITLE, [pictures[k] for k in keys], captions)


def _mlp_plot(curves: dict[str, list[float]]) -> LinePlot:
    epochs = max((len(v) for v in curves.values()), default=0)
    return LinePlot("Neural network: training loss and test accuracy per epoch",
                    {k: list(v) for k, v in curves.items()},
                    x=[float(e) for e in range(1, epochs + 1)], xlabel="epoch")


DEMO = ClassifierDemo()
