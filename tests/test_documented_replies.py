"""The documented-reply catalogue (tests/fixtures/documented-replies): every reply as its provider, MTA or filter
documents it, made into the bounce a Postfix sender gets, must be read as the catalogue's labels say.

The labels were made from the documentation alone (the catalogue's README); where the resolver disagreed, the
knowledge was re-derived from the documented reply, never the label bent (the few alternates the lead added carry
a note saying why).  A pasted reply has no SMTP stage and no answering host, so it is held to a measured floor.
"""

from __future__ import annotations

from typing import Any

import pytest
from documented import entries, postfix_bounce
from whybounce import explain_bytes, explain_line

ENTRIES = entries()
# Judgement differences the knowledge cannot settle without bending a label: each names its argument. Strict: a
# difference that goes away must be taken off this list.
KNOWN_DIFFERENCES = {
    "mimecast-email-rejected-due-to-security-policies":
        "Mimecast's code article, as go-sisimai quotes it, names a virus signature first (or a spam score over the"
        " maximum), so the Mimecast rule reads virusdetected; the catalogue took spam scoring first from Suped's"
        " account. The words ('security policies') fit both; neither side's source settles it.",
    "cyrus-550-5-7-1-permission-denied":
        "Cyrus's 'Permission denied' is a mailbox ACL (the owner's setting: filtered); the words alone are any "
        "server's permission error, so the resolver keeps the X.7.1 policy reading (policyviolation)",
    "cn-mail-451-domain-auth-support-error":
        "'451 domain auth support error' names a fault of the receiving side's domain-authentication support; no"
        " phrase or clause reads it, and the evidence tier's 'auth' (the catalogue's replies about a refused login,"
        " securityerror, of several families) outranks the bare 451 (systemerror) that read it before that tier",
    "maildemon-500-invalid-command-bad-from-address-format":
        "Session 55 (K55A): «from address» names MAIL FROM's address, so «bad from address format» reads as «bad sender"
        " address format» always has (rejected, reason.rejected.sender-bogus); the catalogue labels the 500 a syntax"
        " error. The same words' «bad from address» (no «format») is labelled securityerror/rejected.",
}
# Batch 22 (session 22): replies labelled from their documentation and committed (bf2d0fd) before whybounce read
# them, measured blind. Each entry below is one whybounce reads otherwise as a Postfix bounce today: the reason
# and rule it gives. Strict: a general fix that makes one of them read as labelled shows up as XPASS and must take
# it off this list (the labels are not to be bent to the reading).
BATCH_22_UNREAD = {
    "aliyun-mail-504-number-of-rcpt-attempts-maximum-threshold": "syntaxerror (reply.504)",
    "aliyun-mail-505-total-of-rcpts-maximum-threshold": "onhold (none.unknown-words)",
    "aliyun-mail-510-length-of-data-content-maximum-threshold": "onhold (none.unknown-words)",
    # aliyun-directmail-427-socks-connect-to-unreachable-host, read blind as onhold (action.delayed): read since
    # session 37 (W3) as networkerror, by a clause (reason.networkerror.host-unreachable: remote-host x unreachable)
    "aliyun-directmail-551-main-account-unavailable": "hasmoved (reply.551)",
    # chasquid-550-5-7-3-security-level-check-failed, read blind as rejected (stage.mail): read since session 37 (K37)
    # as failedstarttls, by chasquid's own words (reason.failedstarttls.security-level-check-failed)
    "chasquid-501-invisible-customers-are-not-welcome": "blocked (stage.ehlo)",
    "cn-263-maillist-is-null-please-contact-admin": "onhold (none.unknown-words)",
    "cn-emailhost-dns-query-error": "onhold (none.unknown-words)",
    # cn-mail-451-stray-newline, read blind as onhold (action.delayed): read since session 53 (k53f) as notcompliantrfc,
    # by its words (reason.notcompliantrfc.stray-newline: a bare LF)
    "cn-mail-553-fake-router-infomation": "userunknown (reply.553)",
    "cn-mail-554-black-mail-address": "onhold (none.unknown-words)",
    # cn-mail-554-smtpport-check-error and cn-mail-554-openrelay-check, read blind as onhold (none.unknown-words): read
    # since session 57 (K57A) as blocked, a 554 at RCPT TO nothing else reads (reply.554.rcpt)
    "hornetsecurity-450-4-5-6-temporary-failure-in-mta": "syntaxerror (status.X.5.6)",
    "hornetsecurity-550-5-2-2-explicit-blocking-of-sender-or-recipient": "mailboxfull (status.X.2.2)",
    "hornetsecurity-552-5-5-2-message-size-content-filter": "spamdetected (reason.spamdetected.content-filter)",
    "iridis-snd-nul-high-null-sender-rate": "onhold (none.unknown-words)",
    "kr-501-denied-domain-name": "syntaxerror (reply.501)",
    "kr-550-transaction-failed-spam-suspect-ip-control": "spamdetected (reason.spamdetected.spam)",
    "smtpf-550-5-7-1-host-from-unknown-tld-122": "policyviolation (status.5.7.1)",
    "smtpf-550-5-7-1-uucp-addressing-denied-132": "policyviolation (status.5.7.1)",
    # smtpf-550-5-7-1-at-sign-in-local-part-denied-133, read blind as policyviolation (status.5.7.1): read since
    # session 59 (K59C) as syntaxerror (evidence.syntaxerror; X.7.1 below the evidence tier)
    "spambrella-550-5-1-0-sender-rejected": "rejected (reason.rejected.sender-rejected)",
}
# Batch 24 (session 24): mail filters, milters, policy daemons, qmail add-ons and MTA texts, labelled from their
# sources and committed (1782949) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_24_UNREAD = {
    "exim-533-no-support-for-internationalised-mailbox-name": "userunknown (stage.rcpt)",
    # postfwd-450-4-7-1-max-1-5mb-per-10-minutes, read blind as onhold (action.delayed): read since session 53 (K53C)
    # as speeding (reason.speeding.mail-volume-in-a-period: a count of periods after "per" is no word)
    # sendmail-450-4-4-0-relaying-temporarily-denied-cannot-resolve-ptr, read blind as requireptr
    # (reason.requireptr.ptr-record): read since session 56 (K56B) as networkerror
    # (reason.networkerror.client-reverse-lookup-failed-for-now: Sendmail's TEMP relay check, RFC 8601 temperror)
}
# Batch 25 (session 25): Gmail's 2026 table rows, Microsoft 365, Yahoo and Chinese/Taiwanese bounce guides,
# labelled from their sources and committed (60fe5f3) before whybounce read them, measured blind
# the same way. Strict, as batch 22's.
BATCH_25_UNREAD = {
    "tw-451-a-18-please-try-again-later-5min": "systemerror (reply.451)",
}
# Batch 26 (session 25): replies from sources in other languages (Chinese, German, Japanese, Korean, Italian,
# Polish), labelled from those sources and committed (7e97279) before whybounce read them, measured blind the
# same way. Strict, as batch 22's.
BATCH_26_UNREAD = {
    "cn-mail-554-mail-address-invalid": "userunknown (reason.userunknown.recipient-unknown)",
}
# Batch 27 (session 27): SPF policy servers, Courier::Filter, greylisting daemons, sa-exim, vrfydmn, Proxmox, Google
# Workspace, Kerio and Domino, labelled from their sources and committed (2db0343) before whybounce read them,
# measured blind the same way. Strict, as batch 22's.
BATCH_27_UNREAD = {
    "sa-exim-550-rejected-spam-score": "onhold (none.unknown-words)",
    "vrfydmn-554-5-7-0-reject-rfc5322-from-address": "notcompliantrfc (reason.notcompliantrfc.rfc-5322)",
}
# Batch 28 (session 27): provider and ISP replies (EarthLink's ELNK_ codes, Proton Mail, Telstra BigPond, STRATO,
# Libero/Virgilio, Proximus, Shaw), labelled from their sources and committed (3d73d41) before whybounce read them,
# measured blind the same way. Strict, as batch 22's.
BATCH_28_UNREAD = {
    "shaw-4-5-9-spam-limit-has-been-reached": "blocked (stage.conn)",
}
# Batch 29 (session 28): spam filters, policy daemons and gateways (mtpolicyd, amavisd-new, gld, couriergrey, rspamd,
# spampd, postfwd, MIMEDefang, Courier::Filter, Cisco AsyncOS, Barracuda ESS, Exchange Online/EOP), labelled from their
# sources and committed (e169bd1) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_29_UNREAD = {
    # gld-450-4-7-1-service-temporarily-unavailable-please-try-later, read blind as systemerror
    # (reason.systemerror.service-temporarily-unavailable): read since session 55 (K55C) as blocked
    # (reason.blocked.greylisted: a Postfix policy server's deferral in the recipient frame)
    "postfwd-554-5-7-1-postfwd-score-exceeded": "policyviolation (status.5.7.1)",
}
# Batch 30 (session 28): mailbox-provider replies (Alibaba Mail, WEB.DE, Yandex, Comcast, iCloud, Zoho/ZeptoMail, AT&T,
# Orange), labelled from their sources and committed (8d525f5) before whybounce read them, measured blind the same
# way. Strict, as batch 22's.
BATCH_30_UNREAD = {
    # aliyun-mail-450-mail-from-mailbox-unavailable, read blind as onhold (reason.onhold.mailbox-unavailable-temporary):
    # read since session 54 (K54A) as rejected (reason.rejected.senders-mailbox-at-mail: at MAIL FROM, the sender's)
    # aliyun-mail-541-this-account-isnt-allowed-to-send-email, read blind as userunknown (stage.rcpt): read since
    # session 56 (K56C) as rejected (reason.rejected.account-may-not-send: an account that may not send is the sender's)
    "icloud-550-5-7-1-relay-not-permitted-for-user": "norelaying (reason.norelaying.relay-not-permitted)",
    "orange-421-service-refused-ofr-108": "blocked (provider.orange.service-refused)",
    # zeptomail-5-2-1-subject-is-mandatory, read blind as suspend (status.X.2.1): read since session 60 (K60E) as
    # policyviolation (reason.policyviolation.subject-required)
}
# Batch 31 (session 28): mail servers' own texts (Cyrus lmtpd, Courier submit and courieresmtp, OpenSMTPD, Dovecot's
# LMTP proxy, Sendmail's cf rulesets, maildrop through Postfix's pipe, Exim, postscreen), labelled from their sources
# and committed (51242b4) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_31_UNREAD = {
    "courier-556-address-unavailable": "notaccept (reply.556)",
}
# Batch 32 (session 28): block-list and reputation refusals (Spamhaus DQS and "open resolver" texts, Postfix RHSBL
# defaults, Haraka's dnsbl and data.uribl, the Exim wiki, SpamCop, SORBS, ORBZ, SURBL, BlueTie), labelled from their
# sources and committed (9d14f89) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_32_UNREAD: dict[str, str] = {
    # bluetie-554-bl0002..bl0005, read blind as onhold (none.unknown-words; stage.rcpt before K51B): read since session
    # 55 (K55C) by their codes (providers/bluetie.yaml, provider.bluetie.*)
}
# Batch 33 (session 29): replies met when sending through a submission server or a transactional relay (Microsoft 365
# SMTP AUTH, Proton Mail Bridge, OCI Email Delivery, netqmail's auth and rcptcheck patches, Amazon SES, Swisscom, Zoho,
# OX/Vade, Junara), labelled from their sources and committed (0d4dccb) before whybounce read them, measured blind the
# same way. Strict, as batch 22's.
BATCH_33_UNREAD = {
    # ox-450-4-2-0-recipient-temporarily-rejected-oxsus0006-404, read blind as authfailure (evidence.authfailure): read
    # since session 53 (K53C) as speeding (reason.speeding.ox-vade-outbound-limit)
    # swisscom-573-5-1-1-authenticated-connection-not-possible-port-25, read blind as userunknown (status.X.1.1): read
    # since session 60 (K60E) as securityerror (reason.securityerror.submission-port-instead-of-25)
}
# Batch 34 (session 29): replies from Chinese-language bounce guides (Winmail Server's 退信分析大全, a Coremail help
# page, 35互联's table, 263's table, Openfind, hosts' FAQs), labelled from their sources and committed (a65c78f) before
# whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_34_UNREAD = {
    "sina-445-server-rejected-bilingual": "hostunknown (status.X.4.4)",
    # coremail-550-mail-from-that-domain-not-welcome-here, read blind as userunknown (stage.rcpt): read since session 54
    # (K54A) as rejected (reason.rejected.sender-refused: the domain mail comes "from" is the sender's, "not welcome")
    "cn35-timeout-quota-exceeded": "mailboxfull (reason.mailboxfull.quota-at-limit)",
    "cn35-kenfor-spam-system-blocked": "blocked (reason.blocked.is-blocked)",
}
# Batch 35 (session 29): consumer ISPs' own codes and texts (SFR's SFR_IN_ codes, Charter/Spectrum, BT), labelled from
# their sources and committed (651c25d) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_35_UNREAD = {
    "bt-550-recipient-not-authorised-no-authorised-destination-groups":
        "userunknown (reason.userunknown.recipient-rejected)",
    "bt-451-system-policy-engine-error": "systemerror (reason.systemerror.receiving-system-failed)",
    "spectrum-554-email-security-alert": "blocked (reply.554.rcpt)",  # none.unknown-words before K57A
    "spectrum-roadrunner-550-5-7-1-outbound-mail-refused": "blocked (reason.blocked.sending-host-refused)",
    # sfr-450-4-7-1-sfr-in-102/103/104, read blind as onhold (reply.450): read since session 54 (K54C) by their codes
    # (providers/sfr.yaml, provider.sfr.code.102-104)
}
# Batch 36 (session 30): MTA, filter and delivery-agent texts read in Debian 13 sources (Postfix 3.10.13, Exim 4.98.2,
# Dovecot 2.4.1, rspamd 3.12.1, OpenDKIM 2.11, Courier 1.4.1, OpenSMTPD 7.6.0p1) and notqmail, labelled from their
# sources and committed (bee3ff8) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_36_UNREAD = {
    "opendkim-450-4-7-1-message-deferred-for-policy-reasons": "policyviolation (reason.policyviolation.policy-reasons)",
    # opensmtpd-553-5-1-0-sender-address-syntax-error, read blind as rejected (reason.rejected.sender-bogus): read since
    # session 55 (K55A) as syntaxerror (reason.syntaxerror.sender-address-syntax-named)
    # rspamd-451-4-7-1-awaiting-deep-scan-try-again-later, read blind as systemerror (reply.451): read since session 56
    # (K56B) as onhold (reason.onhold.check-still-running: the scan deciding on it still runs)
}
# Batch 37 (session 30): mailbox providers and ISPs, labelled and committed (9a808d1) before whybounce read them.
BATCH_37_UNREAD = {
    # forpsi-550-5-1-0-naruszenie-zasad-account-spam-to-qq-yahoo, read blind as userunknown (stage.rcpt): read since
    # session 53 (K53C) as speeding (provider.forpsi.naruszenie-zasad-account-limit)
    # rambler-540-5-7-1-recipient-address-rejected-blocked, read blind as filtered (recipient-unwilling): read since
    # session 37 (K37) as suspend, by the participle "Blocked" said of the recipient (words.yaml `blocked`)
}
# Batch 38 (session 30): remote replies as SendGrid and SparkPost (Momentum's adaptive rules) quote them, labelled from
# their pages and committed before whybounce read them (b23cca9: 6, all read as labelled; 3dc76af: 15 more), measured
# blind the same way. Strict, as batch 22's.
BATCH_38_UNREAD = {
    # sparkpost-yahoo-554-message-not-allowed-dk-email-not-accepted, read blind as policyviolation
    # (reason.policyviolation.not-accepted-for-policy-reasons): read since session 56 (K56A) as authfailure
    # (reason.authfailure.names-domainkeys: «DK Email», DomainKeys, RFC 4870)
    # sparkpost-icloud-550-5-7-0-blocked, read blind as securityerror (status.X.7.*): read since session 48 (K48) as
    # blocked, by its bare refusal (reason.blocked.bare-block): the X.7 class alone reads nothing
    "sparkpost-tom-com-553-this-mail-is-blocked-by-kbas": "blocked (reason.blocked.is-blocked)",
    # sparkpost-netvision-421-connection-not-accepted-at-this-time, read blind as blocked (reply.421): read since
    # session 53 (K53C) as toomanyconn (reason.toomanyconn.connection-not-taken-now)
    "sparkpost-facebook-554-5-7-1-pol-p7": "policyviolation (status.5.7.1)",
}
# Batch 39 (session 32): mailbox providers', ISPs' and hosts' own pages, labelled and committed (60b8d0a) before
# whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_39_UNREAD = {
    "forpsi-5-1-1-invalid-destination-domain": "userunknown (status.X.1.1)",
    "mailcom-administrative-reject-system-overload": "onhold (action.delayed)",
}
# Batch 40 (session 32): MTAs for senders and mail servers (Momentum 4's Message Responses, KumoMTA's SMTP listener,
# GreenArrow's delivery-attempt messages, Exchange Server), labelled from their sources and committed (3e8dc76) before
# whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_40_UNREAD = {
    "momentum-554-5-4-5-internal-delivery-not-attempted-message-expired": "systemerror (status.X.4.5)",
    # momentum-421-4-3-4-allocated-resources-exceeded, read blind as mesgtoobig (status.X.3.4): read since session 53
    # (K53C) as systemfull (reason.systemfull.resources-exceeded)
}
# Batch 43 (session 35, helper M1): mail servers' own texts (Synchronet, Sendmail cf features, Postfix postscreen,
# Exim), labelled from their sources and committed (8c3efbc) before whybounce read them. Strict, as batch 22's.
BATCH_43_UNREAD = {
    # sendmail-550-5-7-1-not-allowed-to-act-as, read blind as rejected (stage.mail): read since session 54 (K54E) as
    # securityerror (reason.securityerror.not-allowed-to-act-as)
    "synchronet-554-no-message-text": "policyviolation (stage.data)",
}
# Batch 45 (session 35, helper M2; numbered 43 on its branch): filters and policy daemons in front of a mail server
# (qpsmtpd 0.94, smf-grey and smf-sav, GNU mailfromd 8.15, OpenBSD spamd), labelled from their sources and committed
# (cd341c8) before whybounce read them; the misses left after the rules written from their sources. Strict, as batch
# 22's.
BATCH_45_UNREAD = {
    # openbsd-spamd-450-spam-your-address-appears-to-be-from-china, read blind as spamdetected (hint.spam): read since
    # session 54 (K54C) as blocked (reason.blocked.address-appears-to-be-from)
    # qpsmtpd-451-incomplete-data, read blind as systemerror (reply.451): read since session 52 (k52b) as networkerror
    # (reason.networkerror.message-data-not-read)
    "qpsmtpd-550-you-were-naughty-cannot-connect": "blocked (stage.conn)",
    # smf-sav-451-4-2-1-mailbox-is-not-available-now, read blind as suspend (status.4.2.1): read since session 48 (K48)
    # as systemerror, by the evidence tier (a temporary 4.2.1 alone reads below the reply code, onhold.yaml)
}
# Batch 46 (session 35, helper M2; numbered 44 on its branch): more milters (smf-zombie, smf-spamd, blacklist-milter)
# and qpsmtpd plugins, labelled and committed (1d91684) after batch 45's rules and before whybounce read them. Strict,
# as batch 22's.
BATCH_46_UNREAD: dict[str, str] = {
    # blacklist-milter-554-5-7-1-forged-bounce-message-not-accepted, read blind as virusdetected (hint.virus): read
    # since session 44 (K2-44) as policyviolation (status.5.7.1), "virus" only in "your virus scanner" (the sender's)
}
# session 40 (C40): batches 47 and 48, the misses left after the session's rules (README "Session 40 (C40)")
BATCH_47_UNREAD = {
    "indimail-smtpd-553-access-list-denies": "policyviolation (status.5.7.1)",
    # indimail-smtpd-451-greylist-timeout, read blind as networkerror (reason.networkerror.timeout): read since session
    # 53 (K53D) as systemerror (status.4.3.0), the time-out under a mail system status being the system's own
    "indimail-smtpd-450-greylisted-try-again-later": "systemerror (status.4.3.0)",
}
BATCH_48_UNREAD = {
    "spamilter-550-not-deliverable": "policyviolation (reason.policyviolation.policy)",
    # spamilter-450-unable-to-validate-recipient, read blind as policyviolation (reason.policyviolation.policy, in the
    # link's path): read since session 52 (K52A) as onhold (reply.450), "policy" only in the link
    "spamilter-550-recipient-undeliverable": "policyviolation (reason.policyviolation.policy)",
    # spamilter-550-ip-used-as-mta-hostname and spamilter-550-invalid-source-hostname, read blind as policyviolation
    # (reason.policyviolation.policy): read since session 53 (k53a) as blocked, by the HELO clauses
    # (reason.blocked.helo-ip-for-a-name, reason.blocked.helo-bogus)
    "spamilter-550-invalid-hostname": "policyviolation (reason.policyviolation.policy)",
}
# Batch 51 (session 41, helper C41A): LumiSoft Mail Server and more of mox's own replies, labelled from their sources
# and committed (1adc5c2) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_51_UNREAD = {
    "lumisoft-net-503-session-rejected": "syntaxerror (reason.syntaxerror.bad-sequence-of-commands)",
    "mox-550-5-1-0-too-many-failures": "rejected (stage.mail)",
    # mox-550-5-1-1-not-accepting-email-for-domain, read blind as userunknown (status.X.1.1): read since session 53
    # (k53e) as norelaying, a domain the server does not serve (reason.norelaying.domain-not-served-here)
    "mox-550-5-6-0-message-must-not-have-return-path-header": "contenterror (status.X.6.0)",
}
# Batch 52 (session 41, helper C41A): a hosted filtering gateway's Exim ACLs and Java Email Server, labelled from their
# sources and committed (dab4d96) before whybounce read them, measured blind the same way. Strict, as batch 22's.
BATCH_52_UNREAD = {
    "advancedfiltering-451-mail-box-temporarily-unavailable": "systemerror (reply.451)",
    # advancedfiltering-550-domain-is-not-in-service, read blind as userunknown (stage.rcpt): read since session 53
    # (k53e) as norelaying (reason.norelaying.domain-not-served-here)
    "advancedfiltering-451-moved-please-try-another-host": "systemerror (reply.451)",
    # advancedfiltering-451-your-data-is-verifying, read blind as systemerror (reply.451): read since session 56 (K56B)
    # as onhold (reason.onhold.check-still-running: its callout still verifies the mailbox)
    # advancedfiltering-550-user-domain-policy-sender-host-name and -system-policy-sender-mail-address, read blind as
    # policyviolation (reason.policyviolation.policy): read since session 57 (K57B) as blocked and rejected, the
    # party named after the policy's colon (reason.blocked.named-by-a-policy, reason.rejected.named-by-a-policy)
    "advancedfiltering-550-several-senders-for-the-same-message": "policyviolation (stage.data)",
    # jes-500-error-handling-message, read blind as syntaxerror (reply.500): read since session 54 (K54E) as
    # systemerror (reason.systemerror.error-in-processing)
}
# Batch 50 (session 41, helper C41B): mailbox providers' and hosted mail's replies (Titan, ImprovMX, Hostpoint, and
# smtp.codes / SMTP Field Manual rows not yet held for providers already here), labelled from their sources and
# committed (4c077ce) before whybounce read them. Strict, as batch 22's.
BATCH_50_UNREAD = {
    "improvmx-450-4-2-1-please-try-again-later-id-5-9-4": "suspend (status.4.2.1)",
    # improvmx-551-5-7-1-database-returned-invalid-information-id-5-9-3, read blind as policyviolation (status.5.7.1):
    # read since session 59 (K59C) as systemerror (evidence.systemerror; X.7.1 below the evidence tier)
    # (read since session 59 (K59C) as hasmoved, reply.551: with X.7.1 below it, ImprovMX's 551 reads as RFC 5321's)
    "improvmx-551-5-7-1-unable-to-read-forwarding-recipient-id-5-9-5": "policyviolation (status.5.7.1)",
    # smtpcodes-zoho-552-5-1-1-mailbox-delivery-failure-policy-error, read blind as userunknown (status.X.1.1): read
    # since session 57 (K57C) as policyviolation (reason.policyviolation.policy: a 5.1.1 beside words of a rule)
    "smtpcodes-comcast-552-5-1-1-recipient-rejected-extended-quota-violation": "userunknown (status.X.1.1)",
    "smtpcodes-rackspace-550-5-7-0-header-contenttype-1-g18": "securityerror (status.X.7.*)",
    # smtpcodes-rackspace-550-5-7-0-clsid-file-extensions-are-dangerous-g1d, read blind as blocked
    # (reason.blocked.banned): read since session 53 (k53f) as policyviolation (reason.policyviolation.file-extensions)
    "titan-550-5-4-6-recipient-quota-exceeded": "mailboxfull (reason.mailboxfull.recipient-full)",
    "titan-554-5-7-1-command-rejected": "policyviolation (status.5.7.1)",
}
# Batch 54 (session 41, helper C41C): Hitachi Groupmax Mail - SMTP's error-mail subjects and Japanese ISPs' help
# pages, labelled from their sources and committed (39a9083) before whybounce read them. The Groupmax subjects name
# what the gateway could not convert in one product's words; framed as a reply to RCPT TO they read the stage's last
# guess. Strict, as batch 22's.
BATCH_54_UNREAD = {
    "groupmax-conversion-failer-messageid-not-available": "userunknown (stage.rcpt)",
    "groupmax-conversion-failer-conte-type-not-available": "userunknown (stage.rcpt)",
    "groupmax-conversion-failure-originatorname-not-available": "userunknown (stage.rcpt)",
    "groupmax-conversion-failure-bilateralinformation-not-available": "userunknown (stage.rcpt)",
    "groupmax-conversion-failure-rfc822-mailbody-format-error": "userunknown (stage.rcpt)",
    "groupmax-returned-mail-smtp-gw-conversion-fail": "userunknown (stage.rcpt)",
}
# Batch 56 (session 42, helper C42): Plan 9 upas smtpd, MasqMail, msmtpd, vodolaz095/msmtpd, four GitHub milters,
# smtp4dev and two Postfix policy services, labelled from their sources and committed (024c2ab) before whybounce read
# them; the misses left after the session's rule and the evidence table derived with the batch (README "Session 42
# (C42)"). Strict, as batch 22's.
BATCH_56_UNREAD = {
    "msmtpd-go-521-dont-like-the-way-you-introduce-yourself": "notaccept (reply.521.helo)",
    "msmtpd-go-521-no-idea-about-recipient": "notaccept (reply.521)",
    "msmtpd-go-521-cannot-parse-your-message": "syntaxerror (evidence.syntaxerror)",
    # msmtpd-go-451-message-looks-suspicious-try-again, read blind as systemerror (reply.451): read since session 51
    # (k51a) as spamdetected (reason.spamdetected.message-looks-suspicious)
    "msmtpd-go-521-stop-sending-me-this-nonsense": "notaccept (reply.521)",
    "plan9-smtpd-550-sending-system-not-allowed": "policyviolation (reason.policyviolation.bare-refusal)",
    # plan9-smtpd-554-we-dont-accept-mail-from-sender, read blind as policyviolation (stage.data): read since session
    # 51 (k51a) as rejected (reason.rejected.site-does-not-accept-mail-from)
    # plan9-smtpd-450-were-busy-right-now-try-later, read blind as toomanyconn (reason.toomanyconn.busy): read since
    # session 45 (K2-45) as systemerror (reason.systemerror.speaker-busy), the server busy in the first person
    # plan9-smtpd-451-try-again-soon-from-same-ip, read blind as systemerror (reply.451): read since session 57 (K57D)
    # as blocked (reply.retry-only: greylisting's retry asked «soon» «from the same IP»)
    # read as labelled by the evidence word "many error" (syntaxerror) until the table derived with batches 60-61
    # (session 44, C44): ze-filter's "Too many errors ! Come back later." (bad recipients, blocked) took it
    # under the bar
    # plan9-smtpd-554-too-many-errors-transaction-failed, onhold (none.unknown-words) since K51B (stage.rcpt before):
    # read since session 57 (K57A) as blocked, a 554 at RCPT TO nothing else reads (reply.554.rcpt)
    # smtp4dev-503-must-authenticate-before-sending-mail and smtp4dev-503-mail-must-be-sent-over-secure-connection,
    # read blind as syntaxerror (reply.503): read since session 54 (K54E) as securityerror (must-authenticate) and
    # failedstarttls (over-secure-connection)
}
# Batch 57 (session 42, helper C42): infodancer/smtpd, sirerun/smtpd's SPF and DMARC plugins and avsmtpd, labelled from
# their sources and committed (3d10762) before whybounce read them. Strict, as batch 22's.
BATCH_57_UNREAD = {
    "avsmtpd-554-sorry-cant-forward-connection": "blocked (stage.conn)",
    # infodancer-smtpd-550-5-7-1-spam-check-failed and -451-4-7-1-temporary-spam-check-failure, read blind as
    # spamdetected (reason.spamdetected.spam): read since session 53 (K53D) as systemerror
    # (reason.systemerror.receiving-system-failed), "spam check" a receiving-system subject (data/words.yaml)
    "infodancer-smtpd-451-4-7-1-message-deferred-try-again-later": "systemerror (reply.451)",
    "sirerun-smtpd-451-4-6-0-error-processing-headers-for-dmarc": "authfailure (reason.authfailure.names-dmarc)",
}
# Batch 58 (session 43, helper C43): Forward Email's MX and submission servers, CHAPPS's Postfix policy defaults and
# zonemta-wildduck, labelled from their sources and committed (3b64bf2) before whybounce read them; the misses left
# after the evidence table derived with batches 58-59 (README "Session 43 (C43)"). Strict, as batch 22's.
BATCH_58_UNREAD = {
    # chapps-554-5-7-1-rejected-outbound-quota-fulfilled, read blind as policyviolation (status.5.7.1): read since
    # session 53 (K53C) as speeding (reason.speeding.outbound-quota)
    # chapps-554-5-7-1-rejected-not-allowed-to-send-from-domain, read blind as policyviolation (status.5.7.1): read
    # since session 51 (k51a) as rejected (reason.rejected.send-from-this-sender)
    "forward-email-421-domain-is-denylisted-by-forwardemail": "systemerror (reply.421)",
    "forward-email-421-address-is-denylisted-by-forwardemail": "systemerror (reply.421)",
    "forward-email-550-due-to-spam-from-onmicrosoft-com": "spamdetected (reason.spamdetected.spam)",
    # forward-email-550-due-to-spam-from-postmaster-163-com, read blind as spamdetected (reason.spamdetected.spam): read
    # since session 53 (k53b) as rejected (reason.rejected.sender-refused: an address mail comes "from" is the sender)
    "forward-email-550-domain-suspended-from-outbound-smtp": "suspend (evidence.suspend)",
    "zonemta-wildduck-550-insufficient-user-info": "rejected (stage.mail)",
}
# Batch 59 (session 43, helper C43): Mailpile's SMTP server, two PyPI milters and OnionMail, labelled from their
# sources and committed (bb7b531) before whybounce read them. Strict, as batch 22's.
BATCH_59_UNREAD = {
    "mailpile-450-please-collide-hashcash-or-retry": "onhold (reply.450)",
    "mailpile-550-hashcash-is-null-and-void": "userunknown (stage.rcpt)",
    "mailpile-553-one-mail-at-a-time-please": "userunknown (reply.553.rcpt)",
    "onionmail-501-this-is-not-an-exit-enter-onionmail-server": "syntaxerror (reply.501)",
    "onionmail-421-too-many-mail-headers": "systemerror (reply.421)",
}
# Batch 60 (session 44, helper C44): ze-filter/j-chkmail and rsmtpd (chatmail's filtermail was taken out at the merge:
# held-out round 27 holds it), labelled from their sources
# and committed (cc0554e) before whybounce read them; the misses left after the evidence table derived with batches
# 60-61 (README "Session 44 (C44)"). Strict, as batch 22's.
BATCH_60_UNREAD = {
    # zefilter-421-4-5-1-too-busy-now-try-again-later, read blind as toomanyconn (reason.toomanyconn.busy): read since
    # session 45 (K2-45) as systemerror (reason.systemerror.speaker-busy), the server busy in the first person
    "zefilter-421-4-5-1-unknown-network-error": "networkerror (reason.networkerror.network-error)",
    # zefilter-451-4-1-8-client-hostname-seems-to-be-forged, read blind as rejected (status.X.1.8): read since session
    # 47 (K47) as requireptr (reason.requireptr.forged-hostname), Sendmail's "forged hostname" in its word order
    "zefilter-451-4-3-2-too-many-errors-come-back-later": "systemerror (status.4.3.2)",
    "zefilter-451-4-3-2-tempfail-try-again-later-please": "systemerror (status.4.3.2)",
    # zefilter-550-5-7-1-no-headers-at-all, read blind as policyviolation (status.5.7.1): read since session 51 (k51a)
    # as notcompliantrfc (reason.notcompliantrfc.header-section-missing)
}
# Batch 61 (session 44, helper C44): clamsmtp/proxsmtp, Net::SMTP::Server, milter-limit and sos-milter,
# ses-smtpd-proxy and nssmtpd, labelled from their sources and committed (6296552) before whybounce read them. Strict,
# as batch 22's.
BATCH_61_UNREAD = {
    # milterlimit-550-5-7-1-message-limit-exceeded, read blind as rejected (stage.mail): read since session 51 (k51a)
    # as speeding (reason.speeding.message-count-limit)
    # sosmilter-550-5-7-1-aggressive-spf-record-does-not-permit-relay, read blind as policyviolation
    # (reason.policyviolation.policy-violation): read since session 52 (K52A) as authfailure, the SPF words naming what
    "proxsmtp-530-email-rejected": "securityerror (reply.530)",
}
# Batches 62-63 (session 44, helper C2-44): ocaml-smtpd, Zulip's email gateway, a go-smtp mail-ingest receiver,
# smtpd-starttls-proxy (62); graph-smtpd, smtpd-proxy, dutchcoders/smtpd (63), labelled from their sources and committed
# (b8db71f, c295a2c) before whybounce read them; the misses left after this session's two phrases (README "Session 44
# (C2-44)"). Strict, as batch 22's.
BATCH_62_UNREAD = {
    "ocaml-smtpd-550-5-0-0-vrfy-command-disabled": "syntaxerror (reason.syntaxerror.command-disabled)",
    "ocaml-smtpd-550-5-0-0-expn-command-disabled": "syntaxerror (reason.syntaxerror.command-disabled)",
    "smtpd-starttls-proxy-503-stop-yammering-after-starttls": "failedstarttls (reason.failedstarttls.starttls)",
}
# Batches 64-65 (session 45, helper C45): the hermes antispam proxy, lists.sr.ht's LMTP handler, poshtar (64); INetSim
# 1.3.2's SMTP service and mxtarpit (65), labelled from their sources and committed (9431b46, 0772213) before whybounce
# read them; the misses left after this session's three rules (README "Session 45 (C45)"). Strict, as batch 22's.
BATCH_64_UNREAD = {
    # hermes-421-stop-sending-data-before-we-show-you-the-banner, read blind as systemerror (stage.conn.temporary):
    # read since session 51 (k51a) as syntaxerror (reason.syntaxerror.early-talker)
    "hermes-550-not-allowed-to-send-email-for-that-particular-domain": "userunknown (stage.rcpt)",
    "hermes-550-not-allowed-to-send-to-that-domain-from-that-address": "userunknown (stage.rcpt)",
    # lists-sr-ht-500-rejected-content-type-text-html-is-blacklisted, read blind as blocked
    # (reason.blocked.blacklisted): read since session 47 (K47) as policyviolation
    # (reason.policyviolation.attachment-type-refused), a MIME type named as what a content policy refuses
}
BATCH_65_UNREAD = {
    # inetsim-503-5-5-1-authentication-not-allowed-in-transaction-state, read blind as securityerror
    # (reason.securityerror.login-refused): read since session 56 (K56F) as syntaxerror
    # (reason.syntaxerror.during-mail-transaction), RFC 4954 §4's AUTH during a mail transaction
    "mxtarpit-451-temporary-failure-welcome-to-try-again-some-other-time": "systemerror (reply.451)",
}
# Batch 66 (session 45, helper C45): DCC 2.3.167's default reply templates, labelled from its source and committed
# (1867958) before whybounce read them (README "Session 45 (C45)"). Strict, as batch 22's.
BATCH_66_UNREAD: dict[str, str] = {
    # dcc-452-4-2-1-mail-from-ip-temporary-greylist-embargoed, read blind as suspend (status.4.2.1): read since
    # session 48 (K48) as blocked, by the evidence tier (a temporary 4.2.1 alone reads below the reply code)
    # dcc-550-5-7-1-bulk-mail-reputation-see-reps, read blind as spamdetected (reason.spamdetected.bulk-mail): read
    # since session 53 (k53f) as badreputation (reason.badreputation.bulk-mail-reputation)
}
# Batches 67 and 68 (session 46, helper C46): Robin, DavMail 6.0.1 and nginx's mail proxy (67); the BlitzMail server,
# nigelhorne/smtp-proxy and tollur (68), labelled from their sources and committed (04e3a526, 3b68a912) before whybounce
# read them (README "Session 46 (C46)"). Strict, as batch 22's.
BATCH_67_UNREAD = {
    "davmail-535-authentication-failed-unable-to-connect-to-owa":
        "securityerror (reason.securityerror.authentication-failed)",
    "davmail-451-error-authentication-type-not-specified": "systemerror (stage.auth.temporary)",
    # nginx-mail-501-5-5-4-invalid-argument, read blind as blocked (stage.ehlo): read since
    # session 52 (K52C: a 501 to EHLO/HELO about its argument is the command's syntax)
}
BATCH_68_UNREAD = {
    "blitzmail-554-file-error": "policyviolation (stage.data)",
    # blitzmail-501-bad-sender-address, read blind as rejected (reason.rejected.bad-sender): read since session 52
    # (K52C: a 501 to MAIL FROM in words of an invalid sender address is the command's syntax)
    # blitzmail-552-max-message-size, read blind as rejected (stage.mail): read since session 55 (K55D: the server's
    # maximum message size named in a refusal, RFC 1870, reason.mesgtoobig.maximum-message-size)
    # blitzmail-450-name-directory-dnd-not-available, read blind as onhold (reply.450): read since session 56 (K56B) as
    # systemerror (reason.systemerror.name-directory-not-available: the server's own user directory)
    "blitzmail-550-mailing-list-access-denied": "policyviolation (reason.policyviolation.bare-refusal)",
    "nigelhorne-smtp-proxy-471-temporary-problem-connecting": "systemerror (evidence.systemerror)",
    "nigelhorne-smtp-proxy-554-no-permission-to-send-to": "rejected (reason.rejected.you-not-permitted)",
    "nigelhorne-smtp-proxy-554-something-went-wrong": "policyviolation (stage.data)",
    "tollur-550-error-id-was-denied-by-verifier": "policyviolation (reason.policyviolation.bare-refusal)",
}
# Batches 69 and 70 (session 47, C47): SAUCE's and five Python relays' and proxies' replies, labelled from their
# source and committed (08acf461) before whybounce read them; each entry is one read otherwise at the first read.
BATCH_69_UNREAD = {
    # sauce-550-reverse-dns-no-such-domain, read blind as delivered (fact.status-2): the harness took 2.0.192 out of
    # 10.2.0.192.in-addr.arpa as a status; then hostunknown (reason.hostunknown.no-such-domain); read since session 50
    # (K50) as requireptr (reason.requireptr.ptr-lookup-no-such-domain: a PTR look-up's name error)
    # sauce-451-reverse-dns-lookup-timed-out, read blind as delivered (fact.status-2), the same harness status: read
    # since then as requireptr (reason.requireptr.reverse-dns), its alternate; since session 56 (K56B) as networkerror
    # (reason.networkerror.client-reverse-lookup-failed-for-now), its first label
    "sauce-501-invalid-characters-in-helo-domain": "blocked (stage.helo)",
    # sauce-550-bounce-of-probably-forged-junk-mail, read blind as userunknown (stage.rcpt): read since session 54
    # (K54E) as spamdetected (reason.spamdetected.junk-mail), its alternate; sauce-550-error-in-from-header-invalid-
    # address, read blind as userunknown (reason.userunknown.recipient-unknown): read since session 54 (K54E) as
    # notcompliantrfc (reason.notcompliantrfc.address-in-header-field)
    "sauce-550-message-blacklisted-contact-postmaster": "blocked (reason.blocked.blacklisted)",
}
BATCH_70_UNREAD = {
    # m365proxy-501-no-mechanism-specified and m365proxy-501-invalid-plain-data-format, read blind as securityerror
    # (stage.auth): read since session 47 (C47) as syntaxerror, by RFC 4954 §4's 501 to AUTH (reply.501.auth)
    # m365proxy-550-recipient-domain-not-allowed, read blind as policyviolation (stage.data): read since session 47
    # (C47) as norelaying, by the words modfin/smtpx and MailTail answer too
    # (reason.norelaying.recipient-domain-not-allowed)
    "modernrelay-550-error-with-allowed-destinations": "userunknown (stage.rcpt)",
    "modernrelay-500-failed-to-match-session-with-delivery-agent": "syntaxerror (reply.500)",
    "modernrelay-500-delivery-agent-failed": "syntaxerror (reply.500)",
    "azure-smtp-relay-500-unable-to-process": "systemerror (reason.systemerror.unable-to-process)",
    # fakesmtpd-501-missing-arguments, read blind as blocked (stage.ehlo): read since
    # session 52 (K52C: a 501 to EHLO/HELO about its argument is the command's syntax)
}
# session 48 (C48): batches 71 and 72, qmail-ldap, Postmoogle, Zotonic and PrimitiveMail, read blind at 95c24ac9
BATCH_71_UNREAD = {
    # qmail-ldap-503-you-are-already-authenticated, read blind as securityerror (stage.auth): read since session 48
    # (C48) as syntaxerror, by the words Postfix, Sendmail and Exim answer a second AUTH with too
    # (reason.syntaxerror.auth-exchange-malformed)
    # qmail-ldap-451-temporary-ldap-lookup-failure, read blind as networkerror (evidence.networkerror): read since
    # session 52 (c52) as systemerror (reason.systemerror.recipient-directory-lookup-failed-for-now)
    # qmail-ldap-550-bounce-messages-with-more-than-one-recipient, read blind as policyviolation (status.5.7.1): read
    # since session 54 (K54E) as notcompliantrfc (reason.notcompliantrfc.multi-recipient-bounce, Postfix's same refusal)
    # qmail-ldap-552-we-dont-accept-email-with-this-mime-content, read blind as mesgtoobig (status.X.3.4): read since
    # session 53 (k53f) as policyviolation (reason.policyviolation.no-email-with-this-mime-content)
    "qmail-ldap-501-authentication-exchange-aborted": "securityerror (reason.securityerror.login-failed)",
}
BATCH_72_UNREAD = {
    # postmoogle-450-4-5-0-you-are-blacklisted and its -details, read blind as rejected (reason.rejected.you-refused):
    # read since session 53 (k53a) as blocked (reason.blocked.you-blocklisted)
    # primitivemail-554-5-5-2-from-domain-uses-reserved-tld and -raw-ip-address-in-from-domain, read blind as
    # syntaxerror (status.X.5.2) and blocked: read since session 55 (K55A) as rejected («From domain», the sender)
    "primitivemail-554-5-5-2-from-domain-has-no-valid-tld": "syntaxerror (status.X.5.2)",
    "primitivemail-554-5-5-2-protocol-violation": "syntaxerror (status.X.5.2)",
    # zotonic-550-your-email-cannot-be-parsed, read blind as policyviolation (stage.data): read since session 51
    # (k51a) as contenterror, by a clause (reason.contenterror.message-unparseable: message x unparseable)
}
# session 49 (C49): batches 73-74 as read at the end of the session (first read at e9e3228f: 35/39 and 18/28; the
# "recipient blacklisted" rule reads one more right (the SMTPUTF8-at-MAIL rule that read outboxd's 550 5.6.7 was
# reverted at the merge: it lost four `who` rows of the blind documented rounds), the evidence table derived with the
# batches one: Phenk's new-address throttle); the no-valid-recipients trailers are
# labelled syntaxerror alone where Postfix's and Robin's carry userunknown as an alternate (README, session 49)
BATCH_73_UNREAD = {
    # haitatsu-554-5-0-0-no-valid-recipients and outboxd-503-5-5-1-no-valid-recipients, read blind as userunknown
    # (reason.userunknown.no-valid-recipients): read since session 59 (k59a) as syntaxerror
    # (reason.syntaxerror.no-valid-recipients-at-data, RFC 5321 §3.3's reply to a DATA with no recipient)
    "outboxd-451-4-7-0-authentication-busy-try-again-later": "toomanyconn (reason.toomanyconn.busy)",
    # outboxd-550-5-6-7-smtputf8-required-for-this-sender-address, read blind as rejected
    # (reason.rejected.sender-address): read since session 53 (k53f) as notcompliantrfc
    # (reason.notcompliantrfc.smtputf8-not-declared)
}
BATCH_74_UNREAD = {
    # harbor-relay-550-5-1-1-relay-address-no-longer-active, read blind as userunknown (status.X.1.1): read since
    # session 53 (k53e) as suspend, X.1.1 yielding to the recipient-disabled clause
    # harbor-relay-550-5-7-1-not-authorized-to-send-from-this-relay-address, read blind as policyviolation
    # (status.5.7.1): read since session 51 (k51a) as rejected (reason.rejected.send-from-this-sender)
    # harbor-relay-503-5-5-1-no-valid-recipients and phenk-554-5-5-1-no-valid-recipients, read blind as userunknown
    # (reason.userunknown.no-valid-recipients): read since session 59 (k59a) as syntaxerror
    # (reason.syntaxerror.no-valid-recipients-at-data)
    # harbor-relay-451-4-7-0-temporary-authentication-failure-please-retry, read blind as systemerror
    # (reason.systemerror.temporary-authentication-failure): read since session 59 (k59a) as authfailure
    # (reason.authfailure.message-authentication-after-the-data: no login during a mail transaction, RFC 4954 §4)
    "phenk-501-5-1-3-malformed-transaction": "userunknown (status.X.1.3)",
    # policyd-py-554-5-7-1-missing-recipient-domain, read blind as policyviolation (status.5.7.1): read since session 60
    # (e60) as syntaxerror (reason.syntaxerror.address-form-refused: a recipient address with no domain, as Exim's)
    "policyd-py-554-5-7-1-domain-blacklisted": "blocked (reason.blocked.blacklisted)",
}
# session 50 (C50): batches 76-77 as read at the end of the session (first read at 0238367e: 23/33 and 23/28; the bare
# "synchronization error" and "shutting down" rules read three more right, the evidence table derived with the batches
# one: b1gMailServer's daily message limit); each left with why in the catalogue README (session 50)
BATCH_76_UNREAD = {
    # b1gmailserver-554-5-7-0-too-many-erroneous-commands-closing-connection, read blind as blocked (reply.554.rcpt):
    # read since session 59 (K59B) as syntaxerror (reason.syntaxerror.too-many-bad-command, b1gMailServer's wording)
    # b1gmailserver-501-5-5-4-usage-ehlo-hostname, read blind as blocked (stage.ehlo): read since
    # session 52 (K52C: a 501 to EHLO/HELO about its argument is the command's syntax)
    "b1gmailserver-554-5-7-1-transaction-failed": "rejected (stage.mail)",
    "b1gmailserver-501-5-1-0-please-use-one-of-your-accounts-email-addresses-in-mail-from": "syntaxerror (reply.501)",
    "b1gmailserver-550-relaying-to-this-recipient-is-blocked": "suspend (reason.suspend.recipient-blocked)",
    # b1gmailserver-450-4-5-3-mail-limit-reached-please-try-again-later, read blind as toomanyconn (status.X.5.3):
    # read since session 51 (k51a) as speeding (reason.speeding.message-count-limit)
    "b1gmailserver-451-4-7-0-please-try-again-later": "blocked (reply.retry-only)",
}
BATCH_77_UNREAD = {
    "fastsmtp-550-domain-mail-example-net-not-configured": "userunknown (stage.rcpt)",
    # fastsmtp-550-failed-to-parse-message, read blind as policyviolation (stage.data): read since session 51 (k51a)
    # as contenterror, by a clause (reason.contenterror.message-unparseable: message x unparseable)
    # gomailserver-451-4-0-0-failed-to-read-message, read blind as systemerror (reply.451): read since session 52
    # (k52b) as networkerror (reason.networkerror.message-data-not-read)
}
# session 51 (c51): batch 78 (kotlin-smtp) as first read at a414acfa (27/35 as bounces); each left with why in the
# catalogue README (session 51)
BATCH_78_UNREAD = {
    "kotlin-smtp-421-4-3-0-input-buffer-overflow-closing-connection": "systemerror (stage.conn.temporary)",
    "kotlin-smtp-501-5-5-2-line-too-long": "notcompliantrfc (reason.notcompliantrfc.line-too-long)",
    "kotlin-smtp-555-5-5-4-auth-parameter-not-supported": "securityerror (reason.securityerror.login-unsupported)",
    # kotlin-smtp-553-5-6-7-smtputf8-required, read blind as rejected (stage.mail): read since session 53 (k53f) as
    # notcompliantrfc (reason.notcompliantrfc.smtputf8-not-declared)
    # kotlin-smtp-553-5-1-3-invalid-forward-path, read blind as userunknown (status.X.1.3): read since session 53
    # (k53e) as syntaxerror (reason.syntaxerror.recipient-address-does-not-parse)
    # kotlin-smtp-451-4-3-0-processing-timeout, read blind as networkerror (reason.networkerror.timeout): read since
    # session 53 (K53D) as systemerror (status.4.3.0)
    "kotlin-smtp-554-5-0-0-transaction-failed": "policyviolation (stage.data)",
    # kotlin-smtp-454-4-7-0-temporary-authentication-lock-try-again-in-s, read blind as systemerror
    # (stage.auth.temporary): read since session 56 (K56F) as securityerror (reason.securityerror.authentication-lock)
}
# session 52 (c52): batch 79 (DBMail, Zetian, Modoboa's policy daemon) as first read at b524789e (21/26 as bounces);
# each left with why in the catalogue README (session 52)
BATCH_79_UNREAD = {
    "dbmail-500-database-has-gone-fishing-bye": "blocked (stage.conn)",
    # dbmail-550-command-out-of-sequence, read blind as rejected (stage.mail), and
    # dbmail-430-temporary-failure-in-recipient-lookup, read blind as onhold (action.delayed): read since session 52
    # (c52) as syntaxerror (reason.syntaxerror.command-out-of-sequence) and systemerror
    # (reason.systemerror.recipient-directory-lookup-failed-for-now)
    "dbmail-430-message-not-received": "onhold (action.delayed)",
    "zetian-550-invalid-recipients-bob-example-net": "filtered (reason.filtered.user-unknown-after-data)",
}
# session 52 (c52): batch 80 (procmail's LMTP mode) as first read at eb71498c (18/19 as bounces); its one miss,
# procmail-lmtp-550-5-2-0-cant-create-output, read blind as policyviolation (stage.data), reads mailererror since the
# evidence table was derived with the batch (its own word "output" beside maildrop's: tuned, not unseen), and as first
# read again since session 59 (E59): "output" alone is no mailer's word (maildrop's is Postfix pipe(8)'s "Command
# output:" frame beside the mailer's words; alone, a user unknown and a procmail pipe are as many:
# derive_evidence._stands_alone)
BATCH_80_UNREAD = {
    "procmail-lmtp-550-5-2-0-cant-create-output": "policyviolation (stage.data)",
}
# session 52 (c52b): batch 81 (Archiveopteryx's SMTP/LMTP server) as first read at ebe2ee97 (9/14 as bounces)
BATCH_81_UNREAD = {
    # archiveopteryx-500-sender-address-already-specified, read blind as rejected (reason.rejected.sender-address):
    # read since session 52 (c52b) as syntaxerror (reason.syntaxerror.sender-is-already-specified)
    "archiveopteryx-550-rejects-mail": "userunknown (stage.rcpt)",
    "archiveopteryx-450-is-not-a-legal-destination-address": "onhold (reply.450)",
    "archiveopteryx-551-lmtp-rejected": "hasmoved (reply.551)",
    "archiveopteryx-421-tempus-fugit": "systemerror (reply.421)",
}
# session 52 (c52b): batch 82 (DSPAM's LMTP server) as first read at 03cff4e8 (6/8 as bounces)
BATCH_82_UNREAD = {
    # dspam-lmtp-554-5-1-0-unable-to-initialize-agent-context, read blind as policyviolation (stage.data): reads
    # systemerror since the evidence table was derived with the batch (its own word "agent": tuned, not unseen)
}
# session 53 (c53): batch 83 (gomaild2, smtpbis, Grayland, greylite) as first read at 5156b462 (13/15 as bounces)
BATCH_83_UNREAD = {
    # gomaild2-503-already-identified, read blind as blocked (stage.ehlo): read since session 53 (c53) as syntaxerror
    # (reply.503.ehlo, a 503 to HELO/EHLO is a sequence error)
    "greylite-452-insufficient-system-storage": "systemfull (reason.systemfull.insufficient-system-storage)",
}
# session 53 (c53b): batch 85 (tummailmanmember, pypolicyd-whois, Holonet: Postfix policy services) as first read at
# e38d44ce (1/5 as bounces): the service's words after "Recipient address rejected:" unknown, the loose 5.7.1 decides
BATCH_85_UNREAD = {
    # tummailmanmember-554-5-7-1-you-must-be-a-member-to-send-to-this-address, read blind as policyviolation
    # (status.5.7.1): read since session 55 (K55A) as rejected (reason.rejected.members-only)
    "pypolicyd-whois-550-5-7-1-mail-rejected": "policyviolation (status.5.7.1)",
    "holonet-554-5-7-1-address-incomplete": "policyviolation (status.5.7.1)",
    # holonet-554-5-7-1-domain-is-not-handled-by-holonet, read blind as policyviolation (status.5.7.1): read since
    # session 54 (K54D) as norelaying (reason.norelaying.recipient-domain-not-local, a recipient domain not served here)
}
# session 54 (c54): batch 86 (Allegro Maild, franzinc/maild) as first read at 04d4509d (24/30 as bounces) and batch 87
# (MailDemon, Novartment.Base.Net.Smtp) as first read at 5ca3e518 (14/23 as bounces); no rule changed, each left with
# why in the catalogue README (session 54)
BATCH_86_UNREAD = {
    # allegro-maild-400-domain-resolution-error, read blind as systemerror (stage.conn.temporary): read since session
    # 55 (K55B) as networkerror (reason.networkerror.sending-side-lookup-failed, a DNS look-up that failed for now)
    # allegro-maild-421-control-connection-idle-for-too-long, read blind as systemerror (reply.421), reads networkerror
    # since the evidence table was derived with the batch ("idle" beside kotlin-smtp's "Idle timeout": tuned)
    "allegro-maild-401-unable-to-resolve-domain": "systemerror (stage.helo.temporary)",
    # allegro-maild-538-encryption-required-for-requested-authentication-mechanism, read blind as failedstarttls
    # (reason.failedstarttls.encryption-required), reads securityerror since session 55 (K55F: RFC 4954 §6's 538 text)
    # allegro-maild-451-domain-resolution-error, read blind as systemerror (reply.451): read since session 55 (K55B)
    # as networkerror (reason.networkerror.sending-side-lookup-failed)
}
BATCH_87_UNREAD = {
    # maildemon-500-invalid-command-bad-from-address, read blind as syntaxerror (reply.500): read since session 55
    # (K55A) as rejected («from address», the sender)
    "maildemon-500-invalid-command-bad-to-address": "syntaxerror (reply.500)",
    "maildemon-500-invalid-command-user-not-found": "filtered (reason.filtered.user-unknown-after-data)",
    "maildemon-500-invalid-command-user-not-found-2": "filtered (reason.filtered.user-unknown-after-data)",
    # maildemon-503-failed-to-start-tls, read blind as syntaxerror (reply.503): read since session 59 (K59B) as
    # failedstarttls (stage.starttls), the STARTTLS stage found in "(in reply to STARTTLS command)"
    # and since then (K59B) its neighbour read by the same stage, which the catalogue labels a sequence error (RFC 5321
    # §4.2.1's x0z; the resolver keeps the session that could not be encrypted at STARTTLS, RFC 3207 §4's own 501)
    "maildemon-503-tls-already-initiated": "failedstarttls (stage.starttls)",
    # novartment-smtp-450-mailbox-temporarily-unavailable-busy-or-blocked, read blind as toomanyconn
    # (reason.toomanyconn.busy): read since session 56 (K56D) as blocked, its alternate («temporarily blocked» in a 4yz)
    "novartment-smtp-500-syntax-error-line-too-long": "notcompliantrfc (reason.notcompliantrfc.line-too-long)",
    # novartment-smtp-554-unable-to-initialize-security-subsystem, read blind as onhold (none.unknown-words): read
    # since session 59 (K59B) as failedstarttls (stage.starttls), the STARTTLS stage found in its frame
    # novartment-smtp-538-encryption-required-for-requested-authentication-mechanism, read blind as failedstarttls
    # (reason.failedstarttls.encryption-required), reads securityerror since session 55 (K55F: RFC 4954 §6's 538 text)
}
# session 55 (c55): Elektrine's login lockouts at AUTH, read by the AUTH stage's temporary reading before the words
BATCH_88_UNREAD = {
    # elektrine-smtp-421-too-many-failed-attempts, read blind as systemerror (stage.auth.temporary): read since
    # session 56 (K56F) as securityerror (reason.securityerror.login-locked-after-failures)
    # elektrine-smtp-421-account-temporarily-blocked, read blind as systemerror (stage.auth.temporary): read since
    # session 60 (K60E) as securityerror (reason.securityerror.login-account-state)
}
# session 55 (c55): AmiSMTPd's size rule for several recipients (its broken data transfer, first read policyviolation by
# the DATA stage, reads networkerror since reason.networkerror.error-receiving-data)
BATCH_89_UNREAD = {
    "amismtpd-500-cross-posting-not-allowed-for-too-long-emails": "syntaxerror (reply.500)",
}
# session 57 (c57): the Mail Throttle Validation milter's recipient limit in its own singular words (its Cc limit reads
# toomanyconn and its per-five-minutes limit speeding since the c57 words; NwSMTP and Sendry, batch 90, read right)
BATCH_91_UNREAD: dict[str, str] = {
    # mail-throttle-milter-550-5-7-1-too-many-recipient-address-in-a-single-email, read blind as policyviolation
    # (status.5.7.1): read since session 59 (K59C) as toomanyconn (evidence.toomanyconn; X.7.1 below the evidence tier)
}
# session 58 (c58): the AgentMail SMTP gateway demo's attachment size limit, read exceedlimit by its X.2.3 status
# (Mailtrap, batch 93, read 4/4)
BATCH_92_UNREAD = {
    # agentmail-smtp-454-4-7-0-authentication-service-temporarily-unavailable, read blind as securityerror
    # (reason.securityerror.login-failed): read since session 58 (c58) as systemerror (the receiving system's
    # "authentication service" a part of it that failed, data/words.yaml)
}
# session 59 (c59): RedMao Mail's EDM submission replies whose words say less than its table (a sending quota written
# "messages quota reached", a size refusal with the status X.3.1, "Service unavailable" for an account without SMTP
# access, a recipient field's length limit, a campaign that does not exist with 5.1.1); its queueing failure reads
# systemerror since the evidence row «queu» derived with the batch
BATCH_94_UNREAD = {
    "redmao-550-message-was-rejected-messages-quota-reached-recharge": "mailboxfull (evidence.mailboxfull)",
    # redmao-554-5-3-1-maximum-message-size-exceeded, read blind as systemfull (status.X.3.1): read since session 60
    # (e60) as mesgtoobig (X.3.1 beside words naming the message size is loose-status; vSMTP's 4.3.1 too)
    "redmao-550-5-7-1-service-unavailable-smtp-not-enabled": "systemerror (reason.systemerror.service-unavailable)",
    "redmao-501-5-7-2-invalid-recipient-address-must-not-exceed-60-characters": (
        "userunknown (reason.userunknown.invalid-recipient)"
    ),
    "redmao-550-5-1-1-the-campaign-does-not-exist": "userunknown (status.X.1.1)",
}
# session 59 (c59): ARENA's missing SMTP login in Postfix's client-restriction words, and its bare "temporary failure"
# after the retries ended (InfoSphere, the Korean size returns, Host Media, VietNAP and Email Academy read right)
BATCH_95_UNREAD = {
    "arena-554-5-7-1-client-host-rejected-access-denied-no-smtp-auth": "blocked (reason.blocked.client-host-rejected)",
    "arena-temporary-failure-returned-after-retries": "userunknown (stage.rcpt)",
}
# session 60 (c60): SES's unverified identity, read by Sisimai's norelaying phrase for the same words (Sisimai files
# SES's «Email address is not verified» under NoRelaying; the page names a sender identity first), and Exchange
# Online's journaling refusal, whose "Journaling Archive is disabled" reads as a disabled account; Microsoft's SMTP AUTH
# throttle (5.2.251-255) and its 5.1.20 read since the c60 rules
BATCH_96_UNREAD = {
    "ses-554-message-rejected-email-address-is-not-verified": (
        "norelaying (reason.norelaying.email-address-is-not-verified)"
    ),
    "m365-5-3-190-journaling-not-supported-journaling-archive-disabled": "suspend (reason.suspend.disabled)",
}
# session 60 (c60): SendGrid's example of a receiving server's rate deferral names no cause in its words
BATCH_97_UNREAD = {
    "sendgrid-421-message-from-ip-temporarily-deferred": "systemerror (reply.421)",
}
LINE_FLOOR = 0.87  # 1096/1244 = 0.881 with batch 39 first read (1086/1231 = 0.882 without it, session 32);
# 1106/1258 = 0.879 with batch 40 first read (1087/1231 = 0.883 without it, session 32);
# 1082/1231 = 0.879 in session 31 (a pasted reply naming the AUTH exchange answered AUTH);
# 1070/1224 = 0.874 with batch 38 first read (1060/1209 = 0.877 with its first six); 1059/1210 = 0.875 with batch 37
# first read;
# 1054/1203 = 0.876 with batch 36 and the evidence tier (session 30; 1043/1203 = 0.867 with batch 36 first read,
# before the tier: the helper lowered the floor to 0.86, restored with the tier); 1018/1162 = 0.876 with batch 35
# first read (1015/1152 = 0.881 without it);
# 1007/1152 = 0.874 with batch 34 first read (989/1120 = 0.883 without it); 984/1120 = 0.879 with batch 33 first read
# (966/1086 = 0.890 without it); 936/1064 = 0.880 with batch 31 first read and 935/1051 = 0.890 with batch 32 (each
# beside the rest); 876/998 = 0.878 with batch 29
# first read, 871/997 = 0.874 with batch 30 first read (each beside batches 22 to 28 after session 28's rules: 859/966 =
# 0.889; 836/966 = 0.865 when batches 27 and 28 were first read; 810/910 = 0.890 with batches 22 to 26 after session
# 25's rules; 776/879 before batch 26's rules; 742/848 = 0.875 before batch 25; 688/767 = 0.897 before batch 24; 640/728
# = 0.879 after batch 22; 578/606 = 0.954 before it): a bare reply lacks the stage and the host that name a provider


