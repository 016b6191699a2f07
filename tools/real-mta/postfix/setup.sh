#!/bin/bash
# Configure Debian's Postfix (apt-get install postfix, "Local only") for the bounce matrix.
# Remote mail goes by MX lookups (fake_dns.py) to fake_smtp.py on 127.0.0.2-15:25; Postfix
# itself listens on 127.0.0.1:25 only. Queues are short: temporary failures bounce after 2 min.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
"$HERE/../common/users.sh"
postconf -e \
  myhostname=mta-pf.example mydomain=mta-pf.example myorigin=mta-pf.example \
  'mydestination=mta-pf.example, localhost' \
  inet_interfaces=127.0.0.1 inet_protocols=ipv4 \
  relayhost= 'local_recipient_maps=' default_transport=smtp relay_transport=smtp \
  'mynetworks=127.0.0.0/8' home_mailbox=Maildir/ \
  maximal_queue_lifetime=2m bounce_queue_lifetime=2m delay_warning_time=1m \
  queue_run_delay=15s minimal_backoff_time=15s maximal_backoff_time=30s \
  smtp_helo_timeout=20s smtp_connect_timeout=10s \
  message_size_limit=200000 mailbox_size_limit=200000 \
  'alias_maps=hash:/etc/aliases' 'alias_database=hash:/etc/aliases' \
  'smtp_tls_policy_maps=hash:/etc/postfix/tls_policy' smtp_tls_security_level=may \
  notify_classes=resource,software maillog_file=/var/log/postfix-real-mta.log \
  disable_dns_lookups=no smtp_host_lookup=dns
postconf -F '*/*/chroot = n'
cp "$HERE/tls_policy" /etc/postfix/tls_policy && postmap /etc/postfix/tls_policy
cp "$HERE/aliases" /etc/aliases && newaliases
