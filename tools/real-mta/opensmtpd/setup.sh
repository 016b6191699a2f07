#!/bin/bash
# Unpack Debian's OpenSMTPD (it conflicts with postfix) and configure it for 127.0.0.1:2527.
# run.py starts it in a mount namespace where /etc/resolv.conf points at fake_dns.py and
# /etc/mailname says mta-os.example.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
X=/opt/x/opensmtpd
if [ ! -x $X/usr/sbin/smtpd ]; then
  mkdir -p /opt/debs && cd /opt/debs && apt-get download opensmtpd && mkdir -p $X && dpkg -x opensmtpd_*.deb $X
fi
dpkg -s libidn12 >/dev/null 2>&1 || apt-get install -y libidn12 >/dev/null
"$HERE/../common/users.sh"
for u in opensmtpd opensmtpq; do id $u >/dev/null 2>&1 || useradd -r -d /var/lib/opensmtpd/empty -s /usr/sbin/nologin $u; done
mkdir -p /var/lib/opensmtpd/empty /etc/smtpd-real-mta
rm -rf /var/spool/smtpd && mkdir -p /var/spool/smtpd && chmod 711 /var/spool/smtpd
[ -e /usr/libexec/opensmtpd ] || ln -s $X/usr/libexec/opensmtpd /usr/libexec/opensmtpd
cp "$HERE/smtpd.conf" /etc/smtpd-real-mta/smtpd.conf
cp "$HERE/aliases" /etc/smtpd-real-mta/aliases
echo mta-os.example > /opt/real-mta/resolv/mailname-os
$X/usr/sbin/smtpd -n -f /etc/smtpd-real-mta/smtpd.conf
