from __future__ import annotations

from ..access import ROLES, SUPERVISOR_ROLES
from ..audit import now_iso
from ..errors import LastAdmin, NotFound, ValidationError
from ..kdf import PRODUCTION_KDF, KdfCost
from ..records import Staff
from ..validation import check_choice, check_login, check_password, check_text, invalid
from .base import Repository

COLUMNS = "id, login, display_name, role, site_id, active, needs_supervision, created_at, supervisor_id"


def _staff(r) -> Staff:
    return Staff(id=r[0], login=r[1], display_name=r[2], role=r[3], site_id=r[4], active=bool(r[5]),
                 needs_supervision=bool(r[6]), created_at=r[7], supervisor_id=r[8])


class StaffRepository(Repository):
    """Accounts. Adding one also writes its key slot; deactivating removes the slot."""

    def add(self, staff: Staff, password: str, *, kdf: KdfCost = PRODUCTION_KDF) -> Staff:
        self.allow("staff.manage")
        check_login(staff.login)
        check_choice("role", staff.role, ROLES)
        check_password(password)
        name = check_text("display_name", staff.display_name, max_len=60)
        supervisor_id = self._check_supervisor(staff)
        if self.conn.execute("SELECT 1 FROM staff WHERE login = ?", (staff.login,)).fetchone():
            raise invalid("login", f"이미 있는 계정입니다 ({staff.login})", f"the account already exists ({staff.login})")
        # Slot first: a crash between the two leaves a harmless slot without an account
        # (verify reports it), never an account that cannot log in.
        self.vault.set_user_password(staff.login, password, kdf=kdf)
        with self.vault.transaction():
            staff.created_at = now_iso()
            cur = self.conn.execute(
                "INSERT INTO staff (login, display_name, role, site_id, active, needs_supervision, created_at,"
                " supervisor_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                (staff.login, name, staff.role, staff.site_id, int(staff.needs_supervision), staff.created_at,
                 supervisor_id),
            )
            staff.supervisor_id = supervisor_id
            staff.id = cur.lastrowid
            staff.active = True
            self.audit("create", "staff", staff.login, detail={"role": staff.role})
        return staff

    def list(self, include_inactive: bool = False) -> list[Staff]:
        self.allow("staff.read")
        rows = self.conn.execute(f"SELECT {COLUMNS} FROM staff ORDER BY id").fetchall()
        return [_staff(r) for r in rows if include_inactive or r[5]]

    def get(self, login: str) -> Staff:
        self.allow("staff.read")
        return _staff(self.one(f"SELECT {COLUMNS} FROM staff WHERE login = ?", (login,), f"account {login}"))

    def by_id(self, staff_id: int) -> Staff:
        return _staff(self.one(f"SELECT {COLUMNS} FROM staff WHERE id = ?", (staff_id,), f"account #{staff_id}"))

    def update(self, staff: Staff) -> None:
        """Change name, role, site, supervision need or supervisor (not the login, not the password).
        A new supervisor also takes over the account's notes in sign-off (waiting or returned), so
        the former one no longer reads them."""
        self.allow("staff.manage")
        check_choice("role", staff.role, ROLES)
        current = self.get(staff.login)
        if current.role == "admin" and staff.role != "admin":
            self._keep_an_admin(staff.login)
        staff.id = current.id
        supervisor_id = self._check_supervisor(staff)
        if staff.needs_supervision or staff.role not in SUPERVISOR_ROLES:
            self._keep_trainees_supervised(current)
        with self.vault.transaction():
            self.conn.execute(
                "UPDATE staff SET display_name = ?, role = ?, site_id = ?, needs_supervision = ?, supervisor_id = ?"
                " WHERE login = ?",
                (check_text("display_name", staff.display_name, max_len=60), staff.role, staff.site_id,
                 int(staff.needs_supervision), supervisor_id, staff.login),
            )
            if supervisor_id != current.supervisor_id:
                self.conn.execute("UPDATE note_signoffs SET reviewer_id = ? WHERE status IN ('pending', 'returned')"
                                  " AND session_id IN (SELECT id FROM counseling_sessions WHERE counselor_id = ?)",
                                  (supervisor_id, current.id))
            staff.supervisor_id = supervisor_id
            self.audit("update", "staff", staff.login,
                       detail={"role": staff.role, "needs_supervision": bool(staff.needs_supervision),
                               "supervisor_id": supervisor_id})

    def deactivate(self, login: str) -> None:
        """The account can no longer log in (its key slot is deleted); its records stay."""
        self.allow("staff.manage")
        current = self.get(login)
        if current.role == "admin":
            self._keep_an_admin(login)
        if login == self.actor.login:
            raise invalid("login", "자기 계정은 비활성화할 수 없습니다", "you cannot deactivate your own account")
        if login in self.vault.keyfile.logins():
            self.vault.remove_user_slot(login)
        with self.vault.transaction():
            self.conn.execute("UPDATE staff SET active = 0 WHERE login = ?", (login,))
            self.audit("deactivate", "staff", login)

    def reactivate(self, login: str, password: str, *, kdf: KdfCost = PRODUCTION_KDF) -> None:
        self.allow("staff.manage")
        self.get(login)
        self.vault.set_user_password(login, password, kdf=kdf)
        with self.vault.transaction():
            self.conn.execute("UPDATE staff SET active = 1 WHERE login = ?", (login,))
            self.audit("reactivate", "staff", login)

    def reset_password(self, login: str, password: str, *, kdf: KdfCost = PRODUCTION_KDF) -> None:
        """Admin sets a new password for someone who forgot theirs."""
        self.allow("staff.manage")
        if not self.get(login).active:
            raise NotFound(what=f"active account {login}")
        self.vault.set_user_password(login, password, kdf=kdf)
        with self.vault.transaction():
            self.audit("password_reset", "staff", login)

    def supervisees(self, supervisor_id: int) -> list[Staff]:
        """Active accounts under supervision whose supervisor this account is."""
        self.allow("staff.read")
        return [_staff(r) for r in self.conn.execute(
            f"SELECT {COLUMNS} FROM staff WHERE supervisor_id = ? AND needs_supervision = 1 AND active = 1"
            " ORDER BY display_name", (supervisor_id,))]

    def _check_supervisor(self, staff: Staff) -> int | None:
        """The supervisor to store: none unless the account needs supervision; else an active
        clinical account that writes notes, is not itself supervised and is not the account."""
        if not staff.needs_supervision or staff.supervisor_id is None:
            return None
        row = self.conn.execute("SELECT id, role, active, needs_supervision FROM staff WHERE id = ?",
                                (staff.supervisor_id,)).fetchone()
        if row is None or not row[2]:
            raise invalid("supervisor", "수퍼바이저는 활성 계정이어야 합니다", "the supervisor must be an active account")
        if row[0] == staff.id:
            raise invalid("supervisor", "자기 자신을 수퍼바이저로 지정할 수 없습니다", "an account cannot supervise itself")
        if row[1] not in SUPERVISOR_ROLES:
            raise invalid("supervisor", "수퍼바이저는 상담사, 정신건강의학과 전문의 또는 센터장이어야 합니다",
                          "the supervisor must be a counselor, a psychiatrist or the center lead")
        if row[3]:
            raise invalid("supervisor", "수퍼비전을 받는 계정은 수퍼바이저가 될 수 없습니다",
                          "an account under supervision cannot supervise others")
        return row[0]

    def _keep_trainees_supervised(self, current: Staff) -> None:
        """An account that supervises others stays able to: it cannot become supervised itself
        or move to a role that does not supervise while someone still has it as supervisor."""
        n = self.conn.execute("SELECT count(*) FROM staff WHERE supervisor_id = ? AND needs_supervision = 1"
                              " AND active = 1", (current.id,)).fetchone()[0]
        if n:
            raise invalid("supervisor", f"이 계정은 상담사 {n}명의 수퍼바이저입니다. 먼저 다른 수퍼바이저를 지정하세요",
                          f"this account supervises {n} counselor(s); give them another supervisor first")

    def _keep_an_admin(self, login: str) -> None:
        others = self.conn.execute(
            "SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1 AND login <> ?", (login,)
        ).fetchone()[0]
        if others == 0:
            raise LastAdmin()
