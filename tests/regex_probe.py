"""Collects every regular expression and knowledge phrase of the core, and builds adversarial texts for them.

Used by ``test_regex_linear.py``, which runs this file as a child process (``python regex_probe.py
KIND START STOP``) because a running ``re`` match cannot be interrupted from inside: the parent watches
the child's progress lines and kills it when one pattern takes too long.

Patterns are found, not listed: every module of ``whybounce`` and ``whybounce.formats`` is imported and
its module-level values (and those of its classes, and lists, tuples and dicts of them) are searched
for compiled ``re.Pattern`` objects and for patterns compiled on first use (``whybounce.patterns.lazy``,
compiled here), so a pattern added tomorrow is covered without touching the test.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import yaml

SIZE = 100_000
PACKAGES = ("whybounce", "whybounce.formats")
PHRASE_KEYS = frozenset({"phrases", "pairs", "unless", "match", "text", "words"})
"""Keys of data/*.yaml whose strings are searched for in server replies (plain substrings)."""

_CATEGORY_CHARS = {
    sre_c.CATEGORY_DIGIT: "5", sre_c.CATEGORY_NOT_DIGIT: "a", sre_c.CATEGORY_SPACE: " ",
    sre_c.CATEGORY_NOT_SPACE: "x", sre_c.CATEGORY_WORD: "w", sre_c.CATEGORY_NOT_WORD: "-",
    sre_c.CATEGORY_LINEBREAK: "\n", sre_c.CATEGORY_NOT_LINEBREAK: "z",
}
GENERIC = ("a", " ", "\t", "\n", ".", "-", "@", "<", ">", "5", "=", "?", "\\", '"', "(", ":", "é", "\u3042")


def all_modules() -> list[Any]:
    mods = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        mods.append(pkg)
        for info in pkgutil.iter_modules(pkg.__path__, pkg_name + "."):
            if not info.ispkg:
                mods.append(importlib.import_module(info.name))
    return mods


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    from whybounce.patterns import LazyPattern

    if isinstance(value, LazyPattern):
        yield value.compiled
    elif isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for k, v in value.items():
            yield from _patterns_in(k, depth + 1)
            yield from _patterns_in(v, depth + 1)


def collect_patterns() -> list[tuple[str, re.Pattern[Any]]]:
    """(where, pattern) for every distinct compiled pattern held at module or class level in the core."""
    seen: set[tuple[Any, int]] = set()
    out: list[tuple[str, re.Pattern[Any]]] = []
    for mod in all_modules():
        if mod.__name__ == "whybounce.patterns":
            continue  # its ALL lists every lazy pattern; each is found in the module that made it
        for name, value in sorted(vars(mod).items()):
            holders = [(name, value)]
            if isinstance(value, type) and value.__module__ == mod.__name__:
                holders = [(f"{name}.{k}", v) for k, v in sorted(vars(value).items())]
            for label, v in holders:
                for p in _patterns_in(v):
                    key = (p.pattern, p.flags)
                    if key not in seen:
                        seen.add(key)
                        out.append((f"{mod.__name__}.{label}", p))
    return out


def collect_phrases() -> list[tuple[str, str]]:
    """(file, phrase) for every string under a phrase-like key of data/**/*.yaml."""
    from whybounce.knowledge import DATA_DIR

    out: list[tuple[str, str]] = []

    def walk(node: Any, file: str, under: bool) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, file, under or k in PHRASE_KEYS)
        elif isinstance(node, list):
            for v in node:
                walk(v, file, under)
        elif isinstance(node, str) and under and node.strip():
            out.append((file, node))

    for path in sorted(Path(DATA_DIR).rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), path.relative_to(DATA_DIR).as_posix(), False)
    return out


# --- adversarial texts ------------------------------------------------------------------------------


def _class_chars(items: list[tuple[Any, Any]]) -> list[str]:
    chars: list[str] = []
    negate = False
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE:
            lo, hi = av
            chars += [chr(lo), chr(hi), chr((lo + hi) // 2)]
        elif op is sre_c.CATEGORY:
            chars.append(_CATEGORY_CHARS.get(av, "a"))
    if negate:
        return [c for c in ("a", " ", "5", "x", "\u3042") if c not in chars][:3]
    return chars


class _Sampler:
    """Walks a parsed pattern: collects the characters and literal words it matches, and builds a sample
    string that (nearly) matches it, each repeat taken ``minimal`` times or a few times."""

    def __init__(self, minimal: bool, chars: list[str], words: list[str]) -> None:
        self.minimal, self.chars, self.words = minimal, chars, words
        self.groups: dict[int, str] = {}

    def walk(self, tree: Any) -> str:
        sample: list[str] = []
        word: list[str] = []
        for op, av in tree:
            if op is sre_c.LITERAL:
                c = chr(av)
                self.chars.append(c)
                word.append(c)
                sample.append(c)
                continue
            if len(word) > 1:
                self.words.append("".join(word))
            word = []
            sample.append(self._node(op, av))
        if len(word) > 1:
            self.words.append("".join(word))
        return "".join(sample)

    def _node(self, op: Any, av: Any) -> str:
        if op is sre_c.NOT_LITERAL:
            return "a" if chr(av) != "a" else "b"
        if op is sre_c.ANY:
            self.chars.append("a")
            return "a"
        if op is sre_c.IN:
            cs = _class_chars(av)
            self.chars.extend(cs)
            return cs[0] if cs else "a"
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            piece = self.walk(sub)
            times = lo if self.minimal else min(max(lo, 2), hi if hi != sre_c.MAXREPEAT else 3, 3)
            return str(piece * min(times, 50))
        if op is sre_c.SUBPATTERN:
            text = self.walk(av[-1])
            if av[0] is not None:
                self.groups[av[0]] = text
            return text
        if op is sre_c.ATOMIC_GROUP:
            return self.walk(av)
        if op is sre_c.BRANCH:
            alts = [self.walk(b) for b in av[1]]
            return alts[0] if alts else ""
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            self.walk(av[1])
            return ""
        if op is sre_c.GROUPREF:
            return self.groups.get(av, "")
        if op is sre_c.GROUPREF_EXISTS:
            _cond, yes, no = av
            text = self.walk(yes)
            if no is not None:
                self.walk(no)
            return text
        return ""  # AT, CATEGORY outside a class: zero width or nothing to add


def _fill(piece: str, size: int = SIZE) -> str:
    return (piece * (size // max(1, len(piece)) + 1))[:size] if piece else ""


def texts_for(pattern: str) -> list[str]:
    """About twenty 100 KB texts aimed at ``pattern``: runs of what it matches, near misses, repeats."""
    chars: list[str] = []
    words: list[str] = []
    samples: list[str] = []
    try:
        tree = sre_parse.parse(pattern)
        samples = [_Sampler(m, chars, words).walk(tree) for m in (False, True)]
    except (re.error, TypeError, ValueError):
        pass
    uniq = list(dict.fromkeys(chars))[:16]
    out = [_fill(c) for c in uniq]
    stopper = next(c for c in ("!", "\x00", "~", "\u2603") if c not in uniq)
    out += [_fill(c, SIZE - 1) + stopper for c in uniq[:8]]  # a run that fails only at its very end
    out.append(_fill("".join(uniq)))
    for sample in samples:
        if not sample:
            continue
        n = len(sample)
        # the sample repeated, and repeated cut short: openings that never close are the classic trap
        cuts = {n, n - 1, n * 3 // 4, n // 2, n // 4}
        out += [_fill(sample[:k]) for k in sorted(cuts, reverse=True) if k > 0]
        out.append(sample[:-1] + _fill(uniq[0] if uniq else "a", SIZE - n))
    for w in list(dict.fromkeys(words))[:6]:
        out += [_fill(w[:-1] + " "), _fill(w + " "), _fill(w)]
    out += [_fill(g) for g in GENERIC if g not in uniq]
    return list(dict.fromkeys(t for t in out if t))


def texts_for_phrase(phrase: str) -> list[str]:
    """Near misses for a substring: its own characters repeated, the phrase cut before its last letter."""
    p = phrase.lower()
    return [_fill(p[:-1] + " "), _fill(p[:-1]), _fill(p[0]), _fill(p[: len(p) // 2])]


# --- child process ------------------------------------------------------------------------------------


def _run_pattern(p: re.Pattern[Any]) -> None:
    for text in texts_for(p.pattern if isinstance(p.pattern, str) else p.pattern.decode("latin-1")):
        subject: Any = text if isinstance(p.pattern, str) else text.encode("latin-1", "replace")
        for _ in p.finditer(subject):
            pass
        p.match(subject)


def _run_phrase(phrase: str) -> None:
    p = phrase.lower()
    for text in texts_for_phrase(phrase):
        _ = p in text
        text.find(p)
        text.count(p)


def near_miss_texts() -> list[tuple[str, str]]:
    """Per YAML file, one 100 KB text of all its phrases each cut before its last character."""
    by_file: dict[str, list[str]] = {}
    for file, phrase in collect_phrases():
        by_file.setdefault(file, []).append(phrase.lower()[:-1] or phrase.lower())
    return [(file, _fill(" ".join(cut) + " ")) for file, cut in sorted(by_file.items())]


def _run_whole(text: str) -> None:
    """The real code paths over a near-miss text: the resolver's rules, a card, a pasted line."""
    from whybounce import explain_line
    from whybounce.model import Evidence
    from whybounce.resolve import resolve

    resolve(Evidence(diagnostic=text))
    explain_line("550 5.7.1 " + text)
    explain_line(text.replace(" ", "\n", 200))


def items_of(kind: str) -> list[tuple[str, Any]]:
    if kind == "patterns":
        return list(collect_patterns())
    if kind == "phrases":
        return list(collect_phrases())
    return near_miss_texts()


def main(argv: list[str]) -> int:
    kind, start, stop = argv[0], int(argv[1]), int(argv[2])
    items = items_of(kind)
    runners: dict[str, Callable[[Any], None]] = {"patterns": _run_pattern, "phrases": _run_phrase,
                                                 "classifier": _run_whole}
    run = runners[kind]
    for i in range(start, min(stop, len(items))):
        _where, obj = items[i]
        print(f"start {i}", flush=True)
        t0 = time.perf_counter()
        run(obj)
        print(f"done {i} {time.perf_counter() - t0:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main(sys.argv[1:]))
