"""How long a bounce says delivery was tried, and how long it will go on: facts for the card's first line.

A delay notice is not a failure: the sending server is still retrying, and a user who resends makes a
duplicate.  So the card says until when it keeps trying, with the period the notice itself states, not a
generic "usually five days".  A final report of a temporary refusal says for how long it was tried.

Only the sentences below are read, each as the software that writes it words it:

* ``Will-Retry-Until`` of a delivery-status part (RFC 3464 §2.3.9), read by the DSN reader;
* Postfix, ``bounce(5)`` default delay template: "Your message could not be delivered for more than 4
  hour(s). It will be retried until it is 5 day(s) old.";
* Sendmail (``savemail.c``): "Warning: message still undelivered after 4 hours", "Will keep trying until
  message is 5 days old", and on giving up "Message could not be delivered for 5 days" (older releases:
  "Cannot send message for 5 days");
* Exim (``deliver.c``, the default warning message): "... has not yet been delivered to one or more of its
  recipients after more than 24 hours on the queue";
* OpenSMTPD (``bounce.c``): "A message is delayed for more than 4 hours for the following recipients";
* Oracle Communications Messaging Server: "Your message has been enqueued and undeliverable for 1 day",
  "The mail system will continue to try to deliver your message for an additional 3 days";
* Gmail: "Gmail will retry for 47 more hours", and in older notices "Message will be retried for 2 more
  day(s)".

Every one of these is also in a bounce the real-MTA kit generated or in the labelled corpus
(``tests/test_timing.py`` reads them there).
"""

from __future__ import annotations

from .patterns import lazy
from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Callable

UNITS = {"second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour", "hr": "hour",
         "day": "day", "week": "week"}
_UNIT = r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)(?:\(s\))?"
_N = r"(\d{1,4})"

# Each sentence as (a literal it always holds, its pattern), both matched in the lower-cased text: a pattern
# runs only where its literal occurs, and most notices hold none of them.
# "for how long it will still be tried": a period from now
_RETRY_FOR = (
    ("will retry for", lazy(rf"\bwill retry for {_N} more {_UNIT}")),  # Gmail
    ("will be retried for", lazy(rf"\bwill be retried for {_N} more {_UNIT}")),  # Gmail, older notices
    ("for an additional", lazy(rf"\bwill continue to try to deliver your message\s+for an additional {_N} {_UNIT}")),
)
# "until the message is this old": a period from when it was sent
_MAX_AGE = (
    ("will be retried until", lazy(rf"\bwill be retried until it is {_N} {_UNIT} old")),  # Postfix
    ("will keep trying until", lazy(rf"\bwill keep trying until message is {_N} {_UNIT} old")),  # Sendmail
)
# "for how long it has been tried"
_TRIED_FOR = (
    # Postfix, Sendmail
    ("could not be delivered for", lazy(rf"\bcould not be delivered for (?:more than )?{_N} {_UNIT}")),
    ("cannot send message for", lazy(rf"\bcannot send message for {_N} {_UNIT}")),  # Sendmail, older
    ("still undelivered after", lazy(rf"\bstill undelivered after {_N} {_UNIT}")),  # Sendmail warning
    ("on the queue", lazy(rf"\bafter more than {_N} {_UNIT} on the queue")),  # Exim warning
    ("is delayed for more than", lazy(rf"\bis delayed for more than {_N} {_UNIT}")),  # OpenSMTPD warning
    ("undeliverable for", lazy(rf"\b(?:enqueued and )?undeliverable for {_N} {_UNIT}")),  # Messaging Server
    ("this message after", lazy(rf"\bunable to deliver this message after {_N} {_UNIT}")),  # Messaging Server
)


class Period(Record):
    """An amount of time as a notice states it: ``Period(5, "day")``."""

    __slots__ = ("n", "unit")

    def __init__(self, n: int, unit: str) -> None:
        self.n = n
        self.unit = unit  # second / minute / hour / day / week

    def __str__(self) -> str:
        return f"{self.n} {self.unit}{'' if self.n == 1 else 's'}"


