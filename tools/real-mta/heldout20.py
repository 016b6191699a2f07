"""The twentieth held-out set: a REAL receiving OpenSMTPD, configured so that a known cause makes it refuse or defer.

Sets 17, 18 and 19 put a second Postfix, a second Exim and Sendmail daemons on the receiving side; this set puts a
second OpenSMTPD 6.8 there (the Debian 12 package opensmtpd that the kit already unpacks under /opt/x for the sending
side). OpenSMTPD's spool (/var/spool/smtpd) and control socket (/var/run/smtpd.sock) are compiled in, so the
receiver runs in a mount namespace of its own (run.py) where /var/spool/smtpd is SPOOL, /run is RUN (an empty
directory: its own control socket), /etc/mailname names it and /etc/hosts is HOSTS (the host's file without its
127.0.0.1 lines, so that the client's name comes from the fake DNS, which has no PTR record), with its own
smtpd.conf, tables and certificate under ETC. It listens on one loopback address per case from 127.0.2.240 (the MX
of the case's domain, under heldout20.example).

Each cause is a listener option, a builtin filter, a match rule, a table entry or a global option of smtpd.conf(5) and
table(5) (OpenSMTPD 6.8, Debian's man pages in the package, /usr/share/man/man5/smtpd.conf.5.gz and table.5.gz) or an
aliases(5) ``error:`` entry. The reply text is whatever OpenSMTPD really says; the label is the configured cause.

A case's ``reply`` is empty (the words are the receiving MTA's); ``listen`` holds the options of its listener,
``conf`` the smtpd.conf lines that make its cause (``{d}`` is its domain), ``defers`` whether the configured cause is
temporary, ``source`` the part of OpenSMTPD's documentation that describes it, ``wording`` where an administrator's
words are quoted from. Every message the receiver accepts by mistake is relayed towards 127.0.0.11, where nothing
listens (topology.REFUSED_IP), and stays in its queue until the run stops it, so a cause that fails to refuse leaves
no file rather than a wrong one.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver

SUFFIX = "heldout20.example"
FIRST_IP = "127.0.2.240"
ETC = Path("/etc/smtpd-rcv20")
CONF = ETC / "smtpd.conf"
SPOOL = Path("/var/spool/smtpd-rcv20")  # bind-mounted over /var/spool/smtpd by run.py
RUN = Path("/run/smtpd-rcv20")  # bind-mounted over /run (/var/run): the receiver's own control socket
HOSTS = ETC / "hosts"  # bind-mounted over /etc/hosts: no line for 127.0.0.1
MAILNAME = ETC / "mailname"  # bind-mounted over /etc/mailname
NAME = f"mx.{SUFFIX}"
SIZE_LIMIT = 2048
_SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four
_HELOS = _SENDERS  # the names the kit's four senders greet with (their setups: helo mta-os.example, ...)
_CONF = "OpenSMTPD 6.8 smtpd.conf(5) (Debian 12 opensmtpd 6.8.0p2, /usr/share/man/man5/smtpd.conf.5.gz), "
_TABLE = "OpenSMTPD 6.8 table(5) (Debian 12 opensmtpd, /usr/share/man/man5/table.5.gz), "
_ALIASES = "OpenSMTPD 6.8 aliases(5) (Debian 12 opensmtpd, /usr/share/man/man5/aliases.5.gz), 'error:code message'"
_RFC5321 = "RFC 5321 section 4.2.3 (reply codes in numeric order), https://www.rfc-editor.org/rfc/rfc5321"
_RFC3463 = "RFC 3463 section 3, https://www.rfc-editor.org/rfc/rfc3463"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving OpenSMTPD: its listener's options and its smtpd.conf lines."""

    listen: str = ""  # options of the case's listen directive (besides the address and its hostname)
    conf: tuple[str, ...] = ()  # smtpd.conf lines that make the cause ({d}: the case's domain)
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    wording: str = "default"  # "default": OpenSMTPD's own words; else where the administrator's words come from


