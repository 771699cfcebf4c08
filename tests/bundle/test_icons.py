"""The application icon: one SVG source, rendered sizes and .ico/.icns made from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop.resources import resource_path

from .conftest import load_script

make_icons = load_script("make_icons")


def test_committed_icons_match_a_fresh_rendering_of_the_svg() -> None:
    assert make_icons.main(["--check"]) == 0


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_has_its_size_and_a_transparent_corner(size: int) -> None:
    with Image.open(resource_path("icons", make_icons.png_name(size))) as image:
        assert image.size == (size, size)
        assert image.convert("RGBA").getpixel((0, 0))[3] == 0  # rounded tile, no square edge


def test_the_16_pixel_icon_still_shows_both_sides_and_their_overlap() -> None:
    """Legible at 16x16: the blue side, the amber side and the light middle all survive."""
    with Image.open(resource_path("icons", "tvaers-16.png")) as image:
        row = [image.convert("RGB").getpixel((x, 8)) for x in range(16)]
    bluish = [p for p in row if p[2] > p[0] + 60]
    amber = [p for p in row if p[0] > p[2] + 80]
    light = [p for p in row if min(p) > 200]
    assert bluish and amber and light


def test_ico_holds_the_windows_sizes_and_icns_the_macos_ones() -> None:
    with Image.open(resource_path("icons", "tvaers.ico")) as ico:
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(resource_path("icons", "tvaers.icns")) as icns:
        assert icns.size == (1024, 1024)


def test_check_notices_an_icon_that_no_longer_matches_the_svg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in make_icons.build():
        (tmp_path / name).write_bytes((make_icons.ICONS / name).read_bytes())
    Image.new("RGBA", (32, 32), (255, 0, 0, 255)).save(tmp_path / "tvaers-32.png")
    monkeypatch.setattr(make_icons, "ICONS", tmp_path)

    assert make_icons.main(["--check"]) == 1
