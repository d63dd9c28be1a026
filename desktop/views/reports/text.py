"""Filling Qt-style placeholders (%1, %2, …) of translated texts in one pass."""
from __future__ import annotations

import re


def fill(text: str, *values) -> str:
    """``fill("%1 of %2", 3, 10)`` -> '3 of 10'; a value containing '%2' is left as it is."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), text)
