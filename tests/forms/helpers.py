"""Small helpers shared by the forms tests."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

import forms


def builtin(form_id: str):
    return forms.builtin_registry().get(form_id)


def fill(total: int, maxima: list[int], minima: list[int] | None = None) -> list[int]:
    """Answers (item values, no reversal) that add up to ``total``, filling items in order.

    Used only to build inputs; every test states the expected total itself."""
    minima = minima or [0] * len(maxima)
    values = list(minima)
    left = total - sum(minima)
    for i, top in enumerate(maxima):
        step = min(left, top - values[i])
        values[i] += step
        left -= step
    assert left == 0, "total out of range for these items"
    return values


# A minimal valid definition; tests copy it and break one thing at a time.
BASE = {
    "id": "center_check",
    "version": "1.0",
    "title": {"ko": "센터 점검", "en": "Center check"},
    "license": "The center's own form.",
    "source": "Written by the center.",
    "ship_wording": True,
    "option_sets": {
        "five": [
            {"ordinalValue": v, "label": {"ko": f"{v}점", "en": f"{v} points"}} for v in range(5)
        ]
    },
    "items": [
        {"linkId": f"q{i}", "option_set": "five", "text": {"ko": f"문항 {i}", "en": f"Item {i}"}}
        for i in range(1, 5)
    ],
    "scoring": {
        "total": {"method": "sum"},
        "subscales": [{"id": "A", "method": "sum", "items": ["q1", "q2"]}],
    },
    "bands": [
        {"id": "low", "min": 0, "max": 5, "class": "normal", "label": {"ko": "낮음", "en": "Low"}},
        {"id": "mid", "min": 6, "max": 10, "class": "watch", "label": {"ko": "중간", "en": "Mid"}},
        {"id": "high", "min": 11, "max": 16, "class": "high_risk",
         "label": {"ko": "높음", "en": "High"}},
    ],
    "flags": [
        {"id": "q4_high", "kind": "safety", "when": {"item": "q4", "min": 3},
         "message": {"ko": "4번 문항 확인", "en": "Check item 4"}}
    ],
}


def base() -> dict:
    return copy.deepcopy(BASE)


def write(tmp_path: Path, data: dict | str, name: str = "center_check.yaml") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True,
                                                             sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path
