"""``make eval``: how well whybounce agrees with what it was not tuned on, and which rules do the work.

Prints, next to each other:
- the labelled corpus (Sisimai's labels): reason agreement overall, per sending system, the confusions, and
  enhanced-status agreement (on rows whose expected status is a standard RFC 3463 code);
- the real-MTA fixtures on their original hand labels and on the labels aligned to Sisimai's reading;
- the nine held-out real-MTA sets (documented replies, labelled before whybounce read them): reason, status
  and card `who` agreement, and go-sisimai's agreement with the same labels;
- the documented-reply catalogue, each reply as a Postfix bounce and pasted alone, and the card `who` of the bounce;
- the held-out documented replies (never tuned on, measured blind), scored as the catalogue, as a whole and per round;
  misses only with -v;
- agreement with go-sisimai on the unlabelled corpus bounces, with the differences;
- leave-one-system-out: each sending system's files scored with only the knowledge something else supports;
- leave-one-family-out: each family of the reply catalogue read without the knowledge only it supports (its own
  replies, its source pages) and with the evidence table derived without it;
- the knowledge entries whose only support is one corpus file (the target is none);
- how many messages each rule decided, and the seed-case score.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from whybounce import explain_bytes, explain_line
from whybounce.inputs import iter_messages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from documented import HELDOUT as DOCUMENTED_HELDOUT  # noqa: E402
from documented import entries as catalogue_entries  # noqa: E402  (the tests' own catalogue reader)
from documented import postfix_bounce  # noqa: E402

SHARED = ROOT.parent / "shared"
PRIVATE_STATUS = re.compile(r"^\d\.0\.9\d\d$")


def corpus_rows(corpus: Path, labels: Path) -> list[dict[str, Any]]:
    """One row per labelled recipient: expected vs. got."""
    rows: list[dict[str, Any]] = []
    for line in labels.read_text().splitlines():
        lab = json.loads(line)
        path = corpus / lab["file"]
        got: list[dict[str, Any]] = []
        for item in iter_messages([str(path)]):
            if item.raw is not None:
                got.extend(explain_bytes(item.raw).to_dict()["recipients"])
        for exp in lab["recipients"]:
            i = exp["index"] - 1
            g = got[i] if i < len(got) else None
            rows.append({"file": lab["file"], "engine": lab.get("engine", lab["file"].split("/")[0]),
                         "expected": exp, "got": g})
    return rows


def report(rows: list[dict[str, Any]], title: str, verbose: bool) -> None:
    n = len(rows)
    ok = sum(1 for r in rows if r["got"] and r["got"]["reason"] == r["expected"]["reason"])
    print(f"\n== {title}: reason agreement {ok}/{n} = {100 * ok / max(n, 1):.1f}%")
    std = [r for r in rows if r["expected"].get("status") and not PRIVATE_STATUS.match(r["expected"]["status"])]
    sok = sum(1 for r in std if r["got"] and r["got"]["status"] == r["expected"]["status"])
    print(f"   enhanced status agreement {sok}/{len(std)} = {100 * sok / max(len(std), 1):.1f}% "
          "(rows whose expected status is a standard code)")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    conf: Counter[tuple[str, str]] = Counter()
    for r in rows:
        e = per[r["engine"]]
        e[1] += 1
        got = r["got"]["reason"] if r["got"] else "(missing)"
        if got == r["expected"]["reason"]:
            e[0] += 1
        else:
            conf[(r["expected"]["reason"], got)] += 1
    print("   per sending system (only those below 100%):")
    for eng, (a, b) in sorted(per.items()):
        if a < b:
            print(f"     {eng:28s} {a}/{b}")
    print("   top confusions (expected -> got):")
    for (e, g), c in conf.most_common(12):
        print(f"     {c:3d}  {e} -> {g}")
    if verbose:
        for r in rows:
            got = r["got"]
            if not got or got["reason"] != r["expected"]["reason"]:
                print(f"     MISS {r['file']} #{r['expected']['index']}: want {r['expected']['reason']} got "
                      f"{got and got['reason']} [{got and got['rule']}] cmd={got and got['command']} "
                      f"st={got and got['status']} :: {((got and got['diagnostic']) or '')[:150]}")


def sisimai_on_real_mta(real: Path, rows: list[dict[str, Any]], verbose: bool) -> None:
    """Run go-sisimai (shared/peers, if present) over our real-MTA fixtures: how often it agrees with
    whybounce and with our labels.  Where the labels part from it is listed in the fixtures' README."""
    sis: dict[str, list[dict[str, Any]]] = {}
    for mta in sorted(p.name for p in real.iterdir() if p.is_dir()):
        found = _gosis(real / mta)
        if found is None:
            return
        sis.update((f"{mta}/{name}", recipients) for name, recipients in found.items())
    n = with_ours = with_labels = 0
    for r in rows:
        i = r["expected"]["index"] - 1
        got = sis.get(r["file"], [])
        theirs = got[i]["reason"] if i < len(got) else None
        n += 1
        with_ours += bool(r["got"]) and r["got"]["reason"] == theirs
        with_labels += r["expected"]["reason"] == theirs
        if verbose and r["got"] and r["got"]["reason"] != theirs:
            print(f"     DIFF {r['file']} #{i + 1}: go-sisimai {theirs}, whybounce {r['got']['reason']}, "
                  f"label {r['expected']['reason']}")
    print(f"   go-sisimai agrees with whybounce on {with_ours}/{n} = {100 * with_ours / max(n, 1):.1f}%, "
          f"with the labels on {with_labels}/{n} = {100 * with_labels / max(n, 1):.1f}%")


