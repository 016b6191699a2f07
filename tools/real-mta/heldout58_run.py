#!/usr/bin/env python3
"""Make set 58's reports (heldout58.py): each case, one message to one recipient, sent by SMTP to each of the kit's
four MTAs the case applies to (heldout58.Script.mtas), started as the kit starts them (run.start_mta; queue
lifetimes 2 minutes, delay warnings after 1 minute), each relaying the case's domain to the case's fake smarthost
(smarthost58.py, started here) with a login and a TLS policy added after each setup.sh, for this run only:

- Postfix 3.7: ``transport_maps`` ``<domain> smtp:[mx.<domain>]:25`` (the per-destination form of ``relayhost``,
  postconf(5)), ``smtp_sasl_auth_enable``, ``smtp_sasl_password_maps`` keyed ``[mx.<domain>]:25``,
  ``smtp_sasl_security_options`` and ``smtp_sasl_tls_security_options`` ``noanonymous`` (SASL_README, "Enabling SASL
  authentication in the Postfix SMTP client"), ``smtp_tls_CAfile`` the run's CA and, in smtp_tls_policy_maps,
  ``secure`` for a relay whose certificate must verify, ``may`` for the others (TLS_README);
- Exim 4.96: a ``manualroute`` router (route_data from an lsearch file: domain -> mx.<domain>) before dnslookup, its
  smtp transport with ``hosts_require_auth = *``, ``hosts_require_tls`` and ``tls_verify_hosts`` the verified
  relays' addresses, ``tls_verify_certificates`` the run's CA, and ``plaintext`` client authenticators PLAIN and
  LOGIN (specification chapters "The manualroute router", "The smtp transport", "The plaintext authenticator");
- Sendmail 8.17: the kit's .mc with ``FEATURE(`mailertable')`` (``<domain> esmtp:[mx.<domain>]``, the per-domain
  SMART_HOST) and ``confCACERT``/``confCACERT_PATH`` the run's CA, rebuilt with m4; in the access map ``AuthInfo:``
  entries (cf/README "SMTP AUTH": U, I, P, M) and ``TLS_Srv:mx.<domain> VERIFY+CN`` for the verified relays
  (cf/m4/proto.m4 of 8.17: tls_server, the "CN" requirement);
- OpenSMTPD 6.8: per case ``action ... relay host smtp+tls://alice@mx.<domain> auth <secrets58>`` and a ``match``
  for the domain before the catch-all, a credentials table (table(5))
  (smtpd.conf(5): server certificates of smtp+tls relays are verified by default), the run's CA bound over the CA
  bundle compiled into smtpd (start_opensmtpd).

The certificates are made at the start into <work>/certs by ``openssl`` (a CA; per relay a key and a certificate:
signed by the CA for mx.<domain>, or self-signed, or signed with validity in 2021, or for another name); nothing of
them is committed. Each message goes with ``MAIL FROM:<alice@...> ENVID=<mta>.<case> RET=HDRS`` and
``NOTIFY=DELAY,FAILURE`` (RFC 3461), its X-Case-Id <mta>/<case>. The reports land in alice's mailboxes and are filed
as <out>/<mta>/<case>[-delay][-N].eml (heldout47_run.file_mailbox_reports). The configuration files changed are put
back at the end.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout58_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers, the fake smarthosts and the MTAs, and stops them all (checked with
pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import shutil
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
from heldout58 import HELDOUT58, LOGIN, PASSWORD, SCRIPTS, by_ip, recipient, relay_host  # noqa: E402

MAX_WAIT = 600  # seconds: a deferred case's final report comes after its 2 minutes in the queue
ENGINES = ("postfix", "exim", "opensmtpd", "sendmail")
MAIN_CF = Path("/etc/postfix/main.cf")
PF_FILES = {name: Path(f"/etc/postfix/heldout58-{name}") for name in ("transport", "sasl_passwd", "ca.pem")}
EXIM_DIR = Path("/etc/exim4-real-mta")
SENDMAIL_DIR = Path("/etc/mail-real-mta")
SMTPD_DIR = Path("/etc/smtpd-real-mta")
EXPIRED = ("20210101000000Z", "20210201000000Z")


def ip_of() -> dict[str, str]:
    return {h.id: ip for ip, h in by_ip().items()}


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_certs(certs: Path) -> None:
    """The run's CA and each relay's key and certificate (the module's docstring)."""
    certs.mkdir(parents=True)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(certs / "ca.key"), "-out",
            str(certs / "ca.pem"), "-days", "30", "-subj", "/CN=whybounce set 58 test CA (loopback only)")
    (certs / "index.txt").write_text("")
    (certs / "serial").write_text("1000\n")
    (certs / "ca.cnf").write_text(
        f"[ca]\ndefault_ca = c\n[c]\ndatabase = {certs}/index.txt\nnew_certs_dir = {certs}\nserial = {certs}/serial\n"
        "default_md = sha256\npolicy = p\nunique_subject = no\n[p]\ncommonName = supplied\n")
    for ip, h in by_ip().items():
        kind = SCRIPTS[h.id].cert
        name = "other.heldout58.example" if kind == "wrongname" else relay_host(h)
        key, pem, csr, ext = (certs / f"{ip}.{s}" for s in ("key", "pem", "csr", "ext"))
        ext.write_text(f"subjectAltName = DNS:{name}\n")
        if kind == "selfsigned":
            openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(pem), "-days",
                    "30", "-subj", f"/CN={name}", "-addext", f"subjectAltName = DNS:{name}")
            continue
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr), "-subj", f"/CN={name}")
        if kind == "expired":
            openssl("ca", "-batch", "-config", str(certs / "ca.cnf"), "-cert", str(certs / "ca.pem"), "-keyfile",
                    str(certs / "ca.key"), "-in", str(csr), "-out", str(pem), "-startdate", EXPIRED[0], "-enddate",
                    EXPIRED[1], "-extfile", str(ext), "-notext")
        else:
            openssl("x509", "-req", "-in", str(csr), "-CA", str(certs / "ca.pem"), "-CAkey", str(certs / "ca.key"),
                    "-CAcreateserial", "-days", "30", "-extfile", str(ext), "-out", str(pem))