def _c(id: str, stage: str, cause: str, source: str, *, listen: str = "", conf: tuple[str, ...] = (),
       defers: bool = False, wording: str = "default") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, listen, conf, defers, cause, wording)


_SINK = 'match from any for domain "{d}" action "sink"'

_CONFIGURED: list[Configured] = [
    # --- the recipient: local users, the virtual table, the userbase, no rule
    _c("rcpt-local-lookup", "RCPT",
       "the domain is delivered locally (action 'local' mbox, the default user lookup with getpwnam(3)) and no system"
       " user 'user' exists", _CONF + "'action name method [options]' (mbox), 'match ... for domain'",
       conf=('match from any for domain "{d}" action "local"',)),
    _c("rcpt-table-miss", "RCPT",
       "the domain is delivered through a virtual table (action 'vdom' ... virtual <vusers>) that has no entry for"
       " 'user', the domain or a catch-all", _CONF + "'virtual <table>'; " + _TABLE + "'Aliasing tables'",
       conf=('match from any for domain "{d}" action "vdom"',)),
    _c("rcpt-userbase-miss", "RCPT",
       "the domain is delivered locally with a userbase table (action 'ubase' ... userbase <ubase>) that has no"
       " entry 'user'", _CONF + "'userbase <table>'; " + _TABLE + "'Userinfo tables'",
       conf=('match from any for domain "{d}" action "ubase"',)),
    _c("rcpt-other-domain", "RCPT",
       "the MX points at a server with no match rule for the domain (and none for any destination): nothing"
       " accepts the recipient", _CONF + "'match options action name' (a message is received only if an envelope"
       " matches a rule)"),
    _c("rcpt-table-nobox", "RCPT",
       "the virtual table maps the recipient to 'error:550 Bad destination mailbox address'",
       _ALIASES + "; " + _TABLE + "'Aliasing tables'", conf=('match from any for domain "{d}" action "vdom"',),
       wording=_RFC3463 + ", X.1.1 'Bad destination mailbox address'"),
    _c("rcpt-table-quota", "RCPT",
       "the virtual table maps the recipient to 'error:452 4.2.2 Mailbox full' (aliases(5): a 4XX code is a"
       " temporary failure)", _ALIASES + "; " + _TABLE + "'Aliasing tables'",
       conf=('match from any for domain "{d}" action "vdom"',), defers=True,
       wording=_RFC3463 + ", X.2.2 'Mailbox full'"),
    # --- builtin filters of the listener
    _c("conn-reverse-name", "CONN",
       "the listener's builtin filter 'phase connect match !rdns disconnect \"550 DNS error\"': the client 127.0.0.1"
       " has no PTR record (the fake DNS answers NXDOMAIN; the receiver's /etc/hosts has no line for it)",
       _CONF + "'filter filter-name phase phase-name match conditions decision', 'MAIL FILTERING' (rdns, disconnect)",
       listen="filter check_rdns",
       conf=('filter check_rdns phase connect match !rdns disconnect "550 DNS error"', _SINK),
       wording="an administrator's smtpd.conf quoted in OpenSMTPD issue 1180,"
       " https://github.com/OpenSMTPD/OpenSMTPD/issues/1180: 'filter \"rdns\" phase connect match !rdns disconnect"
       " \"550 DNS error\"' (not OpenBSD's example wording for this filter: tests/test_documented_heldout.py"
       " keeps those words out of the kit, another blind set holds them)"),
    _c("conn-src-table", "CONN",
       "the listener's builtin filter 'phase connect match src <blocked> disconnect \"554 No SMTP service here\"',"
       " the table holding 127.0.0.1 (the client)", _CONF + "'MAIL FILTERING' (src <table>, disconnect); "
       + _TABLE + "'Netaddr tables'",
       listen="filter check_src",
       conf=("table blocked { 127.0.0.1 }",
             'filter check_src phase connect match src <blocked> disconnect "554 No SMTP service here"', _SINK),
       wording=_RFC5321 + ": '554 Transaction failed (Or, in the case of a connection-opening response, \"No SMTP"
       " service here\")'"),
    _c("helo-name-table", "EHLO",
       "the listener's builtin filters on the helo and ehlo phases 'match helo <helos> reject \"550 Your HELO name is"
       " not welcome here\"', the table holding the four senders' HELO names", _CONF + "'filter chain-name chain"
       " {...}', 'MAIL FILTERING' (helo <table>, reject)",
       listen="filter check_helo",
       conf=("table helos { " + ", ".join(_HELOS) + " }",
             'filter check_helo_h phase helo match helo <helos> reject "550 Your HELO name is not welcome here"',
             'filter check_helo_e phase ehlo match helo <helos> reject "550 Your HELO name is not welcome here"',
             "filter check_helo chain { check_helo_h, check_helo_e }", _SINK),
       wording="written for this set (no public source): an administrator's plain words"),
    _c("mail-from-filter", "MAIL",
       "the listener's builtin filter 'phase mail-from match mail-from regex <sendersrx> reject \"550 5.7.1 Mail from"
       " your domain is not accepted here\"', the regex table matching the four senders' domains",
       _CONF + "'MAIL FILTERING' (mail-from regex <table>, reject)",
       listen="filter check_from",
       conf=("table sendersrx { " + ", ".join(f'"@{s.replace(".", "[.]")}$"' for s in _SENDERS) + " }",
             'filter check_from phase mail-from match mail-from regex <sendersrx> reject'
             ' "550 5.7.1 Mail from your domain is not accepted here"', _SINK),
       wording="written for this set (no public source): an administrator's plain words"),
    # --- a match rule that rejects
    _c("rcpt-rule-sender", "RCPT",
       "'match from any mail-from <refused> for domain <its domain> reject' before the rule that accepts the domain,"
       " the table holding the four senders' addresses", _CONF + "'match options reject', '[!] mail-from sender |"
       " <sender>'",
       conf=("table refused { " + ", ".join(f'"alice@{s}"' for s in _SENDERS) + " }",
             'match from any mail-from <refused> for domain "{d}" reject', _SINK)),
    # --- global options and listener options
    _c("mail-2k-cap", "MAIL-SIZE",
       f"smtp max-message-size {SIZE_LIMIT} (a global option: SIZE={SIZE_LIMIT} advertised on every listener);"
       " the message is about 3.5 kB", _CONF + "'smtp max-message-size size'", conf=(_SINK,)),
    _c("mail-listener-require", "MAIL",
       "'listen on ... tls-require pki ...': STARTTLS is required before a transaction; STARTTLS is offered, but"
       " OpenSMTPD 6.8's TLS handshake fails with Debian 12's OpenSSL 3 (\"SSL routines::EVP lib\", OpenSMTPD"
       " issues 1171 and 1239), so no sender gets TLS, and MAIL FROM in clear is refused",
       _CONF + "'listen on', 'tls-require [verify]', 'pki'", listen=f"tls-require pki {NAME}", conf=(_SINK,)),
    _c("mail-auth-listener", "MAIL",
       "'listen on ... tls pki ... auth' (smtpd -n: 'auth requires tls/smtps'): clients may only start a transaction"
       " after authenticating (AUTH is offered after STARTTLS only, whose handshake fails as in"
       " mail-listener-require); the kit's senders do not authenticate",
       _CONF + "'listen on', 'auth [<authtable>]'", listen=f"tls pki {NAME} auth", conf=(_SINK,)),
    _c("rcpt-auth-rule", "RCPT",
       "'listen on ... auth-optional' and the domain's only rule 'match auth from any for domain <it> action': mail"
       " for it is taken from authenticated clients only; the kit's senders do not authenticate",
       _CONF + "'auth-optional [<authtable>]' (permit ... mail from authenticated users, using match auth),"
       " 'match ... [!] auth'", listen=f"tls pki {NAME} auth-optional",
       conf=('match auth from any for domain "{d}" action "sink"',)),
]

