"""The typo hint (issue 14, whybounce/typo.py over data/domains.yaml), table-driven.

- Slips people make in common global and Japanese mail domains get the intended domain.
- Real domains never get one: every listed domain and its subdomains, every domain the provider knowledge
  recognises, other real endings of a listed name (gmail.de, docomo.co.jp), other organisations' domains,
  and ties between two listed domains.
- The data names its sources; its lists of real endings are complete against IANA's list of top-level
  domains and, where the machine has it, the Public Suffix List.
- The cost grows no faster than the input and stops growing at the longest possible domain (work counted
  in executed lines of the module, not in seconds).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st
from whybounce import typo
from whybounce.knowledge import section
from whybounce.typo import suggest

DATA = section("domains")
LISTED = [d for g in DATA["groups"] for d in g["domains"]]
NOT_TYPOS = [d for g in DATA["not_typos"] for d in g["domains"]]
SUFFIXES = DATA["suffixes"]
IANA = Path(hypothesis.__file__).parent / "vendor" / "tlds-alpha-by-domain.txt"
PSL = Path("/usr/share/publicsuffix/public_suffix_list.dat")
SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "sisimai"
SOURCE_KINDS = frozenset({"url", "doc", "rfc", "sisimai", "corpus", "catalogue"})
SOURCE_KEYS = SOURCE_KINDS | {"title", "read", "file", "what"}

SLIPS = [
    # (typed, intended, the slip)
    # Gmail
    ("gmal.com", "gmail.com", "a letter left out"),
    ("gmial.com", "gmail.com", "two letters swapped"),
    ("gamil.com", "gmail.com", "two letters swapped"),
    ("gnail.com", "gmail.com", "the key next to it"),
    ("gmaill.com", "gmail.com", "a letter doubled"),
    ("gmail.con", "gmail.com", ".con for .com"),
    ("gmail.cm", "gmail.com", ".cm for .com (Cameroon's, taken as a slip)"),
    ("gmail.co", "gmail.com", ".co for .com (Colombia's, taken as a slip)"),
    ("gmail.om", "gmail.com", ".om for .com (Oman's, taken as a slip)"),
    ("gmail.comm", "gmail.com", "a letter doubled in the ending"),
    ("gmailc.om", "gmail.com", "the dot one place late"),
    ("gmail,com", "gmail.com", "a comma for the dot"),
    ("googlemial.com", "googlemail.com", "two letters swapped"),
    # Microsoft, Yahoo, Apple, Proton, AOL
    ("hotmial.com", "hotmail.com", "two letters swapped"),
    ("hotmal.com", "hotmail.com", "a letter left out"),
    ("hotmail.co", "hotmail.com", ".co for .com"),
    ("hotmial.con", "hotmail.com", "a long name: one slip in the name and one in the ending"),
    ("hotmal.co.uk", "hotmail.co.uk", "a letter left out"),
    ("outlok.com", "outlook.com", "a letter left out"),
    ("outlook.cm", "outlook.com", ".cm for .com"),
    ("outlok.jp", "outlook.jp", "a letter left out"),
    ("yaho.com", "yahoo.com", "a letter left out"),
    ("yhaoo.com", "yahoo.com", "two letters swapped"),
    ("yahoo.con", "yahoo.com", ".con for .com"),
    ("icloud.con", "icloud.com", ".con for .com"),
    ("iclould.com", "icloud.com", "a letter added"),
    ("protonmial.com", "protonmail.com", "two letters swapped"),
    ("proton.mee", "proton.me", "a letter doubled in the ending"),
    ("aol.con", "aol.com", "a short name typed exactly, .con for .com"),
    # other global providers
    ("qq.con", "qq.com", "a short name typed exactly, .con for .com"),
    ("163.con", "163.com", "a short name typed exactly, .con for .com"),
    ("naver.con", "naver.com", ".con for .com"),
    ("comcast.ner", "comcast.net", "the key next to it in the ending"),
    ("comcast.ne", "comcast.net", ".ne for .net (Niger's, taken as a slip)"),
    ("verizon.ent", "verizon.net", "two letters of the ending swapped"),
    ("mail.ry", "mail.ru", "the key next to it in the ending"),
    ("yandx.ru", "yandex.ru", "a letter left out"),
    ("gmx.dee", "gmx.de", "a letter doubled in the ending"),
    ("t-onlin.de", "t-online.de", "a letter left out"),
    ("wanadoo.ft", "wanadoo.fr", "the key next to it in the ending"),
    # Japan: carriers
    ("docomo.ne.lp", "docomo.ne.jp", "l for j"),
    ("docomo.ne.jo", "docomo.ne.jp", "o for p (Jordan has no .ne.jo)"),
    ("docomo.ne.jpp", "docomo.ne.jp", "a letter doubled in the ending"),
    ("docomo.nejp", "docomo.ne.jp", "a dot left out"),
    ("docom.ne.jp", "docomo.ne.jp", "a letter left out"),
    ("docono.ne.jp", "docomo.ne.jp", "n for m"),
    ("ezweb.ne.jo", "ezweb.ne.jp", "o for p"),
    ("ezwed.ne.jp", "ezweb.ne.jp", "d for b"),
    ("au.con", "au.com", "a short name typed exactly, .con for .com"),
    ("softbank.ne.lp", "softbank.ne.jp", "l for j"),
    ("sofbank.ne.jp", "softbank.ne.jp", "a letter left out"),
    ("softbnak.ne.jp", "softbank.ne.jp", "two letters swapped"),
    ("i.sofbank.jp", "i.softbank.jp", "a letter left out"),
    ("t.vodafone.ne.lp", "t.vodafone.ne.jp", "a subdomain keeps its first label"),
    ("ymoblie.ne.jp", "ymobile.ne.jp", "two letters swapped"),
    ("y-moblie.ne.jp", "y-mobile.ne.jp", "two letters swapped"),
    ("uqmoble.jp", "uqmobile.jp", "a letter left out"),
    ("rakumial.jp", "rakumail.jp", "two letters swapped"),
    # Japan: Yahoo! JAPAN and internet providers
    ("yahooo.co.jp", "yahoo.co.jp", "a letter doubled"),
    ("yaho.co.jp", "yahoo.co.jp", "a letter left out"),
    ("yahoo.com.jp", "yahoo.co.jp", ".com.jp for .co.jp (no such second level)"),
    ("yahoo.co.jo", "yahoo.co.jp", "o for p (Jordan has no .co.jo)"),
    ("yahoo.cojp", "yahoo.co.jp", "a dot left out"),
    ("hotmail.co.jo", "hotmail.co.jp", "o for p"),
    ("ocn.ne.lp", "ocn.ne.jp", "a short name typed exactly, l for j"),
    ("xyz.ocn.ne.jo", "xyz.ocn.ne.jp", "a user's subdomain keeps its first label"),
    ("bigrobe.ne.jp", "biglobe.ne.jp", "r for l"),
    ("prala.or.jp", "plala.or.jp", "r for l"),
    ("ab.plala.or.lp", "ab.plala.or.jp", "a user's subdomain keeps its first label"),
    ("nifty.con", "nifty.com", ".con for .com"),
    ("sonet.ne.jp", "so-net.ne.jp", "the hyphen left out"),
    ("ab.so-net.ne.lp", "ab.so-net.ne.jp", "a user's subdomain keeps its first label"),
    ("dion.ne.lp", "dion.ne.jp", "a short name typed exactly, l for j"),
    # the way the domain is written
    ("GMAIL.CON", "gmail.com", "capitals"),
    ("gmail.con.", "gmail.com", "a final dot"),
    (" gmail.con ", "gmail.com", "white space around it"),
    ("taro@gmial.com", "gmail.com", "a whole address"),
    ("ｇｍａｉｌ．ｃｏｍ", "gmail.com", "full-width letters and dot: a real domain, written in other characters"),
    ("ｇｍａｌ．ｃｏｍ", "gmail.com", "full-width letters with a slip"),
    ("docomo。ne。jp", "docomo.ne.jp", "the ideographic full stop for the dot"),
    ("ＤＯＣＯＭＯ．ＮＥ．ＬＰ", "docomo.ne.jp", "full-width capitals with a slip"),
]

NOT_SLIPS = [
    # (domain, why it gets no suggestion)
    # real endings of a listed name: another real domain
    ("gmail.de", ".de is a real ending"),
    ("hotmail.dk", ".dk is a real ending (not .de)"),
    ("hotmail.se", ".se is a real ending (not .de or .es)"),
    ("hotmail.nl", "two slips from every listed ending"),
    ("gmx.es", ".es is a real ending (not .de)"),
    ("gmx.us", "two slips from .de and .at"),
    ("yahoo.cn", ".cn is a real ending (not .ca or .in)"),
    ("yahoo.com.tw", "two slips from .com.au and .com.ar"),
    ("yahoo.co.nz", "two slips from .co.uk and .co.jp"),
    ("yahoo.jp", ".jp is a real ending; yahoo.co.jp is three slips away"),
    ("live.ca", "two slips from .com"),
    ("orange.com", "Orange's company domain, not orange.fr"),
    ("comcast.com", "Comcast's company domain"),
    ("verizon.com", "Verizon's company domain"),
    ("att.com", "AT&T's company domain"),
    ("laposte.fr", "La Poste's company domain"),
    ("docomo.co.jp", ".co.jp is a real second level, not a slip for .ne.jp"),
    ("softbank.co.jp", ".co.jp is a real second level"),
    ("nifty.co.jp", ".co.jp is a real second level"),
    ("biglobe.co.jp", ".co.jp is a real second level"),
    ("ezweb.co.jp", ".co.jp is a real second level"),
    ("uqmobile.ne.jp", ".ne.jp is a real second level"),
    ("i.softbank.jo", ".jo is Jordan's real ending"),
    ("outlook.co.jp", ".co.jp is a real second level"),
    ("softbank.jp", "a parent of i.softbank.jp"),
    ("yahoo.ne.jp", "Y!mobile's, not a slip for yahoo.co.jp"),
    ("y-mobile.ne.jp", "Y!mobile's, not a slip for ymobile.ne.jp"),
    ("email.com", "mail.com's, not a slip for gmail.com"),
    ("cloud.com", "another organisation's, not a slip for icloud.com"),
    ("gmx.com", "GMX's own .com, not a slip for gmx.de"),
    ("mail.com", "mail.com's own, not a slip for gmail.com"),
    ("email.ru", "a short name (mail) must be typed exactly"),
    # names that are other words, two slips away
    ("horizon.net", "two slips from verizon"),
    ("internet.com", "two slips from btinternet"),
    ("icould.com", "two slips from icloud (a letter moved, not swapped)"),
    ("gmial.co", "two slips for a five-letter name"),
    ("dokomo.ne.lp", "two slips for a six-letter name"),
    # short names need the exact name
    ("qqq.com", "a short name must be typed exactly"),
    ("aok.com", "a short name must be typed exactly"),
    ("gmz.de", "a short name must be typed exactly"),
    ("mc.com", "a short name must be typed exactly (me.com or mac.com?)"),
    ("me.org", "two slips from .com"),
    ("lve.com", "a short name must be typed exactly"),
    # ties between two listed domains
    ("gmx.ne", "gmx.net or gmx.de"),
    ("yahoo.co", "yahoo.com or yahoo.ca"),
    ("yahoo.co.ip", "yahoo.co.jp, yahoo.co.id or yahoo.co.in"),
    ("tonline.de", "t-online.de or online.de"),
    # organisations' own domains
    ("example.com", "not near a listed domain"),
    ("example.co.jp", "not near a listed domain"),
    ("example.ne.jp", "not near a listed domain"),
    ("sony.co.jp", "a company"),
    ("toyota.jp", "a company"),
    ("u-tokyo.ac.jp", "a university"),
    ("mext.go.jp", "a ministry"),
    ("city.yokohama.lg.jp", "a city"),
    ("nhk.or.jp", "a broadcaster"),
    ("amazon.co.jp", "a company"),
    ("rakuten.co.jp", "a company"),
    ("google.com", "a company"),
    ("microsoft.com", "a company"),
    # not domains at all
    ("", "empty"),
    ("   ", "blank"),
    (".", "a dot"),
    ("@", "an at sign"),
    ("com", "an ending alone"),
    ("co.jp", "an ending alone"),
    ("ne.jp", "an ending alone, the parent of many listed domains"),
    ("localhost", "a single label"),
    ("g" * 300 + ".com", "longer than a domain can be"),
]


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance, the plain way (the reference for the module's banded one)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@pytest.mark.parametrize(("typed", "intended", "slip"), SLIPS, ids=[row[0] for row in SLIPS])
def test_a_slip_gets_the_intended_domain(typed: str, intended: str, slip: str) -> None:
    assert suggest(typed) == intended, slip


@pytest.mark.parametrize(("domain", "why"), NOT_SLIPS, ids=[row[0] or "empty" for row in NOT_SLIPS])
def test_no_suggestion(domain: str, why: str) -> None:
    assert suggest(domain) is None, why


def test_the_tables_are_big_enough() -> None:
    japanese = [t for t, i, _ in SLIPS if i.endswith(".jp")]
    assert len(SLIPS) >= 30 and len(japanese) >= 15 and len(NOT_SLIPS) >= 30


@pytest.mark.parametrize("domain", LISTED + NOT_TYPOS)
def test_a_real_domain_and_its_subdomains_are_never_corrected(domain: str) -> None:
    for form in (domain, domain.upper(), domain + ".", f"mail.{domain}", f"ab.cd.{domain}", f"taro@{domain}"):
        assert suggest(form) is None, form


def _provider_names() -> Iterator[str]:
    for spec in section("providers").values():
        recognise = spec.get("recognise") or {}
        yield from recognise.get("domains") or ()
        yield from recognise.get("hosts") or ()


def test_domains_and_hosts_the_provider_knowledge_recognises_are_never_corrected() -> None:
    names = sorted(set(_provider_names()))
    assert len(names) > 100
    assert {n: suggest(n) for n in names if suggest(n)} == {}


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_no_recipient_domain_of_the_real_bounces_gets_a_suggestion() -> None:
    """The corpus's bounces went to real domains (none to a typo of a listed one): none may be 'corrected'."""
    domains: set[str] = set()
    for path in (SHARED_CORPUS / "bounces").iterdir():
        text = path.read_bytes().decode("utf-8", "replace")
        domains |= {m.lower() for m in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", text)}
    assert len(domains) > 300
    assert {d: suggest(d) for d in sorted(domains) if suggest(d)} == {}


def test_not_a_string_gets_nothing() -> None:
    for value in (None, 123, b"gmail.con", ["gmail.con"]):
        assert suggest(value) is None  # type: ignore[arg-type]


# --- the distance ---------------------------------------------------------------------------------------


@given(st.text(alphabet="abc.-", max_size=9), st.text(alphabet="abc.-", max_size=9), st.integers(0, 3))
def test_the_banded_distance_is_the_plain_one_capped(a: str, b: str, limit: int) -> None:
    assert typo._distance(a, b, limit) == min(_osa(a, b), limit + 1)


def test_the_distance_counts_an_adjacent_swap_as_one_slip() -> None:
    assert typo._distance("gmial", "gmail", 2) == 1
    assert typo._distance("icould", "icloud", 3) == 2  # a letter moved two places is two slips


# --- the data ---------------------------------------------------------------------------------------------


def _sources(value: Any) -> list[Any]:
    return [value] if isinstance(value, dict) else list(value or ())


def _check_source(where: str, value: Any) -> list[str]:
    srcs = _sources(value)
    if not srcs:
        return [f"{where}: no source"]
    return [f"{where}: a source needs one of {sorted(SOURCE_KINDS)} and only known keys: {s!r}"
            for s in srcs if not isinstance(s, dict) or not set(s) & SOURCE_KINDS or set(s) - SOURCE_KEYS]


def test_every_group_and_list_names_its_source() -> None:
    problems: list[str] = []
    for group in DATA["groups"]:
        assert group["provider"] and group["domains"], group
        problems += _check_source(f"groups/{group['provider']}", group.get("source"))
    for group in DATA["not_typos"]:
        assert group["domains"] and group["note"], group
        problems += _check_source(f"not_typos/{group['domains']}", group.get("source"))
    for name, spec in SUFFIXES.items():
        problems += _check_source(f"suffixes/{name}", spec.get("source"))
    assert not problems, "\n".join(problems)


def test_the_domains_are_plain_unique_and_few() -> None:
    everything = LISTED + NOT_TYPOS
    assert all(re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", d) for d in everything), everything
    assert len(everything) == len(set(everything))
    assert 100 <= len(LISTED) <= 200, "keep the list to the domains people really use (and mistype)"


def _iana() -> set[str]:
    if not IANA.exists():
        pytest.skip(f"{IANA} (IANA's list, vendored by hypothesis) is not there")
    return {line.strip().lower() for line in IANA.read_text().splitlines() if line.strip() and line[0] != "#"}


def test_the_real_endings_include_every_top_level_domain_one_slip_from_a_listed_one() -> None:
    """Without them, hotmail.dk would be 'corrected' to hotmail.de: the list must be complete."""
    iana = _iana()
    tlds, slips = set(SUFFIXES["tlds"]["labels"]), set(SUFFIXES["slips"]["labels"])
    assert tlds <= iana and slips <= iana and not tlds & slips
    used = {d.rsplit(".", 1)[1] for d in LISTED} | {"jp"}
    near = {t for t in iana for u in used if _osa(t, u) <= 1}
    assert sorted(near - tlds - slips) == [], "add these to suffixes.tlds in data/domains.yaml"
    assert sorted(tlds - near) == [], "not one slip from a listed ending: remove from suffixes.tlds"


def _psl_two_labels() -> set[str]:
    if not PSL.exists():
        pytest.skip(f"{PSL} (Debian's publicsuffix package) is not there")
    icann, out = False, set()
    for line in PSL.read_text(encoding="utf-8").splitlines():
        icann = icann or "===BEGIN ICANN DOMAINS===" in line
        if "===END ICANN DOMAINS===" in line:
            break
        if icann and line and not line.startswith(("//", "*", "!")) and line.count(".") == 1:
            out.add(line.strip())
    return out


def test_the_real_second_levels_include_every_public_suffix_one_slip_from_a_listed_one() -> None:
    """Without them, yahoo.com.ar would be 'corrected' to yahoo.com.au."""
    psl = _psl_two_labels()
    jp = {f"{label}.jp" for label in SUFFIXES["jp_second_level"]["labels"]}
    second = set(SUFFIXES["second_level"]["labels"])
    assert jp <= psl and second <= psl
    used = {".".join(d.split(".")[-2:]) for d in LISTED if d.count(".") >= 2} & psl
    assert used <= second | jp, "every two-label ending of a listed domain is known"
    near = {p for p in psl for u in used | jp if _osa(p, u) <= 1}
    assert sorted(near - second - jp) == [], "add these to suffixes.second_level in data/domains.yaml"


def test_the_data_loads_lazily() -> None:
    """Importing the module reads no data; the first suggestion does (through knowledge.section)."""
    code = ("import sys, whybounce.typo as t; assert 'msgpack' not in sys.modules, 'loaded at import';"
            "assert t.suggest('gmial.com') == 'gmail.com'; assert 'msgpack' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


# --- cost ---------------------------------------------------------------------------------------------


def _work(domain: str) -> int:
    """Lines of whybounce/typo.py executed to answer for ``domain`` (index built, no cached answers)."""
    suggest("warm.up")
    typo._nearest.cache_clear()
    count = 0
    module = typo.__file__

    def local(frame: Any, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        count += event == "line"
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Callable[..., Any] | None:
        return local if frame.f_code.co_filename == module else None

    sys.settrace(tracer)
    try:
        suggest(domain)
    finally:
        sys.settrace(None)
    return count


FAMILIES: dict[str, Callable[[int], str]] = {
    "one long label": lambda n: "a" * n + ".com",
    "many labels": lambda n: "a." * n + "com",
    "a slip repeated": lambda n: "gmial." * n + "com",
    "near misses as labels": lambda n: "docomo.ne.lp." * n + "jp",
    "no dot": lambda n: "x" * n,
    "full width": lambda n: "ｇ" * n + "．ｃｏｍ",
    "dots only": lambda n: "." * n,
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_work_grows_at_most_linearly_and_stops_at_the_longest_domain(family: str) -> None:
    make = FAMILIES[family]
    assert len(make(16)) <= typo.MAX_DOMAIN
    small, double = _work(make(8)), _work(make(16))
    assert double <= 2 * small + 50, (small, double)
    big, bigger = _work(make(5_000)), _work(make(10_000))  # longer than any domain: refused unread
    assert bigger == big <= small, (big, bigger, small)



def test_a_shapes_domains_are_split_on_its_first_use() -> None:
    """``_Index.entries``: the listed domains of one (labels, length) are split when a suggestion first compares with
    them: the list's own domains of that shape, in its order, each split as ``_split`` splits it."""
    whole = typo._index()
    index = typo._Index(whole.real, whole.tail_labels, whole.by_shape, whole.label_counts, whole.tlds,
                        whole.second_levels)
    assert index._entries == {}
    listed = sorted(d for domains in index.by_shape.values() for d in domains)
    assert len(listed) > 100
    for domain in listed:
        shape = (domain.count(".") + 1, len(domain))
        entries = index.entries(shape)
        assert [e.domain for e in entries] == [d for d in listed if (d.count(".") + 1, len(d)) == shape]
        entry = next(e for e in entries if e.domain == domain)
        assert (entry.name, entry.suffix) == typo._split(domain, index.second_levels)
        assert entry.letters == typo._chars(domain) and entry.labels == shape[0]
    assert index.entries((9, 999)) == ()
