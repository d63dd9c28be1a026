"""Where the app keeps its own settings: the OS user-config folder (platformdirs).

Only non-secret choices live here (which database file, last account name, language); never a
key, a password or client data. The database itself lives in the user-data folder.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

APP = "Maumdesk"


def config_dir() -> Path:
    override = os.environ.get("MAUMDESK_HOME")  # tests and portable installs
    return Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    override = os.environ.get("MAUMDESK_HOME")
    return Path(override) / "data" if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def demo_db_path() -> Path:
    return data_dir() / "demo" / "demo.db"


@dataclass
class AppConfig:
    database: str | None = None
    last_user: str | None = None
    language: str = "ko"

    @classmethod
    def load(cls) -> "AppConfig":
        try:
            data = json.loads((config_dir() / "config.json").read_text(encoding="utf-8"))
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (OSError, ValueError, TypeError):
            return cls()

    def save(self) -> None:
        from storage.keyslots import atomic_write_text  # the same whole-or-nothing write
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / "config.json", json.dumps(asdict(self), ensure_ascii=False, indent=1))
