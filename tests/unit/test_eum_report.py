"""The annual EUM report: definitions, reconciliation, and its PDF and XLSX read back."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from inl_equipment.db.models import RETIRED_STATUSES, Agency, Category, Item, Location, Province
from inl_equipment.db.monitoring import (
    VERIFIED_RESULTS,
    CheckResult,
    Disposal,
    DisposalLine,
    Incident,
    Inspection,
    InspectionResult,
)
from inl_equipment.db.transactions import Handover, HandoverLine
from inl_equipment.services.disposals import DisposalInput
from inl_equipment.services.eum_report import build_eum_report
from inl_equipment.services.eum_report_data import RESULT_ORDER, Counts, EumReport, ProblemLine
from inl_equipment.services.handovers import HandoverInput, LineInput, PartyInput, create_handover
from inl_equipment.services.incidents import close_incident
from inl_equipment.services.inspections import InspectionInput, ResultInput
from inl_equipment.services.item_rules import ItemInput
from inl_equipment.services.items import create_item
from inl_equipment.services.register import Register

TODAY = date(2026, 11, 30)
RETIRED = {s.value for s in RETIRED_STATUSES}
_places = itertools.count(1)
START, END = date(2025, 1, 1), date(2025, 12, 31)


class Place:
    """A unit and a site of their own, so that their rows hold only a test's items."""

    def __init__(self, register: Register, name: str) -> None:
        self.register = register
        with register.db.write() as s:
            province = s.scalars(select(Province.id).order_by(Province.id)).first()
            agency, site = Agency(name_en=f"{name} unit"), Location(name_en=f"{name} post")
            site.province_id = province
            s.add_all([agency, site])
            s.flush()
            self.unit, self.site = agency.id, site.id
            self.category = s.scalars(select(Category.id).order_by(Category.id)).first()
        self.made = 0

    def items(self, n: int, handed: date | None = None, *, legacy: bool = False) -> list[int]:
        """`n` new items: handed over here on `handed`, or recorded as held with no receipt."""
        ids = []
        with self.register.db.write() as s:
            for _ in range(n):
                self.made += 1
                data = ItemInput(
                    asset_tag=f"EUM-{self.site}-{self.made:03d}",
                    description="Handheld radio",
                    category_id=self.category,
                    acquisition_date=date(2020, 1, 1),
                    status="handed_over" if legacy else "in_stock",
                    holder_agency_id=self.unit if legacy else None,
                    location_id=self.site,
                )
                ids.append(create_item(s, data, "tester"))
            if handed is not None:
                create_handover(
                    s,
                    HandoverInput(
                        kind="handover",
                        date=handed,
                        to_agency_id=self.unit,
                        location_id=self.site,
                        handed_over_by=PartyInput(name="INL officer"),
                        received_by=PartyInput(name="Unit officer"),
                        lines=[LineInput(i) for i in ids],
                    ),
                    "tester",
                    TODAY,
                )
        return ids

    def check(self, when: date, *results: tuple[int, str]) -> str:
        data = InspectionInput(
            when=when, location_id=self.site, results=[ResultInput(i, r) for i, r in results]
        )
        return self.register.monitoring.record_inspection(data, today=TODAY)

    def rows(self, rep: EumReport) -> tuple[Counts, Counts, list[ProblemLine]]:
        """This unit's and this site's figures, and the site's problems."""
        [unit] = [r.counts for r in rep.by_agency if r.key == self.unit]
        [site] = [x for x in rep.sites if x.row.key == self.site]
        return unit, site.row.counts, site.problems


def check(register: Register, site: int, when: date, *results: tuple[int, str]) -> str:
    data = InspectionInput(
        when=when, location_id=site, results=[ResultInput(i, r) for i, r in results]
    )
    return register.monitoring.record_inspection(data, today=TODAY)


def report(register: Register, start: date = START, end: date = END) -> EumReport:
    with register.db.read() as s:
        return build_eum_report(s, start, end, TODAY)


