"""The ordered registry of format detectors: most specific and authoritative first, heuristics last.

Adding a format = one module in this folder + one line here.  The first detector that returns a
Report wins.
"""

from __future__ import annotations

from .activehunter import ActiveHunter
from .amazonses import AmazonSes
from .amazonworkmail import AmazonWorkMail
from .apachejames import ApacheJames
from .arf import Arf
from .base import Detector
from .biglobe import Biglobe
from .deliveryerrors import DeliveryErrors
from .domino import Domino
from .dragonfly import DragonFly
from .exchange2003 import Exchange2003
from .exim import Exim
from .ezweb import EZweb
from .fml import Fml
from .generic import Generic
from .gmail import Gmail
from .gmx import Gmx
from .googlegroups import GoogleGroups
from .imailserver import IMailServer
from .kddi import Kddi
from .mailfoundry import MailFoundry
from .mailmarshal import MailMarshal
from .mcafee import McAfee
from .messagingserver import MessagingServer
from .mfilter import MFilter
from .mimecast import Mimecast
from .msexch import MsExch
from .notes import Notes
from .postfix import Postfix
from .qmailstyle import QmailStyle
from .rfc3464 import Rfc3464
from .rfc3834 import Rfc3834
from .sendmail import Sendmail
from .surfcontrol import SurfControl
from .technicaldetails import TechnicalDetails
from .trendmicro import TrendMicro
from .troubledelivering import TroubleDelivering
from .yahoo import Yahoo
from .zoho import Zoho

DETECTORS: tuple[Detector, ...] = (
    Arf(),  # RFC 5965 feedback reports: multipart/report; report-type=feedback-report
    GoogleGroups(),  # translated notices, recognised by sender and X-Failed-Recipients
    AmazonSes(),  # Amazon SES: SNS JSON notifications, sending and receiving DSNs
    AmazonWorkMail(),  # X-Mailer: Amazon WorkMail; RFC 3464 fields pasted into the text
    EZweb(),  # au by KDDI mobile mail: Japanese notice, au's fixed English verdicts
    Kddi(),  # au one net (dion.ne.jp): fixed sentence per recipient
    Biglobe(),  # BIGLOBE and the ISPs on its system: fixed Non-delivered information
    IMailServer(),  # Ipswitch IMail (X-Mailer: <SMTP32 v...>): fixed labels per recipient
    Gmx(),  # GMX and 1&1 IONOS: Exim's opening, GMX's layout
    Zoho(),  # Zoho Mail: one ERROR_CODE line per recipient
    MessagingServer(),  # Oracle/Sun Messaging Server, PMDF: per-recipient text blocks complete the DSN
    Notes(),  # Lotus Notes SMTP MTA: Failure Reasons, then the addresses
    Domino(),  # IBM Domino: Subject DELIVERY FAILURE, 'was not delivered to: ... because:'
    Fml(),  # fml mailing-list manager notices (X-MLServer: fml)
    ApacheJames(),  # Apache James notify mailets (Verizon vtext.com): Error message below / Message details
    DeliveryErrors(),  # Unknown MTA (X1): ---The following addresses had delivery errors--- / addr [reason]
    QmailStyle(),  # qmail-derived notices (X2): Unable to deliver message..., Delivery failed:
    TechnicalDetails(),  # Unknown MTA (X3): Delivery Status Notification banner, Technical details
    TroubleDelivering(),  # Unknown MTA (X6): We had trouble delivering your message
    ActiveHunter(),  # Active!Hunter filter (X-AHMAILID): '>>> addr <addr>' and the remote reply
    MailFoundry(),  # MailFoundry gateway: Unable to deliver message to / Server h failed with
    MailMarshal(),  # Trustwave MailMarshal: Could not be delivered because of <reply> / recipients were affected
    MFilter(),  # m-FILTER gateway: -------server message / -------SMTP command sections
    Yahoo(),  # Yahoo! Mail: <addr>: then the reply, [RCPT_TO] notes
    SurfControl(),  # SurfControl E-mail Filter: transcript names the answering host
    McAfee(),  # McAfee Email Appliance (X-NAI-Header): '<addr>   (reason)' completes the DSN
    DragonFly(),
    Postfix(),
    Exim(),
    Sendmail(),
    Gmail(),
    MsExch(),  # Exchange 4.0-2003 text notices: 'addr on <date>', MSEXCH codes (before exchange2003)
    Exchange2003(),
    TrendMicro(),
    Mimecast(),
    Rfc3464(),  # any remaining RFC 3464 / 6533 DSN
    Rfc3834(),  # auto-replies, before the heuristics so "Automatic reply" is never a bounce
    Generic(),  # heuristic reading of bounces that say they are bounces
)

__all__ = ["DETECTORS", "Detector"]
