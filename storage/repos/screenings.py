from __future__ import annotations

import json

import forms

from ..audit import now_iso
from ..records import Screening
from ..validation import check_choice, check_date, invalid
from ..vocabulary import SCREENING_CHANNELS
from .base import Repository
from .followups import FollowUpRepository

COLUMNS = ("id, client_id, instrument_id, instrument_version, taken_on, channel, answers, result, total, band,"
           " risk_class, flag_count, site_id, entered_by, overall_class")


def _screening(r) -> Screening:
    return Screening(id=r[0], client_id=r[1], instrument_id=r[2], instrument_version=r[3], taken_on=r[4],
                     channel=r[5], answers=json.loads(r[6]), result=json.loads(r[7]), total=r[8], band=r[9],
                     risk_class=r[10], flag_count=r[11], site_id=r[12], entered_by=r[13], overall_class=r[14])


class ScreeningRepository(Repository):
    """Screenings are scored here, by the forms engine, never trusted from the caller."""

    def record(self, client_id: int, instrument_id: str, *, taken_on: str, site_id: int, channel: str = "in_person",
               answers: dict | None = None, totals: dict | None = None, version: str | None = None,
               sex: str | None = None, registry=None) -> Screening:
        self.allow("screening.write", client_id)
        check_choice("channel", channel, tuple(SCREENING_CHANNELS))
        taken_on = check_date("taken_on", taken_on)
        registry = registry or forms.builtin_registry()
        definition = registry.get(instrument_id, version)
        if sex is None:
            row = self.one("SELECT sex FROM clients WHERE id = ?", (client_id,), f"client #{client_id}")
            sex = row[0]
        result = forms.score(definition, answers or {}, sex=sex, totals=totals)  # FormError on bad answers
        data = result.to_dict()
        safety = [f for f in result.flags if f.kind == "safety"]  # these open follow-ups
        s = Screening(client_id=client_id, instrument_id=definition.id, instrument_version=str(definition.version),
                      taken_on=taken_on, channel=channel, answers={"answers": answers or {}, "totals": totals or {}},
                      result=data, site_id=site_id, entered_by=self.actor.id,
                      total=result.total.value if result.total else None,
                      band=result.band.id if result.band else None,
                      risk_class=result.risk_class, flag_count=len(safety))
        with self.vault.transaction():
            cur = self.conn.execute(
                "INSERT INTO screenings (client_id, instrument_id, instrument_version, taken_on, channel, answers, result,"
                " total, band, risk_class, flag_count, site_id, entered_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.client_id, s.instrument_id, s.instrument_version, s.taken_on, s.channel,
                 json.dumps(s.answers, ensure_ascii=False), json.dumps(data, ensure_ascii=False), s.total, s.band,
                 s.risk_class, s.flag_count, site_id, self.actor.id, now_iso()))
            s.id = cur.lastrowid
            self.conn.execute(
                "UPDATE clients SET first_seen_on = ? WHERE id = ? AND (first_seen_on IS NULL OR first_seen_on > ?)",
                (taken_on, client_id, taken_on))
            self.audit("create", "screening", s.id, client_id=client_id,
                       detail={"instrument": s.instrument_id, "flags": s.flag_count})
            self._classify_day(client_id, taken_on, registry)
            s.overall_class = self.conn.execute("SELECT overall_class FROM screenings WHERE id = ?", (s.id,)).fetchone()[0]
            followups = FollowUpRepository(self.vault)
            for flag in safety:
                followups.raise_for(client_id, f"{definition.id}.{flag.id}", screening_id=s.id)
        return s

    def _classify_day(self, client_id: int, day: str, registry) -> None:
        """The overall class across the instruments taken on one day (the center's policy,
        setting ``classification_policy``), written on each of that day's screenings so the
        reports can count people by class."""
        rows = self.conn.execute("SELECT id, result FROM screenings WHERE client_id = ? AND taken_on = ? ORDER BY id",
                                 (client_id, day)).fetchall()
        latest: dict[str, forms.ScoreResult] = {}
        for _, text in rows:  # one result per instrument: the last entered counts
            result = forms.ScoreResult.from_dict(json.loads(text))
            latest[result.form_id] = result
        policy_row = self.conn.execute("SELECT value FROM settings WHERE key = 'classification_policy'").fetchone()
        policy = json.loads(policy_row[0]) if policy_row else None
        overall = forms.classify_overall(list(latest.values()), policy).risk_class
        self.conn.execute("UPDATE screenings SET overall_class = ? WHERE client_id = ? AND taken_on = ?",
                          (overall, client_id, day))

    def get(self, screening_id: int) -> Screening:
        row = self.one(f"SELECT {COLUMNS} FROM screenings WHERE id = ?", (screening_id,), f"screening #{screening_id}")
        self.allow("screening.read", row[1])
        with self.vault.transaction():
            self.audit("view", "screening", screening_id, client_id=row[1])
        return _screening(row)

    def for_client(self, client_id: int) -> list[Screening]:
        self.allow("screening.read", client_id)
        return [_screening(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM screenings WHERE client_id = ? ORDER BY taken_on, id", (client_id,))]

    def rescore(self, screening_id: int, registry=None) -> dict:
        """Score the stored answers again with the stored version (must equal the stored result)."""
        s = self.get(screening_id)
        registry = registry or forms.builtin_registry()
        definition = registry.get(s.instrument_id, s.instrument_version)
        sex = self.conn.execute("SELECT sex FROM clients WHERE id = ?", (s.client_id,)).fetchone()[0]
        return forms.score(definition, s.answers.get("answers") or {}, sex=sex,
                           totals=s.answers.get("totals") or None).to_dict()