def cases_of(mta: str) -> list[Heldout]:
    return [h for h in HELDOUT58 if mta in SCRIPTS[h.id].mtas]


def setup_postfix(work: Path, ca: Path) -> None:
    shutil.copy2(MAIN_CF, work / "main.cf")
    hs = cases_of("postfix")
    PF_FILES["transport"].write_text("".join(f"{h.domain}\tsmtp:[{relay_host(h)}]:25\n" for h in hs))
    PF_FILES["sasl_passwd"].write_text("".join(f"[{relay_host(h)}]:25\t{LOGIN}:{PASSWORD}\n" for h in hs))
    PF_FILES["sasl_passwd"].chmod(0o600)
    shutil.copy2(ca, PF_FILES["ca.pem"])
    with TLS_POLICY.open("a") as f:
        f.write("".join(f"[{relay_host(h)}]:25\t{'secure' if SCRIPTS[h.id].policy == 'verify' else 'may'}\n"
                        for h in hs))
    for name in ("transport", "sasl_passwd"):
        subprocess.run(["postmap", str(PF_FILES[name])], check=True)
    subprocess.run(["postmap", str(TLS_POLICY)], check=True)
    subprocess.run(["postconf", "-e", f"transport_maps=hash:{PF_FILES['transport']}", "smtp_sasl_auth_enable=yes",
                    f"smtp_sasl_password_maps=hash:{PF_FILES['sasl_passwd']}",
                    "smtp_sasl_security_options=noanonymous", "smtp_sasl_tls_security_options=noanonymous",
                    f"smtp_tls_CAfile={PF_FILES['ca.pem']}"], check=True)


EXIM_ROUTER = """smarthost58:
  driver = manualroute
  domains = lsearch;/etc/exim4-real-mta/smarthosts58
  route_data = ${lookup{$domain}lsearch{/etc/exim4-real-mta/smarthosts58}}
  transport = smarthost58_smtp
  no_more

"""
EXIM_TRANSPORT = """smarthost58_smtp:
  driver = smtp
  hosts_require_auth = *
  hosts_require_tls = VERIFIED
  tls_verify_hosts = VERIFIED
  tls_verify_certificates = /etc/exim4-real-mta/heldout58-ca.pem
  hosts_try_fastopen = :
  connect_timeout = 10s
  command_timeout = 20s

"""
EXIM_AUTH = f"""
begin authenticators
plain58:
  driver = plaintext
  public_name = PLAIN
  client_send = ^{LOGIN}^{PASSWORD}
login58:
  driver = plaintext
  public_name = LOGIN
  client_send = : {LOGIN} : {PASSWORD}
"""


