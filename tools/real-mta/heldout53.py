"""The fifty-third held-out set: LOCAL delivery failures of Exim, Sendmail and OpenSMTPD, as each MTA's own bounce
says them, see tests/fixtures/real-mta-heldout53/README.md.

Set 28 made a real receiving Postfix fail at its own local(8) and virtual(8) delivery. No set had made the kit's Exim
4.96, Sendmail 8.17 or OpenSMTPD 6.8 fail at the LAST hop, the delivery on their own host, and write the bounce about
their own local transports (no remote server's reply is quoted: the words are the MTA's). Each case is a documented
local failure configured for this set only, in copies of the kit's configuration (heldout53_run.py): an alias, a
redirect item, a pipe or file destination, an ``mda`` or ``maildir`` action. The kit's tuned local cases (cases.py:
an unknown local user, pipes exiting 67 and 75 in the aliases, Postfix's and Exim's full mailbox file, an alias loop)
are not taken again: each case here is another documented failure, or another program status.

The recipient is ``<case id>@<the MTA's own domain>`` (mta-ex.example, mta-sm.example, mta-os.example): the mail
never leaves the host, so no fake server is needed. The set's identities (tests/fixtures/test_heldout_tables.py) are
nominal: 127.0.43.111 and up (nothing listens there) and the domains ``<case id>.heldout53.example`` (never used).

The program the pipes and ``mda`` actions run, /usr/local/bin/real-mta-h53-exit.sh STATUS, reads the message and
exits with STATUS after printing one neutral line ("h53-deliver: exiting with status STATUS"), so that what a
bounce says about the failure is the MTA's own wording of the exit status.

Not taken: Sendmail's error mailer (``error:D.S.N:code text``). It is not an aliases(5) form: a first run with two
such alias lines had Sendmail 8.17 split them at the spaces and comma and bounce each word as an unknown local user
(550 5.1.1 "User unknown", the kit's tuned words); Sendmail reaches the error mailer only through ruleset 0 (cf/m4/
proto.m4: virtusertable, mailertable, access), which refuses at RCPT TO, so a sender's SMTP client gets the reply
and no bounce is written. The two cases were dropped before anything read a file (their labels were never written)
and one prog case (EX_IOERR, a temporary failure) took their place. An unknown user is the kit's tuned case for Exim
and Sendmail, and OpenSMTPD refuses it at RCPT TO (no bounce: the first run's "550 Invalid recipient" for recipients
that resolved to no user). No .forward case: the kit's MTAs have no forward router or option configured.

The set is blind: labelled (label53.py)
before whybounce read any file, never to be tuned on.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses

SUFFIX = "heldout53.example"
FIRST_IP = "127.0.43.111"
EXIT = "/usr/local/bin/real-mta-h53-exit.sh"
LOCKED = "/var/lib/real-mta-h53/locked"  # root's, mode 0700: the users the MTAs deliver as cannot write in it
INCLUDE_MISSING = "/etc/mail-real-mta/heldout53-missing.list"  # never created

_EXIM_SPEC = ("Exim 4.96 specification (spec.txt of Debian 12's exim4-base 4.96, unpacked by the kit;"
              " https://www.exim.org/exim-html-4.96/doc/html/spec_html/), chapter ")
_EXIM_REDIRECT = (_EXIM_SPEC + "22 'The redirect router', section 22.6 'Special items in redirection lists' (':defer:',"
                  " ':fail:'; the example 'X.Employee:  :fail: Gone away, no forwarding address'); src/routers/"
                  "redirect.c (allow_fail, allow_defer)")
_EXIM_PIPE = (_EXIM_SPEC + "29 'The pipe transport', options temp_errors (default 75:73, EX_TEMPFAIL and"
              " EX_CANTCREAT) and return_fail_output; src/transports/pipe.c ('Child process of %s transport returned"
              " %d')")
_SM_GUIDE = ("Sendmail Installation and Operation Guide for 8.17 (doc/op/op.me), section 'Aliasing' (':include:');"
             " aliases(5) of sendmail 8.17")
_SM_PROG = ("Sendmail 8.17.1.9 source, sendmail/deliver.c giveresponse() and sendmail/sysexits.c"
            " (SysExMsg: the text and DSN status of each sysexits.h code); the prog mailer of cf/mailer/local.m4")
_OS_CONF = ("OpenSMTPD 6.8.0p2 smtpd.conf(5) (https://man.openbsd.org/OpenBSD-6.8/smtpd.conf.5), 'action name"
            " method [options]': ")
_OS_MDA = _OS_CONF + ("'mda command: Delegate the delivery to a command that receives the message on its standard"
                      " input', option 'alias <table>' (the table heldout53 maps the case's local part to alice, the"
                      " user the delivery runs as); smtpd/mda.c (the delivery program's exit status decides whether the"
                      " envelope is deferred or failed: in this set's run 75 deferred, 1 failed)")


@dataclass(frozen=True)
class Local(Heldout):
    """A local delivery failure configured on one of the kit's MTAs: the alias line (Exim, Sendmail) or the action
    and its match (OpenSMTPD) that makes it, whether it is expected to defer, and the cause in words."""

    mta: str = ""
    config: str = ""  # the alias line's right-hand side, or the OpenSMTPD action's method and options
    defers: bool = False
    cause: str = ""

    @property
    def temporary(self) -> bool:
        """Whether the MTA retries (a delay notice, then a bounce when it gives up)."""
        return self.defers


def _l(id: str, mta: str, config: str, cause: str, source: str, *, defers: bool = False) -> Local:
    return Local(id, "LOCAL", (), source, None, SUFFIX, mta, config, defers, cause)


HELDOUT53: list[Local] = [
    # --- Exim 4.96: the redirect router (the aliases file) and the address_pipe / address_file transports
    _l("ex-alias-fail-gone", "exim", ":fail: Gone away, no forwarding address",
       "an alias whose redirect data is ':fail:' with the specification's own example text", _EXIM_REDIRECT),
    _l("ex-alias-defer-moving", "exim", ":defer: Mailbox is being moved to a new server",
       "an alias whose redirect data is ':defer:' (a site moving a mailbox); retried until the retry rule's 2 minutes",
       _EXIM_REDIRECT, defers=True),
    _l("ex-pipe-exit1", "exim", f"|{EXIT} 1",
       "a pipe alias whose program exits 1 (not in temp_errors: a permanent failure)", _EXIM_PIPE),
    _l("ex-pipe-exit73", "exim", f"|{EXIT} 73",
       "a pipe alias whose program exits 73, EX_CANTCREAT (in the default temp_errors: deferred, retried)",
       _EXIM_PIPE, defers=True),
    _l("ex-pipe-missing", "exim", "|/usr/local/bin/real-mta-h53-no-such-program",
       "a pipe alias whose program does not exist",
       _EXIM_PIPE + "; the child's exec failure is reported as its status 127"),
    _l("ex-file-denied", "exim", f"{LOCKED}/inbox",
       "a file alias in a directory the delivering user (nobody) may not write in",
       _EXIM_SPEC + "26 'The appendfile transport' (the file is opened or created as the router's user);"
       " src/transports/appendfile.c"),
    # --- Sendmail 8.17: the aliases file (error mailer, :include:) and the prog mailer's sysexits
    _l("sm-prog-exit69", "sendmail", f'"|{EXIT} 69"',
       "a program alias exiting 69, EX_UNAVAILABLE", _SM_PROG),
    _l("sm-prog-exit73", "sendmail", f'"|{EXIT} 73"',
       "a program alias exiting 73, EX_CANTCREAT", _SM_PROG),
    _l("sm-prog-exit74", "sendmail", f'"|{EXIT} 74"',
       "a program alias exiting 74, EX_IOERR (a temporary failure for Sendmail: queued until Timeout.queuereturn,"
       " 2 minutes)", _SM_PROG, defers=True),
    _l("sm-prog-exit77", "sendmail", f'"|{EXIT} 77"',
       "a program alias exiting 77, EX_NOPERM", _SM_PROG),
    _l("sm-include-missing", "sendmail", f":include:{INCLUDE_MISSING}",
       "an alias to an :include: file that does not exist", _SM_GUIDE + "; sendmail/recipient.c include()"),
    # --- OpenSMTPD 6.8: actions matched by the recipient
    _l("os-mda-exit1", "opensmtpd", f'mda "{EXIT} 1" alias <heldout53>',
       "an mda action whose command exits 1", _OS_MDA),
    _l("os-mda-exit75", "opensmtpd", f'mda "{EXIT} 75" alias <heldout53>',
       "an mda action whose command exits 75, EX_TEMPFAIL; retried until the queue ttl (2 minutes)", _OS_MDA,
       defers=True),
    _l("os-maildir-denied", "opensmtpd", f'maildir "{LOCKED}/Maildir" alias <heldout53>',
       "a maildir action whose folder is in a directory the delivering user (alice, by the alias) may not write in",
       _OS_CONF + "'maildir [pathname]', option 'alias <table>'; smtpd/mail.maildir.c"),
]


def recipient(h: Local, domain: str) -> str:
    """The case's recipient at the MTA's own domain (its alias, or the address its OpenSMTPD match names)."""
    return f"{h.id}@{domain}"


def by_ip() -> dict[str, Local]:
    """Nominal address -> case (127.0.43.111 and up): nothing listens there, the deliveries are local."""
    return addresses(FIRST_IP, HELDOUT53)