class Timing(Record):
    """Whether delivery goes on, and what the report says about how long.

    ``state``: ``delayed`` (a notice while the sending server still retries), ``temporary`` (a temporary
    refusal, as a pasted reply or a mail program shows it), ``given-up`` (temporary refusals until the
    sending server stopped), ``limit`` (refused for good as sent, for a sending-rate limit that passes with
    time: a later send may work, though nothing retries it), ``permanent``; None for reports that are not
    failures."""

    __slots__ = ("max_age", "retry_for", "retry_until", "state", "tried_for")

    def __init__(self, state: str | None, retry_until: str | None = None, retry_for: Period | None = None,
                 max_age: Period | None = None, tried_for: Period | None = None) -> None:
        self.state = state
        self.retry_until = retry_until  # a date, as the report writes it (Will-Retry-Until)
        self.retry_for = retry_for  # "will retry for 47 more hours"
        self.max_age = max_age  # "will be retried until it is 5 day(s) old"
        self.tried_for = tried_for  # "could not be delivered for 5 days"

    def to_dict(self) -> dict[str, str]:
        d = {"state": self.state or ""}
        if self.retry_until:
            d["retry_until"] = self.retry_until
        for key in ("retry_for", "max_age", "tried_for"):
            value = getattr(self, key)
            if value is not None:
                d[key] = str(value)
        return d


class Stated(Record):
    """What a notice's text says about time (any of the three may be None)."""

    __slots__ = ("max_age", "retry_for", "tried_for")

    def __init__(self, retry_for: Period | None, max_age: Period | None, tried_for: Period | None) -> None:
        self.retry_for = retry_for
        self.max_age = max_age
        self.tried_for = tried_for


def _first(patterns: tuple[tuple[str, re.Pattern[str]], ...], low: str) -> Period | None:
    for literal, pattern in patterns:
        if literal not in low:
            continue
        m = pattern.search(low)
        if m:
            n = int(m.group(1))
            if n == 0:  # "delayed for more than 0 seconds": a test set-up's queue times say nothing
                continue
            unit = m.group(2).split("(", 1)[0]
            unit = UNITS.get(unit.rstrip("s"), UNITS.get(unit, "day"))
            return Period(n, unit)
    return None


def stated(text: str | None) -> Stated:
    """The periods a notice's own words state (see the module's list of sentences)."""
    if not text:
        return Stated(None, None, None)
    low = text.lower()
    return Stated(_first(_RETRY_FOR, low), _first(_MAX_AGE, low), _first(_TRIED_FOR, low))


class Later:
    """``stated(text)``, worked out on first use and kept: most findings (a permanent refusal) never ask."""

    __slots__ = ("_text", "_value")

    def __init__(self, text: str | Callable[[], str] | None) -> None:
        self._text = text  # the text, or how to get it (a message's text is itself worked out on first use)
        self._value: Stated | None = None

    def __call__(self) -> Stated:
        if self._value is None:
            text = self._text() if callable(self._text) else self._text
            self._value = stated(text)
        return self._value


def timing_of(state: str | None, retry_until: str | None, said: Later) -> Timing:
    """The timing facts of one recipient: ``state`` as the engine decided it, the DSN's Will-Retry-Until and
    the notice's periods (read only for a state they belong to).  A period to come is kept only while delivery
    goes on; how long it was tried, for a delay or a give-up."""
    going_on = state in ("delayed", "temporary")
    text = said() if going_on or state == "given-up" else Stated(None, None, None)
    return Timing(
        state,
        retry_until=retry_until if going_on else None,
        retry_for=text.retry_for if going_on else None,
        max_age=text.max_age if going_on else None,
        tried_for=text.tried_for if state in ("delayed", "given-up") else None,
    )
