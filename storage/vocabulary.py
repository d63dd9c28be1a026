"""Coded lists used across the app, with Korean and English labels (code -> (ko, en))."""

SEXES = {"F": ("여", "Female"), "M": ("남", "Male")}

JOB_GROUPS = {
    "admin": ("일반행정", "General administration"),
    "welfare": ("사회복지", "Social welfare"),
    "health": ("보건·간호", "Health and nursing"),
    "fire": ("소방", "Fire service"),
    "civil_service": ("민원", "Civil-complaint service"),
    "technical": ("기술·시설", "Technical and facilities"),
    "public_works": ("현업·공무직", "Field and contract staff"),
    "other": ("기타", "Other"),
}

SESSION_KINDS = {"individual": ("개인상담", "Individual"), "group": ("집단상담", "Group"), "family": ("가족상담", "Family")}

METHODS = {
    "in_person": ("내소", "In person"),
    "phone": ("전화", "Phone"),
    "video": ("화상", "Video"),
    "visit": ("방문", "Visit"),
    "online": ("온라인", "Online"),
}

APPOINTMENT_KINDS = {
    "intake": ("접수면접", "Intake"),
    "individual": ("개인상담", "Individual"),
    "group": ("집단상담", "Group"),
    "family": ("가족상담", "Family"),
    "screening": ("심리검진", "Screening"),
    "program": ("프로그램", "Program"),
    "other": ("기타", "Other"),
}

APPOINTMENT_STATUSES = {
    "booked": ("예약", "Booked"),
    "attended": ("출석", "Attended"),
    "cancelled": ("취소", "Cancelled"),
    "no_show": ("불참", "No-show"),
}

NOTE_TEMPLATES = {
    "soap": ("SOAP", "SOAP", ("subjective", "objective", "assessment", "plan")),
    "dap": ("DAP", "DAP", ("data", "assessment", "plan")),
    "free": ("자유 서술", "Free text", ("text",)),
}

SCREENING_CHANNELS = {"in_person": ("내소", "In person"), "online": ("온라인", "Online"),
                      "paper": ("지필", "Paper"), "phone": ("전화", "Phone")}

PROGRAM_CATEGORIES = {
    "stress_relief": ("스트레스 완화", "Stress relief"),
    "resilience": ("회복탄력성", "Resilience"),
    "relationships": ("대인관계", "Relationships"),
    "outreach": ("찾아가는 부서 프로그램", "Outreach to a department"),
    "campaign": ("캠페인", "Campaign"),
    "other": ("기타", "Other"),
}

REFERRAL_KINDS = {
    "designated_clinic": ("지정클리닉", "Designated clinic"),
    "psychiatrist": ("정신건강의학과 전문의", "Psychiatrist"),
    "external": ("외부 기관", "External body"),
}

REFERRAL_OUTCOMES = {
    "pending": ("진행 중", "Pending"),
    "attended": ("진료 시작", "Attended"),
    "completed": ("종결", "Completed"),
    "declined": ("거절", "Declined"),
    "unknown": ("확인 불가", "Unknown"),
}

CONSENT_KINDS = {
    "service": ("상담 서비스 이용 동의", "Consent to services"),
    "sensitive": ("민감정보 처리 동의", "Consent to processing sensitive information"),
    "third_party": ("제3자 제공 동의", "Consent to disclosure to third parties"),
    "recording": ("녹음·녹화 동의", "Consent to recording"),
}

SERVICE_LINES = {
    "counseling": ("심리상담", "Counseling"),
    "screening": ("심리검진", "Screening"),
    "program": ("심리안정 프로그램", "Programs"),
    "referral": ("연계", "Referrals"),
}

RISK_CLASSES = {"normal": ("정상군", "Normal"), "watch": ("관심군", "Watch"), "high_risk": ("고위험군", "High risk")}

CASE_CLOSE_REASONS = {
    "goals_met": ("목표 달성", "Goals met"),
    "client_request": ("내담자 요청", "Client's request"),
    "referred": ("외부 연계", "Referred elsewhere"),
    "no_contact": ("연락 두절", "No contact"),
    "other": ("기타", "Other"),
}


def label(vocab: dict, code: str, lang: str = "ko") -> str:
    entry = vocab.get(code)
    if entry is None:
        return code
    return entry[0] if lang == "ko" else entry[1]


WAITLIST_STATUSES = {
    "waiting": ("대기 중", "Waiting"),
    "booked": ("예약 완료", "Booked"),
    "placed": ("프로그램 배정", "Placed in a program"),
    "withdrawn": ("대기 취소", "Withdrawn"),
}

WAITLIST_PRIORITIES = {"normal": ("보통", "Normal"), "urgent": ("긴급", "Urgent")}

TIME_PREFERENCES = {
    "any": ("무관", "Any time"),
    "weekday_morning": ("평일 오전", "Weekday mornings"),
    "weekday_afternoon": ("평일 오후", "Weekday afternoons"),
    "weekday_evening": ("평일 저녁", "Weekday evenings"),
}

WITHDRAW_REASONS = {
    "found_elsewhere": ("다른 기관 이용", "Found help elsewhere"),
    "no_longer_needed": ("더 이상 필요 없음", "No longer needed"),
    "no_contact": ("연락 두절", "Could not be reached"),
    "declined": ("본인 취소", "Declined"),
    "duplicate": ("중복 등록", "Duplicate entry"),
    "other": ("기타", "Other"),
}
