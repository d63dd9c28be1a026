"""Administration, driven through the widgets (offscreen) with the database and the audit trail
checked afterwards: accounts (add, edit, role, deactivate, reactivate, reset, the last admin,
a new recovery code shown once), sites and rooms, center settings and plan targets, backups
with progress and Cancel off the UI thread, restore into a new file, the database check, the
audit log viewer with filters, paging and the chain check; who sees which tab; screenshots."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt

from desktop.context import AppContext
from desktop.views.admin import AdminView, backup_tab, dialogs
from desktop.views.admin.accounts import AccountDialog, PasswordDialog
from desktop.views.admin.audit_tab import PAGE_SIZE
from desktop.views.admin.dialogs import RecoveryCodeDialog
from storage.errors import DiskFull, PermissionDenied, UnlockError, WrongPassword
from storage.kdf import FAST_TEST_KDF, PRODUCTION_KDF
from storage.records import Client, Consent, Staff
from storage.vault import Vault

from .conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from .qt_helpers import korean_with, type_text

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "views" / "admin"

# The new source strings with the Korean proposed for resources/i18n/maumdesk_ko.ts (the
# screenshots are taken with these, so Korean lengths are what is checked for clipping).
PROPOSED_KO = {
    " min": "분",
    " visits": "건",
    "%1 deactivated: no new bookings; past records stay.": "%1 비활성화: 새 예약은 받지 않으며 지난 기록은 남습니다.",
    "%1 is in use again.": "%1을(를) 다시 사용합니다.",
    "%1–%2 of %3": "%3건 중 %1–%2",
    "A backup is one encrypted file (the database and its key file). It opens only with a staff password or the recovery code. Keep copies on another disk than this PC's.":
        "백업은 암호화된 파일 하나입니다(데이터베이스와 열쇠 파일). 직원 비밀번호나 복구 코드로만 열립니다. 이 PC가 아닌 다른 디스크에 보관하세요.",
    "A deactivated account can no longer log in; its records stay. Enter opens the selected account.":
        "비활성화된 계정은 로그인할 수 없으며 기록은 그대로 남습니다. Enter로 선택한 계정을 엽니다.",
    "A new recovery code was made; the old one no longer works.": "새 복구 코드를 만들었습니다. 이전 코드는 더 이상 쓸 수 없습니다.",
    "Account": "계정",
    "Account %1 added. It can log in now.": "%1 계정을 추가했습니다. 이제 로그인할 수 있습니다.",
    "Account %1 deactivated.": "%1 계정을 비활성화했습니다.",
    "Account %1 is active again with the new password.": "%1 계정을 새 비밀번호로 다시 활성화했습니다.",
    "Account %1 saved.": "%1 계정을 저장했습니다.",
    "Account name": "계정 이름",
    "Account name *": "계정 이름 *",
    "Accounts": "계정",
    "Action": "작업",
    "Add": "추가",
    "Add a room": "공간 추가",
    "Add a site": "지점 추가",
    "Add account": "계정 추가",
    "Add account…": "계정 추가…",
    "Add an account": "계정 추가",
    "Add an account (Ctrl+N)": "계정 추가 (Ctrl+N)",
    "Add room…": "공간 추가…",
    "Add site…": "지점 추가…",
    "Address": "주소",
    "Administration is for the administrator and the center lead. Your role has no administrative tasks.":
        "관리 화면은 관리자와 센터장이 사용합니다. 현재 역할에는 관리 업무가 없습니다.",
    "After this many minutes without use the screen locks and asks for the password.":
        "이 시간 동안 사용하지 않으면 화면이 잠기고 비밀번호를 다시 묻습니다.",
    "All accounts": "모든 계정",
    "All actions": "모든 작업",
    "All good: every page, the structure, the audit chain and the key slots checked out.":
        "이상 없음: 모든 페이지, 구조, 감사 기록 체인, 열쇠 슬롯을 확인했습니다.",
    "Annual plan targets (person-visits)": "연간 사업 목표 (연인원)",
    "Anyone with this code can open every record of the center. Print it or save it to a USB stick, and lock it away (a safe, a sealed envelope). Do not keep it on this PC, in e-mail or in a chat.":
        "이 코드가 있으면 누구나 센터의 모든 기록을 열 수 있습니다. 인쇄하거나 USB에 저장한 뒤 잠금 보관하세요(금고, 봉인 봉투). 이 PC, 이메일, 메신저에는 두지 마세요.",
    "Audit log": "감사 기록",
    "Back up": "백업",
    "Back up now": "지금 백업",
    "Backup": "백업",
    "Backup cancelled; nothing was written.": "백업을 취소했습니다. 아무 파일도 남기지 않았습니다.",
    "Backup file": "백업 파일",
    "Backup to restore": "복원할 백업",
    "Backup written to %1 (%2 MB) and verified: it opens, and its pages, structure and audit trail are intact.":
        "%1에 백업했고(%2 MB) 검증했습니다: 열리며 페이지, 구조, 감사 기록이 모두 온전합니다.",
    "Cancel": "취소",
    "Cancelling…": "취소하는 중…",
    "Center": "센터",
    "Center name": "센터 이름",
    "Center settings": "센터 설정",
    "Center: %1": "센터: %1",
    "Check the chain": "체인 검사",
    "Check the database": "데이터베이스 검사",
    "Checking the copy…": "사본을 확인하는 중…",
    "Checking…": "검사하는 중…",
    "Checks every page, the structure, the audit trail's chain and the key slots.":
        "모든 페이지, 구조, 감사 기록 체인, 열쇠 슬롯을 검사합니다.",
    "Choose the backup file and a new file to restore it into.": "백업 파일과 복원할 새 파일을 고르세요.",
    "Choose…": "찾아보기…",
    "Clear filters": "조건 지우기",
    "Client code": "내담자 번호",
    "Client": "내담자",
    "Copying the database…": "데이터베이스를 복사하는 중…",
    "Counts from 1 to k−1 are hidden in the city's export, so no one can be recognised.":
        "시 제출 자료에서 1~k−1인 칸은 가려져 누구도 알아볼 수 없게 합니다.",
    "Databases (*.db)": "데이터베이스 (*.db)",
    "Deactivate": "비활성화",
    "Deactivate %1? The account can no longer log in and its key is deleted. Its records stay. You can reactivate it later with a new password.":
        "%1 계정을 비활성화할까요? 더 이상 로그인할 수 없고 열쇠가 삭제됩니다. 기록은 남습니다. 나중에 새 비밀번호로 다시 활성화할 수 있습니다.",
    "Deactivate account": "계정 비활성화",
    "Deactivate…": "비활성화…",
    "Details": "내용",
    "Done": "완료",
    "Edit account": "계정 수정",
    "Edit room": "공간 수정",
    "Edit site": "지점 수정",
    "Edit…": "수정…",
    "Folder": "폴더",
    "Folder for the backup": "백업할 폴더",
    "For": "대상",
    "From": "시작일",
    "From the next start the app opens %1. Log out or close the app to switch.":
        "다음 실행부터 %1을(를) 엽니다. 바꾸려면 로그아웃하거나 프로그램을 닫으세요.",
    "I have printed or saved the code and will store it safely": "코드를 인쇄 또는 저장했고 안전하게 보관하겠습니다",
    "Idle lock after": "자동 잠금 시간",
    "Kind": "종류",
    "Made on: %1": "만든 날: %1",
    "Make a new code": "새 코드 만들기",
    "Make a new recovery code? The printed code in use now stops working at once. The new code is shown once: have a printer or a USB stick ready.":
        "새 복구 코드를 만들까요? 지금 보관 중인 코드는 즉시 쓸 수 없게 됩니다. 새 코드는 한 번만 보이니 프린터나 USB를 준비하세요.",
    "Maumdesk backups (*%1)": "마음데스크 백업 (*%1)",
    "Maumdesk recovery code": "마음데스크 복구 코드",
    "Name": "이름",
    "Name *": "이름 *",
    "Name masking": "이름 가리기",
    "Needs supervision": "수퍼비전 필요",
    "Needs supervision (notes are reviewed by the center lead)": "수퍼비전 필요 (센터장이 상담기록을 검토)",
    "New password *": "새 비밀번호 *",
    "New password set for %1.": "%1 계정의 새 비밀번호를 설정했습니다.",
    "New recovery code": "새 복구 코드",
    "New recovery code…": "새 복구 코드…",
    "No client has the code %1.": "내담자 번호 %1이(가) 없습니다.",
    "No entries.": "기록이 없습니다.",
    "No site (all sites)": "지정 안 함 (모든 지점)",
    "Nothing to save: no changes.": "바뀐 내용이 없어 저장하지 않았습니다.",
    "Older ▶": "이전 기록 ▶",
    "Open this database from the next start": "다음 실행부터 이 데이터베이스 열기",
    "Password": "비밀번호",
    "Password *": "비밀번호 *",
    "Password again *": "비밀번호 확인 *",
    "Print or save the code first, then tick the box. Without it, a forgotten password cannot be reset when no administrator can log in.":
        "먼저 코드를 인쇄하거나 저장한 뒤 확인란을 선택하세요. 코드가 없으면 관리자가 로그인할 수 없을 때 비밀번호를 재설정할 수 없습니다.",
    "Print…": "인쇄…",
    "Problems found (restore the latest backup if the database is damaged):":
        "문제를 찾았습니다 (데이터베이스가 손상되었으면 최근 백업에서 복원하세요):",
    "Reactivate": "다시 활성화",
    "Reactivate %1 with a new password. Tell the person the password in person; they should change it at their next login.":
        "%1 계정을 새 비밀번호로 다시 활성화합니다. 비밀번호는 본인에게 직접 알려 주고, 다음 로그인 때 바꾸도록 하세요.",
    "Reactivate account": "계정 다시 활성화",
    "Reactivate…": "다시 활성화…",
    "Recompute every row's hash: finds edited, deleted or reordered rows": "모든 행의 해시를 다시 계산해 수정·삭제·순서 변경을 찾습니다",
    "Record": "기록",
    "Rename…": "이름 바꾸기…",
    "Replace the printed recovery code (the old one stops working)": "보관 중인 복구 코드를 바꿉니다 (이전 코드는 쓸 수 없게 됨)",
    "Reset password": "비밀번호 재설정",
    "Reset password…": "비밀번호 재설정…",
    "Restore a backup": "백업 복원",
    "Restore and verify": "복원하고 검증",
    "Restore as": "복원할 파일",
    "Restore as (a new file)": "복원할 파일 (새 파일)",
    "Restored to %1 and verified: no problems found. Keep the file and its key file (%2) together. The database open now is unchanged; to work with the restored one, open it at the next start.":
        "%1에 복원하고 검증했습니다: 문제가 없습니다. 이 파일과 열쇠 파일(%2)을 함께 두세요. 지금 열려 있는 데이터베이스는 바뀌지 않았습니다. 복원한 데이터베이스로 작업하려면 다음 실행 때 여세요.",
    "Restored to %1, but the check found problems:": "%1에 복원했지만 검사에서 문제를 찾았습니다:",
    "Restoring and checking…": "복원하고 검사하는 중…",
    "Role": "역할",
    "Room": "상담실",
    "Room %1 saved.": "%1 공간을 저장했습니다.",
    "Rooms": "공간",
    "Rooms of %1": "%1의 공간",
    "Save": "저장",
    "Save settings": "설정 저장",
    "Save targets": "목표 저장",
    "Save the recovery code": "복구 코드 저장",
    "Save to file…": "파일로 저장…",
    "Saved to %1. Move it to a USB stick that is locked away, and delete it from this PC.":
        "%1에 저장했습니다. 잠금 보관하는 USB로 옮기고 이 PC에서는 지우세요.",
    "Sent to the printer.": "프린터로 보냈습니다.",
    "Set a new password for %1, who forgot theirs. Tell the person the password in person; they should change it at their next login.":
        "비밀번호를 잊은 %1 계정의 새 비밀번호를 정합니다. 비밀번호는 본인에게 직접 알려 주고, 다음 로그인 때 바꾸도록 하세요.",
    "Set password": "비밀번호 설정",
    "Settings saved.": "설정을 저장했습니다.",
    "Show": "표시",
    "Show client names masked on every screen (홍*동)": "모든 화면에서 내담자 이름 가리기 (홍*동)",
    "Site": "지점",
    "Site %1 saved.": "%1 지점을 저장했습니다.",
    "Sites": "지점",
    "Sites and rooms": "지점과 공간",
    "Something went wrong; nothing was changed. Please try again.": "문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.",
    "Status": "상태",
    "Suppress counts below (k)": "가림 기준 (k 미만)",
    "Targets for %1 (%2) saved.": "%1년 목표(%2)를 저장했습니다.",
    "Text files (*.txt)": "텍스트 파일 (*.txt)",
    "The app's settings could not be saved.": "프로그램 설정을 저장하지 못했습니다.",
    "The backup is restored into a new file; the database open now is not changed.":
        "백업은 새 파일로 복원됩니다. 지금 열려 있는 데이터베이스는 바뀌지 않습니다.",
    "The chain is broken; the trail was changed outside the app:": "체인이 끊어졌습니다. 프로그램 밖에서 감사 기록이 바뀌었습니다:",
    "The chain is intact: %1 rows, none altered, removed or reordered.": "체인 이상 없음: %1행 모두 수정·삭제·순서 변경이 없습니다.",
    "The file could not be written. Choose another place.": "파일을 쓰지 못했습니다. 다른 위치를 고르세요.",
    "The password must have at least %1 characters.": "비밀번호는 %1자 이상이어야 합니다.",
    "The start date is after the end date.": "시작일이 종료일보다 늦습니다.",
    "The two passwords are not the same. Please type them again.": "두 비밀번호가 다릅니다. 다시 입력하세요.",
    "The whole center": "센터 전체",
    "This is the new recovery code. The old code no longer works. It is shown only now and cannot be shown again.":
        "새 복구 코드입니다. 이전 코드는 더 이상 쓸 수 없습니다. 이 코드는 지금 한 번만 보이며 다시 볼 수 없습니다.",
    "Time": "시간",
    "To": "종료일",
    "Type your password: the backup opens with it.": "비밀번호를 입력하세요. 백업은 비밀번호로 열립니다.",
    "Verify database": "데이터베이스 검증",
    "With this code a forgotten password can be reset (maumdesk user passwd --recovery). Anyone who has it can open every record: keep it locked away.":
        "이 코드로 잊어버린 비밀번호를 재설정할 수 있습니다 (maumdesk user passwd --recovery). 코드가 있으면 누구나 모든 기록을 열 수 있으니 잠금 보관하세요.",
    "Working…": "처리하는 중…",
    "Workstation": "컴퓨터",
    "Year": "연도",
    "a folder on another disk, e.g. a USB drive": "다른 디스크의 폴더 (예: USB 드라이브)",
    "a new file name; an existing file is never overwritten": "새 파일 이름 (있는 파일은 덮어쓰지 않음)",
    "account": "계정",
    "active": "사용 중",
    "addendum": "추가기록",
    "all sites": "모든 지점",
    "annual plan": "연간 목표",
    "appointment": "예약",
    "appointment series": "반복 예약",
    "at least %1 characters": "%1자 이상",
    "attendance": "출석",
    "backup": "백업",
    "case": "사례",
    "client": "내담자",
    "client code or number": "내담자 번호 또는 내부 번호",
    "close": "종결",
    "consent": "동의",
    "consent withdrawn": "동의 철회",
    "create": "생성",
    "database": "데이터베이스",
    "deactivate": "비활성화",
    "deactivated": "비활성",
    "demo data": "시연 자료",
    "e.g. kim.sh (lower-case letters, digits, . _ -)": "예: kim.sh (영문 소문자, 숫자, . _ -)",
    "export": "내보내기",
    "failed logins": "로그인 실패",
    "failed screen unlock": "잠금 해제 실패",
    "group room": "집단상담실",
    "head-count": "인원 집계",
    "import": "가져오기",
    "in use": "사용 중",
    "individual counseling": "개인상담실",
    "key rotation": "열쇠 교체",
    "login": "로그인",
    "new recovery code": "복구 코드 교체",
    "office": "사무실",
    "open": "개시",
    "password change": "비밀번호 변경",
    "password reset": "비밀번호 재설정",
    "password reset with recovery code": "복구 코드로 비밀번호 재설정",
    "program": "프로그램",
    "program session": "프로그램 회차",
    "raise": "등록",
    "reactivate": "다시 활성화",
    "referral": "연계",
    "register": "참여 등록",
    "reopen": "재개",
    "restore": "복원",
    "room": "공간",
    "safety follow-up": "안전 확인",
    "satisfaction survey": "만족도 조사",
    "save draft": "임시 저장",
    "save mapping": "열 대응 저장",
    "screening": "심리검진",
    "session": "상담",
    "session note": "상담기록",
    "set": "설정",
    "setting": "설정",
    "sign": "서명",
    "site": "지점",
    "status: %1": "상태: %1",
    "the backup file (%1)": "백업 파일 (%1)",
    "the same password again": "같은 비밀번호 한 번 더",
    "unregister": "참여 취소",
    "update": "수정",
    "verify": "검증",
    "view": "열람",
    "yes": "예",
    "your password at the time of the backup": "백업할 때의 내 비밀번호",
    "◀ Newer": "◀ 최근 기록",
}


@pytest.fixture
def korean(qapp):
    yield from korean_with(qapp, PROPOSED_KO)


def retype(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key_Delete)
    type_text(qtbot, widget, text)


def admin_view(qtbot, store, lang: str = "en") -> AdminView:
    view = AdminView(AppContext(store, lang))
    view.kdf = FAST_TEST_KDF  # new passwords and codes with the cheap test cost
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    return view


def audit_rows(store, **where) -> list[tuple]:
    """The audit trail read as the test's own check (the desktop code itself never runs SQL)."""
    sql = "SELECT actor, action, entity, entity_id, client_id, detail FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    return store.vault.conn.execute(sql + " ORDER BY id", tuple(where.values())).fetchall()