def setup_exim(ca: Path) -> None:
    hs = cases_of("exim")
    ips = ip_of()
    (EXIM_DIR / "smarthosts58").write_text("".join(f"{h.domain}: {relay_host(h)}\n" for h in hs))
    shutil.copy2(ca, EXIM_DIR / "heldout58-ca.pem")
    verified = " : ".join(ips[h.id] for h in hs if SCRIPTS[h.id].policy == "verify")
    conf = EXIM_CONF.read_text()
    assert "begin routers\ndnslookup:" in conf and "begin transports\n" in conf
    conf = conf.replace("begin routers\ndnslookup:", "begin routers\n" + EXIM_ROUTER + "dnslookup:")
    conf = conf.replace("begin transports\n", "begin transports\n" + EXIM_TRANSPORT.replace("VERIFIED", verified))
    EXIM_CONF.write_text(conf + EXIM_AUTH)


def setup_sendmail(work: Path, ca: Path) -> None:
    hs = cases_of("sendmail")
    certs = SENDMAIL_DIR / "certs58"
    certs.mkdir(exist_ok=True)
    shutil.copy2(ca, certs / "ca.pem")
    subprocess.run(["openssl", "rehash", str(certs)], check=True, capture_output=True)
    mc = (HERE / "sendmail" / "sendmail-real-mta.mc").read_text()
    ours = (f"define(`confCACERT_PATH', `{certs}')dnl\ndefine(`confCACERT', `{certs}/ca.pem')dnl\n"
            f"FEATURE(`mailertable', `hash -o {SENDMAIL_DIR}/mailertable')dnl\n")
    assert "MAILER(`local')dnl" in mc
    (work / "sendmail58.mc").write_text(mc.replace("MAILER(`local')dnl", ours + "MAILER(`local')dnl"))
    cf_dir = f"{run.X}/sendmail-cf/usr/share/sendmail/cf"
    with open(run.SENDMAIL_CF, "w") as f:
        subprocess.run(["m4", f"-D_CF_DIR_={cf_dir}/", f"{cf_dir}/m4/cf.m4", str(work / "sendmail58.mc")], stdout=f,
                       check=True)
    makemap = f"{run.SENDMAIL_BIN.rsplit('/', 1)[0]}/makemap"
    (SENDMAIL_DIR / "mailertable").write_text("".join(f"{h.domain}\tesmtp:[{relay_host(h)}]\n" for h in hs))
    ips = ip_of()
    lines = []
    for h in hs:
        for key in (relay_host(h), ips[h.id]):
            lines.append(f'AuthInfo:{key}\t"U:{LOGIN}" "I:{LOGIN}" "P:{PASSWORD}" "M:PLAIN LOGIN"\n')
        if SCRIPTS[h.id].policy == "verify":
            lines.append(f"TLS_Srv:{relay_host(h)}\tVERIFY+CN\n")
    with SENDMAIL_ACCESS.open("a") as f:
        f.write("".join(lines))
    for name in ("mailertable", "access"):
        with (SENDMAIL_DIR / name).open("rb") as src:
            subprocess.run([makemap, "-C", run.SENDMAIL_CF, "hash", str(SENDMAIL_DIR / name)], stdin=src, check=True)


def setup_opensmtpd(ca: Path) -> None:
    hs = cases_of("opensmtpd")
    secrets = SMTPD_DIR / "secrets58"
    secrets.write_text(f"alice {LOGIN}:{PASSWORD}\n")
    secrets.chmod(0o640)
    shutil.copy2(ca, SMTPD_DIR / "heldout58-ca.pem")
    conf = SMTPD_CONF.read_text()
    catch_all = 'match from local for any action "relay"'
    assert catch_all in conf
    head = f"table secrets58 file:{secrets}\n"
    actions = "".join(f'action "r58-{i}" relay host "smtp+tls://alice@{relay_host(h)}" auth <secrets58>'
                      f" helo mta-os.example\n" for i, h in enumerate(hs))
    matches = "".join(f'match from local for domain "{h.domain}" action "r58-{i}"\n' for i, h in enumerate(hs))
    first_match = conf.index("match ")
    conf = conf[:first_match] + head + actions + conf[first_match:]
    SMTPD_CONF.write_text(conf.replace(catch_all, matches + catch_all))


