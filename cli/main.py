"""Entry point of the `maumdesk` command. Exit codes: 0 done, 1 a problem the user can fix
(the message says how), 2 a usage error."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from storage.errors import StorageError

from .secrets_input import NoPassword
from .texts import say

EXIT_OK, EXIT_FIX, EXIT_USAGE = 0, 1, 2


def _lang(args) -> str:
    return getattr(args, "lang", None) or os.environ.get("MAUMDESK_LANG", "ko")


def build_parser() -> argparse.ArgumentParser:
    from . import commands  # noqa: PLC0415 (keeps `maumdesk --help` light)

    parser = argparse.ArgumentParser(prog="maumdesk", description="마음데스크 / Maumdesk: 상담센터 사례관리")
    parser.add_argument("--lang", choices=("ko", "en"), help="메시지 언어 / message language (default ko)")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    # --self-test (installer/README.md): checks this installation in a temp folder; exit 0 or 1.
    parser.add_argument("--self-test", action="store_true",
                        help="설치 자체 검사 / check this installation (fonts, forms, translations, database, PDF)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    from . import report_commands
    report_commands.register(sub)
    from . import import_commands
    import_commands.register(sub)
    try:
        from forms.cli import register as register_forms
    except ImportError:  # forms is part of the package; only a broken install lands here
        register_forms = None
    if register_forms:
        register_forms(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:  # answered before every command module is imported
        from . import __version__
        print(__version__.VERSION)
        return EXIT_OK
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help, 2 for usage errors
        return int(exc.code or 0)
    lang = _lang(args)
    if args.version:
        from . import __version__
        print(__version__.VERSION)
        return EXIT_OK
    if args.self_test:  # --self-test: see cli/self_test.py
        from . import self_test
        return self_test.run(lang)
    if not args.command:
        from .commands import run_gui_default
        return run_gui_default(args)
    try:
        return int(args.handler(args, lang) or 0)
    except NoPassword as exc:
        print(f"{say('error', lang)}: {say('no_password', lang, var=exc.variable)}", file=sys.stderr)
        return EXIT_FIX
    except StorageError as exc:
        print(f"{say('error', lang)}: {exc.message(lang)}", file=sys.stderr)
        return EXIT_FIX
    except ValueError as exc:  # e.g. two differing passwords at a prompt
        print(f"{say('error', lang)}: {exc}", file=sys.stderr)
        return EXIT_FIX
    except KeyboardInterrupt:
        return EXIT_FIX


if __name__ == "__main__":
    sys.exit(main())
