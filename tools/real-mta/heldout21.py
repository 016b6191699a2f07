"""The twenty-first held-out set: a REAL receiving Postfix whose refusals come from real filters and policy services.

Set 17's receiver was a second Postfix refusing by its own restrictions. This set's receiver is a third Postfix 3.7.11
instance (Debian 12 package postfix 3.7.11-0+deb12u1, its own configuration directory /etc/postfix-rcv21, queue and
data directory, written by write_receiver below) listening on one loopback address per case from 127.0.3.1, whose
refusals come from content filters and policy services installed from Debian 12 packages and started by run.py:

- SpamAssassin 4.0.1 (``spamassassin`` / ``spamc``) through spamass-milter 0.4.0 (``spamass-milter``): the GTUBE
  test string in the message body;
- policyd-spf 3.0.4 (``postfix-policyd-spf-python``) as a check_policy_service: the senders' domains publish
  ``v=spf1 -all`` (the kit's fake DNS serves the TXT record);
- OpenDMARC 1.4.2 (``opendmarc``) as a milter with RejectFailures: the senders' domains publish ``p=reject``;
- OpenDKIM 2.11.0 (``opendkim``) as a verifying milter with On-NoSignature = reject: the senders do not sign;
- amavisd-new 2.13.0 (``amavisd-new``) as a before-queue proxy filter (smtpd_proxy_filter), with SpamAssassin inside:
  the GTUBE string, and an attachment named ``invoice.exe`` (Debian's banned file names), both with D_REJECT;
- a milter and a policy service configured in main.cf/master.cf with nothing listening on their sockets: Postfix's
  own answers when the filter it is set up to consult is down (milter_default_action = tempfail, the default;
  the policy client's "Server configuration problem").

Each filter keeps its own default refusal text; where it only offers a configurable text, the Debian package's default
configuration's. What had to differ from the Debian defaults for loopback clients is said at each case (the filters
skip 127.0.0.1 by default: policyd-spf's skip_addresses, spamass-milter's ``-i 127.0.0.1`` in
/etc/default/spamass-milter, OpenDMARC's IgnoreHosts, OpenDKIM's InternalHosts).

A case's ``reply`` is empty (the words are the filter's or Postfix's, not chosen here); ``settings`` are the smtpd -o
overrides of its address, ``defers`` whether the configured cause is temporary, ``body`` what its message carries
besides the kit's text, ``source`` the documentation of the filter and setting. Every message the receiver accepts by
mistake is discarded (its transports are ``discard:``), so a cause that fails to refuse leaves no file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, postfix_main_cf, postfix_master, write_postfix

SUFFIX = "heldout21.example"
FIRST_IP = "127.0.3.1"
CONF = Path("/etc/postfix-rcv21")
QUEUE = Path("/var/spool/postfix-rcv21")
DATA = Path("/var/lib/postfix-rcv21")
RUN = Path("/run/rcv21")  # the filters' pid files
SENDER_DOMAINS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")
# the filters' sockets (loopback TCP); nothing listens on the last two
SPAMD = ("127.0.0.1", 11783)
SPAMASS_MILTER = ("127.0.0.1", 11121)
OPENDMARC = ("127.0.0.1", 11122)
OPENDKIM = ("127.0.0.1", 11123)
ABSENT_MILTER = ("127.0.0.1", 11129)
ABSENT_POLICY = ("127.0.0.1", 11130)
AMAVIS = ("127.0.0.1", 11024)  # amavisd-new, a before-queue proxy filter (smtpd_proxy_filter)
REINJECT = ("127.0.0.1", 11025)  # the receiver's smtpd where amavisd-new passes on what it accepts
ABSENT_PROXY = ("127.0.0.1", 11131)  # a before-queue proxy filter where nothing listens
# SpamAssassin's GTUBE, the test string every SpamAssassin install scores 1000 without downloaded rules
# (https://spamassassin.apache.org/gtube/; Debian 12 spamassassin 4.0.1,
# /usr/share/doc/spamassassin/examples/sample-spam.txt)
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
# TXT records the fake DNS serves for set 21 (topology.TXT): the senders' SPF (RFC 7208) and DMARC (RFC 7489)
# records
TXT: dict[str, str] = {
    **{d: "v=spf1 -all" for d in SENDER_DOMAINS},
    **{f"_dmarc.{d}": "v=DMARC1; p=reject" for d in SENDER_DOMAINS},
}
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its smtpd -o settings, whether it defers, what the message
    carries."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    body: str = ""  # a line the case's message carries besides the kit's text
    attach: str = ""  # the file name of an attachment the case's message carries


def _c(id: str, stage: str, settings: tuple[str, ...], cause: str, source: str, *, defers: bool = False,
       body: str = "", attach: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, body, attach)


def _inet(sock: tuple[str, int]) -> str:
    return f"inet:{sock[0]}:{sock[1]}"


_RR = "smtpd_recipient_restrictions"
_AMAVIS = ("amavisd-new 2.13.0 (Debian 12 amavisd-new 1:2.13.0-3+deb12u1), /usr/share/doc/amavisd-new/README.postfix"
           " ('before-queue' content filtering: smtpd_proxy_filter), amavisd.conf-default ($final_*_destiny, D_REJECT)")

_CONFIGURED: list[Configured] = [
    _c("data-gtube-milter", "DATA", (f"smtpd_milters={_inet(SPAMASS_MILTER)}",),
       "spamass-milter 0.4.0 with '-r 15' (the rejection threshold the Debian package's /etc/default/spamass-milter"
       " suggests) passes the message to spamd (SpamAssassin 4.0.1); the body carries the GTUBE string (score 1000)",
       "spamass-milter(1) 0.4.0 (Debian 12 spamass-milter 0.4.0-2): -r nn, -R ('Mail that is rejected is rejected"
       " with the message \"Blocked by SpamAssassin\"'); SpamAssassin GTUBE, https://spamassassin.apache.org/gtube/;"
       " " + _PC + "'smtpd_milters'; MILTER_README", body=GTUBE),
    _c("data-amavis-gtube", "DATA", (f"smtpd_proxy_filter={AMAVIS[0]}:{AMAVIS[1]}",),
       "amavisd-new 2.13.0 as a before-queue proxy filter with Debian's configuration, spam checks enabled as"
       " 15-content_filter_mode says (SpamAssassin 4.0.1 in amavisd) and $final_spam_destiny = D_REJECT (Debian's is"
       " D_PASS, which refuses nothing); the body carries the GTUBE string",
       _AMAVIS + "; /etc/amavis/conf.d/15-content_filter_mode, 20-debian_defaults; SpamAssassin GTUBE,"
       " https://spamassassin.apache.org/gtube/; " + _PC + "'smtpd_proxy_filter'; SMTPD_PROXY_README", body=GTUBE),
    _c("data-exe-attachment", "DATA", (f"smtpd_proxy_filter={AMAVIS[0]}:{AMAVIS[1]}",),
       "amavisd-new 2.13.0 as a before-queue proxy filter with Debian's $banned_filename_re ('.exe' among the banned"
       " extensions) and $final_banned_destiny = D_REJECT (Debian's is D_DISCARD, which refuses nothing); the message"
       " carries an attachment named invoice.exe",
       _AMAVIS + ", README.banned; /etc/amavis/conf.d/20-debian_defaults ($banned_filename_re); " + _PC
       + "'smtpd_proxy_filter'; SMTPD_PROXY_README", attach="invoice.exe"),
    _c("rcpt-spf-dash-all", "RCPT", (f"{_RR}=check_policy_service,unix:private/policyd-spf",),
       "policyd-spf 3.0.4 (Debian's policyd-spf.conf: HELO_reject = Fail, Mail_From_reject = Fail; skip_addresses"
       " emptied of 127.0.0.0/8, the kit's only client) as a check_policy_service; the senders' domains (also their"
       " HELO names) publish 'v=spf1 -all'",
       "policyd-spf.conf(5) 3.0.4 (Debian 12 postfix-policyd-spf-python 3.0.4-2): HELO_reject, Mail_From_reject,"
       " skip_addresses, Reason_Message; /usr/share/doc/postfix-policyd-spf-python/README.Debian (master.cf spawn"
       " service); RFC 7208 section 8.4 (Fail); " + _PC + "'check_policy_service'"),
    _c("data-dmarc-record", "DATA", (f"smtpd_milters={_inet(OPENDMARC)}",),
       "OpenDMARC 1.4.2 as a milter with RejectFailures = true (IgnoreHosts emptied of 127.0.0.1); the From domain"
       " publishes 'v=DMARC1; p=reject' and the message has neither a DKIM signature nor an SPF pass",
       "opendmarc.conf(5) 1.4.2 (Debian 12 opendmarc 1.4.2-2+b1): RejectFailures, IgnoreHosts; RFC 7489 section 6.3"
       " (p=reject); " + _PC + "'smtpd_milters'"),
    _c("data-dkim-unsigned", "DATA", (f"smtpd_milters={_inet(OPENDKIM)}",),
       "OpenDKIM 2.11.0 as a verifying milter (Mode v) with On-NoSignature = reject (InternalHosts not 127.0.0.1);"
       " the senders do not sign",
       "opendkim.conf(5) 2.11.0 (Debian 12 opendkim 2.11.0~beta2-8+deb12u1): Mode, On-NoSignature, InternalHosts; "
       + _PC + "'smtpd_milters'"),
    _c("mail-milter-absent", "MAIL", (f"smtpd_milters={_inet(ABSENT_MILTER)}",),
       "smtpd_milters names a filter socket where nothing listens (the content filter is down); milter_default_action"
       " = tempfail (Postfix's default)", _PC + "'milter_default_action' (tempfail: 'Reject all further commands in"
       " this session with a temporary status code'); MILTER_README", defers=True),
    _c("rcpt-proxy-absent", "RCPT", (f"smtpd_proxy_filter={ABSENT_PROXY[0]}:{ABSENT_PROXY[1]}",),
       "smtpd_proxy_filter names a before-queue filter where nothing listens (the content filter is down): Postfix"
       " connects to it at RCPT TO (no smtpd_proxy_options = speed_adjust) and answers that it cannot write the queue"
       " file",
       _PC + "'smtpd_proxy_filter'; SMTPD_PROXY_README", defers=True),
    _c("rcpt-checker-absent", "RCPT", (f"{_RR}=check_policy_service,{_inet(ABSENT_POLICY)}",),
       "check_policy_service names a policy server socket where nothing listens (the policy service is down)",
       _PC + "'check_policy_service', 'smtpd_policy_service_default_action' (451 4.3.5 Server configuration"
       " problem); SMTPD_POLICY_README", defers=True),
]

# Configured but dropped (none so far). A dropped case would keep its listener, so that the others keep the addresses
# their bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT21: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, its listeners, every case's domain relayed (to discard:)."""
    return postfix_main_cf("postfix-rcv21", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
        "policyd-spf_time_limit": "3600",
    })