def choose_row(table, text: str, column: int = 0) -> int:
    for row in range(table.rowCount()):
        if table.item(row, column).text() == text:
            table.setCurrentCell(row, column)
            table.selectRow(row)
            return row
    raise AssertionError(f"{text} not in table")


def wait_closed(qtbot, dialog, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=timeout)


def grow_trail(store, rows: int, pad: int = 0) -> None:
    """More rows through the vault's own audit call: the log gets several pages, and with
    ``pad`` the file grows past a backup step (16 MiB) several times over."""
    with store.vault.transaction():
        for i in range(rows):
            store.vault.audit("view", "client", entity_id=i % 40 + 1, client_id=i % 40 + 1,
                              detail={"purpose": "test", "n": i, "pad": "x" * pad})


def add_client(store, code: str, name: str) -> Client:
    consents = [Consent(kind="service", version="1.0", scope="상담 서비스", given=True, given_on="2026-03-02"),
                Consent(kind="sensitive", version="1.0", scope="정신건강 정보", given=True, given_on="2026-03-02")]
    return store.clients.add(Client(code=code, name=name, sex="F", birth_year=1985, job_group="admin", site_id=1),
                             consents=consents)


# --- storage additions -------------------------------------------------------------------------
def test_audit_search_count_actions_and_code_lookup(open_as):
    lead = open_as("lead")
    hong = add_client(lead, "2026-0001", "홍길동")
    lead.clients.get(hong.id)  # an audited view
    everything = lead.audit.entries(limit=10_000)
    assert lead.audit.count() == len(everything)
    assert [e.id for e in lead.audit.search(limit=10_000)] == [e.id for e in everything]
    views = lead.audit.search(action="view", client_id=hong.id)
    assert views and all(e.action == "view" and e.client_id == hong.id for e in views)
    assert lead.audit.count(action="view", client_id=hong.id) == len(views)
    assert lead.audit.count(actor="lead", action="login") == 1
    assert [e.id for e in lead.audit.search(limit=3, offset=2)] == [e.id for e in everything[2:5]]
    assert lead.audit.count(since="2000-01-01", until="2000-01-02") == 0
    assert "view" in lead.audit.actions() and lead.audit.actions() == sorted(set(lead.audit.actions()))
    assert lead.audit.client_id_for_code("2026-0001") == hong.id
    assert lead.audit.client_id_for_code("2026-9999") is None
    admin = open_as("admin")
    assert admin.audit.client_id_for_code("2026-0001") == hong.id  # the id only: no client data
    for user in ("c1", "coord"):
        store = open_as(user)
        for call in (store.audit.count, store.audit.actions, lambda: store.audit.search(),
                     lambda: store.audit.client_id_for_code("2026-0001")):
            with pytest.raises(PermissionDenied):
                call()


