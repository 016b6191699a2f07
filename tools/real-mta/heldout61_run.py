#!/usr/bin/env python3
"""Make tests/fixtures/real-mta-heldout61 (set 61): amavisd-new 2.13.0's own notices, behind a Postfix 3.7 of their own.

The set's table is heldout61.py (what each message carries, its recipients, its domain's policy); this file runs it:

- Postfix: /etc/postfix-amavis-r60, smtpd on 127.0.45.6:25 handing every message to amavisd-new
  (``content_filter = amavisfeed:[127.0.45.6]:10024``, Postfix's FILTER_README), the re-injection smtpd on
  127.0.45.6:10025; every address is a virtual(8) Maildir (senders, recipients, the cases' administrators).
- amavisd-new (Debian 12's package, Debian's conf.d defaults read first, then this run's amavisd.conf): D_BOUNCE for
  viruses, banned contents, spam (the DSN cut-off raised, so GTUBE's score still gets one), bad headers and
  unchecked contents; Debian's ``$banned_filename_re``; by-domain lookups for the cases' policies (heldout61.py).
- clamd 1.4.6 (Debian 12's package) on a socket in the scratch folder, its only database the EICAR test file's MD5
  (no signature download: the machine reaches no ClamAV mirror); SpamAssassin inside amavisd-new, local tests only.

Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python3 tools/real-mta/heldout61_run.py --work /work/scratch/r60/run --out <folder>
Each notice is filed by the mailbox it reached: the sender's as <folder>/amavis/<case>.eml (Postfix's own bounce, the
one CC_MTA case, as postfix/<case>.eml), the administrator's as amavis-admin/<case>.eml, the recipient's warning as
amavis-recipient/<case>.eml (the Maildir copy; the original message, where a recipient got it, is not filed).
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import smtplib
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from heldout61 import ADDRESS, HELDOUT61, SUFFIX, Amavis61  # noqa: E402
from listkit import maildir, wait_quiet  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402
from run import write_free  # noqa: E402

CONF = Path("/etc/postfix-amavis-r60")
QUEUE = Path("/var/spool/postfix-amavis-r60")
DATA = Path("/var/lib/postfix-amavis-r60")
SENDERS = f"senders.{SUFFIX}"
# the EICAR anti-virus test file (eicar.org), written in two halves so that no scanner flags this source file
EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
# SpamAssassin's GTUBE (Generic Test for Unsolicited Bulk Email), likewise in two halves
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*" + "GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"


def sender(h: Amavis61) -> str:
    return f"sender.{h.id}@{SENDERS}"


def admin(h: Amavis61) -> str:
    return f"admin.{h.id}@{SENDERS}"


def rcpt(h: Amavis61, local: str) -> str:
    return f"{local}.{h.id}@{h.domain}"


def write_postfix_instance(work: Path) -> None:
    domains = [SENDERS, *(h.domain for h in HELDOUT61)]
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": f"mx.{SUFFIX}",
        "mydomain": SUFFIX, "myorigin": "$myhostname", "mydestination": "", "mynetworks": "127.0.0.0/8",
        "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": "", "alias_database": "", "syslog_name": "postfix-amavis-r60",
        "maillog_file": str(work / "postfix.log"), "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch",
        "virtual_mailbox_domains": ", ".join(domains), "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "smtp_host_lookup": "native", "disable_dns_lookups": "yes", "smtputf8_enable": "no", "biff": "no",
        # no header is added for a client: the messages reach amavisd-new as they were sent (postconf(5)
        # local_header_rewrite_clients, always_add_missing_headers)
        "local_header_rewrite_clients": "", "always_add_missing_headers": "no",
        "smtpd_tls_security_level": "", "smtp_tls_security_level": "",
    }
    master = dist_master()
    # FILTER_README's "advanced content filter" set-up; the front smtpd leaves unknown recipients to the mailbox
    # store's listener (receive_override_options), which is what lets set 61's CC_MTA case reach amavisd-new
    master += [
        f"{ADDRESS}:smtp inet n - n - - smtpd -o content_filter=amavisfeed:[{ADDRESS}]:10024"
        " -o receive_override_options=no_address_mappings,no_unknown_recipient_checks",
        "amavisfeed unix - - n - 2 smtp -o smtp_data_done_timeout=1200 -o smtp_send_xforward_command=yes"
        " -o disable_dns_lookups=yes -o max_use=20",
        f"{ADDRESS}:10025 inet n - n - - smtpd -o content_filter= -o smtpd_delay_reject=no"
        " -o smtpd_client_restrictions=permit_mynetworks,reject -o smtpd_helo_restrictions="
        " -o smtpd_sender_restrictions= -o smtpd_recipient_restrictions=permit_mynetworks,reject"
        " -o smtpd_data_restrictions=reject_unauth_pipelining -o smtpd_end_of_data_restrictions="
        " -o mynetworks=127.0.0.0/8 -o smtpd_error_sleep_time=0 -o smtpd_soft_error_limit=1001"
        " -o smtpd_hard_error_limit=1000 -o smtpd_client_connection_count_limit=0"
        " -o smtpd_client_connection_rate_limit=0"
        " -o receive_override_options=no_header_body_checks,no_milters -o local_header_rewrite_clients="
        " -o smtpd_authorized_xforward_hosts=127.0.0.0/8",
    ]
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    boxes = []
    for h in HELDOUT61:
        boxes += [sender(h), admin(h)]
        # the "unlisted" policy: the recipient is not in the mailbox table (the re-injection smtpd refuses it)
        boxes += [rcpt(h, local) for local in h.rcpts if "unlisted" not in h.policy]
    (CONF / "mailboxes").write_text("".join(f"{b} {b.split('@')[0]}/\n" for b in boxes))
    postmap(CONF, "mailboxes")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


def perl_hash(pairs: dict[str, object]) -> str:
    return "{ " + ", ".join(f"'{k}' => {v!r}" if isinstance(v, str) else f"'{k}' => {v}"
                            for k, v in pairs.items()) + " }"


def write_amavis(work: Path) -> Path:
    home = work / "amavis"
    for d in ("tmp", "db", "var", "virusmails", ".spamassassin"):
        (home / d).mkdir(parents=True, exist_ok=True)
    shutil.chown(home, "amavis", "amavis")
    for d in home.iterdir():
        shutil.chown(d, "amavis", "amavis")

    def with_policy(word: str) -> list[Amavis61]:
        return [h for h in HELDOUT61 if word in h.policy]

    admins = perl_hash({h.domain: admin(h) for h in with_policy("admin")})
    warn = perl_hash({h.domain: 1 for h in with_policy("warnrecip")})
    badh = perl_hash({**{h.domain: "D_PASS" for h in with_policy("pass")}, ".": "D_BOUNCE"})
    size = perl_hash({h.domain: 100000 for h in with_policy("size100k")})
    bypass = perl_hash({rcpt(h, "other"): 1 for h in with_policy("bypass-other")})
    scores = perl_hash({sender(h): 20.0 for h in with_policy("blacklist")})
    conf = work / "amavisd.conf"
    conf.write_text(f"""\