def policyd_spf_conf() -> str:
    """Debian's /etc/postfix-policyd-spf-python/policyd-spf.conf, with skip_addresses no longer skipping loopback."""
    text = Path("/etc/postfix-policyd-spf-python/policyd-spf.conf").read_text()
    lines = [ln for ln in text.splitlines() if not ln.startswith("skip_addresses")]
    return "\n".join([*lines, "skip_addresses = 192.0.2.1/32"]) + "\n"


def opendmarc_conf() -> str:
    """OpenDMARC: Debian's settings in the foreground on a TCP socket, RejectFailures on, loopback not ignored."""
    return "\n".join([
        "Background false", f"Socket inet:{OPENDMARC[1]}@{OPENDMARC[0]}", f"PidFile {RUN}/opendmarc.pid",
        "PublicSuffixList /usr/share/publicsuffix/public_suffix_list.dat", "Syslog true", "UMask 0002",
        "UserID opendmarc", "RejectFailures true", f"IgnoreHosts {CONF}/opendmarc-ignore",
    ]) + "\n"


def opendkim_conf() -> str:
    """OpenDKIM: Debian's settings in the foreground on a TCP socket, verify only, unsigned mail refused."""
    return "\n".join([
        "Background no", f"Socket inet:{OPENDKIM[1]}@{OPENDKIM[0]}", f"PidFile {RUN}/opendkim.pid",
        "Syslog yes", "SyslogSuccess yes", "Canonicalization relaxed/simple", "OversignHeaders From",
        "UserID opendkim", "UMask 007", "TrustAnchorFile /usr/share/dns/root.key", "Mode v",
        "On-NoSignature reject", f"InternalHosts {CONF}/opendkim-internal",
    ]) + "\n"


