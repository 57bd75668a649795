"""``postcard install-desktop [--uninstall]``: the launcher, icon and metainfo for the current user."""

from __future__ import annotations

import argparse
from pathlib import Path

from postcard import desktop


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "install-desktop",
        help="add postcard to the applications menu of this user (Linux/BSD desktops)",
        description="Install the launcher (.desktop), the icon and the AppStream metainfo under $XDG_DATA_HOME "
        "(default ~/.local/share), so that postcard shows in the applications menu; --uninstall removes them.",
    )
    p.add_argument("--uninstall", action="store_true", help="remove exactly the files install-desktop puts there")
    p.add_argument(
        "--exec",
        type=Path,
        dest="executable",
        metavar="PROGRAM",
        help="the postcard-gui the launcher runs (default: the one installed with this postcard)",
    )
    p.set_defaults(func=cmd_install_desktop)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    if args.uninstall:
        if args.executable:
            raise desktop.DesktopIntegrationError("--exec does not go with --uninstall")
        result = desktop.uninstall()
        if not result.files:
            print(f"Nothing to remove: postcard's launcher is not installed in {result.data_home}.")
            return 0
        print(f"Removed postcard's launcher, icons and metainfo from {result.data_home}:")
    else:
        executable = args.executable.expanduser().absolute() if args.executable else None
        if executable and not executable.is_file():
            raise desktop.DesktopIntegrationError(f"no program {executable}")
        result = desktop.install(executable=executable)
        print(f"Installed postcard for this user in {result.data_home}; the launcher runs {result.executable}:")
    for path in result.files:
        print(f"  {path.relative_to(result.data_home)}")
    if result.refreshed:
        print(f"Refreshed: {', '.join(result.refreshed)}.")
    if not args.uninstall:
        print("postcard is in the applications menu now (log out and in if it does not show yet); "
              "'postcard install-desktop --uninstall' removes it.")  # fmt: skip
    return 0