# Configured but dropped (none: every case was refused as configured and left files from the four senders). A dropped
# case would keep its listener, so that the other cases keep the addresses their bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT20: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def smtpd_conf() -> str:
    """The receiving instance's smtpd.conf."""
    lines = [
        "# The receiving OpenSMTPD of held-out set 20 (tools/real-mta/heldout20.py writes this file)",
        f"smtp max-message-size {SIZE_LIMIT}",
        "queue ttl 1d",
        f'pki {NAME} cert "{ETC}/cert.pem"',
        f'pki {NAME} key "{ETC}/key.pem"',
        f"table vusers file:{ETC}/vusers",
        f"table ubase file:{ETC}/ubase",
    ]
    body: list[str] = []
    for h in _CONFIGURED:
        body += [f"# {h.id}"] + [line.replace("{d}", h.domain) for line in h.conf]
    # tables and filters first, then the listeners, the actions and the match rules (smtpd.conf(5)'s order)
    lines += [ln for ln in body if ln.startswith(("table ", "filter "))]
    for ip, h in listeners().items():
        lines.append(f"listen on {ip} hostname {NAME}{' ' + h.listen if h.listen else ''}")
    lines += [
        'action "local" mbox',
        'action "vdom" mbox virtual <vusers>',
        'action "ubase" mbox userbase <ubase>',
        # whatever is accepted by mistake waits in the queue for a host where nothing listens (topology.REFUSED_IP)
        'action "sink" relay host smtp+notls://127.0.0.11:25',
    ]
    lines += [ln for ln in body if not ln.startswith(("table ", "filter "))]
    return "\n".join(lines) + "\n"


