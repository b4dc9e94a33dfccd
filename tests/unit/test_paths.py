"""The data and cache folders per platform (Windows tested here with the platform injected)."""

from __future__ import annotations

import sys
from pathlib import Path

from inl_equipment.paths import APPLICATION, ORGANIZATION, default_cache_dir, default_data_dir
from inl_equipment.resources import candidate_dirs, resources_dir

HOME = Path("/home/officer")


def test_on_windows_the_data_folder_is_under_appdata(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "Roaming")}
    assert default_data_dir("win32", env, HOME) == tmp_path / "Roaming" / "INL" / APPLICATION


def test_on_windows_without_appdata_the_profile_default_is_used() -> None:
    expected = HOME / "AppData" / "Roaming" / ORGANIZATION / APPLICATION
    assert default_data_dir("win32", {}, HOME) == expected
    # XDG variables mean nothing on Windows.
    assert default_data_dir("win32", {"XDG_DATA_HOME": "/x"}, HOME) == expected


def test_on_linux_and_macos_the_usual_folders() -> None:
    assert default_data_dir("linux", {}, HOME) == HOME / ".local/share/INL" / APPLICATION
    assert default_data_dir("linux", {"XDG_DATA_HOME": "/d"}, HOME) == Path("/d/INL", APPLICATION)
    assert default_data_dir("darwin", {"APPDATA": "/x"}, HOME) == (
        HOME / "Library/Application Support/INL" / APPLICATION
    )


def test_the_cache_folder_on_windows_is_local_not_roaming(tmp_path: Path) -> None:
    env = {"APPDATA": str(tmp_path / "Roaming"), "LOCALAPPDATA": str(tmp_path / "Local")}
    assert default_cache_dir("win32", env, HOME) == tmp_path / "Local" / "INL" / APPLICATION
    assert default_cache_dir("win32", {}, HOME) == HOME / "AppData/Local/INL" / APPLICATION
    assert default_cache_dir("linux", {}, HOME) == HOME / ".cache/INL" / APPLICATION


def test_the_defaults_are_this_machines() -> None:
    assert default_data_dir() == default_data_dir(sys.platform)


def test_a_frozen_build_looks_in_its_own_folder_first(tmp_path: Path) -> None:
    assert candidate_dirs(str(tmp_path))[0] == tmp_path / "resources"
    assert candidate_dirs(None)[-1] == resources_dir()  # a checkout: resources/ beside the package
