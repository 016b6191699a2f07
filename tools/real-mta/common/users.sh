#!/bin/bash
# Local users every MTA delivers to: alice sends the test mail and receives the bounces,
# bob receives mail for the success notices, pm is the postmaster (kept apart from alice so
# postmaster copies never mix with her bounces). Also installs the alias programs.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
for u in alice bob pm; do id "$u" >/dev/null 2>&1 || useradd -m -s /bin/bash "$u"; done
install -m 755 "$HERE/exit67.sh" /usr/local/bin/real-mta-exit67.sh
install -m 755 "$HERE/exit75.sh" /usr/local/bin/real-mta-exit75.sh
mkdir -p /opt/real-mta/resolv
echo "nameserver 127.0.0.1" > /opt/real-mta/resolv/resolv.conf
# mailbox files a few hundred bytes short of each MTA's limit for them: Postfix's
# mailbox_size_limit = 200000 and Exim's quota = 200k
mkfull() { python3 -c "import sys; open(sys.argv[1],'w').write(('X'*99+'\n')*(int(sys.argv[2])//100))" "$1" "$2"; chmod 666 "$1"; }
mkfull /var/mail/small-full-pf 199800
mkfull /var/mail/small-full-ex 204600