def test_verify_on_a_second_connection_finds_what_verify_finds(open_as):
    store = open_as("lead")
    vault = store.vault
    assert vault.verify_on_reader() == vault.verify() == []
    vault.conn.execute("DROP TRIGGER audit_log_no_update")
    vault.conn.execute("UPDATE audit_log SET workstation = 'elsewhere' WHERE id = 3")
    problems = vault.verify_on_reader()
    assert problems == vault.verify() and "audit row 3 was altered" in problems


# --- who sees what -----------------------------------------------------------------------------
def test_each_role_sees_only_its_tabs(qtbot, open_as):
    admin = admin_view(qtbot, open_as("admin"))
    assert admin.tab_titles() == ["Accounts", "Sites and rooms", "Center settings", "Backup", "Audit log"]
    assert admin.show_audit() and admin.tabs.currentWidget() is admin.audit
    lead = admin_view(qtbot, open_as("lead"))
    assert lead.tab_titles() == ["Center settings", "Backup", "Audit log", "Access review", "Import",
                                 "Retention and destruction"]
    assert lead.accounts is None and lead.sites is None
    coord = admin_view(qtbot, open_as("coord"))
    assert coord.tab_titles() == ["Import"]  # the coordinator runs the switch-over import only
    for user in ("c1", "psy"):
        view = admin_view(qtbot, open_as(user))
        assert view.tabs.count() == 0 and not view.tabs.isVisible()
        assert view.denied.isVisible() and "no administrative tasks" in view.denied.text()
        assert not view.show_audit()


