"""Korean and English texts of the command line."""

TEXTS = {
    "password": ("비밀번호", "Password"),
    "new_password": ("새 비밀번호", "New password"),
    "password_again": ("한 번 더 입력", "Repeat it"),
    "passwords_differ": ("두 비밀번호가 다릅니다.", "The two passwords differ."),
    "recovery_code": ("복구 코드", "Recovery code"),
    "no_password": ("비밀번호가 없습니다. 터미널에서 실행하거나 환경변수 {var}를 설정하세요.",
                    "No password. Run in a terminal or set the environment variable {var}."),
    "created": ("데이터베이스를 만들었습니다: {db}", "Database created: {db}"),
    "recovery_once": (
        "복구 코드(지금 한 번만 표시됩니다). 인쇄하거나 적어서 금고에 보관하세요. 비밀번호를 잊었을 때 필요합니다:",
        "Recovery code (shown this once). Print or write it down and keep it locked away; it is needed when a password is forgotten:"),
    "unlocked": ("열림: {db} (계정 {user}, {seconds:.2f}초)", "Unlocked: {db} (account {user}, {seconds:.2f} s)"),
    "verify_ok": ("검증 통과: 암호화 페이지, 구조, 감사 기록 체인, 열쇠 슬롯 모두 정상입니다.",
                  "Verified: encrypted pages, structure, audit chain and key slots are all sound."),
    "verify_bad": ("검증 실패:", "Verification failed:"),
    "backup_done": ("백업을 만들고 검증했습니다: {path} ({mb:.1f} MB)", "Backup written and verified: {path} ({mb:.1f} MB)"),
    "restore_done": ("복원하고 검증했습니다: {db}", "Restored and verified: {db}"),
    "rekey_done": ("데이터베이스 키를 바꾸고 모든 슬롯을 다시 봉인했습니다.", "Database key rotated; every slot resealed."),
    "user_added": ("계정을 추가했습니다: {login} ({role})", "Account added: {login} ({role})"),
    "user_removed": ("계정을 비활성화하고 열쇠 슬롯을 지웠습니다: {login}", "Account deactivated and its key slot deleted: {login}"),
    "passwd_done": ("비밀번호를 바꿨습니다: {login}", "Password changed: {login}"),
    "demo_done": ("데모 데이터베이스를 만들었습니다: {db}", "Demo database created: {db}"),
    "demo_accounts": ("데모 계정 (모두 같은 비밀번호):", "Demo accounts (all share one password):"),
    "demo_password": ("데모 비밀번호: {password}", "Demo password: {password}"),
    "error": ("오류", "Error"),
}


def say(key: str, lang: str, **params) -> str:
    ko, en = TEXTS[key]
    return (ko if lang == "ko" else en).format(**params)
