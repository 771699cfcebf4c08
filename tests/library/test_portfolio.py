"""The portfolio for leadership, against the real server: two workshops published by two
contributors, read back by a reader, and the PDF (`tvaers library report URL -o OUT.pdf`) that
lists both workshops' services with totals and where the decisions stand. The library's text is
untrusted: markup, SQL, emoji and a control character in titles print as typed (less the
control character), and nothing of a participant's e-mail or phone reaches the report."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.core.delivery_models import Service
from desktop.core.models import Workshop
from desktop.core.money import format_dkk
from desktop.core.signoff_models import Decision
from desktop.export.portfolio_report import write_portfolio
from desktop.library import admin, portfolio, publish
from desktop.library import server_schema as s
from desktop.storage.demo_file import write_demo
from desktop.storage.document import open_document
from tests.export.pdf_reading import Pdf
from tests.library.conftest import PgServer
from tests.library.test_cli_library import tvaers

MakeLogin = Callable[[str], str]

HOSTILE_WORKSHOP = "Ældre <b>pleje</b> & 'x'); DROP TABLE tvaers_library.terms;-- 🙂"
HOSTILE_SERVICE = "<font size=40>Rengøring</font> & co' OR '1'='1 \x07🧹"
HOSTILE_DECISION = "Beslut </para><para>& <i>nu</i>; DELETE FROM outcome_decisions;--"
AREA_TWO = "Ældreområdet <script>"
# The sign-off states in leadership's groups, written out here (not taken from the code).
GROUPS = {
    "approved": "approved",
    "changed_after_approval": "changed",
    "unsigned": "pending",
    "changes_requested": "pending",
    "rejected": "rejected",
}


def printed(text: str) -> str:
    """As the PDF prints library text: control characters left out."""
    return "".join(ch for ch in text if ch >= " ")


@pytest.fixture(scope="module")
def workshops(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo, and a second demo workshop (another UUID) with hostile titles."""
    folder = tmp_path_factory.mktemp("portfolio")
    first, second = folder / "demo.tvaers", folder / "ældre.tvaers"
    write_demo(first)
    write_demo(second)
    doc = open_document(second)
    try:
        with doc.session() as session:
            workshop = session.exec(select(Workshop)).one()
            workshop.title = HOSTILE_WORKSHOP
            workshop.area = AREA_TWO
            session.add(workshop)
            services = session.exec(select(Service).order_by(Service.id)).all()
            services[0].title = HOSTILE_SERVICE
            for service in services:
                service.title = f"{service.title} (ældre)"
                session.add(service)
            decision = session.exec(select(Decision).order_by(Decision.id)).first()
            assert decision is not None
            decision.title = HOSTILE_DECISION
            session.add(decision)
            session.commit()
        doc.save()
    finally:
        doc.close()
    return first, second


@pytest.fixture
def library(admin_url: str, make_login: MakeLogin, workshops: tuple[Path, Path]) -> str:
    """A library with both workshops published by two contributors; a reader's URL."""
    admin.init_library(admin_url)
    for path in workshops:
        assert publish.publish_workshop(make_login(s.CONTRIBUTOR), path).outcome == "new"
    return make_login(s.READER)


def test_the_portfolio_holds_both_workshops_services_totals_and_decisions(
    library: str, workshops: tuple[Path, Path]
) -> None:
    read = portfolio.read_portfolio(library)
    outcomes = [publish.read_workshop(path) for path in workshops]
    by_title = {w.title: w for w in read.workshops}
    assert set(by_title) == {o.workshop["title"] for o in outcomes}
    assert HOSTILE_WORKSHOP in by_title
    for outcome in outcomes:
        shown = by_title[outcome.workshop["title"]]
        assert Counter(x.title for x in shown.services) == Counter(
            x["title"] for x in outcome.services
        )
        assert Counter(d.signoff_state for d in shown.decisions) == Counter(
            d["signoff_state"] for d in outcome.decisions
        )
    costs = [x["annual_cost_dkk"] for o in outcomes for x in o.services]
    assert read.annual_cost_dkk == sum(Decimal(c) for c in costs if c is not None) > 0
    totals = read.by_area_and_placement()
    assert sum(t.services for t in totals) == len(costs)
    assert sum(t.annual_cost_dkk for t in totals) == read.annual_cost_dkk
    assert {t.area for t in totals} == {o.workshop["area"] for o in outcomes}
    expected = Counter(GROUPS[d["signoff_state"]] for o in outcomes for d in o.decisions)
    assert read.decision_counts() == {g: expected[g] for g in portfolio.DECISION_GROUPS}
    # The demo's decisions are in more than one state: the groups are really told apart.
    assert len([g for g, n in expected.items() if n]) >= 2


def test_tvaers_library_report_writes_the_pdf_with_both_workshops(
    pg_server: PgServer, library: str, workshops: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "portefølje.pdf"
    result = tvaers("library", "report", library, "-o", str(out), "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert library.split(":")[2].split("@")[0] not in result.stdout + result.stderr  # password
    text = Pdf.of(out).text()
    outcomes = [publish.read_workshop(path) for path in workshops]
    for outcome in outcomes:
        assert printed(outcome.workshop["title"]) in text
        for service in outcome.services:
            assert printed(service["title"]) in text
    assert printed(HOSTILE_SERVICE) in text and "\x07" not in text
    assert HOSTILE_DECISION in text
    assert AREA_TWO in text
    read = portfolio.read_portfolio(library)
    assert format_dkk(portfolio.kroner(read.annual_cost_dkk), lang="da") in text
    for workshop in read.workshops:
        assert format_dkk(portfolio.kroner(workshop.annual_cost_dkk), lang="da") in text
    for word in ("Godkendt", "Afventer", "Ændret efter godkendelse", "Afvist"):
        assert word in text
    assert "Ydelser efter område og placering" in text
    assert "@" not in text  # no e-mail (the demo's participants have them)


def test_the_report_in_english(library: str) -> None:
    read = portfolio.read_portfolio(library)
    out = io.BytesIO()
    pages = write_portfolio(read, "127.0.0.1:5432/lib", out, lang="en")
    pdf = Pdf.of(out.getvalue())
    assert pdf.pages == pages >= 1
    assert pdf.size(1) == pytest.approx((595.27, 841.89), abs=0.5)  # A4
    text = pdf.text()
    for word in ("Services by area and placement", "Approved", "Pending", "Internal"):
        assert word in text
    assert HOSTILE_WORKSHOP in text
    assert "Godkendt" not in text


def test_an_empty_library_says_so(admin_url: str, make_login: MakeLogin) -> None:
    admin.init_library(admin_url)
    out = io.BytesIO()
    write_portfolio(portfolio.read_portfolio(make_login(s.READER)), "h:1/db", out, lang="da")
    assert "Ingen workshop har udgivet" in Pdf.of(out.getvalue()).text()


def test_report_on_a_database_that_is_no_library_exits_10_and_writes_nothing(
    admin_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    result = tvaers("library", "report", admin_url, "-o", str(out), "--lang", "en")
    assert result.returncode == 10, result.stderr
    assert "not a library yet" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