def start_opensmtpd(procs: run.Processes, work: Path) -> None:
    """OpenSMTPD as run.start_mta starts it, with the run's CA as the CA bundle it verifies relays against: 6.8's
    ``ca`` directive names the CA of the server's OWN name (smtpd.conf(5)), and a relay's certificate is checked
    against the bundle compiled in (/etc/ssl/certs/ca-certificates.crt), bound over in its mount namespace only."""
    subprocess.run([str(HERE / "opensmtpd" / "setup.sh")], check=True)
    configure("opensmtpd", work)
    if not Path("/etc/mailname").exists():
        Path("/etc/mailname").write_text("localhost\n")
    mounts = ("mount --bind /opt/real-mta/resolv/mailname-os /etc/mailname &&"
              f" mount --bind {work / 'certs' / 'ca.pem'} /etc/ssl/certs/ca-certificates.crt &&")
    procs.start("opensmtpd", run.in_namespace(f"{run.SMTPD_BIN} -d -f {SMTPD_CONF}", mounts))
    run.wait_port(MTAS["opensmtpd"].port, 120)


def configure(mta: str, work: Path) -> None:
    """After the MTA's setup.sh: relay each case domain through its smarthost (the module's docstring)."""
    ca = work / "certs" / "ca.pem"
    {"postfix": lambda: setup_postfix(work, ca), "exim": lambda: setup_exim(ca),
     "sendmail": lambda: setup_sendmail(work, ca), "opensmtpd": lambda: setup_opensmtpd(ca)}[mta]()


def restore(work: Path) -> None:
    """Put back the kit's configuration files ``configure`` changed and remove the files it added."""
    if (work / "main.cf").exists():
        shutil.copy2(work / "main.cf", MAIN_CF)
    for p in PF_FILES.values():
        for q in (p, p.with_name(p.name + ".db")):
            q.unlink(missing_ok=True)
    for p in (EXIM_DIR / "smarthosts58", EXIM_DIR / "heldout58-ca.pem", SMTPD_DIR / "secrets58",
              SMTPD_DIR / "heldout58-ca.pem", SENDMAIL_DIR / "mailertable", SENDMAIL_DIR / "mailertable.db"):
        p.unlink(missing_ok=True)
    shutil.rmtree(SENDMAIL_DIR / "certs58", ignore_errors=True)
    restore_kit_files()  # the TLS policy map, exim4.conf, the access map, smtpd.conf
    if Path(run.SENDMAIL_CF).exists():  # the kit's own sendmail.cf, as its setup.sh builds it
        cf_dir = f"{run.X}/sendmail-cf/usr/share/sendmail/cf"
        with open(run.SENDMAIL_CF, "w") as f:
            subprocess.run(["m4", f"-D_CF_DIR_={cf_dir}/", f"{cf_dir}/m4/cf.m4",
                            str(HERE / "sendmail" / "sendmail-real-mta.mc")], stdout=f, check=False)


def original(mta: str, h: Heldout, stamp: str) -> bytes:
    """The message sent, the X-Case-Id header naming MTA and case."""
    lines = [f"From: Alice Example <{alice(mta)}>", f"To: {recipient(h)}", f"Subject: set 58, case {h.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{mta}.{stamp}@{MTAS[mta].domain}>",
             f"X-Case-Id: {mta}/{h.id}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "",
             "A test message of whybounce's set 58 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (certificates, logs, reports)")
    ap.add_argument("--mta", default=",".join(ENGINES), help="the MTAs to run, comma-separated (default: all four)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    engines = tuple(m for m in ENGINES if m in args.mta.split(","))
    stamp = str(int(time.time()))
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-real-mta|[s]mtpd -d|[s]marthost58",
                     lambda: restore(work)) as kit:
        make_certs(work / "certs")
        kit.start_helper("smarthost58.py", "--certs", str(work / "certs"))
        for mta in engines:
            if mta == "opensmtpd":
                start_opensmtpd(kit.procs, work)
            else:
                run.start_mta(MTAS[mta], kit.procs, lambda m=mta: configure(m, work))  # type: ignore[misc]
            run.clear_mailbox(MTAS[mta])
        expected = {(mta, h.id) for h in HELDOUT58 for mta in SCRIPTS[h.id].mtas
                    if mta in engines and submit_notify(mta, h.id, recipient(h), original(mta, h, stamp), kit.log)}
        start = wait_for_reports(lambda: final_reports_in(expected), MAX_WAIT, 45)
        log_filed(kit.log, file_mailbox_reports(work, out, [(m, Path(MTAS[m].mailbox)) for m in engines],
                                                lambda name, found: found[0] == name), start)


if __name__ == "__main__":
    main()
