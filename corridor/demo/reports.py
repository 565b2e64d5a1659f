"""Figures other sources reported during the evacuation, as estimates."""

from __future__ import annotations

from corridor.demo.builder import Builder


def reports(b: Builder) -> None:
    """Figures other sources gave, each with who reported it (paraphrased, not quoted)."""
    for at, payload in [
        (
            "2016-12-15T09:00:00Z",
            {
                "metric": "evacuated",
                "value": 1000,
                "qualifier": "about",
                "source": "ICRC",
                "outlet": "ICRC on social media",
                "place": "eastern Aleppo",
                "as_of": "2016-12-15",
                "note": "first update; with 300 children and 28 wounded",
            },
        ),
        (
            "2016-12-15T09:00:00Z",
            {
                "metric": "children",
                "value": 300,
                "qualifier": "about",
                "source": "ICRC",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-15T09:00:00Z",
            {"metric": "wounded", "value": 28, "source": "ICRC", "as_of": "2016-12-15"},
        ),
        (
            "2016-12-15T11:00:00Z",
            {
                "metric": "remaining",
                "value": 50000,
                "qualifier": "perhaps",
                "source": "UN special envoy",
                "place": "last besieged districts",
                "as_of": "2016-12-15",
                "note": "of whom some 40,000 civilians",
            },
        ),
        (
            "2016-12-15T17:00:00Z",
            {
                "metric": "evacuated",
                "value": 8500,
                "qualifier": "some",
                "source": "SOHR",
                "place": "eastern Aleppo",
                "as_of": "2016-12-15",
                "note": "including about 3,000 fighters",
            },
        ),
        (
            "2016-12-15T17:00:00Z",
            {
                "metric": "fighters",
                "value": 3000,
                "qualifier": "around",
                "source": "SOHR",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-15T17:30:00Z",
            {
                "metric": "evacuated",
                "value": 8000,
                "qualifier": "around",
                "source": "Syrian state media",
                "as_of": "2016-12-15",
            },
        ),
        (
            "2016-12-22T20:00:00Z",
            {
                "metric": "evacuated",
                "value": 35000,
                "qualifier": "about",
                "source": "ICRC",
                "place": "eastern Aleppo",
                "as_of": "2016-12-22",
                "note": "total since 15 December",
            },
        ),
    ]:
        b.add("estimate.reported", at, payload, actor="information-manager")