def amavis_conf() -> str:
    """amavisd-new: Debian's configuration files in the order amavisd reads them (Amavis::Util::find_config_files of
    /usr/share/amavis/conf.d and /etc/amavis/conf.d), then this set's: a TCP port of its own, passing accepted mail to
    the receiver's REINJECT smtpd, spam checks enabled, spam and banned files refused (D_REJECT)."""
    files = [*sorted(Path("/usr/share/amavis/conf.d").iterdir()), *sorted(Path("/etc/amavis/conf.d").iterdir())]
    return "\n".join([
        "use strict;",
        "include_config_files(" + ", ".join(f"'{f}'" for f in files) + ");",
        f"$inet_socket_bind = '{AMAVIS[0]}'; $inet_socket_port = {AMAVIS[1]};",
        f"$forward_method = 'smtp:[{REINJECT[0]}]:{REINJECT[1]}'; $notify_method = $forward_method;",
        "@bypass_spam_checks_maps = (\\%bypass_spam_checks, \\@bypass_spam_checks_acl, \\$bypass_spam_checks_re);",
        "$final_spam_destiny = D_REJECT; $final_banned_destiny = D_REJECT;",
        f"$mydomain = '{SUFFIX}'; $myhostname = 'mx.{SUFFIX}'; @local_domains_acl = ('.{SUFFIX}');",
        f"$pid_file = '{RUN}/amavisd.pid'; $lock_file = '{RUN}/amavisd.lock'; $max_servers = 2;",
        "1;",
    ]) + "\n"


