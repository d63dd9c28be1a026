"""Small-cell suppression for the city's count tables, with a proof for every hidden value.

The table
---------
For every service line there is a three-way table sex x age band x job group, published as
its cells and its one-way margins (line x sex, line x age band, line x job group, line total);
across lines there is one more figure, the all-lines total. Each position carries two counts:
person-visits (연인원) and distinct persons (실인원). Within one line both counts add up (a
client has one sex, one age band and one job group in a month, so the cells of a line split its
persons). Across lines only person-visits add up (a client can use two lines), so the all-lines
row has person-visits = the sum of the line totals, and persons = the distinct count, which is
only bounded by them: max(line totals) <= persons <= sum(line totals).

The rule
--------
1. Primary: a position whose persons count is 1..k-1 is hidden, in BOTH counts (its visits
   would show how often that small group came; and visits 1..k-1 imply persons 1..k-1). The
   two counts share one suppression pattern, so a hidden visits figure never sits beside a
   published persons figure of the same position.
2. Zeros are published. "Nobody of this group came" harms no one, and hiding a zero as a
   complement adds no uncertainty: the hidden sum would then equal the small value itself.
   Consequence, which the attacker below is given: every hidden value is at least 1.
3. Complementary: every hidden position must have a *witness*: another table that agrees with
   everything published, keeps every hidden value >= 1 and persons <= visits everywhere, and
   differs at that position. A witness is a move: +1/-1 on a few hidden cells of one line, the
   margins following (every margin the move changes must itself be hidden, every figure it
   lowers must stay >= 1). The same move is applied to both counts, so both tables stay
   consistent with each other. While some hidden position has no witness, the cheapest move
   that would give it one is chosen and the positions it needs are hidden too (cheapest:
   fewest margins, then the smallest persons, then visits; ties broken by position, so the
   result is deterministic). A move keeps working when more is hidden, so this ends.
4. The all-lines row is hidden whenever a line total is hidden (then its visits and the line
   total move together and its persons are only bounded); otherwise it is published.

Why it holds: a witness is a second integer solution of every constraint the reader has, so
the reader's feasible range for that value holds at least two integers: no hidden value can be
worked back exactly, from any row, column, total or combination of them. ``unprotected`` re-
checks a finished pattern from scratch; the tests attack the published files independently
with an integer program (scipy's milp).

Not covered (said plainly): a hidden marker still tells that the group was not empty (the
published zeros tell which were), and an attacker who replays this deterministic algorithm
can learn a little more than the linear constraints (e.g. that a complement was the cheapest
choice). Coarser groups or a larger k are the remedies; both are settings of the export.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

ALL = "*"
GRAND = (ALL, ALL, ALL, ALL)
Key = tuple  # (line, sex, age_band, job_group); ALL where summed over

# Cost of hiding a position, first criterion of a move's cost: cells are what is meant to be
# hidden; a margin is a figure the city reads; a line total is the figure it reads most.
_MARGIN_WEIGHT = 1
_TOTAL_WEIGHT = 4


@dataclass(frozen=True)
class Layout:
    """The categories of the table, in publication order."""
    lines: tuple
    sexes: tuple
    age_bands: tuple
    job_groups: tuple

    @property
    def dims(self) -> tuple:
        return (self.sexes, self.age_bands, self.job_groups)

    def cells(self, line: str) -> list:
        return [(line, s, a, j) for s, a, j in product(self.sexes, self.age_bands, self.job_groups)]

    def keys(self) -> list:
        """Every published position: the all-lines row, then per line its total, margins, cells."""
        out = [GRAND]
        for line in self.lines:
            out.append((line, ALL, ALL, ALL))
            out += [(line, s, ALL, ALL) for s in self.sexes]
            out += [(line, ALL, a, ALL) for a in self.age_bands]
            out += [(line, ALL, ALL, j) for j in self.job_groups]
            out += self.cells(line)
        return out


def level(key: Key) -> str:
    """all_lines, line, line_sex, line_age_band, line_job_group or cell."""
    if key[0] == ALL:
        return "all_lines"
    stars = [part == ALL for part in key[1:]]
    if all(stars):
        return "line"
    if not any(stars):
        return "cell"
    return ("line_sex", "line_age_band", "line_job_group")[stars.index(False)]


def margins_of(cell: Key) -> tuple:
    line, s, a, j = cell
    return (line, s, ALL, ALL), (line, ALL, a, ALL), (line, ALL, ALL, j)


@dataclass
class Figure:
    """Both counts of one position. ``known`` False: the exact value is not known (a merged
    position with a hidden input); persons and visits are then lower bounds, and the position
    is hidden whatever happens."""
    persons: int
    visits: int
    known: bool = True


@dataclass
class Protection:
    suppressed: set
    primary: set
    witnesses: dict = field(default_factory=dict)   # key -> the move that proves it


def _changes(delta: dict) -> dict:
    """Every position a move changes (cells, their margins, the line total, the all-lines row)."""
    ch: dict = {}
    for cell, d in delta.items():
        for key in (cell, *margins_of(cell)):
            ch[key] = ch.get(key, 0) + d
    total = sum(delta.values())
    if total:
        line = next(iter(delta))[0]
        ch[(line, ALL, ALL, ALL)] = total
        ch[GRAND] = total
    return {key: d for key, d in ch.items() if d}


def _weight(key: Key) -> int:
    lv = level(key)
    return 0 if lv == "cell" else _TOTAL_WEIGHT if lv == "line" else _MARGIN_WEIGHT


class _Search:
    def __init__(self, figures: dict, layout: Layout) -> None:
        self.figures = figures
        self.layout = layout
        self.nonzero = {line: [c for c in layout.cells(line) if figures[c].persons > 0] for line in layout.lines}

    def _base(self, key: Key) -> int:
        f = self.figures[key]
        return f.visits if key == GRAND else f.persons

    def evaluate(self, delta: dict, suppressed: set):
        """(cost, changes, new positions to hide) of a move, or None if it is not a valid witness."""
        ch = _changes(delta)
        for key, d in ch.items():
            base = self._base(key)
            if base < 1 or base + d < 1:   # zeros are published; hidden values stay >= 1
                return None
        new = [key for key in ch if key not in suppressed]
        cost = (sum(_weight(key) for key in new), sum(self.figures[key].persons for key in new),
                sum(self.figures[key].visits for key in new), len(ch), sorted(delta.items()))
        return cost, ch, new

    def moves(self, u: Key):
        """Candidate moves that change position ``u``: single cells, swaps of two cells, and
        four-cell moves that leave every margin unchanged."""
        lv = level(u)
        line = u[0]
        cells = self.nonzero[line]
        if lv == "cell":
            if self.figures[u].persons < 1:
                return
            for sign in (1, -1):
                yield {u: sign}
                for other in cells:
                    if other != u:
                        yield {u: sign, other: -sign}
                for c2 in cells:
                    if c2 == u:
                        continue
                    for dim in (1, 2, 3):
                        c3 = tuple(u[i] if i == dim else c2[i] for i in range(4))
                        c4 = tuple(c2[i] if i == dim else u[i] for i in range(4))
                        if len({u, c2, c3, c4}) < 4:
                            continue
                        yield {u: sign, c2: sign, c3: -sign, c4: -sign}
        elif lv == "line":
            for c in cells:
                for sign in (1, -1):
                    yield {c: sign}
        else:
            dim = next(i for i in (1, 2, 3) if u[i] != ALL)
            inside = [c for c in cells if c[dim] == u[dim]]
            outside = [c for c in cells if c[dim] != u[dim]]
            for c in inside:
                for sign in (1, -1):
                    yield {c: sign}
                    for other in outside:
                        yield {c: sign, other: -sign}

    def best(self, u: Key, suppressed: set, free_only: bool = False):
        best = None
        for delta in self.moves(u):
            got = self.evaluate(delta, suppressed)
            if got is None or u not in got[1]:
                continue
            if free_only and got[2]:
                continue
            if best is None or got[0] < best[0]:
                best = got
                if not got[2] and free_only:
                    break
        return best


def _line_totals(layout: Layout) -> list:
    return [(line, ALL, ALL, ALL) for line in layout.lines]


def protect(figures: dict, layout: Layout, k: int) -> Protection:
    """Choose what to hide. ``figures`` maps every key of ``layout.keys()`` to a Figure."""
    if not isinstance(k, int) or isinstance(k, bool) or k < 2:
        raise ValueError("k must be an integer >= 2")
    missing = [key for key in layout.keys() if key not in figures]
    if missing:
        raise ValueError(f"figures missing for {missing[:3]}")
    primary = {key for key in layout.keys()
               if not figures[key].known or 1 <= figures[key].persons <= k - 1
               or 1 <= figures[key].visits <= k - 1}
    suppressed = set(primary)
    search = _Search(figures, layout)
    witnesses: dict = {}
    order = {key: i for i, key in enumerate(layout.keys())}
    while True:
        todo = sorted((key for key in suppressed if key != GRAND and key not in witnesses), key=order.__getitem__)
        if todo:
            u = todo[0]
            found = search.best(u, suppressed)
            if found is None:   # cannot happen: a single +1 with its margins hidden always works
                raise RuntimeError(f"no protecting move for {u}")
            _, ch, new = found
            suppressed.update(new)
            move = {key: d for key, d in ch.items()}
            for key in ch:
                witnesses.setdefault(key, move)
            continue
        totals = [t for t in _line_totals(layout) if t in suppressed]
        if totals:
            suppressed.add(GRAND)
        elif GRAND in suppressed:
            # The all-lines visits would be the sum of published line totals: hide the
            # smallest non-zero line total too (never reached with consistent inputs).
            candidates = [t for t in _line_totals(layout) if figures[t].persons > 0]
            if not candidates:
                raise RuntimeError("all-lines row hidden but every line is empty")
            suppressed.add(min(candidates, key=lambda t: (figures[t].persons, order[t])))
            continue
        break
    if GRAND in suppressed:
        witnesses[GRAND] = next(witnesses[t] for t in _line_totals(layout) if t in suppressed)
    return Protection(suppressed=suppressed, primary=primary, witnesses=witnesses)


def unprotected(figures: dict, suppressed: set, layout: Layout) -> list:
    """Hidden positions that have no witness among hidden positions alone (must be empty).
    Independent of how ``suppressed`` was chosen: it searches again from scratch."""
    search = _Search(figures, layout)
    bad = []
    for key in layout.keys():
        if key not in suppressed or key == GRAND:
            continue
        if search.best(key, suppressed, free_only=True) is None:
            bad.append(key)
    if GRAND in suppressed:
        hidden_totals = [t for t in _line_totals(layout) if t in suppressed]
        if not hidden_totals or any(t in bad for t in hidden_totals):
            bad.append(GRAND)
    elif any(t in suppressed for t in _line_totals(layout)):
        bad.append(GRAND)   # published while a line total is hidden: it would pin that total
    return bad
