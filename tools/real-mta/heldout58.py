"""The fifty-eighth held-out set: the SENDING site's own smarthost refuses the mail, in SMTP AUTH (RFC 4954) and
STARTTLS (RFC 3207), or the sending MTA cannot authenticate to it or verify its certificate (see
tests/fixtures/real-mta-heldout58/README.md).

Sets 7-57 carry the receiving servers' replies and the sending MTA's own DNS, connection and TLS failures on the way
to the recipient's MX. Many sites send nothing directly: their MTA relays every message through a smarthost (a
provider's or the organisation's relay) that demands a login and TLS. When the relay refuses the login, the TLS or
the sender address, the report comes from the site's own MTA and the fault is the SENDING side's to fix.

Each case is one relay (``SCRIPTS``: what it offers in EHLO before and after TLS, what it answers to STARTTLS, AUTH,
MAIL FROM and RCPT TO, which certificate it shows) on its own loopback address; smarthost58.py plays them all. Each
of the kit's four MTAs relays the case's recipient domain to the case's relay, with a login (Postfix 3.7
smtp_sasl_password_maps, Exim 4.96 plaintext client authenticators, Sendmail 8.17 AuthInfo, OpenSMTPD 6.8 a
credentials table) and a TLS policy (verify the relay's certificate against the run's own CA, or, for the three
cases whose relay offers no working TLS, opportunistic TLS: ``Script.policy``). heldout58_run.py configures and runs
it; label58.py labels the reports before whybounce reads them. The set is blind: never to be tuned on.

The addresses are 127.0.44.241-254 and 127.0.45.1 up; the domains end in heldout58.example. The cases carry no
``reply`` in their Heldout rows (the kit's fake_smtp.py serves every address whose case has a reply): the relay's
replies are in ``SCRIPTS``, and ``replies()`` gives them to the tests that read each set's reply lines.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, case_maker

SUFFIX = "heldout58.example"
LOGIN = "alice-relay"  # the site's login at its relay (test-only credentials, written into the run's scratch)
PASSWORD = "relay58-test-only"
ADDRESSES = [f"127.0.44.{i}" for i in range(241, 255)] + [f"127.0.45.{i}" for i in range(1, 64)]

_c = case_maker(SUFFIX)
_RFC4954 = "RFC 4954 section 6 (status codes of the AUTH extension)"
_RFC3207 = "RFC 3207 section 4 (the STARTTLS keyword; 454 and 530 replies)"
_X7 = "RFC 3463 / RFC 5248 X.7.0, X.7.8, X.7.9, X.7.11, X.7.12"
_PF37 = "Postfix 3.7 smtpd(8) (the reply texts of /usr/lib/postfix/sbin/smtpd, Debian 3.7)"

HELDOUT58: list[Heldout] = [
    _c("auth-535-credentials", "AUTH", (), f"{_RFC4954}: 535 5.7.8 'Authentication credentials invalid'; {_X7}"),
    _c("auth-535-postfix", "AUTH", (), f"{_PF37}: '535 5.7.8 Error: authentication failed: %s' (the Cyrus SASL"
       " reason 'authentication failure'); RFC 4954 section 6"),
    _c("auth-534-too-weak", "AUTH", (), f"{_RFC4954}: 534 5.7.9 'Authentication mechanism is too weak'"),
    _c("auth-538-encryption", "AUTH", (), f"{_RFC4954}: 538 5.7.11 'Encryption required for requested authentication"
       " mechanism' (the relay offers AUTH and no STARTTLS; the client sends PLAIN in clear)"),
    _c("auth-454-temporary", "AUTH", (), f"{_RFC4954}: 454 4.7.0 'Temporary authentication failure'"),
    _c("auth-432-transition", "AUTH", (), f"{_RFC4954}: 432 4.7.12 'A password transition is needed'"),
    _c("auth-530-required", "MAIL", (), f"{_RFC4954}: 530 5.7.0 'Authentication required' to MAIL FROM (the relay"
       " offers no AUTH on this port after STARTTLS)"),
    _c("auth-no-common-mech", "MAIL", (), f"{_RFC4954} section 4 (the client may only use a mechanism the server"
       " lists): the relay lists GSSAPI only; 530 5.7.0 to MAIL FROM; Postfix 3.7 SASL_README 'no mechanism"
       " available', Exim 4.96 specification 'hosts_require_auth'"),
    _c("starttls-stripped-530", "MAIL", (), f"{_RFC3207}: '530 Must issue a STARTTLS command first' to MAIL FROM"
       f" where EHLO listed no STARTTLS (as when a middlebox strips it); {_PF37} '530 5.7.0 Must issue a STARTTLS"
       " command first'"),
    _c("starttls-454-temporary", "STARTTLS", (), f"{_RFC3207}: '454 TLS not available due to temporary reason', then"
       " 530 5.7.0 'Must issue a STARTTLS command first' to MAIL FROM for a client that goes on in clear"),
    _c("sender-not-owned", "RCPT", (), f"{_PF37}: '553 5.7.1 <%s>: Sender address rejected: not owned by user %s'"
       " (smtpd_sender_login_maps with reject_sender_login_mismatch, postconf(5) 3.7), at RCPT TO"),
    _c("relay-denied-unauth", "RCPT", (), f"{_PF37}: '554 5.7.1 <%s>: Relay access denied' (relay_domains_reject_code"
       " 554, reject_unauth_destination) for a client that did not authenticate (the relay offers no AUTH)"),
    _c("rate-limit-450", "MAIL", (), f"{_PF37}: '450 4.7.1 Error: too much mail from %s'"
       " (smtpd_client_message_rate_limit, anvil(8), postconf(5) 3.7) to MAIL FROM after a good AUTH"),
    _c("tls-cert-selfsigned", "STARTTLS", (), "RFC 3207 section 4.1 and RFC 6125 (server identity); the relay's"
       " certificate is self-signed and the sender's policy requires a verified one (Postfix 3.7 TLS_README 'secure',"
       " Exim 4.96 tls_verify_hosts, Sendmail 8.17 TLS_Srv VERIFY, OpenSMTPD 6.8 smtpd.conf(5) 'Server certificates"
       " for those protocols are verified by default')"),
    _c("tls-cert-expired", "STARTTLS", (), "RFC 5280 section 4.1.2.5 (validity) and RFC 3207 section 4.1; the relay's"
       " certificate, signed by the trusted CA, expired in 2021; the same sender policies"),
    _c("tls-cert-wrong-name", "STARTTLS", (), "RFC 6125 section 6 (the reference identity) and RFC 3207 section 4.1;"
       " the relay's certificate, signed by the trusted CA and valid, names other.heldout58.example only; the same"
       " sender policies (Sendmail 8.17 checks no name unless told: see the README)"),
]
CASES: dict[str, Heldout] = {h.id: h for h in HELDOUT58}


@dataclass(frozen=True)
class Script:
    """One relay: what EHLO lists before TLS (``pre``) and after it (``post``), the reply to STARTTLS (None: the TLS
    handshake), to AUTH (``auth_at_command``: answered at once; ``auth``: after the credentials; None: 235), to MAIL
    FROM and RCPT TO (None: 250), whether MAIL FROM needs a good AUTH first (530 5.7.0 Authentication required), the
    certificate it shows (good, selfsigned, expired, wrongname), the sending MTAs' TLS policy for it (``verify``: a
    verified certificate required; ``may``: opportunistic) and the MTAs that can meet it."""

    pre: tuple[str, ...] = ("STARTTLS",)
    post: tuple[str, ...] = ("AUTH PLAIN LOGIN",)
    starttls: str | None = None
    auth_at_command: str | None = None
    auth: str | None = None
    mail: str | None = None
    rcpt: str | None = None
    need_auth: bool = True
    cert: str = "good"
    policy: str = "verify"
    mtas: tuple[str, ...] = ("postfix", "exim", "opensmtpd", "sendmail")


_NEED = "530 5.7.0 Authentication required"
_MUST_TLS = "530 5.7.0 Must issue a STARTTLS command first"
# OpenSMTPD 6.8 authenticates only over TLS ("smtp+tls" or "smtps", smtpd.conf(5)): a relay that gives no TLS is met
# by the other three MTAs only
_NO_OPENSMTPD = ("postfix", "exim", "sendmail")
SCRIPTS: dict[str, Script] = {
    "auth-535-credentials": Script(auth="535 5.7.8 Authentication credentials invalid"),
    "auth-535-postfix": Script(auth="535 5.7.8 Error: authentication failed: authentication failure"),
    "auth-534-too-weak": Script(auth_at_command="534 5.7.9 Authentication mechanism is too weak"),
    "auth-538-encryption": Script(pre=("AUTH PLAIN LOGIN",), post=(), policy="may", mtas=_NO_OPENSMTPD,
                                  auth_at_command="538 5.7.11 Encryption required for requested authentication"
                                                  " mechanism"),
    "auth-454-temporary": Script(auth="454 4.7.0 Temporary authentication failure"),
    "auth-432-transition": Script(auth_at_command="432 4.7.12 A password transition is needed"),
    "auth-530-required": Script(post=()),
    "auth-no-common-mech": Script(post=("AUTH GSSAPI",)),
    "starttls-stripped-530": Script(pre=(), post=(), mail=_MUST_TLS, need_auth=False, policy="may",
                                    mtas=_NO_OPENSMTPD),
    "starttls-454-temporary": Script(starttls="454 4.7.0 TLS not available due to temporary reason", post=(),
                                     mail=_MUST_TLS, need_auth=False, policy="may", mtas=_NO_OPENSMTPD),
    "sender-not-owned": Script(rcpt="553 5.7.1 <{sender}>: Sender address rejected: not owned by user " + LOGIN),
    "relay-denied-unauth": Script(post=(), need_auth=False, rcpt="554 5.7.1 <{rcpt}>: Relay access denied"),
    "rate-limit-450": Script(mail="450 4.7.1 Error: too much mail from {client_ip}"),
    "tls-cert-selfsigned": Script(cert="selfsigned"),
    "tls-cert-expired": Script(cert="expired"),
    "tls-cert-wrong-name": Script(cert="wrongname"),
}


def by_ip() -> dict[str, Heldout]:
    """Relay address -> case (127.0.44.241-254, then 127.0.45.1 up). The kit's fake DNS gives mx.<case domain> this
    address (topology.py); the kit's fake_smtp.py serves none of them (no case has a ``reply``)."""
    return dict(zip(ADDRESSES[:len(HELDOUT58)], HELDOUT58, strict=True))


def relay_host(h: Heldout) -> str:
    """The name of the case's relay, as each MTA is told it and its certificate names it (but tls-cert-wrong-name)."""
    return f"mx.{h.domain}"


def recipient(h: Heldout) -> str:
    """The case's one recipient (at the case's domain, which the MTAs relay to the case's relay)."""
    return f"user@{h.domain}"


def replies() -> dict[str, list[str]]:
    """Case -> the reply lines its relay may send that are not the usual 2xx/3xx ones."""
    out: dict[str, list[str]] = {}
    for cid, s in SCRIPTS.items():
        lines = [r for r in (s.starttls, s.auth_at_command, s.auth, s.mail, s.rcpt) if r]
        out[cid] = lines + ([_NEED] if s.need_auth else [])
    return out
