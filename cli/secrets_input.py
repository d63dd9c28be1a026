"""Where passwords come from: a prompt, or MAUMDESK_PASSWORD / MAUMDESK_NEW_PASSWORD for scripts."""
from __future__ import annotations

import getpass
import os
import sys

from .texts import say


class NoPassword(Exception):
    def __init__(self, variable: str) -> None:
        super().__init__(variable)
        self.variable = variable


def ask(variable: str, prompt_key: str, lang: str, *, confirm: bool = False) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise NoPassword(variable)
    first = getpass.getpass(say(prompt_key, lang) + ": ")
    if confirm:
        again = getpass.getpass(say("password_again", lang) + ": ")
        if again != first:
            raise ValueError(say("passwords_differ", lang))
    return first