def test_the_view_uses_the_production_key_cost_unless_told(qtbot, open_as):
    view = AdminView(AppContext(open_as("admin"), "en"))
    qtbot.addWidget(view)
    assert view.kdf == PRODUCTION_KDF


def test_the_main_window_opens_the_audit_log(qtbot, open_as):
    from desktop.main_window import MainWindow
    store = open_as("lead")
    window = MainWindow(store, lang="en")
    qtbot.addWidget(window)
    window.show()
    admin = window.views["admin"]
    assert isinstance(admin, AdminView)
    window.open("audit")
    assert window.stack.currentWidget() is admin and admin.tabs.currentWidget() is admin.audit
    assert admin.audit.table.rowCount() > 0
    window.close()


# --- accounts ----------------------------------------------------------------------------------
def test_add_an_account_that_can_then_unlock(qtbot, open_as, created):
    store = open_as("admin")
    view = admin_view(qtbot, store)
    tab = view.accounts
    tab.add_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, AccountDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.login, "kim")
    type_text(qtbot, dialog.name, "김새봄")
    dialog.role.setCurrentIndex(dialog.role.findData("psychiatrist"))
    dialog.site.setCurrentIndex(dialog.site.findText("별관"))
    dialog.supervision.setChecked(True)
    # two different passwords: refused by the dialog, both fields emptied
    qtbot.keyClicks(dialog.password, "new-secret-1")
    qtbot.keyClicks(dialog.password2, "new-secret-2")
    dialog.ok.click()
    assert "not the same" in dialog.message.text() and dialog.isVisible()
    assert dialog.password.text() == "" and dialog.password2.text() == ""
    # too short
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password2, "short")
    dialog.ok.click()
    assert "at least 8" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.password2.text() == ""
    # now right; the key derivation runs off the UI thread
    qtbot.keyClicks(dialog.password, "new-secret-1")
    qtbot.keyClicks(dialog.password2, "new-secret-1")
    qtbot.keyClick(dialog.password2, Qt.Key_Return)
    assert dialog.password.text() == "" and dialog.password2.text() == ""
    wait_closed(qtbot, dialog)
    assert "kim" in tab.status.text() and not tab.status.is_error
    kim = store.staff.get("kim")
    assert (kim.display_name, kim.role, kim.site_id, kim.needs_supervision, kim.active) == \
           ("김새봄", "psychiatrist", created["sites"][1], True, True)
    assert [r[:4] for r in audit_rows(store, action="create", entity="staff", entity_id="kim")] == \
           [("admin", "create", "staff", "kim")]
    row = choose_row(tab.table, "kim")
    assert [tab.table.item(row, c).text() for c in range(6)] == \
           ["kim", "김새봄", "Psychiatrist", "별관", "active", "yes"]

    # an existing login: storage's own message, in the user's language; passwords emptied again
    tab.add_button.click()
    again = tab.dialog
    qtbot.keyClicks(again.login, "c1")
    type_text(qtbot, again.name, "중복")
    qtbot.keyClicks(again.password, "other-pass-1")
    qtbot.keyClicks(again.password2, "other-pass-1")
    again.ok.click()
    qtbot.waitUntil(lambda: not again.busy, timeout=10000)
    assert "already exists" in again.message.text() and again.isVisible()
    assert again.password.text() == "" and again.password2.text() == ""
    again.reject()

    store.close()
    with Vault.unlock(created["path"], "kim", "new-secret-1") as vault:
        assert vault.actor.role == "psychiatrist"