use strict;
# Debian's defaults first ($banned_filename_re, @viruses_that_fake_sender_maps, the SA levels), then this run's
include_config_files('/etc/amavis/conf.d/01-debian', '/etc/amavis/conf.d/20-debian_defaults',
                     '/etc/amavis/conf.d/30-template_localization');
$myhostname = 'mx.{SUFFIX}';
$mydomain = '{SUFFIX}';
@local_domains_acl = ('.{SUFFIX}');
$daemon_user = 'amavis'; $daemon_group = 'amavis';
$MYHOME = '{home}'; $TEMPBASE = "$MYHOME/tmp"; $db_home = "$MYHOME/db"; $helpers_home = "$MYHOME/var";
$QUARANTINEDIR = "$MYHOME/virusmails"; $spam_quarantine_to = undef;
$pid_file = "$MYHOME/amavisd.pid"; $lock_file = "$MYHOME/amavisd.lock";
$enable_db = 0; $enable_global_cache = 0; $nanny_details_level = 0;
$DO_SYSLOG = 0; $LOGFILE = "$MYHOME/amavis.log"; $log_level = 2;
$max_servers = 2;
$inet_socket_bind = '{ADDRESS}'; $inet_socket_port = 10024; @inet_acl = qw(127.0.0.0/8);
$forward_method = 'smtp:[{ADDRESS}]:10025'; $notify_method = $forward_method;
$local_client_bind_address = '{ADDRESS}';
@bypass_virus_checks_maps = (0); @bypass_spam_checks_maps = (0);
$sa_local_tests_only = 1; $enable_dkim_verification = 0; $enable_dkim_signing = 0;
$sa_dsn_cutoff_level = 9999; $sa_crediblefrom_dsn_cutoff_level = 9999;
$final_virus_destiny = D_BOUNCE; $final_spam_destiny = D_BOUNCE; $final_unchecked_destiny = D_BOUNCE;
$final_banned_destiny = D_BOUNCE;
$final_destiny_maps_by_ccat{{+CC_BADH}} = [ {badh} ];
$warnbadhsender = 1;
@virus_admin_maps = ({admins}); @banned_admin_maps = ({admins});
@spam_admin_maps = ({admins}); @bad_header_admin_maps = ({admins});
@warnvirusrecip_maps = ({warn}); @warnbannedrecip_maps = ({warn}); @warnbadhrecip_maps = ({warn});
@message_size_limit_maps = ({size});
@bypass_banned_checks_maps = ({bypass});
@score_sender_maps = ({{ '.' => [ {scores} ] }});
@av_scanners = (['ClamAV-clamd', \\&ask_daemon, ["CONTSCAN {{}}\\n", '{work}/clamd.sock'],
                 qr/\\bOK$/m, qr/\\bFOUND$/m, qr/^.*?: (?!Infected Archive)(.*) FOUND$/m ]);