def write_receiver() -> list[str]:
    """Write ETC (smtpd.conf, tables, certificate, hosts and mailname files), an empty SPOOL and RUN; check the
    configuration with ``smtpd -n``; return the listening addresses."""
    for d in (ETC, SPOOL, RUN):
        if d.exists():
            shutil.rmtree(d)
    ETC.mkdir(parents=True)
    SPOOL.mkdir(parents=True)
    SPOOL.chmod(0o711)
    RUN.mkdir(parents=True)
    hosts = [ln for ln in Path("/etc/hosts").read_text().splitlines()
             if not ln.split("#", 1)[0].strip().startswith("127.0.0.1")]
    HOSTS.write_text("\n".join([*hosts, f"{FIRST_IP}\t{NAME} {socket.gethostname()}"]) + "\n")
    MAILNAME.write_text(NAME + "\n")
    virtual = [f"user@{_case('rcpt-table-nobox').domain}\terror:550 Bad destination mailbox address",
               f"user@{_case('rcpt-table-quota').domain}\terror:452 4.2.2 Mailbox full",
               # an entry of rcpt-table-miss's domain that is not the recipient's
               f"postmaster@{_case('rcpt-table-miss').domain}\troot"]
    (ETC / "vusers").write_text("".join(f"{v}\n" for v in virtual))
    (ETC / "ubase").write_text("joe\t65534:65534:/nonexistent\n")  # table(5)'s userinfo example, one user: not 'user'
    # a self-signed certificate for the listeners that offer STARTTLS (tls-require, and auth, which requires tls);
    # OpenSMTPD 6.8's handshake fails with Debian 12's OpenSSL 3 whatever the key type (RSA and EC tried)
    key, cert = str(ETC / "key.pem"), str(ETC / "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "30", "-subj", f"/CN={NAME}", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    Path(key).chmod(0o600)
    CONF.write_text(smtpd_conf())
    return list(listeners())