def test_deactivate_reactivate_and_the_last_administrator(qtbot, open_as, created, monkeypatch):
    store = open_as("admin")
    view = admin_view(qtbot, store)
    tab = view.accounts
    asked = []
    answer = {"value": False}
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append(a[2]) or answer["value"])
    choose_row(tab.table, "c2")
    assert tab.deactivate_button.isEnabled() and not tab.reactivate_button.isEnabled()
    tab.deactivate_button.click()  # answered "cancel": nothing happens
    assert "최상담 (c2)" in asked[-1] and store.staff.get("c2").active
    answer["value"] = True
    tab.deactivate_button.click()
    assert not store.staff.get("c2").active
    assert [r[:4] for r in audit_rows(store, action="deactivate")] == [("admin", "deactivate", "staff", "c2")]
    row = choose_row(tab.table, "c2")
    assert tab.table.item(row, 4).text() == "deactivated" and "c2" in tab.status.text()
    assert tab.reactivate_button.isEnabled() and not tab.reset_button.isEnabled()

    # the only administrator cannot deactivate itself or give up the role: storage says why
    choose_row(tab.table, "admin")
    tab.deactivate_button.click()
    assert tab.status.is_error and "last administrator" in tab.status.text()
    assert store.staff.get("admin").active
    tab.edit_button.click()
    edit = tab.dialog
    edit.role.setCurrentIndex(edit.role.findData("lead"))
    edit.ok.click()
    assert "last administrator" in edit.message.text() and edit.isVisible()
    assert store.staff.get("admin").role == "admin"
    edit.reject()

    store.close()
    with pytest.raises(UnlockError):
        Vault.unlock(created["path"], "c2", STAFF_PASSWORD)

    store = open_as("admin")
    view = admin_view(qtbot, store)
    tab = view.accounts
    choose_row(tab.table, "c2")
    tab.reactivate_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PasswordDialog) and dialog.reactivating
    qtbot.keyClicks(dialog.password, "back-again-1")
    qtbot.keyClicks(dialog.password2, "back-again-1")
    dialog.ok.click()
    assert dialog.password.text() == "" and dialog.password2.text() == ""
    wait_closed(qtbot, dialog)
    assert store.staff.get("c2").active
    assert [r[:4] for r in audit_rows(store, action="reactivate")] == [("admin", "reactivate", "staff", "c2")]
    store.close()
    with Vault.unlock(created["path"], "c2", "back-again-1") as vault:
        assert vault.actor.login == "c2"


def test_reset_a_forgotten_password_and_change_role_and_site(qtbot, open_as, created):
    store = open_as("admin")
    view = admin_view(qtbot, store)
    tab = view.accounts
    choose_row(tab.table, "c1")
    tab.reset_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, PasswordDialog) and not dialog.reactivating
    qtbot.keyClicks(dialog.password, "forgot-it-1")
    qtbot.keyClicks(dialog.password2, "forgot-it-X")
    dialog.ok.click()
    assert dialog.message.is_error and dialog.password.text() == "" and dialog.password2.text() == ""
    qtbot.keyClicks(dialog.password, "forgot-it-1")
    qtbot.keyClicks(dialog.password2, "forgot-it-1")
    dialog.ok.click()
    wait_closed(qtbot, dialog)
    assert [r[:4] for r in audit_rows(store, action="password_reset")] == [("admin", "password_reset", "staff", "c1")]

    # Enter on the selected row opens the editor
    choose_row(tab.table, "c1")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key_Return)
    edit = tab.dialog
    assert isinstance(edit, AccountDialog) and edit.staff.login == "c1" and edit.login.isReadOnly()
    assert not edit.password.isVisible()
    retype(qtbot, edit.name, "박상담(수련)")
    edit.role.setCurrentIndex(edit.role.findData("lead"))
    edit.site.setCurrentIndex(edit.site.findText("별관"))
    edit.supervision.setChecked(True)
    edit.ok.click()
    wait_closed(qtbot, edit)
    c1 = store.staff.get("c1")
    assert (c1.display_name, c1.role, c1.site_id, c1.needs_supervision) == \
           ("박상담(수련)", "lead", created["sites"][1], True)
    updates = audit_rows(store, action="update", entity="staff")
    assert [(r[0], r[3], r[5]) for r in updates] == [
        ("admin", "c1", '{"needs_supervision":true,"role":"lead","supervisor_id":null}')]
    store.close()
    with pytest.raises(WrongPassword):
        Vault.unlock(created["path"], "c1", STAFF_PASSWORD)
    with Vault.unlock(created["path"], "c1", "forgot-it-1") as vault:
        assert vault.actor.role == "lead"


def test_a_new_recovery_code_is_shown_once_saved_and_printed(qtbot, open_as, created, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    store = open_as("admin")
    view = admin_view(qtbot, store)
    tab = view.accounts
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    tab.recovery_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, RecoveryCodeDialog) and tab.dialog.isVisible(), timeout=10000)
    dialog = tab.dialog
    code = dialog.code_label.text()
    assert re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)+", code)
    assert [r[1] for r in audit_rows(store, action="recovery_code_replaced")] == ["recovery_code_replaced"]
    assert code not in str(audit_rows(store))

    target = tmp_path / "code.txt"
    monkeypatch.setattr(dialogs, "save_file_name", lambda *a: str(target))
    dialog.save_button.click()
    assert code in target.read_text(encoding="utf-8") and str(target) in dialog.status.text()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "code.pdf"))
    dialog.render_to(printer)
    assert (tmp_path / "code.pdf").stat().st_size > 1000

    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key_Escape)  # not before the code is stored
    assert dialog.isVisible() and dialog.status.is_error
    dialog.stored.setChecked(True)
    dialog.done_button.click()
    assert not dialog.isVisible() and dialog.code_label.text() == ""

    store.close()
    with pytest.raises(WrongPassword):
        Vault.unlock_with_recovery(created["path"], created["recovery"], "c1", "via-recovery-1", kdf=FAST_TEST_KDF)
    Vault.unlock_with_recovery(created["path"], code, "c1", "via-recovery-1", kdf=FAST_TEST_KDF).close()
    Vault.unlock(created["path"], "c1", "via-recovery-1").close()