@av_scanners_backup = ();
1;
""".replace("'D_BOUNCE'", "D_BOUNCE").replace("'D_PASS'", "D_PASS"))
    return conf


def write_clamd(work: Path) -> Path:
    db = work / "clamdb"
    db.mkdir(exist_ok=True)
    # a hash signature of the EICAR file (clamd's own .hdb format: MD5:size:name)
    (db / "eicar.hdb").write_text(f"{hashlib.md5(EICAR.encode()).hexdigest()}:{len(EICAR)}:Eicar-Test-Signature\n")
    conf = work / "clamd.conf"
    conf.write_text(f"LocalSocket {work}/clamd.sock\nLocalSocketMode 666\nDatabaseDirectory {db}\n"
                    f"LogFile {work}/clamd.log\nPidFile {work}/clamd.pid\nForeground yes\nBytecode no\n"
                    "ScanArchive yes\n")
    return conf


def zipped(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buf.getvalue()


def encrypted_zip(work: Path, name: str, data: bytes) -> bytes:
    """A zip whose member is encrypted (7-Zip's ZipCrypto), which no scanner can read."""
    src, out = work / name, work / "encrypted.zip"
    src.write_bytes(data)
    out.unlink(missing_ok=True)
    subprocess.run(["7z", "a", "-tzip", "-pquarterly-2026", str(out), str(src)], check=True, capture_output=True)
    return out.read_bytes()


def b64(data: bytes) -> str:
    import base64

    return base64.encodebytes(data).decode()


def message(h: Amavis61, work: Path) -> bytes:
    """The case's message as the sender's mail program would send it (its X-Case-Id naming the case)."""
    frm, to = sender(h), ", ".join(rcpt(h, local) for local in h.rcpts)
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())
    head = [f"From: Sender <{frm}>", f"To: {to}", f"Subject: Quarterly figures (X-Case-Id: amavis/{h.id})",
            f"Date: {date}", f"Message-ID: <{h.id}.amavis.{int(time.time() * 1000)}@{SENDERS}>",
            f"X-Case-Id: amavis/{h.id}", "MIME-Version: 1.0"]
    text = "Hello,\n\nthe quarterly figures are attached, as promised.\n\nRegards,\nthe sender\n"
    c = h.content
    if c == "8bit-subject":
        # ISO-8859-1 octets, as an old mail program writes them unencoded (amavisd-new passes valid UTF-8 by default:
        # $allowed_header_tests{'utf8'} is off)
        head[2] = f"Subject: Quartalszahlen f\u00fcr M\u00e4rz (X-Case-Id: amavis/{h.id})"
    elif c == "two-subjects":
        head.insert(3, "Subject: Quarterly figures, second subject")
    elif c == "two-froms":
        head.insert(1, f"From: Sender's assistant <{frm}>")
    elif c == "no-from":
        head.remove(f"From: Sender <{frm}>")
    elif c == "no-date":
        head.remove(f"Date: {date}")
    elif c == "blank-fold":
        head.append("X-Report-Note: figures\n \n attached")
    attach: tuple[str, str, bytes] | None = None
    if c == "eicar":
        attach = ("text/plain", "eicar.txt", EICAR.encode())
    elif c == "eicar-zip":
        attach = ("application/zip", "figures.zip", zipped("eicar.txt", EICAR.encode()))
    elif c == "exe":
        attach = ("application/octet-stream", "figures.exe", b"not a program, only its name is banned\n" * 4)
    elif c == "double-ext":
        attach = ("application/octet-stream", "figures.pdf.exe", b"not a program, only its name is banned\n" * 4)
    elif c == "clsid":
        attach = ("application/octet-stream", "figures.{3050F4D8-98B5-11CF-BB82-00AA00BDCE0B}",
                  b"not a program, only its name is banned\n" * 4)
    elif c == "msdownload":
        attach = ("application/x-msdownload", "figures.bin", b"not a program, only its type is banned\n" * 4)
    elif c == "exe-zip":
        attach = ("application/zip", "figures.zip", zipped("figures.exe", b"not a program\n" * 4))
    elif c == "encrypted-zip":
        attach = ("application/zip", "figures.zip", encrypted_zip(work, "figures.txt", b"Q1 12\nQ2 14\n" * 20))
    elif c == "gtube":
        text += f"\n{GTUBE}\n"
    elif c == "big":
        text += "".join(f"Line {i:05d} of the quarterly figures, kept for the record.\n" for i in range(2000))
    if c == "bad-mime":
        head.append('Content-Type: multipart/mixed; boundary="=-figures-boundary"')
        body = f"This is a MIME message.\n\n--=-figures-boundary\nContent-Type: text/plain\n\n{text}"
        # neither a closing boundary nor the end of the part: the body just stops (RFC 2046 section 5.1.1)
    elif attach:
        ctype, name, data = attach
        head.append('Content-Type: multipart/mixed; boundary="=-figures-boundary"')
        body = (f"This is a MIME message.\n\n--=-figures-boundary\nContent-Type: text/plain; charset=us-ascii\n\n{text}"
                f"\n--=-figures-boundary\nContent-Type: {ctype}; name=\"{name}\"\n"
                f"Content-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n"
                f"{b64(data)}\n--=-figures-boundary--\n")
    else:
        head.append("Content-Type: text/plain; charset=us-ascii")
        body = text
    raw = "\n".join(head) + "\n\n" + body
    return raw.replace("\n", "\r\n").encode("latin-1")


