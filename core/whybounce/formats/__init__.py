"""The ordered registry of format detectors: most specific and authoritative first, heuristics last.

Adding a format = one module in this folder + one line here.  The first detector that returns a
Report wins.  Each line names the module and the class; the engine imports a module when detection first
reaches its line (``engine.detect``), so explaining one Postfix bounce does not load the ten detectors after
Postfix's.  A detector whose first test looks for fixed words in the message's lower-cased text names them in
``NEEDS``: the engine asks it only about a message that holds one of them, so most bounces pass it by without
a call, and its module is not imported until such a message comes.
"""

from __future__ import annotations

from .base import Detector

REGISTRY: tuple[tuple[str, str], ...] = (
    ("arf", "Arf"),  # RFC 5965 feedback reports: multipart/report; report-type=feedback-report
    ("googlegroups", "GoogleGroups"),  # translated notices, recognised by sender and X-Failed-Recipients
    ("amazonses", "AmazonSes"),  # Amazon SES: SNS JSON notifications, sending and receiving DSNs
    ("amazonworkmail", "AmazonWorkMail"),  # X-Mailer: Amazon WorkMail; RFC 3464 fields pasted into the text
    ("ezweb", "EZweb"),  # au by KDDI mobile mail: Japanese notice, au's fixed English verdicts
    ("kddi", "Kddi"),  # au one net (dion.ne.jp): fixed sentence per recipient
    ("biglobe", "Biglobe"),  # BIGLOBE and the ISPs on its system: fixed Non-delivered information
    ("imailserver", "IMailServer"),  # Ipswitch IMail (X-Mailer: <SMTP32 v...>): fixed labels per recipient
    ("gmx", "Gmx"),  # GMX and 1&1 IONOS: Exim's opening, GMX's layout
    ("zoho", "Zoho"),  # Zoho Mail: one ERROR_CODE line per recipient
    # Oracle/Sun Messaging Server, PMDF: per-recipient text blocks complete the DSN
    ("messagingserver", "MessagingServer"),
    ("notes", "Notes"),  # Lotus Notes SMTP MTA: Failure Reasons, then the addresses
    ("domino", "Domino"),  # IBM Domino: Subject DELIVERY FAILURE, 'was not delivered to: ... because:'
    ("fml", "Fml"),  # fml mailing-list manager notices (X-MLServer: fml)
    ("mlmmj", "Mlmmj"),  # mlmmj's deny-post notice: "Post to <list> denied:", the reason sentence, the post attached
    # GNU Mailman 3 and 2.1: a post rejected (reject chain, content filter) or refused by a moderator; its notices to
    # the list's owner and its bounce probes, which attach a bounce, claimed as not bounces
    ("mailman", "Mailman"),
    # Sympa: its own DSNs (Diagnostic-Code X-Sympa) read by their text's reason, a moderator's rejection
    # (reject.tt2); its notice that a post awaits the moderators claimed as not a bounce
    ("sympa", "Sympa"),
    ("smartlist", "SmartList"),  # SmartList's accept.txt reply to a post from an address not on its accept list
    # Apache James notify mailets (Verizon vtext.com): Error message below / Message details
    ("apachejames", "ApacheJames"),
    # Unknown MTA (X1): ---The following addresses had delivery errors--- / addr [reason]
    ("deliveryerrors", "DeliveryErrors"),
    ("qmailstyle", "QmailStyle"),  # qmail-derived notices (X2): Unable to deliver message..., Delivery failed:
    # Unknown MTA (X3): Delivery Status Notification banner, Technical details
    ("technicaldetails", "TechnicalDetails"),
    ("troubledelivering", "TroubleDelivering"),  # Unknown MTA (X6): We had trouble delivering your message
    ("activehunter", "ActiveHunter"),  # Active!Hunter filter (X-AHMAILID): '>>> addr <addr>' and the remote reply
    ("mailfoundry", "MailFoundry"),  # MailFoundry gateway: Unable to deliver message to / Server h failed with
    # Trustwave MailMarshal: Could not be delivered because of <reply> / recipients were affected
    ("mailmarshal", "MailMarshal"),
    ("mfilter", "MFilter"),  # m-FILTER gateway: -------server message / -------SMTP command sections
    ("yahoo", "Yahoo"),  # Yahoo! Mail: <addr>: then the reply, [RCPT_TO] notes
    ("surfcontrol", "SurfControl"),  # SurfControl E-mail Filter: transcript names the answering host
    ("mcafee", "McAfee"),  # McAfee Email Appliance (X-NAI-Header): '<addr>   (reason)' completes the DSN
    ("dragonfly", "DragonFly"),
    ("postfix", "Postfix"),
    ("exim", "Exim"),
    ("sendmail", "Sendmail"),
    ("gmail", "Gmail"),
    ("msexch", "MsExch"),  # Exchange 4.0-2003 text notices: 'addr on <date>', MSEXCH codes (before exchange2003)
    ("exchange2003", "Exchange2003"),
    ("trendmicro", "TrendMicro"),
    ("mimecast", "Mimecast"),
    ("rfc3464", "Rfc3464"),  # any remaining RFC 3464 / 6533 DSN
    ("mdn", "Mdn"),  # RFC 8098 MDN with an automatic "deleted" disposition: a Sieve reject (RFC 5429)
    ("rfc3834", "Rfc3834"),  # auto-replies, before the heuristics so "Automatic reply" is never a bounce
    ("generic", "Generic"),  # heuristic reading of bounces that say they are bounces
)


NEEDS: dict[str, tuple[str, ...]] = {
    "amazonworkmail": ("an error occurred while trying to deliver the mail to the following recipients",),
    "kddi": ("your mail sent on:", "your mail attempted to be delivered on:"),
    "biglobe": ("----- non-delivered information -----",),
    "gmx": ("--- the header of the original message is following. ---",),
    "messagingserver": ("this report relates to a message you sent with the following header fields",),
    "notes": ("------- failure reasons",),
    "deliveryerrors": ("---the following addresses had delivery errors---",),
    "qmailstyle": ("unable to deliver message to the following address",
                   "this delivery status notification is sent from mta"),
    "technicaldetails": ("this is an automatically generated delivery status notification",),
    "troubledelivering": ("we had trouble delivering your message. full details follow:",),
    "mailfoundry": ("delivery failed for the following reason:",),
    "mfilter": ("-------server message",),
    "yahoo": ("sorry, we were unable to deliver your message to the following address",),
    "surfcontrol": ("a transcript of the attempts to send the message follows",),
    "mcafee": ("--- the following addresses had delivery problems ---",),
    "dragonfly": ("this is the dragonfly mail agent",),
    "mlmmj": ("mlmmj",),
}
"""Module -> the words (lower case) one of which the detector's ``read`` finds in ``mail.text_lower`` before
anything else can make it return a report: its own constants, spelt out here so that the module need not be
imported to know them (``tests/test_registry_needs.py`` holds each to the module and to what ``read`` does).
A message holding none of them is not asked; a detector not named here is asked about every message."""


def load(entry: tuple[str, str]) -> Detector:
    """The detector of one registry line, its module imported now (and kept by Python from then on)."""
    module, name = entry
    detector: Detector = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)()
    return detector


__all__ = ["NEEDS", "REGISTRY", "Detector", "load"]
