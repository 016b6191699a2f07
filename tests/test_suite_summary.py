"""``tools/suite_summary.py``: the short summary that ends ``scripts/test.sh``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from host_util import REPO

sys.path.insert(0, str(REPO / "tools"))
from suite_summary import read_tap, summary

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="1" skipped="3" tests="6">
<testcase classname="tests.test_cli" name="test_a" time="0.1"/>
<testcase classname="tests.test_cli" name="test_b" time="0.1"><failure message="assert 1 == 2">boom</failure></testcase>
<testcase classname="tests.test_cli" name="test_c" time="0.1"/>
<testcase classname="tests.test_core_corpus" name="test_d" time="0"><skipped type="pytest.skip"
 message="../shared corpus not present">tests/test_core_corpus.py:67: ../shared corpus not present</skipped></testcase>
<testcase classname="tests.e2e.test_thunderbird" name="test_e" time="0"><skipped type="pytest.skip"
 message="thunderbird is not installed (tests/e2e/install_thunderbird.sh installs it)">x</skipped></testcase>
<testcase classname="tests.e2e.test_summary_tab" name="test_f" time="0"><skipped type="pytest.skip"
 message="thunderbird is not installed (tests/e2e/install_thunderbird.sh installs it)">x</skipped></testcase>
</testsuite></testsuites>
"""

TAP = """TAP version 13
# Subtest: one
ok 1 - one
# Subtest: two
not ok 2 - two
  ---
  ...
1..2
# tests 2
# suites 0
# pass 1
# fail 1
# cancelled 0
# skipped 0
# todo 0
"""


def test_python_counts_failures_skip_reasons_and_why_e2e_did_not_run(tmp_path: Path) -> None:
    (tmp_path / "pytest.xml").write_text(JUNIT, encoding="utf-8")
    (tmp_path / "js-local.skipped").write_text("node/npm not found (apt-get install nodejs npm)\n", encoding="utf-8")
    text = "\n".join(summary(tmp_path))
    assert "Python: 2 passed, 1 failed, 3 skipped" in text
    assert "FAILED tests.test_cli::test_b" in text
    assert "skipped (1): ../shared corpus not present" in text
    assert "skipped (2): thunderbird is not installed" in text
    assert "Thunderbird e2e: did not run: thunderbird is not installed" in text
    assert "JS (node on PATH): did not run: node/npm not found" in text


def test_js_counts_failed_names_lint_line_and_node_version(tmp_path: Path) -> None:
    (tmp_path / "pytest.xml").write_text(JUNIT.replace("tests.e2e.", "tests.x."), encoding="utf-8")
    (tmp_path / "js-debian.tap").write_text(TAP, encoding="utf-8")
    (tmp_path / "js-debian.node").write_text("v18.20.4\n", encoding="utf-8")
    (tmp_path / "lint-debian.txt").write_text("addons-linter: 0 errors, 0 unexpected findings\n", encoding="utf-8")
    lines = summary(tmp_path)
    assert "JS (Debian's own nodejs, node v18.20.4): 1 passed, 1 failed" in lines
    assert "  FAILED two" in lines
    assert "  lint: addons-linter: 0 errors, 0 unexpected findings" in lines
    assert "Thunderbird e2e: did not run (not collected)" in lines
    assert len(lines) < 15, "a summary, not a log"


def test_a_js_run_that_could_not_start_says_why(tmp_path: Path) -> None:
    (tmp_path / "js-debian.log").write_text("debian-node: apt knows no Debian nodejs package\n", encoding="utf-8")
    text = "\n".join(summary(tmp_path))
    assert "Python: no result" in text
    assert "JS (Debian's own nodejs): did not run: debian-node: apt knows no Debian nodejs package" in text


def test_a_pytest_error_outside_the_tests_is_not_hidden(tmp_path: Path) -> None:
    (tmp_path / "pytest.xml").write_text(JUNIT.replace('failures="1"', 'failures="0"').replace(
        '<failure message="assert 1 == 2">boom</failure>', ""), encoding="utf-8")
    (tmp_path / "pytest.status").write_text("1\n", encoding="utf-8")
    text = "\n".join(summary(tmp_path))
    assert "Python: 3 passed, 0 failed" in text and "pytest itself exited with status 1" in text
    (tmp_path / "pytest.status").write_text("0\n", encoding="utf-8")
    assert "pytest itself" not in "\n".join(summary(tmp_path))


def test_read_tap_reads_the_totals_of_nodes_tap_reporter() -> None:
    totals, failed = read_tap(TAP)
    assert totals == {"pass": 1, "fail": 1, "cancelled": 0, "skipped": 0, "todo": 0}
    assert failed == ["two"]


def test_the_js_dependencies_are_installed_before_pytest_runs() -> None:
    # the packaging test lints the built .xpi with tests/js/node_modules' addons-linter: on a first run it
    # would be skipped if npm ci came after pytest
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    npm_ci = re.search(r"npm ci\b", script)
    pytest_run = re.search(r"-m pytest\b", script)
    assert npm_ci and pytest_run and npm_ci.start() < pytest_run.start()
