"""Korean and English texts for storage errors (the UI's own strings go through Qt's tr())."""

MESSAGES: dict[str, dict[str, str]] = {
    "storage_error": {
        "ko": "저장소 오류가 발생했습니다.",
        "en": "A storage error occurred.",
    },
    "wrong_password": {
        "ko": "비밀번호가 맞지 않습니다. 다시 입력해 주세요.",
        "en": "The password is not correct. Please try again.",
    },
    "unknown_user": {
        "ko": "'{login}' 계정이 이 데이터베이스에 없습니다. 계정 이름을 확인해 주세요.",
        "en": "There is no account '{login}' in this database. Check the account name.",
    },
    "account_inactive": {
        "ko": "'{login}' 계정은 비활성화되었습니다. 관리자에게 문의하세요.",
        "en": "The account '{login}' has been deactivated. Ask your administrator.",
    },
    "login_throttled": {
        "ko": "로그인 실패가 반복되었습니다. {seconds}초 후에 다시 시도하세요.",
        "en": "Too many failed logins. Try again in {seconds} seconds.",
    },
    "keyfile_missing": {
        "ko": "열쇠 파일({name})이 없습니다. 데이터베이스와 같은 폴더에 있어야 합니다. 백업에서 복원하세요.",
        "en": "The key file ({name}) is missing. It must be in the same folder as the database. Restore it from a backup.",
    },
    "keyfile_damaged": {
        "ko": "열쇠 파일({name})이 손상되었습니다({detail}). 백업에서 복원하세요.",
        "en": "The key file ({name}) is damaged ({detail}). Restore it from a backup.",
    },
    "database_missing": {
        "ko": "데이터베이스 파일({name})을 찾을 수 없습니다. 경로를 확인하거나 백업에서 복원하세요.",
        "en": "The database file ({name}) was not found. Check the path or restore from a backup.",
    },
    "database_damaged": {
        "ko": "데이터베이스 파일({name})이 손상되었습니다. 파일을 그대로 두고 최근 백업에서 복원하세요.",
        "en": "The database file ({name}) is damaged. Leave the file as it is and restore the latest backup.",
    },
    "database_mismatch": {
        "ko": "데이터베이스 파일({name})이 열쇠 파일과 짝이 맞지 않습니다(다른 데이터베이스이거나 파일 머리가 손상됨).",
        "en": "The database file ({name}) does not match its key file (another database, or a damaged file header).",
    },
    "database_in_use": {
        "ko": "이 데이터베이스는 이 PC에서 이미 열려 있습니다. 열려 있는 마음데스크 창을 사용하거나 닫은 뒤 다시 여세요.",
        "en": "This database is already open on this PC. Use the Maumdesk window that is open, or close it and try again.",
    },
    "database_too_new": {
        "ko": "이 데이터베이스는 더 새로운 버전(스키마 {found})에서 만들어졌습니다. 프로그램을 업데이트하세요.",
        "en": "This database was made by a newer version (schema {found}). Please update the program.",
    },
    "database_exists": {
        "ko": "이미 파일이 있습니다({name}). 덮어쓰지 않습니다. 다른 경로를 고르세요.",
        "en": "A file already exists ({name}). It will not be overwritten. Choose another path.",
    },
    "disk_full": {
        "ko": "디스크 공간이 부족하여 저장하지 못했습니다. 입력한 내용은 그대로 남아 있습니다. 공간을 확보한 뒤 다시 저장하세요.",
        "en": "The disk is full, so nothing was saved. What you entered is still here. Free some space and save again.",
    },
    "permission_denied": {
        "ko": "{action} 권한이 없습니다.",
        "en": "You are not allowed to {action}.",
    },
    "validation": {
        "ko": "입력값을 확인하세요: {field} — {problem_ko}",
        "en": "Please check the input: {field} — {problem_en}",
    },
    "not_found": {
        "ko": "{what}을(를) 찾을 수 없습니다.",
        "en": "{what} was not found.",
    },
    "conflict": {
        "ko": "일정이 겹칩니다: {detail_ko}",
        "en": "Schedule conflict: {detail_en}",
    },
    "note_locked": {
        "ko": "서명된 상담기록은 수정할 수 없습니다. 추가기록(addendum)으로 남기세요.",
        "en": "A signed note cannot be changed. Add a dated addendum instead.",
    },
    "migration_failed": {
        "ko": "데이터베이스 업그레이드(버전 {version})에 실패했습니다. 원본은 바뀌지 않았고 사본이 {copy}에 있습니다.",
        "en": "Upgrading the database (version {version}) failed. The original is unchanged and a copy is at {copy}.",
    },
    "backup_failed": {
        "ko": "백업에 실패했습니다: {detail}",
        "en": "The backup failed: {detail}",
    },
    "last_admin": {
        "ko": "마지막 관리자 계정은 삭제하거나 비활성화할 수 없습니다.",
        "en": "The last administrator account cannot be removed or deactivated.",
    },
    "note_under_review": {
        "ko": "수퍼바이저의 공동 서명을 기다리는 기록은 수정할 수 없습니다. 반려되면 다시 수정할 수 있습니다.",
        "en": "A note awaiting the supervisor's sign-off cannot be changed. It can be revised if it is returned.",
    },
    "signoff_required": {
        "ko": "수퍼비전 대상 상담사의 기록은 혼자 서명할 수 없습니다. 수퍼바이저에게 공동 서명을 요청하세요.",
        "en": "Notes of a counselor under supervision cannot be signed alone. Submit them for the supervisor's sign-off.",
    },
}