def assert_reconciles(rep: EumReport) -> None:
    """Every breakdown adds up to the totals, and each row's figures agree with themselves."""
    for rows in (rep.by_agency, rep.by_province, [s.row for s in rep.sites]):
        total = Counts()
        for row in rows:
            total.add(row.counts)
        assert total.as_tuple() == rep.totals.as_tuple()
    for c in [rep.totals, *(r.counts for r in rep.by_agency)]:
        assert sum(c.by_result) == c.checked
        assert c.verified == c.by_result[0] + c.by_result[1]
        assert c.problems == c.checked - c.verified
        assert c.verified_held <= min(c.held, c.verified)
        assert c.still_open <= c.followed_up <= c.problems
    assert sum(len(s.problems) for s in rep.sites) == rep.totals.problems


# -- definitions ------------------------------------------------------------------------


def test_an_item_checked_twice_counts_once_and_its_latest_result_decides(
    register: Register,
) -> None:
    place = Place(register, "Twice")
    a, b, c = place.items(3, date(2024, 5, 1))
    place.check(date(2025, 3, 1), (a, "not_seen"), (b, "in_use"))
    place.check(date(2025, 9, 1), (a, "in_use"), (b, "not_seen"))
    place.check(date(2024, 6, 1), (c, "in_use"))  # before the period: not counted
    rep = report(register)
    unit, site, problems = place.rows(rep)
    assert unit.as_tuple() == site.as_tuple()
    assert (unit.held, unit.checked, unit.results_recorded) == (3, 2, 4)
    assert (unit.verified, unit.verified_held, unit.problems) == (1, 1, 1)
    assert unit.by_result[RESULT_ORDER.index(CheckResult.IN_USE)] == 1
    assert unit.by_result[RESULT_ORDER.index(CheckResult.NOT_SEEN)] == 1
    assert unit.rate == 3333  # 1 of 3 held: 33.33 %
    [problem] = problems
    assert (problem.result, problem.checked_on, problem.incident) == (
        "not_seen",
        date(2025, 9, 1),
        "",
    )
    assert_reconciles(rep)


def test_same_day_checks_the_later_recorded_decides(register: Register) -> None:
    place = Place(register, "Same day")
    [a] = place.items(1, date(2024, 5, 1))
    place.check(date(2025, 5, 5), (a, "in_use"))
    place.check(date(2025, 5, 5), (a, "unserviceable"))
    unit, _site, _problems = place.rows(report(register))
    assert unit.by_result[RESULT_ORDER.index(CheckResult.UNSERVICEABLE)] == 1
    assert unit.verified == 0 and unit.rate == 0


def test_held_at_the_start_by_receipt_date_and_without_receipt(register: Register) -> None:
    place = Place(register, "Custody")
    on_start = place.items(1, START)  # held on the first day
    after = place.items(1, date(2025, 2, 1))  # handed over during the period
    legacy = place.items(1, legacy=True)  # held since acquisition, no receipt
    place.check(
        date(2025, 6, 1), (on_start[0], "in_use"), (after[0], "in_use"), (legacy[0], "in_use")
    )
    unit, _site, _problems = place.rows(report(register))
    assert (unit.held, unit.checked, unit.verified, unit.verified_held) == (2, 3, 3, 2)
    assert unit.rate == 10_000


