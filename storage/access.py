"""Who may do what: one table, enforced in the repositories (never only in the UI).

Scopes: "all" = any client; "own" = clients the account works with (counselor of one of the
client's cases, or author of one of their sessions, or owner of one of their follow-ups);
absent = refused. For ``note.read``/``note.write`` "own" is narrower and per note: the notes
the account wrote, and the notes of the cases it is the counselor of (plus, for reading, the
notes submitted to it for sign-off and a running emergency access). For ``note.cosign`` "own" means the notes of the accounts one supervises
(staff.supervisor_id); the lead co-signs any. docs/roles.md is generated from this table (``python -m storage.access``).
"""
from __future__ import annotations

ALL, OWN = "all", "own"
CLINICAL = ("counselor", "psychiatrist", "lead", "coordinator")

PERMISSIONS: dict[str, dict[str, str]] = {
    "client.read":      {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "client.write":     {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "case.read":        {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "case.write":       {"counselor": OWN, "psychiatrist": OWN, "lead": ALL, "coordinator": ALL},
    "note.read":        {"counselor": OWN, "psychiatrist": OWN, "lead": ALL},
    "note.write":       {"counselor": OWN, "psychiatrist": OWN, "lead": ALL},
    "note.cosign":      {"counselor": OWN, "psychiatrist": OWN, "lead": ALL},
    "screening.read":   {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "screening.write":  {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "followup.read":    {"counselor": OWN, "psychiatrist": OWN, "lead": ALL, "coordinator": ALL},
    "followup.close":   {"counselor": OWN, "psychiatrist": OWN, "lead": ALL, "coordinator": ALL},
    "referral.read":    {"counselor": OWN, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "referral.write":   {"counselor": OWN, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "appointment.read": {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "appointment.write": {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    # The waitlist is the center's shared intake queue: every clinical role reads and works it
    # (the coordinator most of all); the administrator, who runs accounts and backups, does not.
    "waitlist.read":    {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "waitlist.write":   {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "program.read":     {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "program.write":    {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "survey.write":     {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL},
    "report.run":       {"lead": ALL, "coordinator": ALL, "admin": ALL},
    "plan.manage":      {"lead": ALL, "admin": ALL},
    "settings.manage":  {"lead": ALL, "admin": ALL},
    "staff.read":       {"counselor": ALL, "psychiatrist": ALL, "lead": ALL, "coordinator": ALL, "admin": ALL},
    "staff.manage":     {"admin": ALL},
    "site.manage":      {"admin": ALL},
    "backup.run":       {"admin": ALL, "lead": ALL},
    "import.run":       {"lead": ALL, "coordinator": ALL},
    "audit.read":       {"admin": ALL, "lead": ALL},
    "access.review":    {"lead": ALL},
    "retention.manage": {"lead": ALL},   # approve and run destruction (개인정보 보호법 제21조)
    "database.rekey":   {"admin": ALL},
}

# Who may supervise (be someone's supervisor_id): the clinical accounts that write notes
# themselves. The coordinator reads no notes, so cannot review them.
SUPERVISOR_ROLES = ("counselor", "psychiatrist", "lead")

# Emergency access ("break the glass", storage/repos/emergency_access.py) widens exactly these
# permissions from "own" to one more client, for a few hours, with a stated reason. Only roles
# whose scope for them is "own" can use it: a role with no note access at all (coordinator,
# admin) never gains it this way, and the lead already reads every note.
EMERGENCY_PERMISSIONS = ("note.read",)
# For these "own" is decided per note (Repository.owns_note): the author, or the counselor of
# the note's case. Writing a session or opening a case for a client does not open the notes
# other counselors wrote about them.
NOTE_PERMISSIONS = ("note.read", "note.write")


def emergency_roles() -> tuple[str, ...]:
    """The roles a center may allow to break the glass (setting ``break_glass_roles``)."""
    return tuple(r for r in ("counselor", "psychiatrist", "lead", "coordinator", "admin")
                 if all(PERMISSIONS[p].get(r) == OWN for p in EMERGENCY_PERMISSIONS))


ROLES = ("counselor", "psychiatrist", "lead", "coordinator", "admin")

ROLE_NAMES = {
    "counselor": ("상담사", "Counselor"),
    "psychiatrist": ("정신건강의학과 전문의", "Psychiatrist"),
    "lead": ("센터장", "Center lead"),
    "coordinator": ("코디네이터", "Coordinator"),
    "admin": ("관리자", "Administrator"),
}


def scope(role: str, permission: str) -> str | None:
    return PERMISSIONS[permission].get(role)


def markdown_table() -> str:
    head = "| permission | " + " | ".join(ROLES) + " |"
    sep = "|---|" + "---|" * len(ROLES)
    rows = [head, sep]
    for perm, scopes in PERMISSIONS.items():
        rows.append(f"| `{perm}` | " + " | ".join(scopes.get(r, "—") for r in ROLES) + " |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
