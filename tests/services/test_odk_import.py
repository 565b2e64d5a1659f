"""ODK/Kobo import, one submission at a time: registrations, edits as corrections, rejections
skipped, changed resubmissions named; any file imports or is refused without a trace."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from corridor.clock import FrozenClock
from corridor.errors import CorridorError, ValidationError
from corridor.services.odk_import import ImportReport, import_submissions
from corridor.storage import SqlStore
from tests import factories as f
from tests.fuzzing import damaged_text, json_values, mutated
from tests.sitrep.scenario import two_days


def _import(store: SqlStore, text: str, fmt: str = "json") -> ImportReport:
    return import_submissions(
        store=store, clock=FrozenClock(), op=f.OP, fmt=fmt, data=text.encode("utf-8")
    )


def _central(*rows: tuple[str, str, str]) -> str:
    """An ODK Central OData export: nested groups, instance ids under meta."""
    return json.dumps(
        {
            "value": [
                {
                    "__id": f"uuid:{uuid}",
                    "meta": {"instanceID": f"uuid:{uuid}"},
                    "end": "2016-12-15T07:10:00.000+02:00",
                    "person_id": token,
                    "site_id": site,
                    "group": "civilian",
                    "age": "child",
                    "sex": "female",
                    "triage": "none",
                    "vulnerabilities": "unaccompanied disability",
                    "__system": {"submitterName": "enumerator-3"},
                }
                for uuid, token, site in rows
            ]
        }
    )


U1, U2 = "8b6c2b1e-3f5a-4d4e-9a59-0d2f9b7c1a11", "1f0e3a52-9c8d-4b7a-8e6f-5d4c3b2a1f22"


def test_it_imports_central_json_once(store: SqlStore) -> None:
    store.record(two_days())
    text = _central((U1, "W-1", "ramouseh"), (U2, "W-2", "ramouseh"))
    assert _import(store, text).count("registered") == 2
    again = _import(store, text)
    assert (again.count("registered"), again.count("present")) == (0, 2)
    people = {p["person_id"]: p for p in store.query("persons", op=f.OP)}
    assert set(people) == {"W-1", "W-2"} and people["W-1"]["age"] == "child"
    fact = store.get(f"odk-{U1}")
    assert fact is not None and fact.actor == "odk:enumerator-3"
    assert fact.occurred_at == "2016-12-15T05:10:00Z"
    assert fact.payload["vulnerabilities"] == ["unaccompanied", "disability"]


def test_it_imports_kobo_json_and_central_csv(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    kobo = {
        "count": 1,
        "results": [
            {
                "_uuid": U1,
                "meta/instanceID": f"uuid:{U1}",
                "_submission_time": "2016-12-15T08:00:00",
                "_submitted_by": "kobo-user",
                "reg/person_id": "W-7",
                "reg/site_id": "ramouseh",
                "reg/group": "fighter",
                "reg/age": "adult",
                "reg/sex": "male",
                "reg/triage": "serious",
            }
        ],
    }
    assert _import(sqlite_store, json.dumps(kobo)).count("registered") == 1
    csv_text = (
        "SubmissionDate,end,person_id,site_id,group,age,sex,triage,meta-instanceID\n"
        f"2016-12-16T09:00:00Z,2016-12-16T08:55:00Z,W-8,ramouseh,civilian,adult,female,none,"
        f"uuid:{U2}\n"
    )
    assert _import(sqlite_store, csv_text, "csv").count("registered") == 1
    tokens = {p["person_id"] for p in sqlite_store.query("persons", op=f.OP)}
    assert tokens == {"W-7", "W-8"}


def test_a_bad_submission_is_refused_alone(store: SqlStore) -> None:
    """Should refuse only the bad submission, naming it and the field; a bad file writes nothing."""
    store.record(two_days())
    report = _import(store, _central((U1, "W-1", "ramouseh"), (U2, "W-2", "atlantis")))
    assert [o.kind for o in report.outcomes] == ["registered", "refused"]
    assert "submission 2" in report.outcomes[1].line()
    assert "unknown site 'atlantis'" in report.outcomes[1].message
    before = store.position()
    missing_id = json.dumps([{"person_id": "W-3", "site_id": "ramouseh", "end": "2016-12-15"}])
    assert "instanceID" in _import(store, missing_id).outcomes[0].message
    with pytest.raises(ValidationError, match="not JSON"):
        _import(store, "{oops")
    assert store.position() == before


def test_a_changed_resubmission_is_refused_by_field(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    _import(sqlite_store, _central((U1, "W-1", "ramouseh")))
    (outcome,) = _import(sqlite_store, _central((U1, "W-9", "ramouseh"))).outcomes
    assert outcome.kind == "refused" and "(person_id)" in outcome.message


def test_an_edit_linked_only_by_centrals_submission_id_is_a_correction(
    sqlite_store: SqlStore,
) -> None:
    """Should correct the registration when only ``__id`` (the first version) links the edit."""
    sqlite_store.record(two_days())
    _import(sqlite_store, _central((U1, "W-1", "ramouseh")))
    edited = json.loads(_central((U2, "W-1", "ramouseh")))
    edited["value"][0]["__id"] = f"uuid:{U1}"
    edited["value"][0]["sex"] = "male"
    (outcome,) = _import(sqlite_store, json.dumps(edited)).outcomes
    assert (outcome.kind, outcome.message) == ("corrected", f"corrects odk-{U1}")
    (person,) = sqlite_store.query("persons", op=f.OP)
    assert person["sex"] == "male"
    assert _import(sqlite_store, json.dumps(edited)).outcomes[0].kind == "present"


# --- fuzzing: any export gives registrations or a clear error, and a refusal writes nothing ---
def _central_csv(uuid: str, site: str) -> str:
    return (
        "SubmissionDate,meta-instanceID,person_id,site_id,group,age,sex,triage,end\n"
        f"2016-12-15,uuid:{uuid},W-1,{site},civilian,child,female,none,2016-12-15T07:10:00Z\n"
    )


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    fmt_text=st.one_of(
        st.tuples(st.sampled_from(["json", "csv", "xlsx"]), st.text(max_size=200)),
        st.tuples(st.just("json"), st.builds(json.dumps, json_values)),
        st.tuples(
            st.just("json"),
            mutated(json.loads(_central((U1, "W-1", "ramouseh")))["value"][0]).map(
                lambda row: json.dumps({"value": [row]})
            ),
        ),
        st.tuples(st.just("json"), damaged_text(_central((U1, "W-1", "ramouseh")))),
        st.tuples(st.just("csv"), damaged_text(_central_csv(U1, "ramouseh"))),
    )
)
@example(fmt_text=("csv", "a,b\n1,2,3\n"))  # a row longer than the header: was AttributeError
@example(fmt_text=("json", '[{"site_id": ["ramouseh"]}]'))  # was TypeError (unhashable list)
@example(fmt_text=("json", "1" * 5000))  # was ValueError (int digits limit)
@example(fmt_text=("json", "[" * 5000))  # was RecursionError
@example(fmt_text=("csv", "end\n" + "x" * 200_000))  # was _csv.Error (field limit)
def test_any_export_imports_or_is_refused_without_a_trace(
    sqlite_store: SqlStore, fmt_text: tuple[str, str]
) -> None:
    if not sqlite_store.position():
        sqlite_store.record(two_days())
    before = (sqlite_store.position(), sqlite_store.snapshot())
    fmt, text = fmt_text
    try:
        report = _import(sqlite_store, text, fmt)
    except CorridorError as exc:
        event(f"refused: {type(exc).__name__}")
        assert str(exc)
        assert (sqlite_store.position(), sqlite_store.snapshot()) == before
    else:
        event("imported")
        added = report.count("registered") + report.count("corrected")
        assert sqlite_store.position() == before[0] + added
        assert all(o.message for o in report.outcomes if o.kind == "refused")


def test_it_reads_arabic_indic_and_persian_digits_in_tokens_as_the_same_token(
    sqlite_store: SqlStore,
) -> None:
    """Should import W-١٢ (Arabic-Indic) and W-۳۴ (Persian) as W-12 and W-34, not block the file."""
    sqlite_store.record(two_days())
    text = _central((U1, "W-١٢", "ramouseh"), (U2, "W-۳۴", "ramouseh"))
    assert _import(sqlite_store, text).count("registered") == 2
    people = {p["person_id"] for p in sqlite_store.query("persons", op=f.OP)}
    assert people == {"W-12", "W-34"}
    # The desk typing the same token in ASCII digits meets the same person: registered twice.
    sqlite_store.record([f.person("W-12", id="desk-again")])
    kinds = {d["kind"] for d in sqlite_store.query("discrepancies", op=f.OP)}
    assert "registered_twice" in kinds


U3 = "2a1f4b63-8d9e-4c7b-9f80-6e5d4c3b2a33"


def _edit(uuid: str, replaces: str, token: str, **answers: str) -> str:
    """An edit as Central's OData gives it: new instanceID, deprecatedID, first version's __id."""
    data = json.loads(_central((uuid, token, "ramouseh")))
    row = data["value"][0]
    row["__id"] = f"uuid:{U1}"
    row["meta"]["deprecatedID"] = f"uuid:{replaces}"
    row["__system"]["reviewState"] = "edited"
    row.update(answers)
    return json.dumps(data)


def test_an_edit_of_an_edit_corrects_the_same_registration(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    _import(sqlite_store, _central((U1, "W-1", "ramouseh")))
    assert _import(sqlite_store, _edit(U2, U1, "W-1", sex="male")).count("corrected") == 1
    (outcome,) = _import(sqlite_store, _edit(U3, U2, "W-1", sex="male", triage="serious")).outcomes
    assert (outcome.kind, outcome.message) == ("corrected", f"corrects odk-{U1}")
    (person,) = sqlite_store.query("persons", op=f.OP)
    assert (person["sex"], person["triage"]) == ("male", "serious")
    kinds = {d["kind"] for d in sqlite_store.query("discrepancies", op=f.OP)}
    assert "registered_twice" not in kinds


def test_an_edit_that_changes_the_token_is_refused(sqlite_store: SqlStore) -> None:
    """Should refuse to move a registration to another token: that is another person."""
    sqlite_store.record(two_days())
    _import(sqlite_store, _central((U1, "W-1", "ramouseh")))
    before = sqlite_store.position()
    (outcome,) = _import(sqlite_store, _edit(U2, U1, "W-2")).outcomes
    assert outcome.kind == "refused" and outcome.message
    assert sqlite_store.position() == before


def test_a_rejection_after_import_names_the_fact_to_void(sqlite_store: SqlStore) -> None:
    sqlite_store.record(two_days())
    _import(sqlite_store, _central((U1, "W-1", "ramouseh")))
    data = json.loads(_central((U1, "W-1", "ramouseh")))
    data["value"][0]["__system"]["reviewState"] = "rejected"
    (outcome,) = _import(sqlite_store, json.dumps(data)).outcomes
    assert outcome.kind == "rejected"
    assert f"already imported as odk-{U1}: void it" in outcome.message