def test_a_return_before_the_start_is_not_held(register: Register) -> None:
    place = Place(register, "Returned")
    [a] = place.items(1, date(2024, 1, 10))
    with register.db.write() as s:
        create_handover(
            s,
            HandoverInput(
                kind="return",
                date=date(2024, 7, 1),
                from_agency_id=place.unit,
                location_id=place.site,
                handed_over_by=PartyInput(name="Unit officer"),
                received_by=PartyInput(name="INL officer"),
                lines=[LineInput(a)],
            ),
            "tester",
            TODAY,
        )
    place.check(date(2025, 3, 1), (a, "in_storage"))
    rep = report(register)
    assert not [r for r in rep.by_agency if r.key == place.unit]
    nobody = rep.by_agency[-1]
    assert nobody.key is None and nobody.name_en == "(no unit)"
    [site] = [x.row.counts for x in rep.sites if x.row.key == place.site]
    assert (site.held, site.checked, site.verified) == (0, 1, 1)
    held_2024 = report(register, date(2024, 1, 1), date(2024, 12, 31))
    # Handed over on 10 January, after that year's start, and not checked that year.
    assert not [x for x in held_2024.sites if x.row.key == place.site]
    assert_reconciles(rep)


def test_a_loss_in_the_period_is_held_a_problem_and_followed_up(register: Register) -> None:
    place = Place(register, "Losses")
    a, b = place.items(2, date(2024, 5, 1))
    place.check(date(2025, 4, 1), (a, "lost"), (b, "stolen"))
    with register.db.write() as s:
        number = s.scalar(select(Incident.number).where(Incident.item_id == b))
        assert number is not None
        close_incident(s, number, "written_off", date(2025, 8, 1), "", "t", TODAY)
    rep = report(register)
    unit, _site, problems = place.rows(rep)
    assert (unit.held, unit.problems, unit.followed_up, unit.still_open) == (2, 2, 2, 1)
    assert {p.incident_outcome for p in problems} == {"", "written_off"}
    mine = [i for i in rep.incidents if i.unit == "Losses unit"]
    assert sorted(i.kind for i in mine) == ["lost", "stolen"]
    # The year after, both have left active life before it starts.
    later = report(register, date(2026, 1, 1), date(2026, 12, 31))
    assert not [r for r in later.by_agency if r.key == place.unit]
    assert_reconciles(rep)


def test_not_checked_for_more_than_24_months(register: Register) -> None:
    place = Place(register, "Late")
    a, b, c = place.items(3, date(2022, 3, 1))
    place.check(date(2024, 2, 1), (a, "in_use"))  # within 24 months of the end
    place.check(date(2023, 6, 1), (b, "in_use"))  # more than 24 months before
    late = {n.asset_tag: n for n in report(register).not_checked if n.unit == "Late unit"}
    tag = f"EUM-{place.site}-{{:03d}}".format
    assert set(late) == {tag(2), tag(3)}
    assert late[tag(2)].last_check == date(2023, 6, 1) and late[tag(2)].last_result == "in_use"
    assert late[tag(3)].last_check is None and late[tag(3)].held_since == date(2022, 3, 1)
    assert late[tag(3)].site == "Late post"


def test_a_disposal_of_the_period_is_listed(register: Register) -> None:
    place = Place(register, "Disposed")
    [a] = place.items(1, date(2024, 5, 1))
    register.monitoring.record_disposal(
        DisposalInput(
            date(2025, 10, 1), "sold", [a], approval_ref="AP-1", prices={a: Decimal("12.50")}
        )
    )
    rep = report(register)
    [line] = [d for d in rep.disposals if d.approval_ref == "AP-1"]
    assert line.method == "sold" and line.date == date(2025, 10, 1)
    assert line.sale_price == Decimal("12.50")
    unit, _site, _problems = place.rows(rep)
    assert unit.held == 1 and unit.checked == 0  # disposed of during the period: held at its start


# -- reconciliation ---------------------------------------------------------------------


