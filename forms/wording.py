"""Wording overlays: a center's licensed item wording for a scoring-only instrument.

Instruments whose wording may not ship (ISI, MBI, ...) carry only linkIds and option values. A
center that holds a licence puts the wording in its own data folder as ``<id>.wording.yaml``;
applying it returns a copy of the definition with item text and option labels filled in.
Scoring never depends on wording, so a result is the same with or without the overlay.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import DefinitionError
from .fields import Fields, join
from .loader import WORDING_SUFFIX, parse_yaml
from .model import Definition


def wording_path(folder: str | Path, form_id: str) -> Path:
    return Path(folder) / f"{form_id}{WORDING_SUFFIX}"


def load_wording(definition: Definition, path: str | Path) -> Definition:
    """Apply the overlay file at ``path``; refuses one that names unknown items or options."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DefinitionError(path.name, "", "unreadable", f"cannot be read ({exc.strerror})",
                              f"읽을 수 없습니다 ({exc.strerror})") from None
    f = Fields(path.name)
    m = f.mapping(parse_yaml(text, path.name), "", required=("id", "items"),
                  optional=("version", "title", "instructions"))
    if f.string(m["id"], "id") != definition.id:
        raise f.fail("id", "bad_value", f"names form '{m['id']}', not '{definition.id}'",
                     f"'{definition.id}'가 아닌 '{m['id']}' 검사지의 문구입니다")
    if "version" in m and f.string(m["version"], "version") != definition.version:
        raise f.fail("version", "bad_value",
                     f"was written for version {m['version']}, not {definition.version}",
                     f"{definition.version}가 아닌 {m['version']} 버전용 문구입니다")
    raw_items = f.mapping(m["items"], "items", optional=[i.link_id for i in definition.items])
    items = []
    for item in definition.items:
        if item.link_id not in raw_items:
            items.append(item)
            continue
        path_ = join("items", item.link_id)
        entry = f.mapping(raw_items[item.link_id], path_, optional=("text", "options"))
        new_text = f.text(entry["text"], join(path_, "text")) if "text" in entry else item.text
        options = item.options
        if "options" in entry:
            labels = entry["options"]
            if not isinstance(labels, dict):
                raise f.wrong_type(join(path_, "options"), "mapping")
            for value in labels:
                if isinstance(value, bool) or not isinstance(value, int) or item.option(value) is None:
                    raise f.fail(join(join(path_, "options"), str(value)), "unknown_option",
                                 "is not an ordinalValue of this item",
                                 "이 문항의 ordinalValue가 아닙니다")
            options = tuple(replace(o, label=f.text(labels[o.value],
                                                    join(join(path_, "options"), str(o.value))))
                            if o.value in labels else o for o in item.options)
        items.append(replace(item, text=new_text, options=options))
    return replace(
        definition,
        items=tuple(items),
        title=f.text(m["title"], "title") if "title" in m else definition.title,
        instructions=(f.text(m["instructions"], "instructions") if "instructions" in m
                      else definition.instructions),
        wording_source=path.name,
    )


def apply_wording_folder(definition: Definition, folder: str | Path) -> Definition:
    """Apply ``<folder>/<id>.wording.yaml`` when it exists and fits this version."""
    path = wording_path(folder, definition.id)
    if not path.is_file():
        return definition
    data = parse_yaml(path.read_text(encoding="utf-8"), path.name)
    # An overlay pinned to another version is meant for that version only: leave this one alone.
    if isinstance(data, dict) and "version" in data and data["version"] != definition.version:
        return definition
    return load_wording(definition, path)
