"""The rules the services expose to forms: retire, status choices, handover availability, lots."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from inl_equipment.i18n import Msg
from inl_equipment.services import handover_rules, items, vocabulary
from inl_equipment.services.columns import COLUMN_BY_KEY, ROW_FIELDS
from inl_equipment.services.items import ValidationError

TODAY = date(2026, 3, 5)


def test_retire_choices_and_their_rules() -> None:
    assert items.retire_choices() == [
        ("disposed", "Disposed"),
        ("lost", "Lost"),
        ("stolen", "Stolen"),
    ]
    assert items.retire_messages("lost", TODAY, "", today=TODAY) == {}
    errors = items.retire_messages("disposed", TODAY + timedelta(days=1), "  ", today=TODAY)
    assert set(errors) == {"disposal_date", "disposal_method"}
    assert all(isinstance(m, Msg) for m in errors.values())
    assert "disposed of" in str(errors["disposal_method"])
    assert "already lost" in str(
        items.retire_messages("stolen", TODAY, "", current_status="lost", today=TODAY)["status"]
    )
    price = items.retire_messages("disposed", TODAY, "Sold", Decimal("1.005"), today=TODAY)
    assert "two decimals" in str(price["disposal_price"])


def test_status_choices_on_the_item_form() -> None:
    assert items.may_choose_status("handed_over", None)  # registered where it already is
    assert not items.may_choose_status("lost", None)
    assert not items.may_choose_status("handed_over", "in_stock")
    assert items.may_choose_status("in_repair", "in_stock")
    assert items.may_choose_status("handed_over", "handed_over")
    assert items.status_editable(None) and items.status_editable("in_repair")
    assert not items.status_editable("handed_over")
    assert items.retired_status_message("lost", "in_stock") is not None
    assert items.retired_status_message("in_stock", "in_repair") is None


def test_validation_errors_keep_messages_and_render_text() -> None:
    exc = ValidationError({"reason": Msg.translate("Handovers", "{number} is already void.")})
    assert exc.errors == {"reason": "{number} is already void."}
    assert isinstance(exc.messages["reason"], Msg)
    assert str(exc) == "reason: {number} is already void."
    assert items.field_errors(items.ItemInput())["asset_tag"] == "An asset tag is required."


def test_which_items_a_handover_may_take() -> None:
    may = handover_rules.may_take
    assert may("handover", "in_stock", None, None)
    assert not may("handover", "handed_over", 3, None)
    assert may("return", "handed_over", 3, None)  # no "from" unit chosen yet
    assert may("transfer", "handed_over", 3, 3) and not may("transfer", "handed_over", 3, 4)
    assert not may("return", "in_stock", None, None)
    row = dict.fromkeys(ROW_FIELDS)
    held = tuple({**row, "status": "handed_over", "holder_agency_id": 3}.values())
    stock = tuple({**row, "status": "in_stock"}.values())
    assert list(handover_rules.takeable_rows([held, stock], "handover", None)) == [stock]
    assert list(handover_rules.takeable_rows([held, stock], "return", 3)) == [held]


def test_lot_quantities() -> None:
    assert handover_rules.can_split(5) and not handover_rules.can_split(1)
    assert handover_rules.quantity_range(12) == (1, 12)
    assert handover_rules.line_quantity(12, 12) is None
    assert handover_rules.line_quantity(4, 12) == 4
    assert handover_rules.quantity_message("T-1", 4, 12) is None
    assert str(handover_rules.quantity_message("T-1", 13, 12)) == "T-1: quantity must be 1 to 12"
    assert handover_rules.custody_given("return", 7, 9) == ("in_stock", None, 9)
    assert handover_rules.custody_given("transfer", 7, 9) == ("handed_over", 7, 9)


def test_labels_are_translated_when_shown_and_unknown_values_show_as_stored() -> None:
    assert vocabulary.status_label("in_repair") == "In repair"
    assert str(vocabulary.status_word("handed_over")) == "handed over"
    assert vocabulary.condition_label("unserviceable") == "Unserviceable"
    assert vocabulary.location_kind_label("border_checkpoint") == "Border checkpoint"
    assert vocabulary.handover_kind_label("transfer") == "Transfer"
    assert vocabulary.handover_status_label("void") == "Void"
    assert vocabulary.status_label("shiny") == "shiny"
    assert COLUMN_BY_KEY["quantity"].header_text == "Qty"
