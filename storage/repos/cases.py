from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError
from ..records import Case
from ..validation import check_choice, check_date, invalid
from ..vocabulary import CASE_CLOSE_REASONS
from .base import Repository


@dataclass
class ProblemCode:
    """A presenting problem (주호소) the center counts: code, group, Korean and English names."""

    code: str
    group: str          # work | personal | family | crisis
    name_ko: str
    name_en: str

    def name(self, lang: str = "ko") -> str:
        return self.name_ko if lang == "ko" else self.name_en


class CaseRepository(Repository):
    def problem_codes(self) -> list[ProblemCode]:
        """The list to choose presenting problems from, in the center's order."""
        self.allow("case.read")
        return [ProblemCode(*r) for r in self.conn.execute(
            "SELECT code, grp, name_ko, name_en FROM problem_codes ORDER BY sort_order, code")]

    def _problems(self, case_id: int) -> tuple[str | None, list[str]]:
        rows = self.conn.execute(
            "SELECT cp.problem_code, cp.is_primary FROM case_problems cp JOIN problem_codes p ON p.code = cp.problem_code"
            " WHERE cp.case_id = ? ORDER BY cp.is_primary DESC, p.sort_order", (case_id,)).fetchall()
        primary = next((r[0] for r in rows if r[1]), None)
        return primary, [r[0] for r in rows if not r[1]]

    def _check_problems(self, primary: str, secondary: list[str]) -> None:
        known = {r[0] for r in self.conn.execute("SELECT code FROM problem_codes")}
        for code in [primary, *secondary]:
            check_choice("problems", code, sorted(known))
        if primary in secondary:
            raise invalid("problems", "주호소가 부호소에도 있습니다", "the primary problem is also listed as secondary")

    def _write_problems(self, case_id: int, primary: str, secondary: list[str]) -> None:
        self.conn.execute("DELETE FROM case_problems WHERE case_id = ?", (case_id,))
        self.conn.execute("INSERT INTO case_problems VALUES (?, ?, 1)", (case_id, primary))
        for code in dict.fromkeys(secondary):
            self.conn.execute("INSERT INTO case_problems VALUES (?, ?, 0)", (case_id, code))

    def open(self, case: Case) -> Case:
        self.allow("case.write")
        if self.actor.role in ("counselor", "psychiatrist") and case.counselor_id != self.actor.id:
            self.allow("case.write", case.client_id)
        case.opened_on = check_date("opened_on", case.opened_on)
        self._check_problems(case.primary_problem, case.secondary_problems)
        if self.conn.execute("SELECT 1 FROM cases WHERE client_id = ? AND status = 'open'", (case.client_id,)).fetchone():
            raise invalid("case", "이미 진행 중인 사례가 있습니다", "the client already has an open case")
        with self.vault.transaction():
            cur = self.conn.execute(
                "INSERT INTO cases (client_id, counselor_id, opened_on, status) VALUES (?, ?, ?, 'open')",
                (case.client_id, case.counselor_id, case.opened_on))
            case.id, case.status = cur.lastrowid, "open"
            self._write_problems(case.id, case.primary_problem, case.secondary_problems)
            self.audit("open", "case", case.id, client_id=case.client_id)
        return case

    def get(self, case_id: int) -> Case:
        r = self.one("SELECT id, client_id, counselor_id, opened_on, closed_on, close_reason, status FROM cases"
                     " WHERE id = ?", (case_id,), f"case #{case_id}")
        self.allow("case.read", r[1])
        primary, secondary = self._problems(case_id)
        return Case(id=r[0], client_id=r[1], counselor_id=r[2], opened_on=r[3], closed_on=r[4], close_reason=r[5],
                    status=r[6], primary_problem=primary, secondary_problems=secondary)

    def for_client(self, client_id: int) -> list[Case]:
        self.allow("case.read", client_id)
        ids = [r[0] for r in self.conn.execute("SELECT id FROM cases WHERE client_id = ? ORDER BY opened_on, id", (client_id,))]
        return [self.get(i) for i in ids]

    def open_case(self, client_id: int) -> Case | None:
        row = self.conn.execute("SELECT id FROM cases WHERE client_id = ? AND status = 'open'", (client_id,)).fetchone()
        return self.get(row[0]) if row else None

    def set_problems(self, case_id: int, primary: str, secondary: list[str]) -> None:
        case = self.get(case_id)
        self.allow("case.write", case.client_id)
        if case.status != "open":
            raise invalid("case", "종결된 사례의 주호소는 바꿀 수 없습니다", "problems of a closed case cannot change")
        self._check_problems(primary, secondary)
        with self.vault.transaction():
            self._write_problems(case_id, primary, secondary)
            self.audit("update", "case", case_id, client_id=case.client_id)

    def close(self, case_id: int, on: str, reason: str) -> int:
        """Close; returns the number of sessions in the case (shown to the user)."""
        case = self.get(case_id)
        self.allow("case.write", case.client_id)
        check_choice("close_reason", reason, tuple(CASE_CLOSE_REASONS))
        on = check_date("closed_on", on)
        if on < case.opened_on:
            raise invalid("closed_on", "종결일이 개시일보다 빠릅니다", "the closing date is before the opening date")
        with self.vault.transaction():
            self.conn.execute("UPDATE cases SET status = 'closed', closed_on = ?, close_reason = ? WHERE id = ?",
                              (on, reason, case_id))
            sessions = self.conn.execute("SELECT count(*) FROM counseling_sessions WHERE case_id = ?", (case_id,)).fetchone()[0]
            self.audit("close", "case", case_id, client_id=case.client_id, detail={"reason": reason, "sessions": sessions})
        return sessions

    def reopen(self, case_id: int) -> None:
        case = self.get(case_id)
        self.allow("case.write", case.client_id)
        if self.open_case(case.client_id):
            raise invalid("case", "이미 진행 중인 사례가 있습니다", "the client already has an open case")
        with self.vault.transaction():
            self.conn.execute("UPDATE cases SET status = 'open', closed_on = NULL, close_reason = NULL WHERE id = ?", (case_id,))
            self.audit("reopen", "case", case_id, client_id=case.client_id)
