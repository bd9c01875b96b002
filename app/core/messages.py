"""Messages that read as English text but can be translated where they are shown.

core/ is Qt-free and shared with the command line, which speaks English. A message
built here is a `str` (the English sentence, so logs, the command line, comparisons and
exceptions keep working) that also remembers its template and values. The window passes
it to `app.ui.i18n.translate_message()`, which looks the template up in Qt's translator
and fills the same values in, so a Russian user reads Russian.

Mark every template where it is written, with a literal context and text, so `lupdate`
finds it (`-tr-function-alias QT_TRANSLATE_NOOP+=N_`):

    raise AddressError(Message(N_("address", "Port {port} is out of range."), port=port))

Never pass an f-string to `N_`: the translator would never match the filled-in text.
A value that is itself a word people read ("open", "closed") is a Message too, so it is
translated on its own instead of pasted into the sentence as English.
"""

from __future__ import annotations

from typing import NamedTuple


class Template(NamedTuple):
    """A translatable text and its translation context, as marked with `N_`."""

    context: str
    text: str


def N_(context: str, text: str) -> Template:
    """Mark `text` for translation under `context`; returns both, translates nothing."""
    return Template(context, text)


class Message(str):
    """The English text of a template filled with values, which remembers both.

    `values` may hold other Messages (a reason inside a sentence); they are translated
    too when the outer message is.
    """

    template: Template
    values: dict[str, object]

    def __new__(cls, template: Template, /, **values: object) -> Message:
        """Fill `template` with `values` in English."""
        text = template.text.format(**values) if values else template.text
        message = super().__new__(cls, text)
        message.template = template
        message.values = values
        return message

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the template and values (str's own reduce would drop them)."""
        return (_rebuild, (self.template, self.values))

    def __repr__(self) -> str:
        return f"Message({str.__repr__(self)})"


def _rebuild(template: Template, values: dict[str, object]) -> Message:
    """Unpickle a Message."""
    return Message(template, **values)


def message_of(error: BaseException | str) -> str:
    """The message an exception carries (a Message when core built one), else its text."""
    if isinstance(error, str):
        return error
    if error.args and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
