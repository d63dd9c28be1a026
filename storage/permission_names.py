"""What each permission of storage/access.py is called in a refusal: the person sees
"상담기록 열람 권한이 없습니다", not a code such as note.read."""
from __future__ import annotations

NAMES: dict[str, tuple[str, str]] = {
    "client.read": ("내담자 정보 열람", "see this client"),
    "client.write": ("내담자 정보 입력·수정", "enter or change client details"),
    "case.read": ("사례 열람", "see cases"),
    "case.write": ("사례 열기·종결", "open or close cases"),
    "note.read": ("상담기록 열람", "read these session notes"),
    "note.write": ("상담기록 작성", "write these session notes"),
    "note.cosign": ("수퍼바이저 공동 서명", "co-sign these notes"),
    "screening.read": ("심리검진 결과 열람", "see screening results"),
    "screening.write": ("심리검진 기록", "record screenings"),
    "followup.read": ("안전 확인 열람", "see safety follow-ups"),
    "followup.close": ("안전 확인 종결", "close safety follow-ups"),
    "referral.read": ("연계 열람", "see referrals"),
    "referral.write": ("연계 기록", "record referrals"),
    "appointment.read": ("일정 열람", "see the calendar"),
    "appointment.write": ("예약 입력·변경", "book or change appointments"),
    "waitlist.read": ("대기자 명단 열람", "see the waitlist"),
    "waitlist.write": ("대기자 등록·변경", "change the waitlist"),
    "program.read": ("프로그램 열람", "see programs"),
    "program.write": ("프로그램 입력·변경", "change programs"),
    "program.facilitator": ("프로그램 진행자 지정·변경", "name or change a program's facilitator"),
    "survey.write": ("만족도 조사 입력", "enter survey responses"),
    "report.run": ("보고서 작성", "run reports"),
    "plan.manage": ("연간 목표 관리", "manage the annual plan"),
    "settings.manage": ("센터 설정 변경", "change the center's settings"),
    "staff.read": ("직원 목록 열람", "see the staff list"),
    "staff.manage": ("계정 관리", "manage accounts"),
    "site.manage": ("지점·상담실 관리", "manage sites and rooms"),
    "backup.run": ("백업·복원", "back up or restore"),
    "import.run": ("자료 가져오기", "import records"),
    "audit.read": ("감사 기록 열람", "read the audit log"),
    "access.review": ("접속기록 점검", "review the access log"),
    "retention.manage": ("보존기간 관리·파기", "manage retention and destruction"),
    "database.rekey": ("데이터베이스 키 교체", "change the database key"),
}


def name_of(permission: str, lang: str = "ko") -> str:
    """The permission in words; an unknown one (never expected) as itself."""
    names = NAMES.get(permission)
    return permission if names is None else names[0 if lang == "ko" else 1]
