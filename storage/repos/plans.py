from __future__ import annotations

from ..records import AnnualPlan
from ..validation import check_choice, check_int
from ..vocabulary import SERVICE_LINES
from .base import Repository


class PlanRepository(Repository):
    """Annual targets (person-visits) per service line, for the center or one site."""

    def set(self, plan: AnnualPlan) -> AnnualPlan:
        self.allow("plan.manage")
        plan.year = check_int("year", plan.year, lo=2000, hi=2100)
        check_choice("service_line", plan.service_line, tuple(SERVICE_LINES))
        plan.target_person_visits = check_int("target_person_visits", plan.target_person_visits, lo=0, hi=10_000_000)
        with self.vault.transaction():
            self.conn.execute(
                "DELETE FROM annual_plans WHERE year = ? AND COALESCE(site_id, 0) = ? AND service_line = ?",
                (plan.year, plan.site_id or 0, plan.service_line))
            cur = self.conn.execute(
                "INSERT INTO annual_plans (year, site_id, service_line, target_person_visits, budget_krw)"
                " VALUES (?, ?, ?, ?, ?)",
                (plan.year, plan.site_id, plan.service_line, plan.target_person_visits, plan.budget_krw))
            plan.id = cur.lastrowid
            self.audit("set", "annual_plan", plan.id, detail={"year": plan.year, "line": plan.service_line})
        return plan

    def for_year(self, year: int) -> list[AnnualPlan]:
        rows = self.conn.execute(
            "SELECT id, year, site_id, service_line, target_person_visits, budget_krw FROM annual_plans"
            " WHERE year = ? ORDER BY COALESCE(site_id, 0), service_line", (year,))
        return [AnnualPlan(id=r[0], year=r[1], site_id=r[2], service_line=r[3], target_person_visits=r[4],
                           budget_krw=r[5]) for r in rows]
