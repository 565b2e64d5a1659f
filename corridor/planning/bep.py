"""Parser of the published Bus Evacuation Problem instance format (text in, Problem out).

Layout (Loyola Vitali, Riff & Montero 2017, after Bish 2011 and Goerigk et al. 2013), whitespace-
separated integers, one record per non-blank line:
  line 1: bus count, bus capacity (people per bus)
  line 2: depot count, then the number of buses at each depot
  line 3: point count, total demand, then each point's demand (people)
  line 4: shelter count, total capacity, then each shelter's capacity (people)
  one line per depot: depot id (1, 2, ...), then the time to each point
  one line per point: point id (1, 2, ...), then the time to each shelter (the same both ways)

The random sets have one depot and capacity 1 (demands in bus loads); the Valparaiso instances
have five depots and 30-seat buses. Every error names the line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from corridor.errors import ValidationError
from corridor.planning.problem import Pickup, Problem, Shelter, Vehicle

MAX_BUSES = 10_000  # the published instances have at most a few dozen
MAX_DIGITS = 12  # bigger numbers are a damaged file, and int() of huge digit runs is slow


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based line number in the file
    values: tuple[int, ...]


def parse_bep(text: str, name: str = "bep") -> Problem:
    """The instance in `text` as a full-trip Problem; `name` prefixes every error message.

    :raises ValidationError: naming the line and field that is wrong.
    """
    lines = _lines(text, name)
    reader = _Reader(lines, name)
    buses, capacity = reader.fields(2, "bus count and bus capacity")
    if not 1 <= buses <= MAX_BUSES:
        reader.fail(1, f"bus count {buses}: must be 1 to {MAX_BUSES}")
    if capacity < 1:
        reader.fail(1, f"bus capacity {capacity}: must be at least 1")
    depots, at_depot = reader.counted("depot count", "buses at each depot")
    if sum(at_depot) != buses or any(n < 0 for n in at_depot):
        reader.fail(2, f"buses at the depots add up to {sum(at_depot)}, line 1 says {buses}")
    demands = reader.totalled("point count", "total demand", "demand")
    capacities = reader.totalled("shelter count", "total capacity", "capacity")
    travel: dict[tuple[str, str], int] = {}
    for d in range(1, depots + 1):
        for p, t in enumerate(reader.row(d, "depot", "point", len(demands)), 1):
            travel[(f"Y{d}", f"P{p}")] = t
    for p in range(1, len(demands) + 1):
        for s, t in enumerate(reader.row(p, "point", "shelter", len(capacities)), 1):
            travel[(f"P{p}", f"S{s}")] = t
            travel[(f"S{s}", f"P{p}")] = t
    reader.end()
    vehicles: list[Vehicle] = []
    for d, count in enumerate(at_depot, 1):
        for _ in range(count):
            vehicles.append(Vehicle(f"B{len(vehicles) + 1}", capacity, f"Y{d}"))
    try:
        return Problem(
            pickups=tuple(Pickup(f"P{i}", n) for i, n in enumerate(demands, 1)),
            shelters=tuple(Shelter(f"S{j}", c) for j, c in enumerate(capacities, 1)),
            vehicles=tuple(vehicles),
            travel=travel,
            full_trips=True,
            name=name,
        )
    except ValidationError as exc:
        raise ValidationError(f"{name}: {exc}") from None


def _lines(text: str, name: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        words = raw.split()
        if not words:
            continue
        values = []
        for k, word in enumerate(words, 1):
            digits = word.removeprefix("-")
            if not digits.isdigit() or not digits.isascii() or len(digits) > MAX_DIGITS:
                raise ValidationError(
                    f"{name}: line {number}, field {k}: {word[:20]!r} is not a whole number"
                )
            values.append(int(word))
        out.append(_Line(number, tuple(values)))
    return out


class _Reader:
    """Walks the non-blank lines in order; every failure names the line."""

    def __init__(self, lines: list[_Line], name: str) -> None:
        self.lines, self.name, self.at = lines, name, 0

    def fail(self, number: int, message: str) -> NoReturn:
        raise ValidationError(f"{self.name}: line {number}: {message}")

    def _next(self, what: str) -> _Line:
        if self.at >= len(self.lines):
            last = self.lines[-1].number if self.lines else 0
            raise ValidationError(f"{self.name}: ends after line {last}; expected {what}")
        line = self.lines[self.at]
        self.at += 1
        return line

    def fields(self, n: int, what: str) -> tuple[int, ...]:
        line = self._next(what)
        if len(line.values) != n:
            self.fail(line.number, f"expected {what} ({n} numbers), found {len(line.values)}")
        return line.values

    def counted(self, count: str, each: str) -> tuple[int, list[int]]:
        line = self._next(f"{count}, then {each}")
        n, *rest = line.values
        if not 1 <= n <= MAX_BUSES:
            self.fail(line.number, f"field 1 ({count}) is {n}: must be 1 to {MAX_BUSES}")
        if len(rest) != n:
            self.fail(line.number, f"{count} is {n} but {len(rest)} {each} follow")
        return n, rest

    def totalled(self, count: str, total: str, each: str) -> list[int]:
        line = self._next(f"{count}, {total}, then each {each}")
        if len(line.values) < 2:
            self.fail(line.number, f"expected {count} and {total}, found one number")
        n, declared, *rest = line.values
        if len(rest) != n:
            self.fail(line.number, f"field 1 ({count}) is {n} but {len(rest)} values follow")
        for k, value in enumerate(rest, 3):
            if value < 0:
                self.fail(line.number, f"field {k} ({each}) is {value}: must be >= 0")
        if sum(rest) != declared:
            self.fail(
                line.number, f"field 2 ({total}) is {declared}, the values add up to {sum(rest)}"
            )
        return rest

    def row(self, expected_id: int, kind: str, to: str, n: int) -> tuple[int, ...]:
        line = self._next(f"the row of {kind} {expected_id}")
        first, *times = line.values
        if first != expected_id:
            self.fail(line.number, f"field 1 ({kind} id) is {first}, expected {expected_id}")
        if len(times) != n:
            self.fail(
                line.number, f"{kind} {first} has {len(times)} times, expected one per {to} ({n})"
            )
        for k, t in enumerate(times, 2):
            if t < 0:
                self.fail(line.number, f"field {k} ({kind} {first} to {to} {k - 1}) is negative")
        return tuple(times)

    def end(self) -> None:
        if self.at < len(self.lines):
            self.fail(self.lines[self.at].number, "unexpected data after the last point row")
