"""User-facing texts as a message id plus arguments, so the window can translate them (the CLI: English).

`Text("The folder {0} does not exist.", path)`: the English template is the message id, looked up in the
"Messages" context of the Qt catalogues (scripts/update_messages.py keeps them in step with the code);
the arguments are filled in after translation. `str(text)` gives the English text. No Qt here: every
layer may build texts, only the window translates them (`render` with a translate function).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

CONTEXT = "Messages"  # the Qt translation context of every template


class Text:
    """An English template with {0}, {1}… placeholders (format specs allowed: {0!r}, {0:,}) and its
    arguments. An argument may itself be a Text, translated in turn."""

    __slots__ = ("args", "template")

    def __init__(self, template: str, *args: object) -> None:
        self.template = template
        self.args = args

    @classmethod
    def plain(cls, text: str) -> Text:
        """A text that is not a template (a driver's message, a value built elsewhere): shown as is."""
        return cls("{0}", text)

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        filled = [a.render(translate) if isinstance(a, Text) else a for a in self.args]
        template = translate(self.template) if translate and self.template else self.template
        if not filled and "{" not in template:
            return template
        try:
            return template.format(*filled)
        except (IndexError, KeyError, ValueError):  # a bad translation must not hide the error itself
            return self.template.format(*filled) if template != self.template else template

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Text({self.template!r}{''.join(', ' + repr(a) for a in self.args)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash((self.template, self.args))

    def __bool__(self) -> bool:
        return bool(self.template) and str(self) != ""

    def map_args(self, change: Callable[[str], str]) -> Text:
        """The same text with `change` applied to every string argument (e.g. to redact secrets)."""
        return Text(self.template, *(
            a.map_args(change) if isinstance(a, Text) else change(a) if isinstance(a, str) else a
            for a in self.args
        ))

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (for the catalog): numbers stay numbers (format specs need them), other
        arguments become their English text."""
        return {"t": self.template, "a": [_arg_json(a) for a in self.args]}

    @classmethod
    def from_json(cls, data: Any) -> Text | None:
        """The Text stored by to_json, or None when `data` is not one (an old or damaged row)."""
        if not isinstance(data, dict) or not isinstance(data.get("t"), str) or not isinstance(
                data.get("a", []), list):
            return None
        args: list[object] = []
        for a in data.get("a", []):
            nested = cls.from_json(a) if isinstance(a, dict) else None
            args.append(nested if nested is not None else a if isinstance(a, (int, float, str)) else str(a))
        return cls(data["t"], *args)


def _arg_json(arg: object) -> object:
    if isinstance(arg, Text):
        return arg.to_json()
    if isinstance(arg, (int, float)) and not isinstance(arg, bool):
        return arg
    return str(arg)


Message = str | Text  # what error and validation constructors accept


def joined(texts: Sequence[Text], separator: str = "; ") -> Text:
    """Several texts as one (e.g. a list of field errors), each translated on its own."""
    sep = separator.replace("{", "{{").replace("}", "}}")
    return Text(sep.join(f"{{{i}}}" for i in range(len(texts))), *texts)


def as_text(value: Message) -> Text:
    """A Text for `value`: a plain string is looked up as a template when it holds no braces (a constant
    such as "Cancelled by the user." still translates), else kept as is."""
    if isinstance(value, Text):
        return value
    return Text(value) if "{" not in value and "}" not in value else Text.plain(value)
