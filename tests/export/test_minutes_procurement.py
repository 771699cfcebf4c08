"""The procurement hint in the minutes (issue 16): the light regime for the labour-market
services of Annex XIV, works and supplies named as such, the day that decided, the bought
share of a mixed card, services of one CPV group added up, and totals that leave out what
is not bought."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import delivery
from desktop.core.delivery_models import Placement
from desktop.core.workshop import update_workshop
from desktop.export.minutes import write_minutes
from desktop.export.minutes_data import read_file
from desktop.export.options import MinutesOptions
from desktop.storage.document import create_document

from .pdf_reading import Pdf

EXT, MIX, NOB, INT = (Placement.EXTERNAL, Placement.MIXED, Placement.NOT_BUYING, Placement.INTERNAL)


def _card(
    s: object, title: str, placement: Placement, cost: int | None, cpv: str, **more: object
) -> None:
    delivery.add_service(
        s,  # type: ignore[arg-type]
        title=title,
        placement=placement.value,
        annual_cost_dkk=cost,
        contract_years_typed="2+1+1" if cost is not None else "",
        cpv_code=cpv,
        **more,
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pdf]:
    path: Path = tmp_path_factory.mktemp("procurement") / "udbud.tvaers"
    doc = create_document(path, title="Udbudsvurdering")
    try:
        with doc.session() as s:
            update_workshop(s, starts_at=datetime(2027, 2, 9, 9, 0))
            _card(s, "Jobsøgningsforløb", EXT, 3_000_000, "79611000-0")  # 12 mio. kr.
            _card(s, "Bygning af værksted", EXT, 750_000, "45210000")  # 3 mio. kr.
            _card(s, "Programpakke", EXT, 500_000, "48000000-8", announcement_date="2025-06-01")
            _card(s, "Mentorstøtte", MIX, 1_000_000, "85312310", bought_share_percent=60)
            _card(s, "Psykologbistand", EXT, 300_000, "85312320-8")
            _card(s, "Misbrugsbehandling", NOB, 2_000_000, "")
            _card(s, "Opsøgende kontakt", INT, 1_000_000, "")
            delivery.add_service(s, title="Sundhedsforløb", annual_cost_dkk=900_000)
        doc.save()
    finally:
        doc.close()
    out = io.BytesIO()
    write_minutes(read_file(path), MinutesOptions(sections=("delivery",)), out)
    yield Pdf.of(out.getvalue())


def test_job_search_gets_the_light_regime_with_its_annex_row(pdf: Pdf) -> None:
    text = pdf.text()
    assert "light-regimet (udbudslovens afsnit III) gælder sandsynligvis" in text
    assert "udbudslovens bilag 10" in text
    assert "Tjek først, om en eksisterende aftale dækker behovet" in text


def test_works_below_its_threshold_point_to_tilbudsloven(pdf: Pdf) -> None:
    text = pdf.text()
    assert "EU-tærskelværdien for bygge- og anlægskontrakter" in text
    assert "tilbudslovens regler for bygge- og anlægsopgaver" in text
    assert "omregnet fra EUR 5.404.000, 2026–27" in text


def test_supplies_announced_in_2025_use_that_periods_official_kroner(pdf: Pdf) -> None:
    text = pdf.text()
    assert "kommunale varekøb, 1.644.638 kr. (EUR 221.000, 2024–25)" in text
    assert "annonceres 01.06.2025" in text
    assert "Planlagt annoncering: 01.06.2025" in text


def test_mixed_card_counts_its_bought_share_and_is_added_to_its_group(pdf: Pdf) -> None:
    text = pdf.text()
    assert "Købt andel 60 %" in text
    assert "Kun den købte del tæller: 60 % af 4.000.000 kr. = 2.400.000 kr." in text
    assert "Lagt sammen med »Mentorstøtte« (2.400.000 kr.)" in text
    assert "samme CPV-gruppe (853…)" in text


def test_the_total_leaves_out_what_is_not_bought(pdf: Pdf) -> None:
    text = pdf.text()
    # External 3.000.000 + 750.000 + 500.000 + 300.000; mixed 1.000.000; internal
    # 1.000.000; undecided 900.000; not buying (2.000.000) left out.
    assert "I alt (uden »Købes ikke«)" in text
    assert "7.450.000 kr." in text
    assert "9.450.000 kr." not in text


def test_a_column_with_no_contract_value_says_so_and_not_0_kr(pdf: Pdf) -> None:
    text = pdf.text()
    assert "Ydelser: 1 · anslået årlig udgift i alt: 900.000 kr. · samlet kontraktværdi: –" in text
    assert "samlet kontraktværdi: 0 kr." not in text
