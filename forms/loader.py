"""Reads definition files (YAML or JSON) and hands them to the schema for validation."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DefinitionError
from .model import Definition
from .schema import build_definition

DEFINITION_SUFFIXES = (".yaml", ".yml", ".json")
WORDING_SUFFIX = ".wording.yaml"  # overlay files live beside definitions but are not definitions


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys (PyYAML silently keeps the last one)."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (line {mark.line + 1})", mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def parse_yaml(text: str, file: str) -> Any:
    """Parse YAML (JSON is valid YAML); a syntax error names the file, line and column."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(YAML)"
        problem = getattr(exc, "problem", None) or str(exc)
        raise DefinitionError(file, where, "bad_yaml", f"not valid YAML: {problem}",
                              f"YAML 형식이 잘못되었습니다: {problem}") from None


def load_definition_text(text: str, file: str = "<text>") -> Definition:
    return build_definition(parse_yaml(text, file), file)


def load_definition(path: str | Path) -> Definition:
    """Load and validate one definition file; raises DefinitionError naming file and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DefinitionError(path.name, "", "not_found", "file not found", "파일이 없습니다") from None
    except UnicodeDecodeError:
        raise DefinitionError(path.name, "", "bad_encoding", "must be saved as UTF-8 text",
                              "UTF-8 텍스트로 저장해야 합니다") from None
    except OSError as exc:
        raise DefinitionError(path.name, "", "unreadable", f"cannot be read ({exc.strerror})",
                              f"읽을 수 없습니다 ({exc.strerror})") from None
    return load_definition_text(text, path.name)


def is_definition_file(name: str) -> bool:
    return name.endswith(DEFINITION_SUFFIXES) and not name.endswith(WORDING_SUFFIX)


def load_builtin_definitions() -> list[Definition]:
    """Every definition shipped in forms/definitions, read through importlib.resources so it
    works from a wheel or a frozen (PyInstaller) bundle as well as from the source tree."""
    folder = resources.files("forms.definitions")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file() and is_definition_file(entry.name):
            out.append(load_definition_text(entry.read_text(encoding="utf-8"), entry.name))
    return out


def load_folder(folder: str | Path) -> list[Definition]:
    """Every definition file in a center's folder (not recursive; overlays skipped)."""
    folder = Path(folder)
    return [load_definition(p) for p in sorted(folder.iterdir())
            if p.is_file() and is_definition_file(p.name)]
