"""The sub-commands that open or create a vault."""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from storage.errors import StorageError
from storage.kdf import FAST_TEST_KDF, PRODUCTION_KDF
from storage.records import Staff
from storage.access import ROLES
from storage.vault import Vault

from .secrets_input import ask
from .texts import say


def _kdf(args):
    # Hidden switch for the test-suite only: production cost is the default everywhere.
    return FAST_TEST_KDF if getattr(args, "test_kdf", False) else PRODUCTION_KDF


def _common(p: argparse.ArgumentParser, *, user: bool = True) -> None:
    p.add_argument("--db", required=True, type=Path, help="database file (.db)")
    if user:
        p.add_argument("--user", required=True, help="account login")
    p.add_argument("--test-kdf", action="store_true", help=argparse.SUPPRESS)


def _open(args, lang) -> Vault:
    password = ask("MAUMDESK_PASSWORD", "password", lang)
    return Vault.unlock(args.db, args.user, password)


def cmd_init(args, lang) -> int:
    password = ask("MAUMDESK_PASSWORD", "password", lang, confirm=True)
    vault, recovery = Vault.create(args.db, admin_login=args.user, admin_password=password,
                                   admin_name=args.name or args.user, center_name=args.center or "", kdf=_kdf(args))
    try:
        if args.site:
            from storage.records import Site
            from storage.store import Store
            store = Store(vault)
            for name in args.site:
                store.sites.add_site(Site(name=name))
    finally:
        vault.close()
    print(say("created", lang, db=args.db))
    print(say("recovery_once", lang))
    print(f"\n    {recovery}\n")
    return 0


def cmd_unlock_test(args, lang) -> int:
    password = ask("MAUMDESK_PASSWORD", "password", lang)
    started = time.perf_counter()
    vault = Vault.unlock(args.db, args.user, password)
    seconds = time.perf_counter() - started
    vault.close()
    print(say("unlocked", lang, db=args.db, user=args.user, seconds=seconds))
    return 0


def cmd_verify(args, lang) -> int:
    with _open(args, lang) as vault:
        problems = vault.verify()
        if not problems:
            with vault.transaction():
                vault.audit("verify", "database", detail={"ok": True})
    if problems:
        print(say("verify_bad", lang))
        for p in problems:
            print(f"  - {p}")
        return 1
    print(say("verify_ok", lang))
    return 0


def cmd_backup(args, lang) -> int:
    from storage.backup import create_backup
    with _open(args, lang) as vault:
        info = create_backup(vault, args.to)
    print(say("backup_done", lang, path=info.path, mb=info.size_bytes / 1e6))
    return 0


def cmd_restore(args, lang) -> int:
    from storage.backup import restore_backup
    password = ask("MAUMDESK_PASSWORD", "password", lang)
    vault = restore_backup(args.from_file, args.db, args.user, password)
    vault.close()
    print(say("restore_done", lang, db=args.db))
    return 0


def cmd_rekey(args, lang) -> int:
    with _open(args, lang) as vault:
        vault.rekey()
    print(say("rekey_done", lang))
    return 0


def cmd_user_add(args, lang) -> int:
    from storage.store import Store
    with _open(args, lang) as vault:
        new_password = ask("MAUMDESK_NEW_PASSWORD", "new_password", lang, confirm=True)
        site_id = None
        store = Store(vault)
        if args.site:
            matches = [s.id for s in store.sites.sites() if s.name == args.site]
            if not matches:
                from storage.errors import NotFound
                raise NotFound(what=f"site {args.site}")
            site_id = matches[0]
        # --supervisor LOGIN: who co-signs the notes (implies --needs-supervision); storage validates it
        supervisor_id = store.staff.get(args.supervisor).id if args.supervisor else None
        store.staff.add(Staff(login=args.login, display_name=args.name or args.login, role=args.role, site_id=site_id,
                              needs_supervision=args.needs_supervision or supervisor_id is not None,
                              supervisor_id=supervisor_id), new_password, kdf=_kdf(args))
    print(say("user_added", lang, login=args.login, role=args.role))
    return 0


def cmd_user_passwd(args, lang) -> int:
    if args.recovery:
        code = ask("MAUMDESK_RECOVERY_CODE", "recovery_code", lang)
        new_password = ask("MAUMDESK_NEW_PASSWORD", "new_password", lang, confirm=True)
        vault = Vault.unlock_with_recovery(args.db, code, args.user, new_password, kdf=_kdf(args) if args.test_kdf else None)
        vault.close()
    else:
        with _open(args, lang) as vault:
            old = os.environ.get("MAUMDESK_PASSWORD") or ""
            new_password = ask("MAUMDESK_NEW_PASSWORD", "new_password", lang, confirm=True)
            vault.change_password(old, new_password, kdf=_kdf(args) if args.test_kdf else None)
    print(say("passwd_done", lang, login=args.user))
    return 0