def test_the_catalogue_is_large_enough_to_mean_something() -> None:
    assert len(ENTRIES) >= 300
    assert len({e["file"] for e in ENTRIES}) >= 30


# each blind batch's misses, as first read and not (yet) read right, by batch number
UNREAD = {
    22: BATCH_22_UNREAD,
    24: BATCH_24_UNREAD,
    25: BATCH_25_UNREAD,
    26: BATCH_26_UNREAD,
    27: BATCH_27_UNREAD,
    28: BATCH_28_UNREAD,
}
UNREAD[29] = BATCH_29_UNREAD
UNREAD[30] = BATCH_30_UNREAD
UNREAD[31] = BATCH_31_UNREAD
UNREAD[32] = BATCH_32_UNREAD
UNREAD[33] = BATCH_33_UNREAD
UNREAD[34] = BATCH_34_UNREAD
UNREAD[35] = BATCH_35_UNREAD
UNREAD[36] = BATCH_36_UNREAD
UNREAD[37] = BATCH_37_UNREAD
UNREAD[38] = BATCH_38_UNREAD
UNREAD[39] = BATCH_39_UNREAD
UNREAD[40] = BATCH_40_UNREAD
UNREAD[43] = BATCH_43_UNREAD
UNREAD[45] = BATCH_45_UNREAD
UNREAD[46] = BATCH_46_UNREAD
UNREAD[47] = BATCH_47_UNREAD
UNREAD[48] = BATCH_48_UNREAD
UNREAD[51] = BATCH_51_UNREAD
UNREAD[52] = BATCH_52_UNREAD
UNREAD[50] = BATCH_50_UNREAD
UNREAD[54] = BATCH_54_UNREAD
UNREAD[56] = BATCH_56_UNREAD
UNREAD[57] = BATCH_57_UNREAD
UNREAD[58] = BATCH_58_UNREAD
UNREAD[59] = BATCH_59_UNREAD
UNREAD[60] = BATCH_60_UNREAD
UNREAD[61] = BATCH_61_UNREAD
UNREAD[62] = BATCH_62_UNREAD
UNREAD[64] = BATCH_64_UNREAD
UNREAD[65] = BATCH_65_UNREAD
UNREAD[66] = BATCH_66_UNREAD
UNREAD[67] = BATCH_67_UNREAD
UNREAD[68] = BATCH_68_UNREAD
UNREAD[69] = BATCH_69_UNREAD
UNREAD[70] = BATCH_70_UNREAD
UNREAD[71] = BATCH_71_UNREAD
UNREAD[72] = BATCH_72_UNREAD
UNREAD[73] = BATCH_73_UNREAD
UNREAD[74] = BATCH_74_UNREAD
UNREAD[76] = BATCH_76_UNREAD
UNREAD[77] = BATCH_77_UNREAD
UNREAD[78] = BATCH_78_UNREAD
UNREAD[79] = BATCH_79_UNREAD
UNREAD[80] = BATCH_80_UNREAD
UNREAD[81] = BATCH_81_UNREAD
UNREAD[82] = BATCH_82_UNREAD
UNREAD[83] = BATCH_83_UNREAD
UNREAD[85] = BATCH_85_UNREAD
UNREAD[86] = BATCH_86_UNREAD
UNREAD[87] = BATCH_87_UNREAD
UNREAD[88] = BATCH_88_UNREAD
UNREAD[89] = BATCH_89_UNREAD
UNREAD[91] = BATCH_91_UNREAD
UNREAD[92] = BATCH_92_UNREAD
UNREAD[94] = BATCH_94_UNREAD
UNREAD[95] = BATCH_95_UNREAD
UNREAD[96] = BATCH_96_UNREAD
UNREAD[97] = BATCH_97_UNREAD