def who_agreement(rows: list[dict[str, Any]], verbose: bool) -> None:
    """How often the card's `who` is the labelled one (rows whose label names one)."""
    labelled = [r for r in rows if r["expected"].get("who")]
    ok = sum(1 for r in labelled if r["got"] and r["got"]["card"]["who"] == r["expected"]["who"])
    print(f"   card who agreement {ok}/{len(labelled)} = {100 * ok / max(len(labelled), 1):.1f}%")
    if verbose:
        for r in labelled:
            got = r["got"]["card"]["who"] if r["got"] else None
            if got != r["expected"]["who"]:
                print(f"     WHO {r['file']} #{r['expected']['index']}: want {r['expected']['who']} got {got}")


def heldout(verbose: bool, name: str = "real-mta-heldout", title: str = "held-out real-MTA set") -> None:
    """A held-out real-MTA set: bounces of documented replies that no rule was tuned on."""
    folder = ROOT / "tests" / "fixtures" / name
    if not (folder / "labels.jsonl").exists():
        return
    rows = corpus_rows(folder, folder / "labels.jsonl")
    report(rows, f"{title} (documented replies, labelled before whybounce read them)", verbose)
    who_agreement(rows, verbose)
    sisimai_on_real_mta(folder, rows, verbose)


def catalogue_real_mta(verbose: bool) -> None:
    """The TUNED cross-MTA set (tests/fixtures/real-mta-catalogue, session 43): catalogue replies relayed by the four
    real MTAs, scored like the real-MTA fixtures, then per MTA, then how many replies one MTA's bounce reads
    differently from another's."""
    folder = ROOT / "tests" / "fixtures" / "real-mta-catalogue"
    if not (folder / "labels.jsonl").exists():
        return
    rows = corpus_rows(folder, folder / "labels.jsonl")
    report(rows, "catalogue replies relayed by four real MTAs (TUNED, not blind)", verbose)
    who_agreement(rows, verbose)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    readings: dict[str, dict[str, bool]] = defaultdict(dict)
    for r in rows:
        mta, name = r["file"].split("/")
        ok = bool(r["got"]) and r["got"]["reason"] in [r["expected"]["reason"], *r["expected"].get("alternates", [])]
        per[mta][0] += ok
        per[mta][1] += 1
        if r["expected"]["reason"] not in ("expired", "networkerror"):  # the bounce quotes the reply
            readings[name][mta] = ok
    print("   per MTA: " + ", ".join(f"{m} {ok}/{n}" for m, (ok, n) in sorted(per.items())))
    both = [v for v in readings.values() if len(v) > 1]
    split = sum(1 for v in both if len(set(v.values())) > 1)
    print(f"   replies quoted by two or more MTAs: {len(both)}, read right by one MTA and wrong by another: {split}")