def recompute(register: Register, start: date, end: date) -> tuple[int, ...]:
    """The report's totals worked out item by item from the stored rows, the slow way."""
    with register.db.read() as s:
        results: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
        for item_id, day, inspection_id, result in s.execute(
            select(
                InspectionResult.item_id, Inspection.date, Inspection.id, InspectionResult.result
            )
            .join(Inspection)
            .where(Inspection.date.between(start, end))
        ):
            results[item_id].append((day, inspection_id, result))
        lines: dict[int, list[tuple[date, int, int, int | None, int | None]]] = defaultdict(list)
        for item_id, day, h_id, no, before, after in s.execute(
            select(
                HandoverLine.item_id,
                Handover.date,
                Handover.id,
                HandoverLine.line_no,
                HandoverLine.prev_holder_agency_id,
                Handover.to_agency_id,
            )
            .join(Handover)
            .where(Handover.status == "issued")
        ):
            lines[item_id].append((day, h_id, no, before, after))
        disposed = {
            i: d for i, d in s.execute(select(DisposalLine.item_id, Disposal.date).join(Disposal))
        }
        lost: dict[int, date] = {}
        for item_id, day, outcome in s.execute(
            select(Incident.item_id, Incident.date, Incident.outcome).order_by(
                Incident.date, Incident.id
            )
        ):
            if outcome != "recovered":
                lost[item_id] = day
        held = checked = verified = verified_held = 0
        by_result = dict.fromkeys(RESULT_ORDER, 0)
        for item in s.scalars(select(Item).where(Item.status != "merged")):
            own = sorted(lines[item.id])
            before_start = [x for x in own if x[0] <= start]
            if before_start:
                unit = before_start[-1][4]
            elif own:
                unit = own[0][3] if (item.acquisition_date or date.min) <= start else None
            else:
                unit = (
                    item.holder_agency_id
                    if (item.acquisition_date or item.created_at.date()) <= start
                    else None
                )
            if item.status in ("disposed",):
                gone: date | None = disposed.get(item.id, date.min)
            elif item.status in ("lost", "stolen", "destroyed"):
                gone = lost.get(item.id, date.min)
            else:
                gone = None
            is_held = unit is not None and (gone is None or gone >= start)
            held += is_held
            if results[item.id]:
                last = max(results[item.id])[2]
                checked += 1
                by_result[CheckResult(last)] += 1
                if CheckResult(last) in VERIFIED_RESULTS:
                    verified += 1
                    verified_held += is_held
    problems = checked - verified
    return (held, checked, verified, verified_held, *by_result.values(), problems)


