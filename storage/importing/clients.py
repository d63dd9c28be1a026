"""Client rows: checked like ClientRepository checks a new client, written like it writes one
(name_initials by storage.hangul.initials, phone_tail = the phone's last 4 digits,
first_seen_on left to the services, which set it to the earliest service date).

Row key: the source and the client code, so a later export of the same clients (even with an
edited department) is "already imported", never a second client. Changes to existing clients
are made in the app, not by import.
"""
from __future__ import annotations

import re

from ..hangul import initials
from ..vocabulary import JOB_GROUPS, SEXES
from .engine import Context, Row
from .values import Choices, parse_birth_year

CODE_RE = re.compile(r"[A-Za-z0-9-]{3,20}")   # as storage/repos/clients.py
SEX = Choices(SEXES, {"남자": "M", "남성": "M", "여자": "F", "여성": "F", "m": "M", "f": "F", "male": "M",
                      "female": "F"}, reason="unknown_sex")
JOB = Choices(JOB_GROUPS, {"행정": "admin", "일반직": "admin", "복지": "welfare", "사회복지직": "welfare",
                           "보건": "health", "간호": "health", "간호직": "health", "보건직": "health",
                           "소방직": "fire", "민원실": "civil_service", "기술": "technical", "시설": "technical",
                           "기술직": "technical", "현업": "public_works", "공무직": "public_works"},
              reason="unknown_job_group")
STATUS = Choices({"active": ("활성", "Active"), "inactive": ("비활성", "Inactive")},
                 {"이용중": "active", "진행": "active", "종결": "inactive", "휴면": "inactive"}, reason="unknown_status")


def phone_tail(phone: str | None) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-4:] if len(digits) >= 4 else None


class ClientRows:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.codes = {r[0] for r in ctx.conn.execute("SELECT code FROM clients")}
        ctx.report.counts.setdefault("clients", 0)

    def row(self, row: Row) -> None:
        ctx = self.ctx
        code = row.text("client_code", max_len=40, required=True)
        key = ctx.key(code) if code else None
        if key is not None and key in ctx.imported:
            ctx.skip(row, "already_imported")
            return
        if code and not CODE_RE.fullmatch(code):
            row.bad("client_code", "bad_client_code", value=code)
        name = row.text("name", max_len=40, required=True)
        sex = row.get("sex", SEX.get, required=True)
        birth_year = row.get("birth_year", parse_birth_year, ctx.today, required=True)
        job = row.get("job_group", JOB.get, required=True)
        department = row.text("department", max_len=60)
        phone = row.text("phone", max_len=20)
        email = row.text("email", max_len=80)
        site_id = ctx.site(row, required=False)
        status = row.get("status", STATUS.get) or "active"
        if row.issues:
            ctx.refuse(row)
            return
        if ctx.duplicate(row, key):
            return
        if code in self.codes:
            row.bad("client_code", "client_exists", value=code)
            ctx.refuse(row)
            return
        client_id = ctx.new_id("clients")
        ctx.add("clients", (client_id, code, name, initials(name), sex, birth_year, job, department, phone,
                            phone_tail(phone), email, site_id, status, ctx.now, ctx.actor.id))
        ctx.accept(row, key, "client", client_id, client_id)
        ctx.count("clients")

    def finish(self) -> None:
        self.ctx.flush()
