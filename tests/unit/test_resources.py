"""Bundled resources are found through one helper (the wheel packs them beside the code)."""

from __future__ import annotations

import pytest

from inl_equipment.resources import resource_path, resources_dir


def test_fonts_licence_and_icon_are_bundled() -> None:
    for name in (
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSansLao-Regular.ttf",
        "NotoSansLao-Bold.ttf",
        "OFL.txt",
    ):
        assert resource_path("fonts", name).stat().st_size > 1000
    assert "SIL OPEN FONT LICENSE" in resource_path("fonts", "OFL.txt").read_text()
    assert resource_path("icons", "app.svg").exists()
    assert (resources_dir() / "fonts").is_dir()


def test_a_missing_resource_says_which() -> None:
    with pytest.raises(FileNotFoundError, match="fonts/nope.ttf"):
        resource_path("fonts", "nope.ttf")