# --- sites and rooms ---------------------------------------------------------------------------
def test_sites_and_rooms(qtbot, open_as):
    store = open_as("admin")
    view = admin_view(qtbot, store)
    view.tabs.setCurrentWidget(view.sites)
    tab = view.sites
    assert [tab.site_table.item(r, 0).text() for r in range(tab.site_table.rowCount())] == ["본관", "별관"]
    tab.add_site_button.click()
    dialog = tab.dialog
    dialog.ok.click()  # no name: storage's message, the dialog stays
    assert dialog.isVisible() and "required" in dialog.message.text()
    type_text(qtbot, dialog.name, "분관")
    type_text(qtbot, dialog.address, "시청로 1")
    dialog.ok.click()
    assert not dialog.isVisible()
    site = [s for s in store.sites.sites() if s.name == "분관"][0]
    assert site.address == "시청로 1"
    assert tab.current_site().id == site.id and tab.room_table.rowCount() == 0
    assert "분관" in tab.rooms_box.title()

    tab.add_room_button.click()
    room_dialog = tab.dialog
    type_text(qtbot, room_dialog.name, "집단실A")
    room_dialog.kind.setCurrentIndex(room_dialog.kind.findData("group"))
    room_dialog.ok.click()
    [room] = store.sites.rooms(site.id)
    assert (room.name, room.kind, room.active) == ("집단실A", "group", True)
    assert tab.room_table.item(0, 1).text() == "group room"

    tab.edit_site_button.click()
    rename = tab.dialog
    retype(qtbot, rename.name, "제2분관")
    rename.ok.click()
    assert [s.name for s in store.sites.sites() if s.id == site.id] == ["제2분관"]

    choose_row(tab.room_table, "집단실A")
    tab.edit_room_button.click()
    edit_room = tab.dialog
    edit_room.kind.setCurrentIndex(edit_room.kind.findData("office"))
    edit_room.ok.click()
    assert store.sites.rooms(site.id)[0].kind == "office"

    choose_row(tab.room_table, "집단실A")
    assert tab.toggle_room_button.text() == "Deactivate"
    tab.toggle_room_button.click()
    assert store.sites.rooms(site.id) == [] and not store.sites.rooms(site.id, include_inactive=True)[0].active
    assert tab.toggle_room_button.text() == "Reactivate"
    tab.toggle_room_button.click()
    assert store.sites.rooms(site.id)[0].active

    choose_row(tab.site_table, "제2분관")
    tab.toggle_site_button.click()
    assert site.id not in [s.id for s in store.sites.sites()]
    assert not tab.add_room_button.isEnabled() and tab.toggle_site_button.text() == "Reactivate"

    trail = [(r[1], r[2], r[3]) for r in audit_rows(store) if r[2] in ("site", "room") and r[0] == "admin"]
    room_id, site_id = str(room.id), str(site.id)
    assert trail[-7:] == [("create", "site", site_id), ("create", "room", room_id), ("update", "site", site_id),
                          ("update", "room", room_id), ("update", "room", room_id), ("update", "room", room_id),
                          ("update", "site", site_id)]


# --- settings and plans ------------------------------------------------------------------------
def test_center_settings_and_plan_targets(qtbot, open_as, created):
    store = open_as("lead")
    view = admin_view(qtbot, store)
    tab = view.settings
    assert view.tabs.currentWidget() is tab
    assert tab.center_name.text() == "테스트 센터" and tab.idle_minutes.value() == 10
    changes = []
    view.context.changed.connect(changes.append)
    retype(qtbot, tab.center_name, "마음쉼터")
    tab.idle_minutes.lineEdit().selectAll()
    qtbot.keyClicks(tab.idle_minutes.lineEdit(), "25")
    tab.mask_names.setChecked(True)
    tab.suppression_k.setValue(7)
    tab.save_settings_button.click()
    assert "saved" in tab.settings_status.text()
    settings = store.settings
    assert (settings.get("center_name"), settings.get("idle_lock_minutes"), settings.get("mask_names"),
            settings.get("suppression_k")) == ("마음쉼터", 25, True, 7)
    assert sorted(r[3] for r in audit_rows(store, action="set", entity="setting")) == \
           ["center_name", "idle_lock_minutes", "mask_names", "suppression_k"]
    assert view.context.mask_names and "settings" in changes
    tab.save_settings_button.click()
    assert "no changes" in tab.settings_status.text()
    assert len(audit_rows(store, action="set", entity="setting")) == 4
    assert tab.idle_minutes.maximum() == 120 and tab.idle_minutes.minimum() == 1

    tab.year.setValue(2026)
    assert tab.plan_site.currentData() is None and tab.plan_site.currentText() == "The whole center"
    for line, value in (("counseling", 1200), ("screening", 3000), ("program", 150), ("referral", 40)):
        tab.targets[line].setValue(value)
    tab.save_plan_button.click()
    assert "2026" in tab.plan_status.text()
    tab.plan_site.setCurrentIndex(tab.plan_site.findText("본관"))
    assert all(spin.value() == 0 for spin in tab.targets.values())
    tab.targets["program"].setValue(40)
    tab.save_plan_button.click()
    plans = {(p.site_id, p.service_line): p.target_person_visits for p in store.plans.for_year(2026)}
    assert plans == {(None, "counseling"): 1200, (None, "screening"): 3000, (None, "program"): 150,
                     (None, "referral"): 40, (created["sites"][0], "program"): 40}
    assert len(audit_rows(store, action="set", entity="annual_plan")) == 5
    tab.year.setValue(2027)
    assert tab.targets["program"].value() == 0
    tab.year.setValue(2026)
    assert tab.targets["program"].value() == 40
    tab.plan_site.setCurrentIndex(0)
    assert tab.targets["screening"].value() == 3000


