from __future__ import annotations

from ..audit import now_iso
from ..records import SATISFACTION_ITEMS, SatisfactionResponse
from ..validation import check_choice, check_int, check_month, check_text
from .base import Repository


class SurveyRepository(Repository):
    """Satisfaction responses: anonymous, so no client is ever linked."""

    def add(self, r: SatisfactionResponse) -> SatisfactionResponse:
        self.allow("survey.write")
        check_choice("service_line", r.service_line, ("counseling", "screening", "program"))
        check_month("period_month", r.period_month)
        for item in SATISFACTION_ITEMS:
            setattr(r, item, check_int(item, getattr(r, item), lo=1, hi=5))
        r.comment = check_text("comment", r.comment, required=False, max_len=1000)
        with self.vault.transaction():
            cur = self.conn.execute(
                "INSERT INTO satisfaction_responses (site_id, service_line, period_month, " + ", ".join(SATISFACTION_ITEMS)
                + ", comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.site_id, r.service_line, r.period_month, *(getattr(r, i) for i in SATISFACTION_ITEMS), r.comment,
                 now_iso()))
            r.id = cur.lastrowid
            self.audit("create", "satisfaction", r.id, detail={"line": r.service_line, "month": r.period_month})
        return r

    def for_month(self, month: str) -> list[SatisfactionResponse]:
        if not self.may("report.run"):
            self.allow("survey.write")
        rows = self.conn.execute(
            "SELECT id, site_id, service_line, period_month, " + ", ".join(SATISFACTION_ITEMS) +
            ", comment FROM satisfaction_responses WHERE period_month = ? ORDER BY id", (check_month("month", month),))
        return [SatisfactionResponse(id=r[0], site_id=r[1], service_line=r[2], period_month=r[3],
                                     **dict(zip(SATISFACTION_ITEMS, r[4:11])), comment=r[11]) for r in rows]
