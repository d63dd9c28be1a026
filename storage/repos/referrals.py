from __future__ import annotations

from ..records import Referral
from ..validation import check_choice, check_date, check_int, check_text
from ..vocabulary import REFERRAL_KINDS, REFERRAL_OUTCOMES
from .base import Repository

COLUMNS = ("id, client_id, case_id, destination_kind, destination_name, reason, referred_on, cost_support_krw,"
           " outcome, outcome_note, site_id, created_by")

MAX_COST_SUPPORT = 1_000_000  # the city's cap per person (DOMAIN.md: up to 1,000,000 KRW)


def _referral(r) -> Referral:
    return Referral(id=r[0], client_id=r[1], case_id=r[2], destination_kind=r[3], destination_name=r[4], reason=r[5],
                    referred_on=r[6], cost_support_krw=r[7], outcome=r[8], outcome_note=r[9], site_id=r[10],
                    created_by=r[11])


class ReferralRepository(Repository):
    def add(self, r: Referral) -> Referral:
        self.allow("referral.write", r.client_id)
        check_choice("destination_kind", r.destination_kind, tuple(REFERRAL_KINDS))
        check_choice("outcome", r.outcome, tuple(REFERRAL_OUTCOMES))
        r.reason = check_text("reason", r.reason, max_len=500)
        r.referred_on = check_date("referred_on", r.referred_on)
        r.cost_support_krw = check_int("cost_support_krw", r.cost_support_krw, lo=0, hi=MAX_COST_SUPPORT)
        with self.vault.transaction():
            cur = self.conn.execute(
                f"INSERT INTO referrals ({COLUMNS.replace('id, ', '', 1)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.client_id, r.case_id, r.destination_kind, r.destination_name, r.reason, r.referred_on,
                 r.cost_support_krw, r.outcome, r.outcome_note, r.site_id, self.actor.id))
            r.id, r.created_by = cur.lastrowid, self.actor.id
            self.audit("create", "referral", r.id, client_id=r.client_id, detail={"kind": r.destination_kind})
        return r

    def update_outcome(self, referral_id: int, outcome: str, note: str | None = None,
                       cost_support_krw: int | None = None) -> None:
        r = self.get(referral_id)
        self.allow("referral.write", r.client_id)
        check_choice("outcome", outcome, tuple(REFERRAL_OUTCOMES))
        cost = r.cost_support_krw if cost_support_krw is None else check_int(
            "cost_support_krw", cost_support_krw, lo=0, hi=MAX_COST_SUPPORT)
        with self.vault.transaction():
            self.conn.execute("UPDATE referrals SET outcome = ?, outcome_note = ?, cost_support_krw = ? WHERE id = ?",
                              (outcome, check_text("outcome_note", note, required=False, max_len=500), cost, referral_id))
            self.audit("update", "referral", referral_id, client_id=r.client_id, detail={"outcome": outcome})

    def get(self, referral_id: int) -> Referral:
        r = _referral(self.one(f"SELECT {COLUMNS} FROM referrals WHERE id = ?", (referral_id,), f"referral #{referral_id}"))
        self.allow("referral.read", r.client_id)
        return r

    def for_client(self, client_id: int) -> list[Referral]:
        self.allow("referral.read", client_id)
        return [_referral(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM referrals WHERE client_id = ? ORDER BY referred_on DESC", (client_id,))]

    def all(self, *, open_only: bool = False) -> list[Referral]:
        """The lead's list."""
        scope = self.allow("referral.read")
        sql = f"SELECT {COLUMNS} FROM referrals"
        where, params = [], []
        if open_only:
            where.append("outcome = 'pending'")
        if scope == "own":
            where.append("client_id IN (SELECT client_id FROM cases WHERE counselor_id = ?)")
            params.append(self.actor.id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_referral(r) for r in self.conn.execute(sql + " ORDER BY referred_on DESC, id DESC", params)]