# --- backup, verify, restore -------------------------------------------------------------------
def test_backup_with_progress_then_restore_into_a_new_file(qtbot, open_as, created, tmp_path, monkeypatch):
    monkeypatch.setenv("MAUMDESK_HOME", str(tmp_path / "home"))
    store = open_as("lead")
    grow_trail(store, 10_000, pad=3_500)  # about 40 MB: three steps of 16 MiB
    view = admin_view(qtbot, store)
    view.tabs.setCurrentWidget(view.backup)
    tab = view.backup
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup_tab, "choose_folder", lambda *a: str(usb))
    tab.folder_button.click()
    assert tab.folder.text() == str(usb)
    values, ticks = [], []
    tab.progress.valueChanged.connect(values.append)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    tab.backup_button.click()
    assert tab.running == "backup" and not tab.backup_button.isEnabled() and tab.cancel_button.isEnabled()
    assert view.busy  # the vault must stay open until the worker reports
    qtbot.waitUntil(lambda: tab.running is None, timeout=60_000)
    timer.stop()
    assert not view.busy
    assert not tab.backup_status.is_error, tab.backup_status.text()
    assert len(set(values)) >= 2 and values == sorted(values)  # several steps, forwards only
    assert len(ticks) >= 3  # the window kept processing events while the copy ran
    info = tab.last_backup
    assert info.path.parent == usb and info.path.exists()
    assert str(info.path) in tab.backup_status.text() and "verified" in tab.backup_status.text()
    assert [p.name for p in usb.iterdir()] == [info.path.name]
    assert backup_tab.last_folder == str(usb)
    assert [r[1] for r in audit_rows(store, action="backup")] == ["backup"]

    # restore: the backup file chosen, a new file suggested beside the database
    monkeypatch.setattr(backup_tab, "choose_archive", lambda *a: str(info.path))
    tab.archive_button.click()
    target = Path(tab.target.text())
    assert target.parent == created["path"].parent and not target.exists()
    qtbot.keyClicks(tab.restore_password, STAFF_PASSWORD)
    tab.restore_button.click()
    assert tab.restore_password.text() == ""
    qtbot.waitUntil(lambda: tab.running is None, timeout=60_000)
    assert not tab.restore_status.is_error, tab.restore_status.text()
    assert str(target) in tab.restore_status.text() and tab.use_button.isVisible()
    assert store.vault.path == created["path"]  # the open database was not swapped
    with Vault.unlock(target, "lead", STAFF_PASSWORD) as restored:
        assert restored.verify() == []
    tab.use_button.click()
    from desktop.config import AppConfig
    assert AppConfig.load().database == str(target)
    assert "next start" in tab.restore_status.text()

    # the same target again: never overwritten (storage's message); the password field empties
    qtbot.keyClicks(tab.restore_password, STAFF_PASSWORD)
    tab.restore_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=60_000)
    assert tab.restore_status.is_error and "will not be overwritten" in tab.restore_status.text()
    assert tab.restore_password.text() == ""


@pytest.mark.parametrize("case", ["wrong_password", "damaged", "no_password"])
def test_restore_failures_speak_the_users_language(qtbot, open_as, tmp_path, case):
    store = open_as("lead")
    view = admin_view(qtbot, store, "ko")
    tab = view.backup
    from storage.backup import create_backup
    info = create_backup(store.vault, tmp_path)
    archive = info.path
    if case == "damaged":
        archive = tmp_path / "damaged.mdbak"
        data = bytearray(info.path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        archive.write_bytes(bytes(data))
    tab.archive.setText(str(archive))
    target = tmp_path / "restored.db"
    tab.target.setText(str(target))
    if case != "no_password":
        qtbot.keyClicks(tab.restore_password, STAFF_PASSWORD if case == "damaged" else "not-my-password")
    tab.restore_button.click()
    assert tab.restore_password.text() == ""
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert tab.restore_status.is_error, tab.restore_status.text()
    expected = {"wrong_password": "비밀번호가 맞지 않습니다", "damaged": "손상",
                "no_password": "Type your password"}[case]
    assert expected in tab.restore_status.text()
    assert not target.exists() and not Path(str(target) + ".keys").exists()


def test_cancelled_backup_leaves_no_file(qtbot, open_as, tmp_path):
    store = open_as("admin")
    grow_trail(store, 6_000, pad=3_500)
    view = admin_view(qtbot, store)
    tab = view.backup
    usb = tmp_path / "usb"
    usb.mkdir()
    tab.folder.setText(str(usb))
    tab.backup_button.click()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=60_000)
    assert "cancelled" in tab.backup_status.text() and tab.backup_status.is_error
    assert list(usb.iterdir()) == []  # no archive, no temporary file
    assert audit_rows(store, action="backup") == []
    assert tab.backup_button.isEnabled() and not tab.cancel_button.isEnabled()


def test_verify_and_backup_problems_in_korean(qtbot, open_as, tmp_path, monkeypatch):
    store = open_as("admin")
    view = admin_view(qtbot, store, "ko")
    tab = view.backup
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert not tab.verify_status.is_error and "All good" in tab.verify_status.text()
    tab.folder.setText(str(tmp_path / "missing"))
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert tab.backup_status.is_error and "백업에 실패했습니다" in tab.backup_status.text()

    def full(*_a, **_k):
        raise DiskFull()
    monkeypatch.setattr(backup_tab, "create_backup", full)
    tab.folder.setText(str(tmp_path))
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert "디스크 공간이 부족" in tab.backup_status.text()
    # a damaged chain is reported as problems
    conn = store.vault.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'someone' WHERE id = 2")
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert tab.verify_status.is_error and "audit row 2 was altered" in tab.verify_status.text()


