"""Language negotiation and the Arabic catalogue."""

from __future__ import annotations

from corridor import i18n


def test_it_prefers_an_explicit_choice_over_the_header() -> None:
    assert i18n.negotiate("en-GB,en;q=0.9", chosen="ar").code == "ar"


def test_it_ranks_the_header_by_quality() -> None:
    assert i18n.negotiate("fr;q=1.0, en;q=0.4, ar-SY;q=0.8").code == "ar"
    assert i18n.negotiate("fr, de").code == "en"
    assert i18n.negotiate(None).code == "en"
    assert i18n.negotiate("ar;q=bad, en;q=0.1").code == "en"


def test_it_knows_arabic_is_written_right_to_left() -> None:
    assert i18n.language("ar").direction == "rtl"
    assert i18n.language("en").direction == "ltr"
    assert i18n.language("xx").code == "en"


def test_it_translates_from_the_po_catalogue_without_a_build_step() -> None:
    assert i18n.translations("ar").gettext("Arrived") == "وصلوا"
    assert i18n.translations("en").gettext("Arrived") == "Arrived"
    # A string with no entry falls back to the English source rather than failing.
    assert i18n.translations("ar").gettext("No such string") == "No such string"
