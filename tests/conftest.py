"""Shared fixtures: every test gets its own encrypted database in tmp_path, made with the
cheap test KDF cost (passed explicitly; the shipped default is PRODUCTION_KDF)."""
from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: CI machines have no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MAUMDESK_PASSWORD", None)
os.environ.pop("MAUMDESK_NEW_PASSWORD", None)

import pytest  # noqa: E402

from storage.kdf import FAST_TEST_KDF  # noqa: E402
from storage.records import Room, Site, Staff  # noqa: E402
from storage.store import Store  # noqa: E402
from storage.vault import Vault  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"
STAFF_PASSWORD = "staff-pass-1"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "center.db"


@pytest.fixture
def created(db_path):
    """A new center: admin account, two sites, rooms, and one account per role."""
    vault, recovery = Vault.create(db_path, admin_login="admin", admin_password=ADMIN_PASSWORD,
                                   admin_name="관리자", center_name="테스트 센터", kdf=FAST_TEST_KDF)
    store = Store(vault)
    main = store.sites.add_site(Site(name="본관"))
    annex = store.sites.add_site(Site(name="별관"))
    for site in (main, annex):
        store.sites.add_room(Room(site_id=site.id, name="상담실1", kind="individual"))
        store.sites.add_room(Room(site_id=site.id, name="상담실2", kind="individual"))
        store.sites.add_room(Room(site_id=site.id, name="집단실", kind="group"))
    for login, role, name in [("lead", "lead", "김센터"), ("coord", "coordinator", "이조정"),
                              ("c1", "counselor", "박상담"), ("c2", "counselor", "최상담"),
                              ("psy", "psychiatrist", "정의사")]:
        store.staff.add(Staff(login=login, display_name=name, role=role, site_id=main.id), STAFF_PASSWORD,
                        kdf=FAST_TEST_KDF)
    vault.close()
    return {"path": db_path, "recovery": recovery, "sites": (main.id, annex.id)}


def login(db_path, user: str) -> Store:
    password = ADMIN_PASSWORD if user == "admin" else STAFF_PASSWORD
    return Store(Vault.unlock(db_path, user, password))


@pytest.fixture
def open_as(created):
    """open_as('c1') -> Store logged in as that account; all are closed after the test."""
    opened: list[Store] = []

    def _open(user: str) -> Store:
        for s in opened:
            s.close()
        opened.clear()
        store = login(created["path"], user)
        opened.append(store)
        return store

    yield _open
    for s in opened:
        s.close()
