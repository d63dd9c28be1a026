"""A registry of definitions keyed by (id, version).

Old versions stay registered so a result stored years ago can be re-scored and shown with the
definition it was made with. A registry is immutable: ``with_*`` methods return a new one, so
the cached built-in registry can be shared safely.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import DefinitionError, UnknownFormError
from .loader import load_builtin_definitions, load_folder
from .model import Definition
from .wording import apply_wording_folder


class Registry:
    def __init__(self, definitions: Iterable[Definition] = ()) -> None:
        self._defs: dict[tuple[str, str], Definition] = {}
        for d in definitions:
            key = (d.id, d.version)
            if key in self._defs:
                other = self._defs[key].file
                raise DefinitionError(
                    d.file, "version", "duplicate_version",
                    f"form '{d.id}' version {d.version} is already defined by {other}",
                    f"'{d.id}' 검사지 {d.version} 버전이 {other}에 이미 있습니다")
            self._defs[key] = d

    def get(self, form_id: str, version: str | None = None) -> Definition:
        """The definition with that id: the given version, or the newest when None."""
        if version is not None:
            try:
                return self._defs[(form_id, version)]
            except KeyError:
                raise UnknownFormError(form_id, version) from None
        candidates = [d for (i, _), d in self._defs.items() if i == form_id]
        if not candidates:
            raise UnknownFormError(form_id)
        return max(candidates, key=lambda d: d.version_key)

    def versions(self, form_id: str) -> list[str]:
        defs = [d for (i, _), d in self._defs.items() if i == form_id]
        return [d.version for d in sorted(defs, key=lambda d: d.version_key)]

    def list(self, all_versions: bool = False) -> list[Definition]:
        """Definitions sorted by id: the newest version of each, or every version."""
        if all_versions:
            return sorted(self._defs.values(), key=lambda d: (d.id, d.version_key))
        return [self.get(form_id) for form_id in sorted({i for i, _ in self._defs})]

    def __contains__(self, form_id: object) -> bool:
        return any(i == form_id for i, _ in self._defs)

    def __iter__(self) -> Iterator[Definition]:
        return iter(self.list(all_versions=True))

    def __len__(self) -> int:
        return len(self._defs)

    # -- building new registries -------------------------------------------------------------
    def with_definitions(self, definitions: Iterable[Definition]) -> "Registry":
        return Registry(list(self._defs.values()) + list(definitions))

    def with_folder(self, folder: str | Path) -> "Registry":
        """Add a center's own definition files (``*.yaml``/``*.json`` in ``folder``)."""
        return self.with_definitions(load_folder(folder))

    def with_wording(self, folder: str | Path) -> "Registry":
        """Apply the center's ``<id>.wording.yaml`` overlays found in ``folder``."""
        return Registry(apply_wording_folder(d, folder) for d in self._defs.values())


@lru_cache(maxsize=1)
def builtin_registry() -> Registry:
    """The definitions shipped with the app (loaded once; a broken one fails loudly)."""
    return Registry(load_builtin_definitions())


def center_registry(folder: str | Path) -> Registry:
    """Built-ins plus a center's own forms and wording overlays from its data folder."""
    return builtin_registry().with_folder(folder).with_wording(folder)