def _param(entry: dict[str, Any]) -> Any:
    if entry["id"] in KNOWN_DIFFERENCES:
        return pytest.param(entry, marks=pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[entry["id"]]))
    for batch, unread in UNREAD.items():
        if entry["id"] in unread:
            why = f"batch {batch}, read blind as {unread[entry['id']]}"
            return pytest.param(entry, marks=pytest.mark.xfail(strict=True, reason=why))
    return entry


@pytest.mark.parametrize("entry", [_param(e) for e in ENTRIES], ids=[e["id"] for e in ENTRIES])
def test_documented_reply_in_a_postfix_bounce(entry: dict[str, Any]) -> None:
    result = explain_bytes(postfix_bounce(entry))
    (finding,) = result.recipients
    assert finding.reason in entry["reasons"], (finding.rule, entry["reply"])
    assert finding.temporary is entry["temporary"], (result.kind, entry["reply"])


def test_documented_replies_pasted_alone() -> None:
    ok = sum(explain_line(" ".join(str(e["reply"]).split())).finding.reason in e["reasons"] for e in ENTRIES)
    assert ok / len(ENTRIES) >= LINE_FLOOR, f"{ok}/{len(ENTRIES)}"


def test_known_differences_name_catalogue_entries() -> None:
    ids = {e["id"] for e in ENTRIES}
    assert set(KNOWN_DIFFERENCES) <= ids, set(KNOWN_DIFFERENCES) - ids
    for batch, unread in UNREAD.items():
        in_batch = {e["id"] for e in ENTRIES if e.get("batch") == batch}
        assert set(unread) <= in_batch, (batch, set(unread) - in_batch)
