#!/bin/bash
# Unpack Debian's Exim (it conflicts with the postfix package, so it is not apt-installed) and
# configure it for 127.0.0.1:2526. run.py starts it in a mount namespace whose resolv.conf
# points at fake_dns.py.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
X=/opt/x
if [ ! -x $X/exim4-daemon-light/usr/sbin/exim4 ]; then
  mkdir -p /opt/debs && cd /opt/debs && apt-get download exim4-base exim4-daemon-light exim4-config
  for d in exim4-base exim4-daemon-light exim4-config; do mkdir -p $X/$d; dpkg -x ${d}_*.deb $X/$d; done
fi
# the unpacked binary links libidn12, which nothing installs before OpenSMTPD's setup (run after Exim's)
dpkg -s libidn12 >/dev/null 2>&1 || apt-get install -y libidn12 >/dev/null
"$HERE/../common/users.sh"
getent group Debian-exim >/dev/null || groupadd -r Debian-exim
id Debian-exim >/dev/null 2>&1 || useradd -r -g Debian-exim -d /var/spool/exim4-real-mta -s /usr/sbin/nologin Debian-exim
mkdir -p /etc/exim4 /etc/exim4-real-mta /var/spool/exim4-real-mta /var/log/exim4-real-mta
rm -rf /var/spool/exim4-real-mta/db /var/spool/exim4-real-mta/input /var/spool/exim4-real-mta/msglog
cp "$HERE/exim4.conf" /etc/exim4/exim4.conf
cp "$HERE/aliases" /etc/exim4-real-mta/aliases
chown -R Debian-exim:Debian-exim /var/spool/exim4-real-mta /var/log/exim4-real-mta
# Exim re-executes itself by its compiled-in path
ln -sf $X/exim4-daemon-light/usr/sbin/exim4 /usr/sbin/exim4
$X/exim4-daemon-light/usr/sbin/exim4 -bV | head -1
