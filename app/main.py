"""``agentdesk``: the desktop workstation's entry point.

Thin on purpose (FeelUOwn's app shells): parse the command line, answer ``--version``,
``--self-check`` and ``--forget-local-data`` without loading Qt (they run from an installer or a
console, and print one JSON line), and hand everything else to :mod:`app.ui.app_shell`, which
builds the application and runs it on the one qasync loop.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agentdesk", description="The support desk of a crypto exchange.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a demo server beside the desk (seeded, with live traffic) and sign in",
    )
    parser.add_argument(
        "--as",
        dest="demo_user",
        default="alice",
        metavar="USER",
        help="demo account to sign in as (alice, bob, vera, victor, sam)",
    )
    parser.add_argument(
        "--demo-server",
        metavar="URL",
        help="sign in as a demo account (--as) to a demo server started elsewhere (agentdesk-server --demo)",
    )
    parser.add_argument("--server", metavar="URL", help="server to connect to (ws://host:port/agent)")
    parser.add_argument("--lang", choices=("en", "zh-CN"), help="language (default: settings, then system)")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme (default: settings)")
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="save the main window to FILE once the inbox and a conversation are shown, then exit",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, load the inbox, print one JSON line with what was shown, exit",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="write, read and delete a keyring entry, count the trusted CAs, print one JSON line, exit "
        "non-zero on failure",
    )
    parser.add_argument(
        "--forget-local-data",
        action="store_true",
        help="remove this computer's AgentDesk data: tokens and cache keys in the OS keyring, the "
        "cache, settings and logs (the uninstaller runs it); print one JSON line",
    )
    parser.add_argument("--timeout", type=float, default=30.0, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_check:
        from app.core.self_check import run_self_check

        check = run_self_check()
        _print_json(check.as_json())
        return 0 if check.ok else 1
    if args.forget_local_data:
        from app.core.local_data import forget_local_data
        from app.core.paths import app_paths

        report = forget_local_data(app_paths())
        _print_json(report.as_json())
        return 0 if report.ok else 1
    from app.ui.app_shell import run

    return run(args)


def _print_json(value: dict[str, object]) -> None:
    """One line; a windowed build started without a console has no stdout to print to."""
    if sys.stdout is not None:
        print(json.dumps(value, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    sys.exit(main())