def daemons() -> dict[str, list[str]]:
    """The filters run.py starts (in the kit's DNS namespace, in the foreground): name -> argv."""
    return {
        "spamd-rcv21": ["spamd", f"--listen={SPAMD[0]}:{SPAMD[1]}", "--allowed-ips=127.0.0.1", "-u", "debian-spamd",
                        "--pidfile", f"{RUN}/spamd.pid", "-s", "stderr", "--max-children=2"],
        "spamass-milter-rcv21": ["spamass-milter", "-p", f"inet:{SPAMASS_MILTER[1]}@{SPAMASS_MILTER[0]}",
                                 "-u", "spamass-milter", "-r", "15", "--", "-d", SPAMD[0], "-p", str(SPAMD[1])],
        "opendmarc-rcv21": ["opendmarc", "-f", "-c", str(CONF / "opendmarc.conf")],
        "opendkim-rcv21": ["opendkim", "-f", "-x", str(CONF / "opendkim.conf")],
        "amavisd-rcv21": ["amavisd", "-c", str(CONF / "amavisd.conf"), "foreground"],
    }


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv21 (main.cf, master.cf, the filters' configurations) and return the listening
    addresses."""
    servers = listeners()
    RUN.mkdir(parents=True, exist_ok=True)
    RUN.chmod(0o777)
    master = postfix_master(servers, "postfix-rcv21")
    # SMTPD_PROXY_README: the smtpd that takes back what the before-queue filter accepts (no filter of its own)
    master.append(f"{REINJECT[0]}:{REINJECT[1]} inet n - n - - smtpd -o syslog_name=postfix-rcv21/reinject"
                  " -o smtpd_proxy_filter= -o smtpd_milters= -o smtpd_authorized_xforward_hosts=127.0.0.0/8")
    # README.Debian of postfix-policyd-spf-python: the spawn service, with this set's configuration file
    master.append("policyd-spf unix - n n - 0 spawn")
    master.append(f"  user=policyd-spf argv=/usr/bin/policyd-spf {CONF}/policyd-spf.conf")
    write_postfix(CONF, main_cf(), master, QUEUE, DATA)
    (CONF / "policyd-spf.conf").write_text(policyd_spf_conf())
    (CONF / "opendmarc.conf").write_text(opendmarc_conf())
    (CONF / "opendmarc-ignore").write_text("192.0.2.1\n")
    (CONF / "opendkim.conf").write_text(opendkim_conf())
    (CONF / "opendkim-internal").write_text("192.0.2.1\n")
    (CONF / "amavisd.conf").write_text(amavis_conf())
    return list(servers)
