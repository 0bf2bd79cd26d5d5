"""The interactive script console (``shim console``), like the Designer's: prompt_toolkit for the
editing, ``runtime.tools.interpreter`` for running, ``runtime.tools.completion`` for completing.

Enter runs the entry when it is complete; an entry ending with ``:``, or inside brackets, a string
or a backslash continuation, goes on to the next line (indented), and a blank line ends a block.
Indentation the user types (spaces, Tab) or pastes on a fresh line replaces the automatic one
instead of adding to it, so typing or pasting code with its own indentation works as in the
Designer's console. Esc Enter runs the entry as it is. History persists in ``$SHIM_HISTORY`` (default
``~/.local/share/shim/console_history``). Handler output and log records are printed as they
happen, above the prompt (the caller wraps ``interact`` in ``patch_stdout``).
"""
from __future__ import annotations

import io
import os
import tokenize
from pathlib import Path
from typing import Any, Iterable

from prompt_toolkit import PromptSession
from prompt_toolkit.application import get_app
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.filters import Condition
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from prompt_toolkit.shortcuts import CompleteStyle

from runtime.tools.completion import complete
from runtime.tools.interpreter import Interpreter

#: Statements after which the next line is dedented.
_BLOCK_ENDERS = ("return", "pass", "break", "continue", "raise")


class ScriptCompleter(Completer):
    """prompt_toolkit's view of ``runtime.tools.completion``: the help text is the display_meta."""

    def __init__(self, namespace: dict[str, Any], modules: Iterable[str] = ()) -> None:
        self.namespace = namespace
        self.modules = tuple(modules)  # what the project may import besides the stdlib (pylib, library)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        word, candidates = complete(self.namespace, document.text_before_cursor, self.modules)
        for candidate in candidates:
            yield Completion(candidate.name, -len(word), display_meta=candidate.help)


class Console:
    """Reads entries until Ctrl-D and runs each in ``interpreter``."""

    def __init__(self, interpreter: Interpreter, *, input: Any = None, output: Any = None,
                 history: History | None = None, settle: float = 1.0) -> None:
        self.interpreter = interpreter
        self.settle = settle  # seconds to wait for the handlers an entry triggered before prompting again
        self.session: PromptSession = PromptSession(
            multiline=True, key_bindings=_entry_bindings(), prompt_continuation="... ",
            completer=ScriptCompleter(interpreter.namespace, interpreter.modules), complete_style=CompleteStyle.MULTI_COLUMN,
            history=history if history is not None else default_history(), input=input, output=output)

    def interact(self) -> None:
        """The read-run loop. Ctrl-C drops the entry being typed; Ctrl-D quits."""
        out = self.interpreter.out
        unsubscribe = self.interpreter.gateway.log.subscribe(lambda record: out(str(record)))
        out(f"shim console: {self.interpreter.where}. Enter runs a complete entry, a blank line "
            "ends a block, Esc Enter runs as is, Tab completes, Ctrl-D quits.")
        try:
            while True:
                try:
                    text = self.session.prompt(">>> ")
                except KeyboardInterrupt:
                    continue
                except EOFError:
                    return
                self.interpreter.run_entry(text)
                self.interpreter.gateway.wait_idle(self.settle)
        finally:
            unsubscribe()


def entry_is_complete(text: str) -> bool:
    """Whether Enter should run ``text``: not inside brackets, a string or a continuation, and
    not in a block (a line ending with ``:``) unless its last line is blank."""
    if not text.strip():
        return True
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text + "\n").readline))
    except tokenize.TokenError:  # EOF in a multi-line statement or string
        return False
    except (IndentationError, SyntaxError):  # let the compiler say what is wrong
        return True
    block = False
    last = None
    for token in tokens:
        if token.type == tokenize.NEWLINE:
            block = block or (last is not None and last.string == ":")
        elif token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT):
            last = token
    return not block or not text.split("\n")[-1].strip()


def next_indent(text_before_cursor: str) -> str:
    """The indentation of a new line: the current line's, one level deeper after ``:``, one
    level shallower after ``return``/``pass``/``break``/``continue``/``raise``."""
    line = text_before_cursor.rsplit("\n", 1)[-1]
    indent = line[: len(line) - len(line.lstrip())]
    code = line.split("#")[0].strip()
    if code.endswith(":"):
        return indent + "    "
    if code.split(" ")[0] in _BLOCK_ENDERS:
        return indent[:-4]
    return indent


def history_path() -> Path:
    """``$SHIM_HISTORY``, else ``$XDG_DATA_HOME/shim/console_history`` (``~/.local/share``)."""
    configured = os.environ.get("SHIM_HISTORY")
    if configured:
        return Path(configured)
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "shim" / "console_history"


def default_history() -> History:
    """The persistent history; in memory only when its folder cannot be created."""
    path = history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return InMemoryHistory()
    return FileHistory(str(path))


def _entry_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        state = buffer.complete_state
        if state is not None and state.current_completion is not None:
            buffer.apply_completion(state.current_completion)  # Enter picks the completion
        elif entry_is_complete(buffer.text):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n" + next_indent(buffer.document.text_before_cursor))

    @bindings.add("escape", "enter")
    def _run_as_is(event: KeyPressEvent) -> None:
        event.current_buffer.validate_and_handle()

    @bindings.add(" ", filter=_at_line_start)
    def _space(event: KeyPressEvent) -> None:
        _drop_auto_indent(event.current_buffer)
        event.current_buffer.insert_text(" " * event.arg)

    @bindings.add("tab", filter=_at_line_start)
    def _tab(event: KeyPressEvent) -> None:
        _drop_auto_indent(event.current_buffer)
        event.current_buffer.insert_text("    ")

    @bindings.add(Keys.BracketedPaste)
    def _paste(event: KeyPressEvent) -> None:
        text = event.data.replace("\r\n", "\n").replace("\r", "\n")
        if text[:1] in (" ", "\t"):
            _drop_auto_indent(event.current_buffer)
        event.current_buffer.insert_text(text)

    return bindings


@Condition
def _at_line_start() -> bool:
    """The cursor is in the leading whitespace of a continuation line (not the first line)."""
    document = get_app().current_buffer.document
    return document.cursor_position_row > 0 and not document.current_line_before_cursor.strip()


def _drop_auto_indent(buffer: Any) -> None:
    """Remove the automatic indentation of a line nothing was typed on yet: what the user types
    (or pastes) there is the indentation, as in an editor without auto-indent."""
    document = buffer.document
    line = document.current_line
    if line and not line.strip() and document.cursor_position_col == len(line) \
            and line == next_indent(document.text.split("\n")[document.cursor_position_row - 1]):
        buffer.delete_before_cursor(len(line))
