"""Sample data: real Lao names, a spread of statuses, an audit event per item."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from inl_equipment.db.models import AuditEvent, Item, Location, Province
from inl_equipment.db.session import Database
from inl_equipment.services import audit
from inl_equipment.services.demo import DemoError, fill_demo


def test_sample_data_uses_real_places_and_spreads_statuses(demo_db: Database) -> None:
    with demo_db.read() as s:
        provinces = dict(s.execute(select(Province.name_en, Province.name_lo)).all())
        checkpoints = set(
            s.scalars(select(Location.name_en).where(Location.kind == "border_checkpoint"))
        )
        statuses = dict(s.execute(select(Item.status, func.count()).group_by(Item.status)).all())
        events = s.scalar(select(func.count()).select_from(AuditEvent))
        chain = audit.verify_chain(s)
    assert provinces["Savannakhet"] == "ສະຫວັນນະເຂດ"
    assert len(provinces) == 18
    assert any(c.startswith("Dansavanh") for c in checkpoints)
    assert any(c.startswith("Boten") for c in checkpoints)
    assert {"handed_over", "in_stock", "disposed"} <= set(statuses)
    assert sum(statuses.values()) == 300 <= events
    assert chain.ok


def test_sample_data_has_receipts_returns_transfers_and_voids(db: Database) -> None:
    from inl_equipment.db.transactions import Handover

    with db.write() as s:
        fill_demo(s, 1000, "op", seed=3)
    with db.read() as s:
        kinds = s.execute(select(Handover.kind, Handover.status)).all()
        assert audit.verify_chain(s).ok
    assert sum(1 for k, st in kinds if k == "handover" and st == "issued") >= 20
    assert any(k == "return" for k, _ in kinds)
    assert any(k == "transfer" for k, _ in kinds)
    assert sum(1 for _, st in kinds if st == "void") >= 1


def test_sample_receipts_tell_a_story_an_auditor_can_follow(db: Database) -> None:
    """Multi-item receipts after purchase, later moves after them, voids reissued, scans kept."""
    import hashlib
    import json

    from inl_equipment.db.transactions import Attachment, Handover, HandoverLine
    from inl_equipment.services import receipts
    from inl_equipment.services.attachments import attachments_dir
    from inl_equipment.services.custody_check import check_custody
    from inl_equipment.services.history_check import verify_history

    today = date(2026, 6, 30)
    with db.write() as s:
        fill_demo(s, 3000, "op", seed=11, today=today)
    with db.read() as s:
        assert check_custody(s).ok and verify_history(s).problem is None
        heads = s.execute(
            select(
                Handover.id,
                Handover.number,
                Handover.kind,
                Handover.status,
                Handover.date,
                Handover.item_count,
                Handover.digest,
            )
        ).all()
        bought = dict(s.execute(select(Item.id, Item.acquisition_date)).all())
        lines = s.execute(select(HandoverLine.handover_id, HandoverLine.item_id)).all()
        scans = s.execute(
            select(Attachment.handover_id, Attachment.stored_name, Attachment.sha256)
        ).all()
        number, digest = heads[len(heads) // 2][1], heads[len(heads) // 2][6]
        assert receipts.verify(s, receipts.qr_text(number, digest)).matches
        contents = [json.loads(c) for c in s.scalars(select(Handover.content).limit(50))]
    day = {h[0]: h[4] for h in heads}
    years = {h[4].year for h in heads}
    assert min(bought.values()).year == 2016 and len(years) >= 9
    counts = [h[5] for h in heads if h[2] == "handover"]
    assert sum(counts) / len(counts) > 8 and max(counts) <= 25
    assert all(day[h] > bought[i] for h, i in lines)
    moves: dict[int, list[tuple[object, str]]] = {}
    kind = {h[0]: h[2] for h in heads}
    for h, i in lines:
        moves.setdefault(i, []).append((day[h], kind[h]))
    later = [sorted(m) for m in moves.values() if len(m) > 1]
    assert later and all(m[0][1] == "handover" for m in later)
    assert {"transfer", "return"} <= {k for m in later for _d, k in m}
    voids = [h for h in heads if h[3] == "void"]
    assert voids and all(h[2] == "handover" for h in voids)
    older = [h for h in heads if h[3] == "issued" and (today - h[4]).days > 7]
    scanned = {h for h, _n, _sha in scans}
    assert 0.8 < len(scanned & {h[0] for h in older}) / len(older) < 0.97
    assert not scanned & {h[0] for h in voids}
    assert db.path is not None
    folder = attachments_dir(db.path)
    for _h, name, sha in scans[:20]:
        data = (folder / name).read_bytes()
        assert data.startswith(b"\x89PNG") and hashlib.sha256(data).hexdigest() == sha
    assert all(c["lines"] and c["received_by"]["name"] for c in contents)


def test_sample_data_refuses_a_register_that_has_items(demo_db: Database) -> None:
    import pytest

    with pytest.raises(DemoError), demo_db.write() as s:
        fill_demo(s, 10, "op")