def rule_counts(rows: list[dict[str, Any]]) -> None:
    files: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["got"]:
            rule = r["got"]["rule"] or "?"
            files[rule].add(r["file"])
    print("\n== rules and how many corpus messages each decided (word rules that decide one file only are marked *;"
          " their sources lie outside the corpus)")
    for rule, fs in sorted(files.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        mark = "*" if len(fs) == 1 and rule.startswith(("reason.", "provider.")) else " "
        print(f"   {len(fs):4d}{mark} {rule}")


def catalogue(verbose: bool) -> dict[str, Any]:
    """The documented replies, as the Postfix bounce a sender gets and as a reply pasted alone; returns each reply's
    bounce finding by id (the leave-one-family-out figure compares with them)."""
    return documented(catalogue_entries(), "documented-reply catalogue", verbose)


def heldout_documented(verbose: bool) -> None:
    """The held-out documented replies: labelled from their documentation, never tuned on, measured blind (the
    folder's README). Scored as the catalogue is; the misses are listed only with -v."""
    entries = catalogue_entries(DOCUMENTED_HELDOUT)
    if entries:
        documented(entries, "held-out documented replies (never tuned on)", verbose)
        # each round (round 1 carries no `round` key) scored on its own as well; its misses stay in the line above
        rounds = sorted({int(e.get("round", 1)) for e in entries})
        for n in rounds if len(rounds) > 1 else []:
            documented([e for e in entries if int(e.get("round", 1)) == n],
                       f"held-out documented replies, round {n}", False)


def documented(entries: list[dict[str, Any]], title: str, verbose: bool) -> dict[str, Any]:
    """Reason agreement of documented replies, each as the Postfix bounce a sender gets and pasted alone, and the
    card `who` of both; the misses only when verbose. Returns each entry's bounce finding by id."""
    in_bounce = as_line = who_ok = line_who_ok = temporary_ok = labelled_temporary = 0
    misses = []
    findings: dict[str, Any] = {}
    for e in entries:
        (f,) = explain_bytes(postfix_bounce(e)).recipients
        findings[e["id"]] = f
        in_bounce += f.reason in e["reasons"]
        who = f.card.who if f.card else None
        who_ok += who == e["who"]
        if who != e["who"]:
            misses.append(f"     WHO {e['id']}: want {e['who']} got {who} ({f.reason})")
        line = explain_line(" ".join(str(e["reply"]).split())).finding
        as_line += line.reason in e["reasons"]
        line_who_ok += (line.card.who if line.card else None) == e["who"]
        if "temporary" in e:
            # the pasted reply's own fact (a bounce is final by its kind): temporary or not, as labelled
            labelled_temporary += 1
            temporary_ok += line.temporary == e["temporary"]
            if line.temporary != e["temporary"]:
                misses.append(f"     TEMPORARY {e['id']}: want {e['temporary']}, pasted {line.temporary}")
        if f.reason not in e["reasons"] or line.reason not in e["reasons"]:
            misses.append(f"     MISS {e['id']}: want {e['reasons']}, bounce {f.reason} [{f.rule}], "
                          f"pasted {line.reason} [{line.rule}]")
    n = len(entries)
    print(f"\n== {title} ({n} replies from {len({e['file'] for e in entries})} families): "
          f"as a Postfix bounce {in_bounce}/{n} = {100 * in_bounce / n:.1f}%, "
          f"pasted alone {as_line}/{n} = {100 * as_line / n:.1f}%; card who as a bounce {who_ok}/{n} = "
          f"{100 * who_ok / n:.1f}%, pasted {line_who_ok}/{n} = {100 * line_who_ok / n:.1f}%"
          + (f"; pasted temporary or not {temporary_ok}/{labelled_temporary}" if labelled_temporary else ""))
    if verbose:
        print("\n".join(misses))
    return findings


def _gosis(folder: Path) -> dict[str, list[dict[str, Any]]] | None:
    """go-sisimai's recipients for each bounce of a folder, by file name.  go-sisimai 5.2.0 never returns on a few
    bounces (Sendmail's reports of a 421 to RCPT TO in the third held-out set): when the folder does not finish, each
    file runs alone, and one that hangs gets no answer (so it counts against go-sisimai)."""
    peer = SHARED / "peers" / "bin" / "gosis-bench"
    if not peer.exists():
        return None
    try:
        return _gosis_run(peer, folder, 120)
    except subprocess.TimeoutExpired:
        result: dict[str, list[dict[str, Any]]] = {}
        for eml in sorted(folder.glob("*.eml")):
            try:
                result.update(_gosis_run(peer, eml, 15))
            except subprocess.TimeoutExpired:
                result[eml.name] = []
        return result


def _gosis_run(peer: Path, target: Path, timeout: float) -> dict[str, list[dict[str, Any]]]:
    out = subprocess.run([str(peer), str(target)], capture_output=True, text=True, timeout=timeout,
                         check=False).stdout
    result = {}
    for line in out.splitlines():
        d = json.loads(line)
        result[Path(d["file"]).name] = d.get("recipients") or []
    return result


GOSIS_RUNS = 9
"""go-sisimai is run this many times on the unlabelled bounces: on a few it answers differently from run to run."""


def sisimai_on_unlabelled(corpus: Path) -> None:
    """go-sisimai (a faithful stand-in for the labeller) against whybounce on the unlabelled corpus bounces.  Where
    go-sisimai's own answer changes between runs, whybounce agrees when it gives one of them; those are listed."""
    runs = [_gosis(corpus / "unlabelled") for _ in range(GOSIS_RUNS)]
    if runs[0] is None:
        return
    n = agree = 0
    diffs, varying = [], []
    for path in sorted((corpus / "unlabelled").glob("*.eml")):
        ours = [f for item in iter_messages([str(path)]) if item.raw is not None
                for f in explain_bytes(item.raw).to_dict()["recipients"]]
        answers = [(run or {}).get(path.name, []) for run in runs]
        for i in range(max([len(ours), *map(len, answers)])):
            o = ours[i] if i < len(ours) else None
            said = {a[i]["reason"] if i < len(a) else None for a in answers}
            t = " or ".join(sorted(str(x) for x in said))
            n += 1
            if len(said) > 1:
                varying.append(f"     VARIES {path.name} #{i + 1}: go-sisimai {t} over {GOSIS_RUNS} runs, whybounce "
                               f"{o and o['reason']}")
            if o is not None and o["reason"] in said:
                agree += 1
            else:
                diffs.append(f"     DIFF {path.name} #{i + 1}: go-sisimai {t}, whybounce "
                             f"{o and o['reason']} [{o and o['rule']}] :: {((o and o['diagnostic']) or '')[:110]}")
    print(f"\n== unlabelled corpus: go-sisimai agrees with whybounce on {agree}/{n} = {100 * agree / max(n, 1):.1f}% "
          "(None: go-sisimai found no recipient there)")
    print("\n".join(varying + diffs))


def _engine(name: str) -> str:
    return re.sub(r"-\d+\.eml$", "", name.removeprefix("bounces/").removeprefix("unlabelled/"))


def _only_corpus(source: Any) -> list[str] | None:
    """The corpus files an entry rests on when it has no other kind of source, else None."""
    srcs = [source] if isinstance(source, dict) else list(source or [])
    kinds = {k for s in srcs if isinstance(s, dict) for k in s} & {"url", "doc", "rfc", "sisimai", "corpus",
                                                                   "catalogue"}
    if kinds != {"corpus"}:
        return None
    files = []
    for s in srcs:
        v = s.get("corpus")
        files += v if isinstance(v, list) else [v]
    return [str(f) for f in files]


def _knowledge_entries() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(where, entry, file spec) for every reason word entry and provider entry."""
    import yaml as _yaml
    from whybounce.knowledge import DATA_DIR
    from whybounce.resolve import WORD_LISTS

    out = []
    for path in sorted((Path(DATA_DIR) / "reasons").glob("*.yaml")):
        spec = _yaml.safe_load(path.read_text(encoding="utf-8"))
        for _tier, key in WORD_LISTS:
            out += [(f"reasons/{path.stem} {e['id']}", e, spec) for e in spec.get(key) or ()]
    for path in sorted((Path(DATA_DIR) / "providers").glob("*.yaml")):
        spec = _yaml.safe_load(path.read_text(encoding="utf-8"))
        for e in spec.get("sentences") or ():
            out.append((f"providers/{path.stem} {e['id']}", {**e, "source": e.get("source") or spec.get("sources")},
                        spec))
    return out


def single_file_support() -> None:
    bad = []
    for where, e, _spec in _knowledge_entries():
        files = _only_corpus(e.get("source"))
        if files is not None and len(set(files)) < 2:
            bad.append(where)
    print(f"\n== knowledge entries supported by one corpus file and no outside source: {len(bad)} (target 0)")
    for b in bad:
        print(f"     {b}")


def _load_yaml(path: Path) -> Any:
    """A YAML file, read safely (with libyaml's parser when PyYAML has it: the leave-one-out figures read every
    knowledge and catalogue file)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # a safe loader either way


def _knowledge_yaml() -> tuple[dict[str, Any], dict[str, Any]]:
    """(reasons, providers) as their YAML files give them, by file stem: the compiled sections leave out the sources
    the leave-one-out figures need (build_knowledge.split_parts)."""
    from whybounce import knowledge

    def from_yaml(folder: str) -> dict[str, Any]:
        return {p.stem: _load_yaml(p) for p in sorted((Path(knowledge.DATA_DIR) / folder).glob("*.yaml"))}

    return from_yaml("reasons"), from_yaml("providers")


def _knowledge_without(reasons: dict[str, Any], provs: dict[str, Any],
                       keep: Callable[[dict[str, Any], Any], bool], codes: bool = False) -> dict[str, Any]:
    """The sections ``reasons`` and ``providers`` (and each ``providers/NAME``) with only the reason word entries
    (resolve.WORD_LISTS) and provider sentences for which ``keep(entry, the provider file's sources)`` holds; with
    ``codes``, the providers' own statuses and code tables too."""
    from whybounce import resolve

    new_reasons = {}
    for name, spec in reasons.items():
        spec = dict(spec)
        for _tier, key in resolve.WORD_LISTS:
            if spec.get(key):
                spec[key] = [e for e in spec[key] if keep(e, None)]
        new_reasons[name] = spec
    new_providers = {}
    for name, spec in provs.items():
        spec = dict(spec)
        if spec.get("sentences"):
            spec["sentences"] = [e for e in spec["sentences"] if keep(e, spec.get("sources"))]
        if codes and spec.get("statuses"):
            spec["statuses"] = [e for e in spec["statuses"] if keep(e, spec.get("sources"))]
        if codes and isinstance(spec.get("codes"), dict) and spec["codes"].get("table"):
            spec["codes"] = {**spec["codes"], "table": [e for e in spec["codes"]["table"]
                                                       if keep(e, spec.get("sources"))]}
        new_providers[name] = spec
    # each provider file is a section of its own too: a provider is built from its own when first recognised; the
    # resolver reads the reason files through their compiled table (reasons#table), which must be compiled again
    return {"reasons": new_reasons, "reasons#table": resolve.compile_table(new_reasons), "providers": new_providers,
            **{f"providers/{name}": spec for name, spec in new_providers.items()}}


def _clear_knowledge_caches() -> None:
    """Forget everything the resolver, the providers and the evidence tier built from the knowledge (every cached
    function of those modules), so the next reading decodes the sections again."""
    from whybounce import evidence, providers, resolve

    for module in (resolve, providers, evidence):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == module.__name__:
                value.cache_clear()


@contextmanager
def patched_knowledge(patched: dict[str, Any]) -> Iterator[None]:
    """Read with the sections of ``patched`` instead of the shipped ones (every other section as shipped); the
    modules that read them (resolve, providers, evidence: each through its own ``section`` name) are restored and
    their caches cleared on the way out."""
    from whybounce import evidence, knowledge, providers, resolve

    modules = (resolve, providers, evidence)
    try:
        for module in modules:
            # a patched section is read as patched whatever its value (not only when truthy)
            module.section = lambda name: patched[name] if name in patched else knowledge.section(name)  # type: ignore[assignment,misc]
        _clear_knowledge_caches()
        yield
    finally:
        for module in modules:
            module.section = knowledge.section  # type: ignore[assignment,misc]
        _clear_knowledge_caches()


def leave_one_system_out(rows: list[dict[str, Any]], corpus: Path) -> None:
    """Each sending system's files, scored with the knowledge minus every entry that only that system's corpus
    files support (an entry with any outside source, or corpus files of another system, stays)."""
    reasons, provs = _knowledge_yaml()

    def without(system: str) -> dict[str, Any]:
        def keep(entry: dict[str, Any], fallback: Any = None) -> bool:
            files = _only_corpus(entry.get("source") or fallback)
            return files is None or any(_engine(f) != system for f in files)

        return _knowledge_without(reasons, provs, keep)

    systems = sorted({r["engine"] for r in rows})
    total = ok = 0
    worse = []
    for system in systems:
        with patched_knowledge(without(system)):
            mine = [r for r in rows if r["engine"] == system]
            files = {r["file"] for r in mine}
            got: dict[str, list[dict[str, Any]]] = {}
            for name in files:
                got[name] = [f for item in iter_messages([str(corpus / "bounces" / name)]) if item.raw is not None
                             for f in explain_bytes(item.raw).to_dict()["recipients"]]
        n = sum(1 for r in mine)
        k = sum(1 for r in mine if r["expected"]["index"] - 1 < len(got[r["file"]])
                and got[r["file"]][r["expected"]["index"] - 1]["reason"] == r["expected"]["reason"])
        before = sum(1 for r in mine if r["got"] and r["got"]["reason"] == r["expected"]["reason"])
        total += n
        ok += k
        if k < before:
            worse.append(f"     {system:28s} {k}/{n} (with all knowledge {before}/{n})")
    print(f"\n== leave-one-system-out (each system scored without knowledge only its own files support): "
          f"{ok}/{total} = {100 * ok / max(total, 1):.1f}%")
    print("   systems that lose something:" if worse else "   no system depends on knowledge only it supports")
    print("\n".join(worse))


_URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s'\"<>»()]*)?", re.IGNORECASE)


def page(url: str) -> str:
    """A URL as the page it names: lower-case host and path, without scheme, ``www.``, query, fragment or a
    trailing slash (``https://www.postfix.org/`` and ``http://postfix.org`` name one page)."""
    u = url.strip().lower()
    u = re.sub(r"^[a-z]+://", "", u).split("#")[0].split("?")[0].rstrip("/")
    return u.removeprefix("www.")


class Family:
    """One family of the documented-reply catalogue (one file there) as the knowledge's sources may name it: the ids
    of its replies, the pages its ``source`` and its entries' own ``source`` give (:func:`page`), and those sources'
    titles."""

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        self.name = name
        self.ids = frozenset(str(e["id"]) for e in data["entries"])
        sources = [data.get("source"), *(e.get("source") for e in data["entries"])]
        self.pages = frozenset(page(str(s["url"])) for s in sources if isinstance(s, dict) and s.get("url"))
        # the pages another family's replies come from too (set by :func:`families`): a source naming one is support
        # from that family as well, so it is not this family's alone
        self.shared: frozenset[str] = frozenset()
        self.titles = frozenset(str(s["title"]).lower() for s in sources
                                if isinstance(s, dict) and len(str(s.get("title") or "")) >= 12)

    def owns(self, item: Any) -> bool:
        """Whether one item of an entry's ``source`` list names only this family's material: a ``catalogue`` item
        all of whose ids are this family's replies; a ``url`` item naming one of its pages; a ``doc`` item (without
        a ``url``) that names one of its pages, one of its sources' titles or an id of its replies.  A page another
        family's replies come from too (Microsoft's NDR page for Microsoft 365 and Outlook.com) is not the family's
        own.  Every other item (an RFC, Sisimai, corpus files, another page or document) is support from outside the
        family."""
        if not isinstance(item, dict):
            return False
        if "catalogue" in item:
            ids = item["catalogue"] if isinstance(item["catalogue"], list) else [item["catalogue"]]
            return bool(ids) and all(str(i) in self.ids for i in ids)
        if item.get("url"):
            return page(str(item["url"])) in self.pages - self.shared
        if "doc" in item:
            text = str(item["doc"])
            low = text.lower()
            return (any(page(u) in self.pages - self.shared for u in _URL.findall(text))
                    or any(t in low for t in self.titles)
                    or any(i in self.ids for i in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)+", low)))
        return False

    def alone_supports(self, source: Any) -> bool:
        """Whether every item of ``source`` is this family's (:meth:`owns`): without the family the entry has no
        source left.  An entry with no source at all is not counted as the family's."""
        items = [source] if isinstance(source, dict) else list(source or [])
        return bool(items) and all(self.owns(i) for i in items)


def families(folder: Path | None = None) -> dict[str, Family]:
    """The catalogue's families (its files, by stem), each knowing which of its pages other families share."""
    from documented import CATALOGUE

    found = {p.stem: Family(p.stem, _load_yaml(p)) for p in sorted((folder or CATALOGUE).glob("*.yaml"))}
    seen = Counter(pg for fam in found.values() for pg in fam.pages)
    for fam in found.values():
        fam.shared = frozenset(pg for pg in fam.pages if seen[pg] > 1)
    return found


def knowledge_without_family(fam: Family, reasons: dict[str, Any], provs: dict[str, Any],
                             prepared: list[Any], codes: bool = False) -> dict[str, Any]:
    """The knowledge's sections without what only ``fam`` supports: every reason word entry and provider sentence
    whose sources are all the family's (:meth:`Family.alone_supports`; a provider sentence without a ``source`` of
    its own has its file's ``sources``), and the evidence table derived from the catalogue without the family's
    replies (tools/derive_evidence.py's rows, as tools/fallback_study.py --evidence does; ``prepared``: the
    catalogue's entries as derive_evidence.prepare gives them); with ``codes``, also the providers' own statuses and
    code tables (a provider's status that only the family's page documents, as Gmail's 4.7.28)."""
    import derive_evidence
    from whybounce.evidence import table_of

    def keep(entry: dict[str, Any], fallback: Any) -> bool:
        return not fam.alone_supports(entry.get("source") or fallback)

    patched = _knowledge_without(reasons, provs, keep, codes)
    rows = derive_evidence.rows_of([p for p in prepared if p[1] != fam.name])
    # the evidence tier reads the compiled table (evidence#table), which must be compiled again, as reasons#table
    patched["evidence"] = {"rows": rows}
    patched["evidence#table"] = table_of(rows)
    return patched


def leave_one_family_out(full: dict[str, Any], verbose: bool = False, worst: int = 12) -> list[dict[str, Any]]:
    """Each family of the documented-reply catalogue, its replies read as the Postfix bounce a sender gets (as the
    catalogue figure reads them), with the knowledge minus what only that family supports
    (:func:`knowledge_without_family`): the catalogue's unseen-like figure, as leave-one-system-out is the
    corpus's.  Conservative in what it removes: a ``doc`` source that names the family's software or vendor in
    other words than its source's title or page (Postfix's own source files for the Postfix family, say) still
    counts as outside support, so the figure is an upper bound of how the knowledge reads an unseen family.  A
    second figure also leaves out the providers' own statuses and code tables only the family supports (an unseen
    provider's own codes are unknown too); only the families that own some are read again for it.  ``full``: each
    reply's bounce finding with all knowledge, by id (:func:`catalogue`'s, read once).
    Returns one row per reply (``entry``; ``all``: the finding with all knowledge; ``lofo``: without the family's
    words and evidence; ``wide``: without its provider statuses and codes too)."""
    import derive_evidence

    cat = catalogue_entries()
    reasons, provs = _knowledge_yaml()
    prepared = [derive_evidence.prepare(e) for e in cat]
    rows: list[dict[str, Any]] = []
    by_family: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in cat:
        by_family[e["file"].removesuffix(".yaml")].append(e)
    for name, fam in families().items():
        narrow = knowledge_without_family(fam, reasons, provs, prepared)
        with patched_knowledge(narrow):
            mine = [{"entry": e, "all": full[e["id"]], "lofo": explain_bytes(postfix_bounce(e)).recipients[0]}
                    for e in by_family[name]]
        wide = knowledge_without_family(fam, reasons, provs, prepared, codes=True)
        if wide["providers"] != narrow["providers"]:
            with patched_knowledge(wide):
                for r in mine:
                    r["wide"] = explain_bytes(postfix_bounce(r["entry"])).recipients[0]
        rows += [{"wide": r["lofo"], **r} for r in mine]
    n = len(rows)

    def right(key: str) -> int:
        return sum(r[key].reason in r["entry"]["reasons"] for r in rows)

    ok, before, wide_ok = right("lofo"), right("all"), right("wide")
    who = sum((r["lofo"].card.who if r["lofo"].card else None) == r["entry"]["who"] for r in rows)
    print(f"\n== documented-reply catalogue, leave-one-family-out (each family read without knowledge only it "
          f"supports): {ok}/{n} = {100 * ok / max(n, 1):.1f}% (card who {who}/{n} = {100 * who / max(n, 1):.1f}%; "
          f"with all knowledge {before}/{n})")
    print(f"   also without the providers' own statuses and codes only the family supports: {wide_ok}/{n} = "
          f"{100 * wide_ok / max(n, 1):.1f}%")
    lost: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        c = lost[r["entry"]["file"].removesuffix(".yaml")]
        c[0] += r["lofo"].reason in r["entry"]["reasons"]
        c[1] += r["all"].reason in r["entry"]["reasons"]
        c[2] += 1
    ranked = sorted(((b - a, name, a, b, t) for name, (a, b, t) in lost.items() if b > a), reverse=True)
    print("   families that lose most (without their own knowledge / with all / replies):")
    for d, name, a, b, t in ranked[:worst]:
        print(f"     {name:28s} -{d:<3d} {a}/{t} (with all knowledge {b}/{t})")
    if verbose:
        for r in rows:
            e, f = r["entry"], r["lofo"]
            if f.reason not in e["reasons"] and r["all"].reason in e["reasons"]:
                print(f"     LOST {e['id']}: want {e['reasons']}, got {f.reason} [{f.rule}]")
    return rows


def seed_cases(path: Path) -> tuple[int, int, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    ok, misses = 0, []
    for case in data["cases"]:
        got = explain_line(case["input"]).to_dict()
        bad = check_case(case["expect"], got)
        if bad:
            misses.append(f"{case['id']}: {bad}")
        else:
            ok += 1
    return ok, len(data["cases"]), misses


def check_case(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """The keys of a seed case's expectation that the result does not meet."""
    bad = []
    if "code" in expect and got["reply_code"] != expect["code"]:
        bad.append(f"code {got['reply_code']}")
    if "status" in expect and got["status"] != expect["status"]:
        bad.append(f"status {got['status']}")
    if "temporary" in expect and got["temporary"] != expect["temporary"]:
        bad.append(f"temporary {got['temporary']}")
    if "reason" in expect and got["reason"] not in expect["reason"]:
        bad.append(f"reason {got['reason']}")
    if "topic" in expect and got["topic"] not in expect["topic"]:
        bad.append(f"topic {got['topic']}")
    if "command" in expect and got["command"] != expect["command"]:
        bad.append(f"command {got['command']}")
    if "recipient" in expect and got["address"] != expect["recipient"]:
        bad.append(f"recipient {got['address']}")
    if "who" in expect and (got.get("card") or {}).get("who") != expect["who"]:
        bad.append(f"who {(got.get('card') or {}).get('who')}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    corpus = SHARED / "corpus" / "sisimai"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    rows = corpus_rows(corpus / "bounces", corpus / "labels.jsonl")
    report(rows, "sisimai corpus", args.verbose)
    real = ROOT / "tests" / "fixtures" / "real-mta"
    if (real / "labels.jsonl").exists():
        real_rows = corpus_rows(real, real / "labels.jsonl")
        report(real_rows, "real-MTA fixtures, original hand labels", args.verbose)
        if (real / "labels-aligned.jsonl").exists():
            aligned = corpus_rows(real, real / "labels-aligned.jsonl")
            report(aligned, "real-MTA fixtures, labels aligned to Sisimai's reading (20 rows differ)", False)
        sisimai_on_real_mta(real, real_rows, args.verbose)
    heldout(args.verbose)
    for n, nth in enumerate(("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                             "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
                             "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                             "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
                             "thirty-first", "thirty-second", "thirty-third", "thirty-fourth",
                             "thirty-fifth", "thirty-sixth", "thirty-seventh", "thirty-eighth",
                             "thirty-ninth", "fortieth", "forty-first", "forty-second",
                             "forty-third", "forty-fourth", "forty-fifth",
                             "forty-sixth", "forty-seventh", "forty-eighth", "forty-ninth", "fiftieth",
                             "fifty-first", "fifty-second", "fifty-third", "fifty-fourth",
                             "fifty-fifth", "fifty-sixth", "fifty-seventh", "fifty-eighth", "fifty-ninth",
                             "sixtieth", "sixty-first", "sixty-second"),
                            start=2):
        heldout(args.verbose, f"real-mta-heldout{n}", f"{nth} held-out real-MTA set")
    catalogue_real_mta(args.verbose)
    leave_one_family_out(catalogue(args.verbose), args.verbose)
    heldout_documented(args.verbose)
    sisimai_on_unlabelled(corpus)
    leave_one_system_out(rows, corpus)
    single_file_support()
    rule_counts(rows)
    ok, n, misses = seed_cases(SHARED / "cases" / "seed-cases.yaml")
    print(f"\n== seed cases: {ok}/{n}")
    for m in misses:
        print(f"   MISS {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