# --- the audit log -----------------------------------------------------------------------------
def test_audit_log_filters_pages_and_checks_the_chain(qtbot, open_as):
    c1 = open_as("c1")
    hong = add_client(c1, "2026-0001", "홍길동")
    c1.clients.get(hong.id)
    lead = open_as("lead")
    lead.clients.get(hong.id)
    grow_trail(lead, 450)
    view = admin_view(qtbot, lead)
    assert view.show_audit()
    tab = view.audit
    total = lead.audit.count()
    assert tab.table.rowCount() == PAGE_SIZE and tab.total == total
    assert tab.page_label.text() == f"1–{PAGE_SIZE} of {total:,}"
    newest = lead.audit.search(limit=1)[0]
    assert tab.table.item(0, 1).text() == newest.actor and tab.table.item(0, 4).text() == "view"
    assert not tab.newer_button.isEnabled()
    tab.older_button.click()
    assert tab.page_label.text() == f"{PAGE_SIZE + 1}–{2 * PAGE_SIZE} of {total:,}"
    tab.older_button.click()
    tab.older_button.click()  # past the end: stays on the last page
    assert tab.page_label.text().endswith(f"–{total:,} of {total:,}") and not tab.older_button.isEnabled()
    tab.newer_button.click()
    tab.newer_button.click()
    assert tab.offset == 0

    tab.account.setCurrentIndex(tab.account.findData("c1"))
    tab.apply_button.click()
    shown = {tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    assert shown == {"c1"} and tab.total == lead.audit.count(actor="c1")
    assert {tab.table.item(r, 2).text() for r in range(tab.table.rowCount())} == {newest.workstation}

    tab.account.setCurrentIndex(0)
    type_text(qtbot, tab.client, "2026-0001")
    qtbot.keyClick(tab.client, Qt.Key_Return)
    rows = [(tab.table.item(r, 1).text(), tab.table.item(r, 3).text(), tab.table.item(r, 4).text())
            for r in range(tab.table.rowCount())]
    assert ("c1", f"#{hong.id}", "view") in rows and ("lead", f"#{hong.id}", "view") in rows
    assert all(r[1] == f"#{hong.id}" for r in rows)
    by_code = tab.total
    retype(qtbot, tab.client, f"#{hong.id}")
    tab.apply_button.click()
    assert tab.total >= by_code  # the internal number finds the same client (plus the test's rows)
    retype(qtbot, tab.client, "2026-9999")
    tab.apply_button.click()
    assert tab.filter_status.is_error and "2026-9999" in tab.filter_status.text()

    tab.client.clear()
    tab.action.setCurrentIndex(tab.action.findData("login"))
    tab.apply_button.click()
    assert {tab.table.item(r, 4).text() for r in range(tab.table.rowCount())} == {"login"}
    assert tab.total == lead.audit.count(action="login") == 2  # c1, then lead

    tab.action.setCurrentIndex(0)
    tab.use_until.setChecked(True)
    tab.until.setDate(tab.until.date().addDays(-1))
    tab.apply_button.click()
    assert tab.total == 0 and tab.page_label.text() == "No entries."
    tab.use_until.setChecked(False)
    tab.use_since.setChecked(True)
    tab.since.setDate(tab.until.date().addDays(1))
    tab.apply_button.click()
    assert tab.total == lead.audit.count()
    tab.clear_button.click()
    assert tab.filters == {} and tab.total == lead.audit.count()

    tab.check_button.click()
    qtbot.waitUntil(lambda: not tab.checking, timeout=30_000)
    assert not tab.check_status.is_error and "intact" in tab.check_status.text()
    conn = lead.vault.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET detail = '{\"edited\":1}' WHERE id = 5")
    tab.check_button.click()
    qtbot.waitUntil(lambda: not tab.checking, timeout=30_000)
    assert tab.check_status.is_error and "audit row 5 was altered" in tab.check_status.text()


# --- keyboard ----------------------------------------------------------------------------------
def test_keyboard_opens_the_account_dialogs(qtbot, open_as):
    store = open_as("admin")
    view = admin_view(qtbot, store)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.accounts.table.setFocus()
    qtbot.keyClick(view.accounts.table, Qt.Key_N, Qt.ControlModifier)
    dialog = view.accounts.dialog
    assert isinstance(dialog, AccountDialog) and dialog.adding and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key_Right)
    assert view.tabs.currentWidget() is view.sites


# --- screenshots and strings -------------------------------------------------------------------
def shot(widget, name: str) -> Path:
    path = Path(f"/tmp/admin_{name}.png")
    assert widget.grab().save(str(path))
    return path


def test_screenshots_in_korean(qtbot, open_as, korean, monkeypatch, tmp_path):
    store = open_as("admin")
    store.staff.update(Staff(login="c2", display_name="최상담", role="counselor", site_id=2, needs_supervision=True))
    view = admin_view(qtbot, store, "ko")
    view.resize(1110, 780)
    qtbot.wait(50)
    paths = [shot(view, "accounts")]
    view.accounts.add_button.click()
    dialog = view.accounts.dialog
    qtbot.keyClicks(dialog.password, "x")
    dialog.ok.click()  # shows the length message
    qtbot.wait(50)
    paths.append(shot(dialog, "account_dialog"))
    dialog.reject()
    choose_row(view.accounts.table, "c1")
    view.accounts.reset_button.click()
    qtbot.wait(50)
    paths.append(shot(view.accounts.dialog, "password_dialog"))
    view.accounts.dialog.reject()
    code_dialog = RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "테스트 센터", view)
    qtbot.addWidget(code_dialog)
    code_dialog.show()
    code_dialog.reject()  # the reminder shows
    qtbot.wait(50)
    paths.append(shot(code_dialog, "recovery_code"))
    code_dialog.stored.setChecked(True)
    code_dialog.accept()
    view.tabs.setCurrentWidget(view.sites)
    qtbot.wait(50)
    paths.append(shot(view, "sites"))
    view.sites.add_room_button.click()
    room_dialog = view.sites.dialog
    room_dialog.ok.click()  # no name: storage's message
    qtbot.wait(50)
    paths.append(shot(room_dialog, "room_dialog"))
    room_dialog.reject()
    view.tabs.setCurrentWidget(view.settings)
    view.settings.targets["counseling"].setValue(1200)
    view.settings.targets["screening"].setValue(3000)
    view.settings.save_plan()
    qtbot.wait(50)
    paths.append(shot(view, "settings"))
    view.tabs.setCurrentWidget(view.backup)
    tab = view.backup
    tab.folder.setText(str(tmp_path))
    tab.backup_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    tab.verify_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    tab.archive.setText(str(tab.last_backup.path))
    tab.target.setText(str(tmp_path / "restored.db"))
    qtbot.keyClicks(tab.restore_password, ADMIN_PASSWORD)
    tab.restore_button.click()
    qtbot.waitUntil(lambda: tab.running is None, timeout=30_000)
    assert not tab.restore_status.is_error, tab.restore_status.text()
    qtbot.wait(50)
    paths.append(shot(view, "backup"))
    view.show_audit()
    view.audit.check_button.click()
    qtbot.waitUntil(lambda: not view.audit.checking, timeout=30_000)
    qtbot.wait(50)
    paths.append(shot(view, "audit"))
    denied = admin_view(qtbot, open_as("c1"), "ko")
    qtbot.wait(50)
    paths.append(shot(denied, "denied"))
    assert "관리 업무가 없습니다" in denied.denied.text()
    for path in paths:
        assert path.stat().st_size > 5_000, path


def test_admin_code_runs_no_sql():
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", "executescript", "sqlcipher", ".conn.", "SELECT ", "INSERT ", "UPDATE "):
            assert needle not in text, f"{path.name} contains {needle}"


def test_audit_details_read_in_words(korean):
    """The trail's details are counts and ids; their keys are shown in the user's language."""
    from desktop.views.admin.audit_tab import _detail_text
    assert _detail_text({"role": "counselor", "clients": 3, "new_key": 1}, "ko") == "역할=상담사, 내담자=3, new_key=1"