def cmd_user_remove(args, lang) -> int:
    from storage.store import Store
    with _open(args, lang) as vault:
        Store(vault).staff.deactivate(args.login)
    print(say("user_removed", lang, login=args.login))
    return 0


def cmd_user_list(args, lang) -> int:
    from storage.access import ROLE_NAMES
    from storage.store import Store
    with _open(args, lang) as vault:
        people = Store(vault).staff.list(include_inactive=True)
        slots = set(vault.keyfile.logins())
    for s in people:
        role = ROLE_NAMES[s.role][0 if lang == "ko" else 1]
        state = ("활성" if lang == "ko" else "active") if s.active else ("비활성" if lang == "ko" else "inactive")
        slot = "" if (s.login in slots) == s.active else " (!)"
        print(f"{s.login:<14} {role:<12} {state}{slot}  {s.display_name}")
    return 0


def cmd_demo(args, lang) -> int:
    from storage.demo import DEFAULT_DEMO_PASSWORD, create_demo
    password = os.environ.get("MAUMDESK_PASSWORD") or DEFAULT_DEMO_PASSWORD
    summary = create_demo(args.db, years=args.years, seed=args.seed, password=password, kdf=_kdf(args))
    print(say("demo_done", lang, db=args.db))
    for key, value in summary.counts.items():
        print(f"  {key}: {value:,}")
    print(say("demo_accounts", lang), ", ".join(summary.logins))
    if not os.environ.get("MAUMDESK_PASSWORD"):
        print(say("demo_password", lang, password=password))
    return 0


def run_gui_default(args) -> int:
    from desktop.app import run
    return run([])


def cmd_gui(args, lang) -> int:
    from desktop.app import run
    argv = []
    for flag in ("db", "user", "view", "screenshot", "lang"):
        value = getattr(args, flag, None)
        if value:
            argv += [f"--{flag}", str(value)]
    return run(argv)


def register(sub) -> None:
    p = sub.add_parser("init", help="새 센터 데이터베이스 만들기 / create a center database")
    _common(p)
    p.add_argument("--name", help="관리자 이름 / the admin's display name")
    p.add_argument("--center", help="센터 이름 / center name")
    p.add_argument("--site", action="append", help="지점(여러 번 가능) / a site (repeatable)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("unlock-test", help="열리는지 시험 / test that an account unlocks")
    _common(p)
    p.set_defaults(handler=cmd_unlock_test)

    p = sub.add_parser("verify", help="암호화·구조·감사기록·열쇠 검증 / verify everything")
    _common(p)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("backup", help="암호화 백업 / encrypted backup")
    _common(p)
    p.add_argument("--to", required=True, type=Path, help="백업 폴더 / folder")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="백업을 새 경로로 복원 / restore a backup to a new path")
    _common(p)
    p.add_argument("--from", dest="from_file", required=True, type=Path, help="백업 파일 / backup file (.mdbak)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("rekey", help="데이터베이스 키 교체 / rotate the database key")
    _common(p)
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("user", help="계정 관리 / accounts")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = users.add_parser("add", help="계정 추가 / add an account")
    _common(q)
    q.add_argument("--login", required=True)
    q.add_argument("--role", required=True, choices=ROLES)
    q.add_argument("--name")
    q.add_argument("--site")
    q.add_argument("--needs-supervision", action="store_true")
    q.add_argument("--supervisor", metavar="LOGIN", help="수퍼바이저 계정 / the supervisor's account")
    q.set_defaults(handler=cmd_user_add)
    q = users.add_parser("passwd", help="비밀번호 변경 / change a password")
    _common(q)
    q.add_argument("--recovery", action="store_true", help="복구 코드로 새 비밀번호 설정 / use the recovery code")
    q.set_defaults(handler=cmd_user_passwd)
    q = users.add_parser("remove", help="계정 비활성화 / deactivate an account")
    _common(q)
    q.add_argument("--login", required=True)
    q.set_defaults(handler=cmd_user_remove)
    q = users.add_parser("list", help="계정 목록 / list accounts")
    _common(q)
    q.set_defaults(handler=cmd_user_list)

    p = sub.add_parser("demo", help="합성 데모 센터 만들기 / create a synthetic demo center")
    _common(p, user=False)
    p.add_argument("--years", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("gui", help="앱 열기 / open the app")
    p.add_argument("--db", type=Path)
    p.add_argument("--user")
    p.add_argument("--view", default="today")
    p.add_argument("--screenshot", type=Path)
    p.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_gui)
