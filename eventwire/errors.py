"""Every message eventwire prints about bad input or misuse, with a code.

Each names the bad value and, where there are choices, the valid ones.
"""
from __future__ import annotations

from typing import Optional


class EventwireError(Exception):
    code = "E000"

    def __str__(self) -> str:  # "E101 file.txt: message"
        return f"{self.code} {super().__str__()}"


class InputError(EventwireError):
    """An article that cannot be read. Carries where it came from so the CLI can name it."""

    code = "E100"

    def __init__(self, path: str, message: str, line: Optional[int] = None, code: str = "E100"):
        self.path, self.line, self.message, self.code = path, line, message, code
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


E_NOT_FOUND = "E101"      # path does not exist
E_EMPTY = "E102"          # empty file / empty text
E_BINARY = "E103"         # binary content
E_DECODE = "E104"         # not UTF-8 (nor a known fallback)
E_TOO_BIG = "E105"        # larger than the size limit
E_JSON = "E106"           # malformed JSON line
E_FIELDS = "E107"         # JSON line missing text/html or id of wrong type
E_DATE = "E108"           # unparsable published date
E_TYPE = "E109"           # unsupported file type


class OptionError(EventwireError):
    """A bad command-line option value."""

    code = "E200"


def bad_choice(what: str, value: str, choices) -> OptionError:
    return OptionError(f"No {what} '{value}'. Available: {', '.join(sorted(choices))}")
