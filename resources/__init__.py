"""Bundled files (fonts, translations, samples): one way to find them from source or bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource_path("fonts", "NanumGothic.ttf").

    From source or a wheel this is the package folder; in a PyInstaller bundle the files sit
    under ``sys._MEIPASS/resources``.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent
    return base.joinpath(*parts)


KOREAN_FONT = ("fonts", "NanumGothic.ttf")
KOREAN_FONT_BOLD = ("fonts", "NanumGothicBold.ttf")
