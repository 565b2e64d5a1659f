"""Which free text a coordinator made public, and in which words.

Public outputs (the public sitrep, the observer's pages and API) print no free text of their own
accord: a status reason, an incident description or an estimate's source may hold a name, a
phone number or a token. A coordinator marks one field of one fact public with a
``text.made_public`` fact that carries the **reviewed wording**: what the public sees is those
words, checked by a person when they were marked, never the field itself, so a later correction
of the original cannot put unreviewed words in public. A ``text.made_private`` fact withdraws it.

The state is a fold of those facts in the order they happened (``occurred_at``, then id), so the
order they arrive in by sync never matters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from corridor.domain.events import Fact
from corridor.domain.ledger import order_key
from corridor.domain.messages import message, refusal
from corridor.domain.vocabulary import PUBLIC_TEXT
from corridor.errors import ValidationError

Marked = Mapping[tuple[str, str], str]  # (fact id, field) -> the public wording


def fold(facts: Iterable[Fact]) -> dict[tuple[str, str], str]:
    """The public wording of each (fact id, field) still marked public."""
    marked: dict[tuple[str, str], str] = {}
    for fact in sorted(facts, key=order_key):
        where = (fact.payload["target"], fact.payload["field"])
        if fact.type == "text.made_public":
            marked[where] = fact.payload["wording"]
        elif fact.type == "text.made_private":
            marked.pop(where, None)
    return marked


def check_field(target_type: str, field: str) -> None:
    """:raises ValidationError: the field is not a free-text field of that fact type that may
    be made public."""
    allowed = PUBLIC_TEXT.get(target_type)
    if allowed is None:
        raise refusal(
            ValidationError, message("public_no_text", fact_type=target_type), field="target"
        )
    if field not in allowed:
        said = message("public_not_field", field=field, fact_type=target_type, fields=list(allowed))
        raise refusal(ValidationError, said, field="field")


def shown(marked: Marked, fact_id: str, field: str) -> str | None:
    """The public wording of one field, or None when it is not marked public."""
    return marked.get((fact_id, field))
