from __future__ import annotations

import pytest

from corridor.errors import ValidationError
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle

T = {("Y", "P"): 5, ("P", "S"): 5, ("S", "P"): 5}


def make(**kw: object) -> Problem:
    args: dict[str, object] = {
        "pickups": (Pickup("P", 10),),
        "shelters": (Shelter("S", 10),),
        "vehicles": (Vehicle("B", 5, "Y"),),
        "travel": T,
    }
    args.update(kw)
    return Problem(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"shelters": (Shelter("P", 10),)}, "names must be unique"),
        ({"pickups": (Pickup("P", 3, wounded=4),)}, "wounded <= waiting"),
        ({"pickups": (Pickup("P", 3, wounded=1),)}, "no medical vehicle"),
        ({"shelters": (Shelter("S", 9),)}, "cannot take everyone"),
        ({"vehicles": ()}, "at least one vehicle"),
        ({"vehicles": (Vehicle("B", 0, "Y"),)}, "capacity >= 1"),
        ({"travel": {**T, ("P", "S"): -1}}, "negative"),
        # 10 people in loads of 4 need 3 full loads = 12 places; the shelter has 10
        ({"vehicles": (Vehicle("B", 4, "Y"),), "full_trips": True}, "full loads"),
        (
            {
                "pickups": (Pickup("P", 4, 1),),
                "vehicles": (Vehicle("A", 5, "Y", True),),
                "full_trips": True,
            },
            "has no wounded",
        ),
    ],
)
def test_it_rejects_problems_that_cannot_be_planned(kw: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        make(**kw)


def test_a_missing_travel_time_is_named() -> None:
    with pytest.raises(ValidationError, match="no travel time from 'S' to 'Y'"):
        make().time("S", "Y")