_RESULTS = st.sampled_from([r.value for r in CheckResult])
_CHECKS = st.lists(
    st.tuples(
        st.integers(0, 700),  # days after 2024-07-01
        st.lists(st.tuples(st.integers(0, 6), _RESULTS), min_size=1, max_size=7),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(checks=_CHECKS)
def test_report_totals_equal_a_recomputation_from_the_rows(
    register: Register, checks: list[tuple[int, list[tuple[int, str]]]]
) -> None:
    place = Place(register, f"Random {next(_places)}")
    ids = place.items(4, date(2024, 12, 1)) + place.items(2, date(2025, 3, 1))
    ids += place.items(1, legacy=True)
    for offset, picks in checks:
        when = date.fromordinal(date(2024, 7, 1).toordinal() + offset)
        with register.db.read() as s:
            active = set(
                s.scalars(
                    select(Item.id).where(Item.id.in_(ids), Item.status.not_in(list(RETIRED)))
                )
            )
        chosen = {ids[i]: r for i, r in picks if ids[i] in active}
        if chosen:
            place.check(when, *chosen.items())
    rep = report(register)
    t = rep.totals
    mine = (t.held, t.checked, t.verified, t.verified_held, *t.by_result, t.problems)
    assert mine == recompute(register, START, END)
    assert_reconciles(rep)


# -- documents --------------------------------------------------------------------------


def _documents_register(register: Register) -> tuple[Place, EumReport]:
    place = Place(register, "=Documents")  # a name a spreadsheet could take for a formula
    a, b, c = place.items(3, date(2024, 5, 1))
    place.check(date(2025, 4, 1), (a, "in_use"), (b, "not_seen"), (c, "stolen"))
    return place, report(register)


def test_pdf_reads_back_with_every_part(register: Register, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from inl_equipment.documents.eum_report_pdf import build_eum_report_pdf

    _place, rep = _documents_register(register)
    target = tmp_path / "eum.pdf"
    build_eum_report_pdf(rep, target)
    reader = PdfReader(target)
    pages = [p.extract_text() for p in reader.pages]
    text = "\n".join(pages)
    assert pages[0].startswith("End-Use Monitoring Report 2025")
    # The charts fit the summary page under the bilingual title.
    assert "Verification rate by agency" in pages[0] and "by province" in pages[0]
    for words in (
        "Verification rate",
        "Definitions",
        "By agency",
        "By province",
        "By site",
        "=Documents unit",
        "(no unit)",
        "Incidents of the period",
        "Disposals of the period",
        "Items not checked for more than 24 months",
        f"Page 1 of {len(pages)}",
    ):
        assert words in text, words
    assert "ຫຼວງນ້ຳທາ" in text or "ວຽງຈັນ" in text  # Lao names shaped and extractable
    assert f"{rep.totals.verified_held} of {rep.totals.held} items held at the start" in pages[0]
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "3",
                str(target),
                str(tmp_path / "p"),
            ],
            check=True,
        )
        assert sorted(tmp_path.glob("p-*.png"))


def test_xlsx_reads_back_with_typed_cells(register: Register, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from inl_equipment.interchange.eum_report_xlsx import write_eum_report_xlsx

    place, rep = _documents_register(register)
    target = tmp_path / "eum.xlsx"
    write_eum_report_xlsx(rep, target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "Summary",
        "By agency",
        "By site",
        "Incidents",
        "Disposals",
        "Not checked",
    ]
    agency = [list(r) for r in book["By agency"].iter_rows(values_only=True)]
    header, body, total = agency[0], agency[1:-1], agency[-1]
    held = header.index("Held at start")
    assert total[0] == "Total" and total[held] == rep.totals.held
    for column in range(held, len(header)):
        if header[column] == "Verification rate":
            continue
        assert sum(r[column] or 0 for r in body) == (total[column] or 0), header[column]
    [mine] = [r for r in body if r[0] == "=Documents unit"]
    assert mine[held : held + 4] == [3, 3, 1, 1]
    assert abs(mine[header.index("Verification rate")] - 1 / 3) < 1e-4
    cell = next(
        c for row in book["By agency"].iter_rows() for c in row if c.value == "=Documents unit"
    )
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula
    incidents = [list(r) for r in book["Incidents"].iter_rows(values_only=True)]
    assert any(r[4] == "=Documents unit" and r[5] == "Stolen" for r in incidents[1:])
    assert all(isinstance(r[1], date) for r in incidents[1:])
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f"


def test_a_long_list_has_its_header_on_every_page_and_long_texts_cut(
    register: Register, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from inl_equipment.documents.eum_report_pdf import build_eum_report_pdf
    from inl_equipment.services.eum_report_data import NotCheckedLine

    _place, rep = _documents_register(register)
    long_text = "Vehicle-mounted radio with a very long specification " * 40
    rep.not_checked = [
        NotCheckedLine(
            f"T-{n:04d}", long_text if n == 3 else "Radio", "Unit", "ດ່ານ ພູເກືອ", None, "", None
        )
        for n in range(450)
    ]
    target = tmp_path / "long.pdf"
    build_eum_report_pdf(rep, target)
    pages = [p.extract_text() for p in PdfReader(target).pages]
    listed = [p for p in pages if "T-0" in p]
    assert len(listed) >= 3
    for page in listed:
        assert "Items not checked for more than 24 months" in page
        assert page.count("Asset tag") == 1  # once per page, never mid-page
    text = "\n".join(listed)
    assert all(f"T-{n:04d}" in text for n in range(450))
    assert "Vehicle-mounted radio with a very long" in text and "…" in text
    assert long_text.strip() not in text
    assert "ດ່ານ ພູເກືອ" in text  # Lao in a cell is shaped and extracts as written