def submit(h: Amavis61, work: Path, log: Path) -> None:
    """By SMTP to the instance's front smtpd, with an ENVID naming the case (RFC 3461)."""
    raw = message(h, work)
    with smtplib.SMTP(ADDRESS, 25, source_address=(ADDRESS, 0), timeout=60) as s:
        s.ehlo("client.senders.heldout61.example")
        refused = s.sendmail(sender(h), [rcpt(h, local) for local in h.rcpts], raw,
                             mail_options=[f"ENVID=amavis.{h.id}", "BODY=8BITMIME"])
    with log.open("a") as f:
        f.write(f"sent {h.id}: refused {refused}\n")


def wait_socket(path: Path, limit: float) -> None:
    end = time.time() + limit
    while time.time() < end and not path.exists():
        time.sleep(1)
    if not path.exists():
        raise RuntimeError(f"{path} did not appear")


def wait_port(port: int, limit: float) -> None:
    import socket

    end = time.time() + limit
    while time.time() < end:
        try:
            with socket.create_connection((ADDRESS, port), timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise RuntimeError(f"nothing listens on {ADDRESS}:{port}")


def original(raw: bytes) -> bool:
    """The case's own message (delivered to a recipient the policy let through), not a notice about it."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    return b"\nX-Case-Id: amavis/" in b"\n" + head


POSTFIX_FROM = b"\nFrom: Mail Delivery System <MAILER-DAEMON@"


def collect(work: Path, out: Path, log: Path) -> None:
    for h in HELDOUT61:
        boxes = [("amavis", sender(h)), ("amavis-admin", admin(h)),
                 *(("amavis-recipient", rcpt(h, local)) for local in h.rcpts)]
        for folder, address in boxes:
            box = maildir(work, address)
            found = sorted(box.glob("*"), key=lambda p: p.stat().st_mtime) if box.exists() else []
            for p in found:
                raw = p.read_bytes()
                if original(raw):
                    continue
                name = folder
                if folder == "amavis" and POSTFIX_FROM in raw.replace(b"\r\n", b"\n"):
                    name = "postfix"  # Postfix's own bounce of amavisd-new's refusal (the CC_MTA and size cases)
                dest = out / name
                dest.mkdir(parents=True, exist_ok=True)
                written = write_free(dest, h.id, raw)
                with log.open("a") as f:
                    f.write(f"{h.id}: {address} -> {name}/{written}\n")


def run(work: Path, out: Path) -> None:
    log = work / "run.log"
    procs: list[subprocess.Popen[bytes]] = []
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    try:
        procs.append(subprocess.Popen(["clamd", "-c", str(write_clamd(work))], stdout=subprocess.DEVNULL,
                                      stderr=(work / "clamd.err").open("wb"), start_new_session=True))
        wait_socket(work / "clamd.sock", 60)
        procs.append(subprocess.Popen(["/usr/sbin/amavisd", "-c", str(write_amavis(work)), "foreground"],
                                      stdout=(work / "amavisd.out").open("wb"), stderr=subprocess.STDOUT,
                                      start_new_session=True))
        wait_port(10024, 120)
        for h in HELDOUT61:
            submit(h, work, log)
        time.sleep(10)
        wait_quiet(CONF, work, 15, limit=300)
        collect(work, out, log)
    finally:
        for p in reversed(procs):  # each in its own session: its group is its children (amavisd's)
            os.killpg(p.pid, signal.SIGTERM)
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the Maildirs, amavisd-new's and clamd's files")
    a = ap.parse_args()
    fresh_work(a.work)
    a.work.chmod(0o755)
    write_postfix_instance(a.work)
    run(a.work, a.out)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
