"""The subcommands people type: ``install``, ``uninstall``, ``doctor`` (serving needs none of this)."""

from __future__ import annotations

import argparse
import sys

from .ids import EXTENSION_ID, HOST_NAME


def build_parser() -> argparse.ArgumentParser:
    from whybounce._version import __version__

    parser = argparse.ArgumentParser(
        prog="whybounce-host",
        description=(
            "Native-messaging host of the whybounce Thunderbird add-on. Without a subcommand (or with the "
            "manifest path and extension id Thunderbird passes) it serves length-prefixed JSON frames on "
            "stdin/stdout."
        ),
        epilog=f'Host name "{HOST_NAME}", allowed extension {EXTENSION_ID}.',
    )
    parser.add_argument("--version", action="version", version=f"whybounce-host {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "install", help="register the host for the current user (idempotent; no admin rights needed)",
        description="Write the host manifest and its launcher for the current user (and on Windows "
                    "the HKEY_CURRENT_USER registry key), so Thunderbird can start this host. Takes no arguments.",
        epilog="exit status: 0 registered; 1 a problem (said on stderr); 2 usage error",
    )
    commands.add_parser(
        "uninstall", help="remove exactly what install wrote",
        description="Remove the manifest, launcher and registry key install wrote, and the folders it "
                    "created once they are empty. Files changed by someone else are left alone. Takes no "
                    "arguments.",
        epilog="exit status: 0 removed (or nothing to remove); 1 something was left alone (said on stderr); "
               "2 usage error",
    )
    commands.add_parser(
        "doctor", help="check the registration and talk to the host through it",
        description="Report where the host is registered, whether its launcher runs, and do a ping and an "
                    "explain round trip through it, with a fix for each problem. Takes no arguments.",
        epilog="exit status: 0 everything works; 1 a check failed; 2 usage error",
    )
    return parser


def run_command(args: list[str]) -> int:
    """Run one subcommand (or --help / --version) and return the exit status."""
    parsed = build_parser().parse_args(args)
    from .layout import current_layout

    layout = current_layout()
    if parsed.command == "doctor":
        from .doctor import run_doctor

        return run_doctor(layout)
    from .registration import install, uninstall

    report = install(layout) if parsed.command == "install" else uninstall(layout)
    for line in report.lines:
        print(line)
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if parsed.command == "install" and not report.problems:
        print("Registered. Check it with `whybounce-host doctor`.")
    return 1 if report.problems else 0
