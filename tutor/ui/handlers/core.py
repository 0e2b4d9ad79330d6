"""Handlers of the chat's own commands: /help /sources /history /copy /clear /export /theme
/quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor import commands
from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


def complete_command_names(app: TutorApp, text: str) -> list[str]:
    return [c.name for c in commands.matching(text.strip())]


async def handle_help(app: TutorApp, args: str) -> None:
    from tutor.ui.screens.help import command_rows
    from tutor.ui.widgets.chat.messages import TableCard

    name = args.strip().lstrip("/")
    if name:
        command = commands.get(name)
        if command is None:
            raise CommandError(commands.unknown_message(name))
        rows = [(command.usage, command.help)]
        footnote = ""
    else:
        rows = command_rows()
        footnote = "Ask anything else in plain words. F1 lists the keys too."
    await app.conversation.add_card(TableCard(rows, ("Command", "Does"), footnote))


async def handle_sources(app: TutorApp, args: str) -> None:
    from tutor.ui.widgets.chat.answer import sources_markdown
    from tutor.ui.widgets.chat.messages import TutorText

    payload = app.last_answer
    if not payload or not payload.get("sources"):
        await app.show_note("No sources yet: ask a question first, then /sources shows the "
                            "passages behind the answer.")
        return
    question = payload.get("question") or "the last answer"
    text = f"**Sources for:** {question}\n\n" + sources_markdown(payload["sources"], full=True)
    await app.conversation.add_card(TutorText(text, classes="sources-card"))


async def handle_history(app: TutorApp, args: str) -> None:
    if args.strip():
        await app.search_history(args)
    else:
        await app.open_history()


async def handle_copy(app: TutorApp, args: str) -> None:
    await app.copy_answer()


async def handle_clear(app: TutorApp, args: str) -> None:
    await app.new_conversation()


async def handle_export(app: TutorApp, args: str) -> None:
    from tutor.core import paths

    conversation_id = app.conversation_id
    if conversation_id is None or app.chats.count(conversation_id) == 0:
        await app.show_note("Nothing to export yet: this conversation is empty.")
        return
    try:
        path = app.chats.export(conversation_id, paths.data_dir() / "exports")
    except OSError as error:
        raise CommandError(f"Could not write the export: {error.strerror or error}") from None
    await app.show_note(f"Exported this conversation to {path}")


def complete_theme(app: TutorApp, text: str) -> list[str]:
    prefix = text.strip().lower()
    names = sorted(app.available_themes)
    return [n for n in names if n.startswith(prefix)] + [
        n for n in names if prefix and prefix in n and not n.startswith(prefix)
    ]


async def handle_theme(app: TutorApp, args: str) -> None:
    import difflib

    name = args.strip().lower()
    names = sorted(app.available_themes)
    if not name:
        listing = ", ".join(names)
        await app.show_note(f"Themes: {listing}. Current: {app.theme}. Use /theme NAME.")
        return
    if name not in app.available_themes:
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
        hint = f" Did you mean {close[0]}?" if close else ""
        raise CommandError(f"No theme called {name[:30]}.{hint} /theme lists them.")
    app.theme = name  # the app remembers it in the settings
    await app.show_note(f"Theme set to {name} (remembered for next time).")


async def handle_quit(app: TutorApp, args: str) -> None:
    app.exit()
