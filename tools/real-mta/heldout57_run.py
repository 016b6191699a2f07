#!/usr/bin/env python3
"""Make set 57's reports (heldout57.py): each case, one message to one recipient, sent by SMTP to each of the kit's
four MTAs the case applies to (heldout57.SHAPES), started as the kit starts them (run.start_mta; Postfix 3.7's
maximal_queue_lifetime 2m and delay_warning_time 1m, Exim 4.96's retry F,2m,15s and delay_warning 1m, Sendmail 8.17's
Timeout.queuereturn 2m and queuewarn 1m, OpenSMTPD 6.8's queue ttl 2m and bounce warn-interval 1m), with, for this run
only, the sender's policy requiring TLS for heldout57.tls_domains() added after each setup.sh:

- Postfix: ``<domain> encrypt`` in smtp_tls_policy_maps' /etc/postfix/tls_policy (postconf(5), 3.7);
- Exim: the kit's ``hosts_require_tls`` of remote_smtp extended to these domains (Exim 4.96 specification, chapter
  "The smtp transport");
- Sendmail: ``TLS_Srv:<domain> ENCR:128`` in the access map (Sendmail 8.17 cf/README, "STARTTLS");
- OpenSMTPD: ``match from local for domain "<domain>" action "relay-tls"`` (the kit's ``relay tls`` action,
  smtpd.conf(5) of 6.8) before the catch-all match.

Each message goes with ``MAIL FROM:<alice@...> ENVID=<mta>.<case> RET=HDRS`` and ``NOTIFY=DELAY,FAILURE`` (RFC 3461),
its X-Case-Id <mta>/<case>; received-too-many-hops' carries heldout57.HOPS Received: fields. The reports land in
alice's mailboxes (cases.MTAS) and are filed as <out>/<mta>/<case>[-delay][-N].eml
(heldout47_run.file_mailbox_reports); what names none is kept in <work>/extra/, every message received in <work>/raw/.
The configuration files changed are put back at the end.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout57_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import (  # noqa: E402
    EXIM_CONF,
    SENDMAIL_ACCESS,
    SMTPD_CONF,
    TLS_POLICY,
    alice,
    file_mailbox_reports,
    final_reports_in,
    kit_arguments,
    kit_session,
    log_filed,
    restore_kit_files,
    submit_notify,
    wait_for_reports,
)
from heldout57 import HELDOUT57, HOPS, SHAPES, recipient, tls_domains  # noqa: E402

MAX_WAIT = 600  # seconds: a temporary failure's final report comes after its 2 minutes in the queue
ENGINES = ("postfix", "exim", "opensmtpd", "sendmail")
EXIM_TLS_LINE = "hosts_require_tls = ${if eq{$domain}{tls.example}{*}{}}"


def require_tls(mta: str) -> None:
    """After the MTA's setup.sh: its policy requires TLS for set 57's TLS domains as well (the module's docstring)."""
    domains = tls_domains()
    if mta == "postfix":
        with TLS_POLICY.open("a") as f:
            f.write("".join(f"{d}\tencrypt\n" for d in domains))
        subprocess.run(["postmap", str(TLS_POLICY)], check=True)
    elif mta == "exim":
        conf = EXIM_CONF.read_text()
        assert EXIM_TLS_LINE in conf
        either = "".join(f"{{eq{{$domain}}{{{d}}}}}" for d in ["tls.example", *domains])
        EXIM_CONF.write_text(conf.replace(EXIM_TLS_LINE, f"hosts_require_tls = ${{if or{{{either}}}{{*}}{{}}}}"))
    elif mta == "sendmail":
        with SENDMAIL_ACCESS.open("a") as f:
            f.write("".join(f"TLS_Srv:{d}\tENCR:128\n" for d in domains))
        subprocess.run([f"{run.SENDMAIL_BIN.rsplit('/', 1)[0]}/makemap", "-C", run.SENDMAIL_CF, "hash",
                        str(SENDMAIL_ACCESS)], stdin=SENDMAIL_ACCESS.open("rb"), check=True)
    else:
        conf = SMTPD_CONF.read_text()
        catch_all = 'match from local for any action "relay"'
        assert catch_all in conf
        ours = "".join(f'match from local for domain "{d}" action "relay-tls"\n' for d in domains)
        SMTPD_CONF.write_text(conf.replace(catch_all, ours + catch_all))


def original(mta: str, h: Heldout, stamp: str) -> bytes:
    """The message sent, the X-Case-Id header naming MTA and case; received-too-many-hops' with HOPS Received: fields
    of hops on loopback, as a message that went round a forwarding loop carries them."""
    date = email.utils.formatdate()
    hops = [f"Received: from hop{i}.{h.domain} (hop{i}.{h.domain} [127.0.44.250])\r\n\tby hop{i + 1}.{h.domain}"
            f" with ESMTP id L{i:03d}; {date}" for i in range(HOPS)] if h.id == "received-too-many-hops" else []
    lines = [*hops, f"From: Alice Example <{alice(mta)}>", f"To: {recipient(h)}", f"Subject: set 57, case {h.id}",
             f"Date: {date}", f"Message-ID: <{h.id}.{mta}.{stamp}@{MTAS[mta].domain}>", f"X-Case-Id: {mta}/{h.id}",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "",
             "A test message of whybounce's set 57 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (logs, every report received)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    stamp = str(int(time.time()))
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-real-mta|[s]mtpd -d", restore_kit_files) as kit:
        for mta in ENGINES:
            run.start_mta(MTAS[mta], kit.procs, lambda m=mta: require_tls(m))  # type: ignore[misc]
            run.clear_mailbox(MTAS[mta])
        expected = {(mta, h.id) for h in HELDOUT57 for mta in SHAPES[h.id].mtas
                    if submit_notify(mta, h.id, recipient(h), original(mta, h, stamp), kit.log)}
        start = wait_for_reports(lambda: final_reports_in(expected), MAX_WAIT, 45)  # (a late delay notice: filed too)
        log_filed(kit.log, file_mailbox_reports(work, out, [(m, Path(MTAS[m].mailbox)) for m in ENGINES],
                                                lambda name, found: found[0] == name), start)


if __name__ == "__main__":
    main()
