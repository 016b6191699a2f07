#!/bin/bash
# Unpack Debian's Sendmail (it conflicts with postfix), build sendmail.cf with m4 and configure
# it for 127.0.0.1:2528. run.py starts it in a mount namespace whose resolv.conf points at
# fake_dns.py. Local mailboxes are mbox files written by the alias file mailer.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
X=/opt/x
if [ ! -x $X/sendmail-bin/usr/libexec/sendmail/sendmail ]; then
  mkdir -p /opt/debs && cd /opt/debs && apt-get download sendmail-bin sendmail-base sendmail-cf
  for d in sendmail-bin sendmail-base sendmail-cf; do mkdir -p $X/$d; dpkg -x ${d}_*.deb $X/$d; done
fi
command -v m4 >/dev/null || apt-get install -y m4 >/dev/null
dpkg -s libwrap0 >/dev/null 2>&1 || apt-get install -y libwrap0 >/dev/null
"$HERE/../common/users.sh"
mkdir -p /etc/mail-real-mta
rm -rf /var/spool/mqueue-real-mta && mkdir -p /var/spool/mqueue-real-mta && chmod 700 /var/spool/mqueue-real-mta
CF=$X/sendmail-cf/usr/share/sendmail/cf
m4 -D_CF_DIR_=$CF/ $CF/m4/cf.m4 "$HERE/sendmail-real-mta.mc" > /etc/mail-real-mta/sendmail.cf
cp "$HERE/aliases" /etc/mail-real-mta/aliases
cp "$HERE/access" /etc/mail-real-mta/access
$X/sendmail-bin/usr/libexec/sendmail/makemap -C /etc/mail-real-mta/sendmail.cf hash /etc/mail-real-mta/access < /etc/mail-real-mta/access
echo mta-sm.example > /etc/mail-real-mta/local-host-names
touch /etc/mail-real-mta/statistics
$X/sendmail-bin/usr/libexec/sendmail/sendmail -C /etc/mail-real-mta/sendmail.cf -bi
for f in alice-sm bob-sm pm-sm; do touch /var/mail/$f.mbox && chmod 666 /var/mail/$f.mbox; done
