"""``whybounce_host.onpath``: the installers put ``whybounce`` and ``whybounce-host`` on PATH as pipx does.

Links in ``~/.local/bin`` on Linux and macOS, copies of the launchers plus the user's PATH in the registry on
Windows (a fake registry value here), and a removal that takes away exactly what was made.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from host_util import tree_snapshot
from whybounce_host.onpath import COMMANDS, add, on_path, path_with, path_without, remove


class FakeUserPath:
    def __init__(self, value: str = "", expandable: bool = True) -> None:
        self.value, self.expandable, self.writes = value, expandable, 0

    def read(self) -> tuple[str, bool]:
        return self.value, self.expandable

    def write(self, value: str, expandable: bool) -> None:
        self.value, self.expandable, self.writes = value, expandable, self.writes + 1


def venv_scripts(root: Path, windows: bool = False) -> Path:
    scripts = root / "venv" / ("Scripts" if windows else "bin")
    scripts.mkdir(parents=True)
    for command in COMMANDS:
        path = scripts / (command + (".exe" if windows else ""))
        path.write_text("#!/bin/sh\necho " + command + " runs\n")
        path.chmod(0o755)
    return scripts


def test_links_in_local_bin_run_the_commands_and_remove_leaves_home_as_it_was(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    scripts = venv_scripts(tmp_path)
    record = tmp_path / "record.json"
    before = tree_snapshot(home)
    bin_dir = home / ".local" / "bin"
    report = add(scripts, bin_dir, record, system="linux", environ={"PATH": "/usr/bin:/bin", "HOME": str(home)})
    assert not report.problems
    for command in COMMANDS:
        assert (bin_dir / command).resolve() == scripts / command
        done = subprocess.run([command], env={"PATH": str(bin_dir)}, capture_output=True, text=True)
        assert done.stdout == f"{command} runs\n"
    note = "\n".join(report.lines)
    assert f"{bin_dir} is not on PATH" in note and 'export PATH="$HOME/.local/bin:$PATH"' in note
    assert "Debian and Ubuntu add it at your next login" in note

    after = tree_snapshot(home)
    again = add(scripts, bin_dir, record, system="linux", environ={"PATH": f"/usr/bin:{bin_dir}"})
    assert again.lines == [] and again.problems == [], "a second run changes nothing and has nothing to say"
    assert tree_snapshot(home) == after

    gone = remove(record, system="linux", environ={})
    assert not gone.problems
    assert tree_snapshot(home) == before and not record.exists()


def test_no_note_when_the_folder_is_on_path_and_another_folder_is_shown_as_is(tmp_path: Path) -> None:
    scripts = venv_scripts(tmp_path)
    bin_dir = tmp_path / "tools"
    quiet = add(scripts, bin_dir, tmp_path / "r.json", system="linux", environ={"PATH": f"/bin:{bin_dir}/"})
    assert not [line for line in quiet.lines if "not on PATH" in line]
    remove(tmp_path / "r.json", system="linux", environ={})
    noted = add(scripts, bin_dir, tmp_path / "r.json", system="macos", environ={"PATH": "/bin", "HOME": "/nowhere"})
    text = "\n".join(noted.lines)
    assert f'export PATH="{bin_dir}:$PATH"' in text and "Debian" not in text


def test_a_command_someone_else_put_there_is_neither_replaced_nor_removed(tmp_path: Path) -> None:
    scripts = venv_scripts(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "whybounce").write_text("#!/bin/sh\necho mine\n")
    (bin_dir / "whybounce-host").symlink_to("/opt/elsewhere/whybounce-host")
    report = add(scripts, bin_dir, tmp_path / "r.json", system="linux", environ={"PATH": str(bin_dir)})
    assert len(report.problems) == 2 and all("left" in p and "alone" in p for p in report.problems)
    assert (bin_dir / "whybounce").read_text() == "#!/bin/sh\necho mine\n"
    remove(tmp_path / "r.json", system="linux", environ={})
    assert (bin_dir / "whybounce").exists() and (bin_dir / "whybounce-host").is_symlink()


def test_a_link_replaced_by_the_user_after_install_is_left_on_remove(tmp_path: Path) -> None:
    scripts = venv_scripts(tmp_path)
    bin_dir = tmp_path / "bin"
    add(scripts, bin_dir, tmp_path / "r.json", system="linux", environ={"PATH": str(bin_dir)})
    (bin_dir / "whybounce").unlink()
    (bin_dir / "whybounce").write_text("their own\n")
    report = remove(tmp_path / "r.json", system="linux", environ={})
    assert (bin_dir / "whybounce").read_text() == "their own\n"
    assert not (bin_dir / "whybounce-host").exists()
    assert any("left" in p for p in report.problems)


def test_windows_copies_the_launchers_and_adds_the_folder_to_the_user_path_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    scripts = venv_scripts(tmp_path, windows=True)
    bin_dir = home / ".local" / "bin"
    user_path = FakeUserPath("%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Tools", expandable=True)
    environ = {"USERPROFILE": str(home), "PATH": "C:\\Windows"}
    record = tmp_path / "r.json"
    report = add(scripts, bin_dir, record, system="windows", environ=environ, user_path=user_path)
    assert not report.problems
    for command in COMMANDS:
        assert (bin_dir / f"{command}.exe").read_bytes() == (scripts / f"{command}.exe").read_bytes()
        assert not (bin_dir / f"{command}.exe").is_symlink()
    assert user_path.value == f"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Tools;{bin_dir}"
    assert user_path.expandable, "the %USERPROFILE% entries keep working"
    assert any("open a new terminal" in line for line in report.lines)

    add(scripts, bin_dir, record, system="windows", environ=environ, user_path=user_path)
    assert user_path.writes == 1, "not added twice"

    remove(record, system="windows", environ=environ, user_path=user_path)
    assert not bin_dir.exists() and not (home / ".local").exists()
    assert user_path.value == "%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;C:\\Tools"


def test_windows_path_already_holding_the_folder_in_another_spelling_is_not_touched(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    scripts = venv_scripts(tmp_path, windows=True)
    bin_dir = home / ".local" / "bin"
    spelled = "%UserProfile%\\.local\\bin\\"
    user_path = FakeUserPath(f"C:\\Tools;{spelled}")
    record = tmp_path / "r.json"
    add(scripts, bin_dir, record, system="windows", environ={"USERPROFILE": str(home)}, user_path=user_path)
    assert user_path.writes == 0
    remove(record, system="windows", environ={"USERPROFILE": str(home)}, user_path=user_path)
    assert user_path.value == f"C:\\Tools;{spelled}", "an entry the user made stays"


@pytest.mark.parametrize(("value", "folder", "added", "removed"), [
    ("", "C:\\u\\.local\\bin", "C:\\u\\.local\\bin", None),
    ("C:\\a;", "C:\\u\\bin", "C:\\a;C:\\u\\bin", None),
    ("C:\\a;c:\\U\\BIN\\", "C:\\u\\bin", None, "C:\\a"),
    ("C:\\a;\"C:\\u\\bin\";C:\\b", "C:\\u\\bin", None, "C:\\a;C:\\b"),
    ("%HOMEDRIVE%\\u\\bin;C:\\b", "C:\\u\\bin", None, "C:\\b"),
    ("%NOT_SET%\\bin", "C:\\u\\bin", "%NOT_SET%\\bin;C:\\u\\bin", None),
])
def test_windows_path_values(value: str, folder: str, added: str | None, removed: str | None) -> None:
    environ = {"HOMEDRIVE": "C:"}
    assert path_with(value, folder, environ) == added
    assert path_without(value, folder, environ) == removed


def test_posix_on_path_compares_whole_entries() -> None:
    assert on_path(Path("/home/u/.local/bin"), "/usr/bin:/home/u/.local/bin/", "linux", {})
    assert not on_path(Path("/home/u/.local/bin"), "/usr/bin:/home/u/.local/bin2:", "linux", {})
    assert not on_path(Path("/x"), "", "linux", {})


def test_the_module_runs_as_the_installers_call_it(tmp_path: Path) -> None:
    scripts = venv_scripts(tmp_path)
    bin_dir = tmp_path / "bin"
    record = tmp_path / "r.json"
    run = [sys.executable, "-P", "-m", "whybounce_host.onpath"]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([*run, "add", "--record", str(record), "--bin-dir", str(bin_dir), "--scripts",
                           str(scripts)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (bin_dir / "whybounce").is_symlink() and "not on PATH" in done.stdout
    gone = subprocess.run([*run, "remove", "--record", str(record)], env=env, capture_output=True, text=True)
    assert gone.returncode == 0 and not bin_dir.exists()
