import pytest

from corridor.text.categories import choose_metric, is_subset


def test_it_recognises_subsets() -> None:
    assert is_subset("evacuated 900 civilians, including ", "")
    assert is_subset("including 11 women and ", "")
    assert is_subset("", " of them civilians")
    assert not is_subset("evacuated ", " people")


@pytest.mark.parametrize(
    ("subject", "event", "subset", "metric"),
    [("buses", "evacuated", False, "buses"), ("people", "killed", False, "killed"),
     ("children", "evacuated", True, "children"), ("people", "evacuated", False, "evacuated"),
     ("civilians", "", False, "other"), ("fighters", "", False, "other"),
     ("people", "", False, "other"), ("people", "captured", False, "other")],
)  # fmt: skip
def test_it_chooses_the_metric(subject: str, event: str, subset: bool, metric: str) -> None:
    assert choose_metric(subject, event, subset) == metric
