"""Held-out set 62: Postfix's OWN local delivery agent failing at the last hop (session 60, helper r60b).

Not a remote server's reply and not a refusal in the SMTP session: a REAL Postfix 3.7.11 (Debian 12's package) takes
each message with 250 and its local(8) delivery agent then fails to deliver it, by the aliases(5) forms a site uses
(``|command``, ``/file``, ``/maildir/``, ``:include:``) and the limits local(8) enforces (``command_time_limit``,
``mailbox_size_limit``, ``allow_mail_to_commands``, ``allow_mail_to_files``, the Delivered-To loop check), and
cleanup(8)'s virtual alias limits. Postfix writes the report itself (bounce(8), RFC 3464) to the local sender; a
temporary failure gives a delay notice (``delay_warning_time``) and, once ``maximal_queue_lifetime`` has passed, the
final report. Set 28 measured local(8)'s unknown user and virtual(8)'s size limit only; set 53 the local delivery
failures of Exim, Sendmail and OpenSMTPD, not Postfix's.

The cases carry no reply (``reply=()``): the words are Postfix's. ``target`` is what the case's alias expands to (or
the limit it meets), ``temp`` whether the runner expects Postfix to defer it (a delay notice, then the final report);
the labels are decided in label62.py from the configured cause. Everything runs on 127.0.45.9 only; the cases'
"servers" are that one address (``listeners``), the table's ``by_ip`` keys are nominal.
"""

from __future__ import annotations

from dataclasses import dataclass

from heldout import Heldout

SUFFIX = "heldout62.example"
ADDRESS = "127.0.45.9"

_PF = "Postfix 3.7.11 (Debian 12 postfix 3.7.11-0+deb12u1), https://www.postfix.org/"
_LOCAL = _PF + ": local(8), aliases(5)"
_SYSEXITS = _LOCAL + "; sysexits.h and Postfix's src/global/sys_exits.c (the exit status's text and DSN status)"


@dataclass(frozen=True)
class Local62(Heldout):
    """One message to a local alias whose delivery local(8) or cleanup(8) fails: the alias's target, or the limit."""

    target: str = ""
    temp: bool = False


def _case(id: str, target: str, source: str, temp: bool = False) -> Local62:
    return Local62(id, "DATA", (), source, None, SUFFIX, target, temp)


# target forms (heldout62_run.py writes them into the instance's aliases file):
#   |<command>          a command alias (run by local(8) through /bin/sh as default_privs, nobody)
#   file:<name>         a file in the run's files folder; file-ro:<name> one in a folder nobody may not write
#   maildir-ro:<name>   a Maildir (trailing /) in a folder nobody may not write
#   file-dir:<name>     a /file alias (no trailing /) naming a directory
#   file-full:<name>    a file already near mailbox_size_limit
#   include:<lines>     an :include: file holding these lines; include-missing: one that does not exist
#   fwd-loop            the alias forwards to a virtual alias that comes back to it (Delivered-To loop)
#   alias-loop          two aliases naming each other
HELDOUT62: list[Local62] = [
    _case("cmd-exit-nouser", "|exit 67", _SYSEXITS + " (EX_NOUSER, 67: user unknown)"),
    _case("cmd-exit-dataerr", "|exit 65", _SYSEXITS + " (EX_DATAERR, 65: data format error)"),
    _case("cmd-exit-cantcreat", "|exit 73", _SYSEXITS + " (EX_CANTCREAT, 73: can't create output file)"),
    _case("cmd-exit-noperm", "|exit 77", _SYSEXITS + " (EX_NOPERM, 77: permission denied)"),
    _case("cmd-exit-unavailable", "|exit 69", _SYSEXITS + " (EX_UNAVAILABLE, 69: service unavailable)"),
    _case("cmd-exit-config", "|exit 78", _SYSEXITS + " (EX_CONFIG, 78: configuration error)"),
    _case("cmd-exit-oserr", "|exit 71", _SYSEXITS + " (EX_OSERR, 71: system error)"),
    _case("cmd-exit-ioerr", "|exit 74", _SYSEXITS + " (EX_IOERR, 74: input/output error)"),
    _case("cmd-exit-generic", "|echo 'delivery script failed: spool not mounted' >&2; exit 1",
          _LOCAL + " (a command's non-sysexits status, its output quoted)"),
    _case("cmd-missing", "|/usr/local/bin/deliver-to-archive", _LOCAL + " (a program that is not installed: the"
                                                                         " shell's 127)"),
    _case("cmd-timeout", "|sleep 60", _LOCAL + "; postconf(5) command_time_limit (5s in this run)"),
    _case("cmd-tempfail", "|exit 75", _SYSEXITS + " (EX_TEMPFAIL, 75: deferred)", temp=True),
    _case("file-unwritable", "file-ro:archive.mbox", _LOCAL + " (a /file alias the default_privs user may not"
                                                             " write)", temp=True),
    _case("maildir-unwritable", "maildir-ro:archive", _LOCAL + " (a /maildir/ alias the default_privs user may not"
                                                               " create)", temp=True),
    _case("file-is-directory", "file-dir:archive", _LOCAL + " (a /file alias naming a directory)"),
    _case("file-size-limit", "file-full:shared.mbox", _LOCAL + "; postconf(5) mailbox_size_limit (a file alias at"
                                                               " its limit: EFBIG)"),
    _case("include-missing", "include-missing", _LOCAL + " (an :include: file that does not exist)", temp=True),
    _case("include-command", "include:|/bin/cat >/dev/null", _LOCAL + "; postconf(5) allow_mail_to_commands"
                                                                      " (default alias, forward: not include)"),
    _case("include-file", "include:file:listcopy.mbox", _LOCAL + "; postconf(5) allow_mail_to_files (default"
                                                                 " alias, forward: not include)"),
    _case("forward-loop", "fwd-loop", _LOCAL + " (the Delivered-To loop check: mail forwarding loop)"),
    _case("alias-loop", "alias-loop", _LOCAL + " (two aliases naming each other)"),
]


def listeners() -> list[str]:
    """The one address the set's Postfix listens on."""
    return [ADDRESS]


def by_ip() -> dict[str, Local62]:
    """Nominal keys (the cases share one address): case -> case, as test_heldout_tables reads every set's table."""
    return {f"{ADDRESS}/{h.id}": h for h in HELDOUT62}
