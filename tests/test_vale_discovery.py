"""A `.vale.ini` is found as Vale finds it: one for the run, in the working directory or its
parents, so one in a folder below (a style's test fixtures) is not read. Where Vale would find
none, the nearest one above each file is used; `.stylelint.yaml` is found from each file."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from stylelint.cli.command import main
from stylelint.project.discovery import find_config
from conftest import write_pack

WORDY = "extends: existence\nmessage: \"'%s'\"\nlevel: warning\ntokens: [{word}]\n"


def vale_folder(folder: Path, style: str, word: str, name: str = ".vale.ini") -> Path:
    (folder / "styles" / style).mkdir(parents=True)
    (folder / "styles" / style / "Wordy.yml").write_text(WORDY.format(word=word), encoding="utf-8")
    ini = folder / name
    ini.write_text(f"StylesPath = styles\n[*]\nBasedOnStyles = {style}\n", encoding="utf-8")
    return ini


def project(tmp_path: Path) -> tuple[Path, Path]:
    """A project whose root config flags 'utilise' and whose fixtures folder holds another
    config (flagging 'commence') and a style Vale could not load."""
    root_ini = vale_folder(tmp_path, "Desk", "utilise")
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    nested_ini = vale_folder(fixtures, "Fixture", "commence")
    (fixtures / "styles" / "Fixture" / "Broken.yml").write_text("message: 'never closed\n", encoding="utf-8")
    for folder in (tmp_path, fixtures):
        (folder / "story.md").write_text("We utilise it and commence.\n", encoding="utf-8")
    return root_ini, nested_ini


def check(*paths: str):
    return CliRunner().invoke(main, ["check", "--format", "line", *paths])


def test_run_from_the_project_root_a_nested_vale_ini_is_not_read(tmp_path, monkeypatch):
    root_ini, _ = project(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path / "fixtures" / "story.md") == root_ini.resolve()
    result = check(".")
    assert result.exit_code == 0, result.output
    assert sorted(result.stdout.splitlines()) == [
        "fixtures/story.md:1:4:Desk.Wordy:'utilise'", "story.md:1:4:Desk.Wordy:'utilise'"]


def test_run_inside_the_nested_folder_its_own_vale_ini_is_read(tmp_path, monkeypatch):
    _, nested_ini = project(tmp_path)
    monkeypatch.chdir(tmp_path / "fixtures")
    assert find_config(tmp_path / "story.md") == nested_ini.resolve()  # one config for the run
    result = check("story.md")
    assert result.exit_code == 2
    assert "Broken.yml:1" in result.stderr and "Traceback" not in result.output


def test_where_vale_would_find_none_the_nearest_one_above_each_file_is_used(tmp_path, monkeypatch):
    root_ini, nested_ini = project(tmp_path / "work")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert find_config(tmp_path / "work" / "story.md") == root_ini.resolve()
    assert find_config(tmp_path / "work" / "fixtures" / "story.md") == nested_ini.resolve()


def test_vale_config_names_in_vales_order_and_the_root_may_be_given(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    dot_vale = vale_folder(work, "Desk", "utilise", name=".vale")
    (work / ".vale.ini").write_text("StylesPath = styles\n", encoding="utf-8")
    sub = work / "sub"
    sub.mkdir()
    (sub / "_vale.ini").write_text("StylesPath = .\n", encoding="utf-8")
    assert find_config(sub / "a.md", vale_root=work) == dot_vale.resolve()
    assert find_config(sub / "a.md", vale_root=sub) == (sub / "_vale.ini").resolve()


def test_a_stylelint_config_is_still_found_from_each_file(tmp_path, monkeypatch):
    project(tmp_path)
    ours = write_pack(tmp_path / "fixtures", {"Only": WORDY.format(word="commence")}, pack="Ours")
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path / "fixtures" / "story.md") == ours.resolve()
    result = check("fixtures/story.md")
    assert result.stdout.splitlines() == ["fixtures/story.md:1:19:Ours.Only:'commence'"]
