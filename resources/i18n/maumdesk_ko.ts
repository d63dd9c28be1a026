<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessReviewTab</name>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="27" />
        <source>Outside working hours</source>
        <translation>근무시간 외</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="28" />
        <source>Many charts in one day</source>
        <translation>하루 다수 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="29" />
        <source>Emergency access</source>
        <translation>긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="30" />
        <source>Export or backup</source>
        <translation>내보내기·백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="62" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="62" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="62" />
        <source>Finding</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="62" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="63" />
        <source>Client code</source>
        <translation>내담자 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="63" />
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="65" />
        <source>Shown: chart openings and note reads outside the working hours set in Center settings; accounts that opened at least the set number of different charts in one day; every emergency access; every export, print and backup.</source>
        <translation>표시 기준: 센터 설정의 근무시간 외에 연 차트와 읽은 상담기록, 하루에 설정한 수 이상의 서로 다른 차트를 연 계정, 모든 긴급 열람, 모든 내보내기·출력·백업.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="78" />
        <source>What you checked and found, e.g. night views were crisis calls</source>
        <translation>확인한 내용과 결과 (예: 야간 열람은 위기 대응으로 확인)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="79" />
        <source>Mark month reviewed</source>
        <translation>이 달 점검 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="83" />
        <source>Monthly check</source>
        <translation>월간 점검</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="87" />
        <location filename="../../desktop/views/admin/access_review_tab.py" line="94" />
        <source>Comment</source>
        <translation>점검 의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="93" />
        <location filename="../../desktop/views/admin/access_review_tab.py" line="98" />
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="93" />
        <source>Reviewed by</source>
        <translation>점검자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="93" />
        <source>On</source>
        <translation>점검일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="93" />
        <source>Findings</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="107" />
        <source>Reviewed months</source>
        <translation>점검을 마친 달</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="144" />
        <source>%1 is not reviewed yet.</source>
        <translation>%1은(는) 아직 점검하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="147" />
        <source>%1 was reviewed by %2 on %3: %4</source>
        <translation>%1 점검 완료 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="153" />
        <source>%1 is not over yet: it can be marked reviewed from the 1st of next month.</source>
        <translation>%1은(는) 아직 끝나지 않은 달입니다. 다음 달 1일부터 점검 완료로 표시할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="161" />
        <source>%1 different charts opened</source>
        <translation>서로 다른 차트 %1건 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="164" />
        <source>Opened a group note: %1</source>
        <translation>집단상담 기록 열람: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="166" />
        <source>Opened a screening</source>
        <translation>선별검사 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="167" />
        <source>Opened a note</source>
        <translation>상담기록 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="167" />
        <source>Opened a chart</source>
        <translation>차트 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="169" />
        <source>Opened notes with emergency access</source>
        <translation>긴급 열람으로 상담기록 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="171" />
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="172" />
        <source>Export: %1</source>
        <translation>내보내기: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="176" />
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="188" />
        <source>Not reviewed yet: %1. The safety standard asks for a check of the access log at least once a month.</source>
        <translation>아직 점검하지 않은 달: %1. 안전성 확보조치 기준은 접속기록을 월 1회 이상 점검하도록 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="196" />
        <source>Write a comment: what you checked and what you found.</source>
        <translation>점검 의견을 적어 주세요: 무엇을 확인했고 결과가 어떠했는지.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/access_review_tab.py" line="206" />
        <source>%1 marked reviewed.</source>
        <translation>%1 점검을 완료로 기록했습니다.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="36" />
        <source>Add an account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="36" />
        <source>Edit account</source>
        <translation>계정 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="40" />
        <source>e.g. kim.sh (lower-case letters, digits, . _ -)</source>
        <translation>예: kim.sh (영문 소문자, 숫자, . _ -)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="51" />
        <source>No site (all sites)</source>
        <translation>지정 안 함 (모든 지점)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="56" />
        <source>Needs supervision (notes are co-signed by a supervisor)</source>
        <translation>수퍼비전 필요 (상담기록에 수퍼바이저 공동 서명을 받음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="62" />
        <source>The center lead</source>
        <translation>센터장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="70" />
        <source>Account name *</source>
        <translation>계정 이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="71" />
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="72" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="73" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="75" />
        <source>Supervisor</source>
        <translation>수퍼바이저</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="78" />
        <source>the same password again</source>
        <translation>같은 비밀번호 한 번 더</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="80" />
        <source>Password *</source>
        <translation>비밀번호 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="81" />
        <source>Password again *</source>
        <translation>비밀번호 확인 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="87" />
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="87" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="90" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="121" />
        <source>Account %1 saved.</source>
        <translation>%1 계정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="136" />
        <source>Account %1 added. It can log in now.</source>
        <translation>%1 계정을 추가했습니다. 이제 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="147" />
        <source>Working…</source>
        <translation>처리하는 중…</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="240" />
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="240" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="240" />
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="240" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="240" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="241" />
        <source>Needs supervision</source>
        <translation>수퍼비전 필요</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="241" />
        <source>Supervisor</source>
        <translation>수퍼바이저</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="244" />
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="246" />
        <source>Add an account (Ctrl+N)</source>
        <translation>계정 추가 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="247" />
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="249" />
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="251" />
        <source>Deactivate…</source>
        <translation>비활성화…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="253" />
        <source>Reactivate…</source>
        <translation>다시 활성화…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="255" />
        <source>New recovery code…</source>
        <translation>새 복구 코드…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="257" />
        <source>Replace the printed recovery code (the old one stops working)</source>
        <translation>보관 중인 복구 코드를 바꿉니다 (이전 코드는 쓸 수 없게 됨)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="271" />
        <source>A deactivated account can no longer log in; its records stay. Enter opens the selected account.</source>
        <translation>비활성화된 계정은 로그인할 수 없으며 기록은 그대로 남습니다. Enter로 선택한 계정을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="293" />
        <source>all sites</source>
        <translation>모든 지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="294" />
        <source>active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="294" />
        <source>deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="295" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="308" />
        <source>the center lead</source>
        <translation>센터장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="372" />
        <source>Deactivate account</source>
        <translation>계정 비활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="373" />
        <source>Deactivate %1? The account can no longer log in and its key is deleted. Its records stay. You can reactivate it later with a new password.</source>
        <translation>%1 계정을 비활성화할까요? 더 이상 로그인할 수 없고 열쇠가 삭제됩니다. 기록은 남습니다. 나중에 새 비밀번호로 다시 활성화할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="376" />
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="385" />
        <source>Account %1 deactivated.</source>
        <translation>%1 계정을 비활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="391" />
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="392" />
        <source>Make a new recovery code? The printed code in use now stops working at once. The new code is shown once: have a printer or a USB stick ready.</source>
        <translation>새 복구 코드를 만들까요? 지금 보관 중인 코드는 즉시 쓸 수 없게 됩니다. 새 코드는 한 번만 보이니 프린터나 USB를 준비하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="394" />
        <source>Make a new code</source>
        <translation>새 코드 만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="398" />
        <source>Working…</source>
        <translation>처리하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="405" />
        <source>A new recovery code was made; the old one no longer works.</source>
        <translation>새 복구 코드를 만들었습니다. 이전 코드는 더 이상 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AdminCommon</name>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="19" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="20" />
        <source>Account name</source>
        <translation>계정 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="21" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="22" />
        <source>Client code</source>
        <translation>내담자 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="35" />
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="72" />
        <source>at least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="89" />
        <source>The password must have at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/common.py" line="92" />
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>두 비밀번호가 다릅니다. 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>AdminPrompts</name>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="26" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AdminSites</name>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="80" />
        <source>individual counseling</source>
        <translation>개인상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="81" />
        <source>group room</source>
        <translation>집단상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="82" />
        <source>office</source>
        <translation>사무실</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="42" />
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="42" />
        <source>Sites and rooms</source>
        <translation>지점과 공간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="43" />
        <source>Center settings</source>
        <translation>센터 설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="43" />
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="44" />
        <source>Audit log</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="44" />
        <source>Access review</source>
        <translation>접속기록 점검</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="45" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="46" />
        <source>Retention and destruction</source>
        <translation>보존·파기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/view.py" line="49" />
        <source>Administration is for the administrator and the center lead. Your role has no administrative tasks.</source>
        <translation>관리 화면은 관리자와 센터장이 사용합니다. 현재 역할에는 관리 업무가 없습니다.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="69" />
        <source>Creating the demo center (synthetic data)…</source>
        <translation>데모 센터를 만드는 중입니다(합성 데이터)…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88" />
        <source>(demo: synthetic data)</source>
        <translation>(데모: 합성 데이터)</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="41" />
        <source>New appointment</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="41" />
        <source>Edit appointment</source>
        <translation>예약 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="42" />
        <source>Move appointment</source>
        <translation>예약 옮기기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="48" />
        <source>Name, initials (ㅎㄱㄷ), code or phone's last 4 digits</source>
        <translation>이름, 초성(ㅎㄱㄷ), 내담자 번호 또는 전화번호 뒤 4자리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="56" />
        <source>No client</source>
        <translation>내담자 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="81" />
        <source>(no room)</source>
        <translation>(상담실 없음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="106" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="113" />
        <source>Repeat weekly</source>
        <translation>매주 반복</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="119" />
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="122" />
        <source>Skip holidays and closed days</source>
        <translation>공휴일·센터 휴무일 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="124" />
        <source>Public holidays and the center's closed days are passed over; the series still gets every session.</source>
        <translation>공휴일과 센터 휴무일은 건너뛰고, 정한 횟수만큼 모두 예약합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="145" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="146" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="168" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="169" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="170" />
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="171" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="172" />
        <source>Date and start</source>
        <translation>날짜·시작 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="174" />
        <source>Length</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="175" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="234" />
        <source>No client found</source>
        <translation>찾는 내담자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="249" />
        <source>Chosen: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="249" />
        <source>No client chosen</source>
        <translation>선택한 내담자 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="276" />
        <source>%1 is a holiday (%2): the center is usually closed. The appointment can still be booked.</source>
        <translation>%1 %2: 휴일입니다. 센터가 쉬는 날이지만 예약은 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="288" />
        <source>Skipped: %1 — the last session is on %2.</source>
        <translation>%1 건너뜀 — 마지막 회기는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="294" />
        <source>Booked on holidays too: %1</source>
        <translation>휴일에도 예약됨: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="312" />
        <source>The calendar runs from 08:00 to 20:00: shorten the appointment.</source>
        <translation>일정표는 08:00~20:00입니다. 예약 시간을 줄여 주세요.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="29" />
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="33" />
        <source>Session %1</source>
        <translation>%1회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="48" />
        <source>Registered clients and walk-ins; Space ticks</source>
        <translation>등록 내담자와 현장 참여자, Space로 체크</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="49" />
        <source>Space ticks or unticks the selected client</source>
        <translation>Space 키로 선택한 내담자를 체크하거나 해제합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="58" />
        <source>No one is registered for this program: add walk-ins below, or record a head-count.</source>
        <translation>이 프로그램에 등록된 사람이 없습니다. 아래에서 현장 참여자를 추가하거나 인원수를 기록하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="63" />
        <source>Tick all registered</source>
        <translation>등록자 모두 체크</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="68" />
        <source>Add a walk-in: name, initials or code, then Enter</source>
        <translation>현장 참여자 추가: 이름·초성·번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="73" />
        <source>Named attendance</source>
        <translation>명단 출석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="87" />
        <source> people</source>
        <translation>명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="88" />
        <source>Head-count</source>
        <translation>인원수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="90" />
        <source>Head-count (anonymous)</source>
        <translation>인원수 (익명)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="92" />
        <source>People counted without names, e.g. at an outreach visit or a campaign.</source>
        <translation>이름 없이 센 인원 (예: 찾아가는 부서 프로그램, 캠페인).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="102" />
        <source>Save attendance</source>
        <translation>출석 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="104" />
        <source>Save and write the group note…</source>
        <translation>저장하고 집단 기록 쓰기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="107" />
        <source>The group note is written once; each attending member gets a copy without the others' names</source>
        <translation>집단 기록은 한 번 쓰고, 출석한 구성원마다 다른 구성원의 이름 없이 복사본이 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="113" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="148" />
        <source>(walk-in)</source>
        <translation>(현장 참여)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/attendance.py" line="194" />
        <source>Named %1 (walk-ins %2) + head-count %3 = %4 attended</source>
        <translation>명단 %1명 (현장 참여 %2명) + 인원수 %3명 = 참석 %4명</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="301" />
        <source>role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="302" />
        <source>schema version</source>
        <translation>스키마 버전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="303" />
        <source>clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="304" />
        <source>cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="305" />
        <source>open cases</source>
        <translation>진행 중 사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="306" />
        <source>sessions</source>
        <translation>상담 회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="307" />
        <source>unsigned notes</source>
        <translation>미서명 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="308" />
        <source>screenings</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="309" />
        <source>appointments</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="310" />
        <source>appointments booked</source>
        <translation>예정된 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="311" />
        <source>safety follow-ups</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="312" />
        <source>open follow-ups</source>
        <translation>미결 안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="313" />
        <source>programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="314" />
        <source>program sessions</source>
        <translation>프로그램 회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="315" />
        <source>attendances</source>
        <translation>참석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="316" />
        <source>head-count</source>
        <translation>인원수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="317" />
        <source>person-visits</source>
        <translation>연인원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="318" />
        <source>referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="319" />
        <source>survey responses</source>
        <translation>만족도 응답</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="320" />
        <source>annual targets</source>
        <translation>연간 목표</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="321" />
        <source>sites</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="322" />
        <source>rooms</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="323" />
        <source>accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="324" />
        <source>waitlist entries</source>
        <translation>대기 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="325" />
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="326" />
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="327" />
        <source>round</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="328" />
        <source>count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="329" />
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="330" />
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="331" />
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="332" />
        <source>site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="333" />
        <source>program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="334" />
        <source>program session</source>
        <translation>프로그램 회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="335" />
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="336" />
        <source>purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="337" />
        <source>period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="338" />
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="339" />
        <source>instrument</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="340" />
        <source>emergency access</source>
        <translation>긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="341" />
        <source>reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="39" />
        <source>client code or number</source>
        <translation>내담자 번호 또는 내부 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="42" />
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="46" />
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="55" />
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="59" />
        <source>Clear filters</source>
        <translation>조건 지우기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="64" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="64" />
        <location filename="../../desktop/views/admin/audit_tab.py" line="81" />
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="64" />
        <source>Workstation</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="64" />
        <location filename="../../desktop/views/admin/audit_tab.py" line="85" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="65" />
        <location filename="../../desktop/views/admin/audit_tab.py" line="83" />
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="65" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="65" />
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="66" />
        <source>◀ Newer</source>
        <translation>◀ 최근 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="69" />
        <source>Older ▶</source>
        <translation>이전 기록 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="74" />
        <source>Check the chain</source>
        <translation>체인 검사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="76" />
        <source>Recompute every row's hash: finds edited, deleted or reordered rows</source>
        <translation>모든 행의 해시를 다시 계산해 수정·삭제·순서 변경을 찾습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="116" />
        <source>addendum</source>
        <translation>추가기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="116" />
        <source>attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="116" />
        <source>backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="116" />
        <source>acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="117" />
        <source>EMERGENCY ACCESS (break the glass)</source>
        <translation>긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="117" />
        <source>monthly review</source>
        <translation>월간 점검</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="118" />
        <source>close</source>
        <translation>종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="118" />
        <source>supervision comment</source>
        <translation>수퍼비전 의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="119" />
        <source>consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="119" />
        <source>consent withdrawn</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="119" />
        <source>supervisor co-signature</source>
        <translation>수퍼바이저 공동 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="120" />
        <source>create</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="120" />
        <source>deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="120" />
        <source>demo data</source>
        <translation>시연 자료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="121" />
        <source>export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="121" />
        <source>head-count</source>
        <translation>인원 집계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="121" />
        <source>import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="122" />
        <source>login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="122" />
        <source>failed logins</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="122" />
        <source>open</source>
        <translation>개시</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="123" />
        <source>password change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="123" />
        <source>password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="124" />
        <source>password reset with recovery code</source>
        <translation>복구 코드로 비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="125" />
        <source>raise</source>
        <translation>등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="125" />
        <source>reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="126" />
        <source>new recovery code</source>
        <translation>복구 코드 교체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="126" />
        <source>register</source>
        <translation>참여 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="127" />
        <source>key rotation</source>
        <translation>열쇠 교체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="127" />
        <source>reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="127" />
        <source>restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="128" />
        <source>returned for revision</source>
        <translation>반려 (보완 요청)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="128" />
        <source>submitted for sign-off</source>
        <translation>서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="129" />
        <source>save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="129" />
        <source>save mapping</source>
        <translation>열 대응 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="129" />
        <source>set</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="130" />
        <source>sign</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="130" />
        <source>failed screen unlock</source>
        <translation>잠금 해제 실패</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="131" />
        <source>unregister</source>
        <translation>참여 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="131" />
        <source>update</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="131" />
        <source>verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="132" />
        <source>view</source>
        <translation>열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="137" />
        <source>access log</source>
        <translation>접속기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="137" />
        <source>emergency access</source>
        <translation>긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="138" />
        <location filename="../../desktop/views/admin/audit_tab.py" line="144" />
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="138" />
        <source>annual plan</source>
        <translation>연간 목표</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="138" />
        <source>appointment</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="139" />
        <source>appointment series</source>
        <translation>반복 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="139" />
        <source>case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="139" />
        <source>client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="140" />
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="140" />
        <source>safety follow-up</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="140" />
        <source>session note</source>
        <translation>상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="141" />
        <source>program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="141" />
        <source>program session</source>
        <translation>프로그램 회차</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="142" />
        <source>referral</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="142" />
        <source>room</source>
        <translation>공간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="142" />
        <source>satisfaction survey</source>
        <translation>만족도 조사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="143" />
        <source>screening</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="143" />
        <source>session</source>
        <translation>상담</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="143" />
        <source>setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="144" />
        <source>site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="149" />
        <source>status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="157" />
        <source>All accounts</source>
        <translation>모든 계정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="162" />
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="180" />
        <source>No client has the code %1.</source>
        <translation>내담자 번호 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="199" />
        <source>The start date is after the end date.</source>
        <translation>시작일이 종료일보다 늦습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="237" />
        <source>%1–%2 of %3</source>
        <translation>%3건 중 %1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="241" />
        <source>No entries.</source>
        <translation>기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="263" />
        <source>Checking…</source>
        <translation>검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="273" />
        <source>The chain is broken; the trail was changed outside the app:</source>
        <translation>체인이 끊어졌습니다. 프로그램 밖에서 감사 기록이 바뀌었습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/audit_tab.py" line="276" />
        <source>The chain is intact: %1 rows, none altered, removed or reordered.</source>
        <translation>체인 이상 없음: %1행 모두 수정·삭제·순서 변경이 없습니다.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="48" />
        <source>a folder on another disk, e.g. a USB drive</source>
        <translation>다른 디스크의 폴더 (예: USB 드라이브)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="49" />
        <location filename="../../desktop/views/admin/backup_tab.py" line="104" />
        <location filename="../../desktop/views/admin/backup_tab.py" line="110" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="52" />
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="55" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="65" />
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="67" />
        <source>A backup is one encrypted file (the database and its key file). It opens only with a staff password or the recovery code. Keep copies on another disk than this PC's.</source>
        <translation>백업은 암호화된 파일 하나입니다(데이터베이스와 열쇠 파일). 직원 비밀번호나 복구 코드로만 열립니다. 이 PC가 아닌 다른 디스크에 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="72" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="86" />
        <source>Verify database</source>
        <translation>데이터베이스 검증</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="90" />
        <source>Check the database</source>
        <translation>데이터베이스 검사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="92" />
        <source>Checks every page, the structure, the audit trail's chain and the key slots.</source>
        <translation>모든 페이지, 구조, 감사 기록 체인, 열쇠 슬롯을 검사합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="103" />
        <source>the backup file (%1)</source>
        <translation>백업 파일 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="109" />
        <source>a new file name; an existing file is never overwritten</source>
        <translation>새 파일 이름 (있는 파일은 덮어쓰지 않음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="114" />
        <source>your password at the time of the backup</source>
        <translation>백업할 때의 내 비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="116" />
        <source>Restore and verify</source>
        <translation>복원하고 검증</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="124" />
        <source>Open this database from the next start</source>
        <translation>다음 실행부터 이 데이터베이스 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="128" />
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="130" />
        <source>The backup is restored into a new file; the database open now is not changed.</source>
        <translation>백업은 새 파일로 복원됩니다. 지금 열려 있는 데이터베이스는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="134" />
        <source>Backup file</source>
        <translation>백업 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="137" />
        <source>Restore as</source>
        <translation>복원할 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="140" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="168" />
        <source>Folder for the backup</source>
        <translation>백업할 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="174" />
        <source>Backup to restore</source>
        <translation>복원할 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="175" />
        <source>Maumdesk backups (*%1)</source>
        <translation>마음데스크 백업 (*%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="184" />
        <source>Restore as (a new file)</source>
        <translation>복원할 파일 (새 파일)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="184" />
        <source>Databases (*.db)</source>
        <translation>데이터베이스 (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="224" />
        <source>Copying the database…</source>
        <translation>데이터베이스를 복사하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="238" />
        <source>Checking the copy…</source>
        <translation>사본을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="244" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="251" />
        <source>Backup written to %1 (%2 MB) and verified: it opens, and its pages, structure and audit trail are intact.</source>
        <translation>%1에 백업했고(%2 MB) 검증했습니다: 열리며 페이지, 구조, 감사 기록이 모두 온전합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="259" />
        <source>Backup cancelled; nothing was written.</source>
        <translation>백업을 취소했습니다. 아무 파일도 남기지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="266" />
        <source>Checking…</source>
        <translation>검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="275" />
        <source>Problems found (restore the latest backup if the database is damaged):</source>
        <translation>문제를 찾았습니다 (데이터베이스가 손상되었으면 최근 백업에서 복원하세요):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="278" />
        <source>All good: every page, the structure, the audit chain and the key slots checked out.</source>
        <translation>이상 없음: 모든 페이지, 구조, 감사 기록 체인, 열쇠 슬롯을 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="293" />
        <source>Choose the backup file and a new file to restore it into.</source>
        <translation>백업 파일과 복원할 새 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="299" />
        <source>Type your password: the backup opens with it.</source>
        <translation>비밀번호를 입력하세요. 백업은 비밀번호로 열립니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="304" />
        <source>Restoring and checking…</source>
        <translation>복원하고 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="320" />
        <source>Restored to %1, but the check found problems:</source>
        <translation>%1에 복원했지만 검사에서 문제를 찾았습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="324" />
        <source>Restored to %1 and verified: no problems found. Keep the file and its key file (%2) together. The database open now is unchanged; to work with the restored one, open it at the next start.</source>
        <translation>%1에 복원하고 검증했습니다: 문제가 없습니다. 이 파일과 열쇠 파일(%2)을 함께 두세요. 지금 열려 있는 데이터베이스는 바뀌지 않았습니다. 복원한 데이터베이스로 작업하려면 다음 실행 때 여세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="342" />
        <source>The app's settings could not be saved.</source>
        <translation>프로그램 설정을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/backup_tab.py" line="345" />
        <source>From the next start the app opens %1. Log out or close the app to switch.</source>
        <translation>다음 실행부터 %1을(를) 엽니다. 바꾸려면 로그아웃하거나 프로그램을 닫으세요.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="43" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="47" />
        <source>Day</source>
        <translation>일간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="48" />
        <source>Week</source>
        <translation>주간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="53" />
        <source>By counselor</source>
        <translation>상담사별</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="54" />
        <source>By room</source>
        <translation>상담실별</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="61" />
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="63" />
        <source>Show cancelled</source>
        <translation>취소된 예약 보기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="65" />
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="66" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="67" />
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="72" />
        <source>New appointment</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="84" />
        <source>Appointments</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="85" />
        <location filename="../../desktop/views/calendar/view.py" line="250" />
        <location filename="../../desktop/views/calendar/view.py" line="280" />
        <location filename="../../desktop/views/calendar/view.py" line="299" />
        <source>(no room)</source>
        <translation>(상담실 없음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="93" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="94" />
        <location filename="../../desktop/views/calendar/view.py" line="482" />
        <source>Move…</source>
        <translation>옮기기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="95" />
        <location filename="../../desktop/views/calendar/view.py" line="365" />
        <location filename="../../desktop/views/calendar/view.py" line="485" />
        <source>Attended</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="96" />
        <location filename="../../desktop/views/calendar/view.py" line="487" />
        <source>No-show</source>
        <translation>불참</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="97" />
        <location filename="../../desktop/views/calendar/view.py" line="381" />
        <source>Cancel appointment</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="98" />
        <location filename="../../desktop/views/calendar/view.py" line="489" />
        <source>Back to booked</source>
        <translation>예약으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="248" />
        <source>All rooms</source>
        <translation>모든 상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="248" />
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="294" />
        <source>Selected: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="301" />
        <source>Free slot %1 — Enter books an appointment</source>
        <translation>빈 시간 %1 — Enter 키로 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="349" />
        <source>It cannot move there: the calendar runs from 08:00 to 20:00.</source>
        <translation>그곳으로 옮길 수 없습니다. 일정표는 08:00~20:00입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="366" />
        <source>Marked as attended: %1

Open the session note now?</source>
        <translation>출석으로 표시했습니다: %1

지금 상담기록을 여시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="382" />
        <source>Cancel this appointment?

%1</source>
        <translation>이 예약을 취소하시겠습니까?

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="389" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="390" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="468" />
        <source>%1 weekly appointments booked; skipped: %2.</source>
        <translation>매주 반복 예약 %1건을 등록했습니다. %2 건너뜀.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="471" />
        <source>%1 weekly appointments booked.</source>
        <translation>매주 반복 예약 %1건을 등록했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="478" />
        <source>New appointment here…</source>
        <translation>여기에 새 예약…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="481" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="492" />
        <source>Cancel appointment…</source>
        <translation>예약 취소…</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="49" />
        <source>◀ Client list</source>
        <translation>◀ 내담자 목록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="51" />
        <source>Back to the client list (Esc)</source>
        <translation>내담자 목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="56" />
        <source>New session note</source>
        <translation>새 상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="58" />
        <source>Write a note for a session with this client (Ctrl+Shift+N)</source>
        <translation>이 내담자의 상담기록 작성 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="62" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="64" />
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="64" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="64" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="65" />
        <source>Job group</source>
        <translation>직군</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="65" />
        <source>Risk class</source>
        <translation>위험군</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="66" />
        <source>Open safety follow-ups</source>
        <translation>진행 중인 안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="77" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="81" />
        <source>Open case…</source>
        <translation>사례 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="84" />
        <source>Close case…</source>
        <translation>사례 종결…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="89" />
        <source>Presenting problems…</source>
        <translation>주호소 수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="92" />
        <source>Reopen last case…</source>
        <translation>최근 사례 다시 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="102" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="102" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="102" />
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="103" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="115" />
        <source>Timeline</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="123" />
        <source>Emergency access to the notes…</source>
        <translation>상담기록 긴급 열람…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="125" />
        <source>Open this client's notes with a stated reason; the center lead is shown it</source>
        <translation>사유를 적고 이 내담자의 상담기록을 엽니다. 센터장에게 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="141" />
        <source>Timeline (newest first; Enter opens a session note)</source>
        <translation>이력 (최근 순, Enter로 상담기록 열기)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="188" />
        <source>%1 (screened %2)</source>
        <translation>%1 (%2 검진)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="192" />
        <source>not screened</source>
        <translation>검진 기록 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="234" />
        <source>No open case.</source>
        <translation>진행 중인 사례가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="246" />
        <source>also: %1</source>
        <translation>부호소: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="248" />
        <source>Open since %1 · counselor %2 · presenting problem: %3</source>
        <translation>%1부터 진행 · 상담사 %2 · 주호소: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="259" />
        <source>Signed · co-signed by %1</source>
        <translation>서명 · 수퍼바이저 공동 서명 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="261" />
        <source>Waiting for sign-off</source>
        <translation>수퍼바이저 공동 서명 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="262" />
        <source>Returned for revision</source>
        <translation>반려 (보완 요청)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="272" />
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="277" />
        <source>note not accessible</source>
        <translation>기록 열람 불가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="278" />
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="278" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="281" />
        <source>Session · %1</source>
        <translation>상담 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="288" />
        <source>screenings</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="297" />
        <source>total %1</source>
        <translation>총점 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="300" />
        <source>Screening · %1</source>
        <translation>심리검진 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="306" />
        <source>referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="309" />
        <source>Referral · %1</source>
        <translation>연계 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="316" />
        <source>Appointment · %1</source>
        <translation>예약 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="333" />
        <source>Not shown (no permission): %1</source>
        <translation>표시하지 않음 (권한 없음): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="375" />
        <location filename="../../desktop/views/clients/chart.py" line="382" />
        <source>Reopen the case</source>
        <translation>사례 다시 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="376" />
        <source>Reopen the case opened on %1?</source>
        <translation>%1에 열었던 사례를 다시 열까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="377" />
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="395" />
        <source>Case closed</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="396" />
        <source>The case was closed with %1 sessions.</source>
        <translation>사례를 종결했습니다 (상담 %1회기).</translation>
    </message>
</context>
<context>
    <name>CityExportDialog</name>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="300" />
        <source>City export</source>
        <translation>시 제출 자료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="314" />
        <source>Counts of fewer than k persons are withheld (and what would reveal them)</source>
        <translation>k명 미만인 칸(과 그것을 역산할 수 있는 칸)은 가립니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="315" />
        <source>&amp;Month:</source>
        <translation>월(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="315" />
        <source>S&amp;ite:</source>
        <translation>지점(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="316" />
        <source>Smallest published count (&amp;k):</source>
        <translation>공개 최소 인원(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="317" />
        <source>Counts only, by service, sex, age band and job group: no names, codes or dates. Counts of fewer than k persons are withheld, and so is anything that would reveal them.</source>
        <translation>서비스·성별·연령대·직군별 인원수만 담습니다. 이름, 번호, 날짜는 없습니다. k명 미만인 칸과 그것을 역산할 수 있는 칸은 가립니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="328" />
        <source>%1_city_counts</source>
        <translation>%1_시제출집계</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="33" />
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="33" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="33" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="33" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="34" />
        <source>Job group</source>
        <translation>직군</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="34" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="109" />
        <source>Active</source>
        <translation>이용 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_model.py" line="109" />
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="22" />
        <source>Clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="28" />
        <source>Search: name, initials (ㅎㄱㄷ), client code or phone's last 4 digits</source>
        <translation>검색: 이름, 초성(ㅎㄱㄷ), 내담자 번호, 전화번호 뒤 4자리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="29" />
        <source>Search clients</source>
        <translation>내담자 검색</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="38" />
        <source>Mask names on screen</source>
        <translation>화면에서 이름 가리기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="44" />
        <source>The center's settings mask names for everyone.</source>
        <translation>센터 설정에 따라 모든 사용자에게 이름이 가려집니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="46" />
        <source>Show names as 홍*동 until you log out.</source>
        <translation>로그아웃할 때까지 이름을 홍*동처럼 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="49" />
        <source>New client…</source>
        <translation>새 내담자…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="51" />
        <source>Register a new client (Ctrl+N)</source>
        <translation>새 내담자 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="71" />
        <source>Client list</source>
        <translation>내담자 목록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="120" />
        <source>You are not allowed to see the client list.</source>
        <translation>내담자 목록을 볼 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="122" />
        <source>%1 clients found (%2 shown)</source>
        <translation>%1명 찾음 (%2명 표시)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/list_view.py" line="125" />
        <source>%1 clients (%2 shown)</source>
        <translation>내담자 %1명 (%2명 표시)</translation>
    </message>
</context>
<context>
    <name>ClientModeDialog</name>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="22" />
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="39" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="44" />
        <source>Choose one answer for each question. When you have finished, press Done.</source>
        <translation>문항마다 답을 하나씩 고르세요. 다 마치면 '완료'를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="60" />
        <source>Thank you. Please hand the screen back to your counselor.</source>
        <translation>감사합니다. 화면을 상담사에게 돌려주세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="74" />
        <source>Return to the counselor's view</source>
        <translation>상담사 화면으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="78" />
        <source>Back to the questions</source>
        <translation>문항으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="87" />
        <source>Counselor's password</source>
        <translation>상담사 비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="117" />
        <source>Questions not answered: %1</source>
        <translation>응답하지 않은 문항: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/client_mode.py" line="134" />
        <source>The password is not correct.</source>
        <translation>비밀번호가 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ClientPrompts</name>
    <message>
        <location filename="../../desktop/views/clients/prompts.py" line="21" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/prompts.py" line="33" />
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ClientScreeningPanel</name>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="69" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="69" />
        <source>Referred to</source>
        <translation>연계처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="69" />
        <source>Clinic or body</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="70" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="70" />
        <source>Cost support</source>
        <translation>치료비 지원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="70" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="81" />
        <source>Scores over time</source>
        <translation>점수 추이</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="82" />
        <source>Referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="84" />
        <source>New screening…</source>
        <translation>새 심리검진…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="86" />
        <source>Enter a screening for this client</source>
        <translation>이 내담자의 심리검진 결과 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="88" />
        <source>New referral…</source>
        <translation>새 연계…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="112" />
        <source>Screenings are not shown (no permission).</source>
        <translation>심리검진 기록은 표시하지 않습니다 (권한 없음).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="120" />
        <source>Referrals are not shown (no permission).</source>
        <translation>연계 기록은 표시하지 않습니다 (권한 없음).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/chart_panel.py" line="133" />
        <source>Referrals (%1)</source>
        <translation>연계 (%1)</translation>
    </message>
</context>
<context>
    <name>ClientSearch</name>
    <message>
        <location filename="../../desktop/views/programs/client_search.py" line="71" />
        <source>No client found.</source>
        <translation>내담자를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ClientsCommon</name>
    <message>
        <location filename="../../desktop/views/clients/common.py" line="18" />
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/common.py" line="32" />
        <source>under 20</source>
        <translation>20세 미만</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/common.py" line="34" />
        <source>60 and over</source>
        <translation>60대 이상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/common.py" line="35" />
        <source>%1s</source>
        <translation>%1대</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../desktop/views/clients/view.py" line="165" />
        <source>This appointment has no client. Open the note from a client's chart.</source>
        <translation>이 예약에는 내담자가 없습니다. 내담자 차트에서 기록을 여세요.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="123" />
        <source>Close the case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="134" />
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="135" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="137" />
        <source>Close case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="139" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="19" />
        <source>Close a safety follow-up</source>
        <translation>안전 확인 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="22" />
        <source>What was done: e.g. suicide risk assessed by phone the same day, safety plan made, referred to the psychiatrist.</source>
        <translation>조치한 내용: 예) 당일 전화로 자살 위험 평가, 안전 계획 수립, 정신건강의학과 전문의 연계.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="29" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="29" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="30" />
        <source>Raised</source>
        <translation>발생일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="34" />
        <source>Action taken *</source>
        <translation>조치 내용 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="36" />
        <source>Close follow-up</source>
        <translation>안전 확인 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/close_dialog.py" line="38" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ClosedDaysBox</name>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="23" />
        <location filename="../../desktop/views/admin/closed_days.py" line="34" />
        <source>Center closed days</source>
        <translation>센터 휴무일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="25" />
        <source>Public holidays (설날, 추석, substitute holidays, election days) come from the holidays package, version %1. Add the other days the center is closed, e.g. a temporary holiday announced late or a city closure.</source>
        <translation>공휴일(설날, 추석, 대체공휴일, 선거일)은 holidays 패키지(버전 %1)에서 가져옵니다. 그 밖에 센터가 쉬는 날을 추가하세요. 예: 늦게 발표된 임시공휴일, 시청 휴무일.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="44" />
        <source>Name, e.g. 임시공휴일</source>
        <translation>이름 (예: 임시공휴일)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="46" />
        <source>Open that day (a public holiday the center works)</source>
        <translation>이날 근무함 (센터가 문을 여는 공휴일)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="48" />
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="50" />
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="80" />
        <source> · open: booked like any working day</source>
        <translation> · 근무일: 평일처럼 예약됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="82" />
        <source> (also a public holiday: %1)</source>
        <translation> (공휴일이기도 함: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="110" />
        <source>Type a name for the closed day.</source>
        <translation>휴무일 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="115" />
        <source>%1 is already in the list.</source>
        <translation>%1: 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="119" />
        <source>%1 added: the center works that day; weekly series book it.</source>
        <translation>%1 추가: 센터가 이날 근무하며, 반복 예약도 이날을 예약합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="122" />
        <source>%1 added: the calendar shows it and weekly series skip it.</source>
        <translation>%1 추가: 일정에 표시되고 매주 반복 예약에서 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/closed_days.py" line="136" />
        <source>%1 removed.</source>
        <translation>%1: 목록에서 뺐습니다.</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="20" />
        <source>Emergency access</source>
        <translation>긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="22" />
        <source>You do not work with client %1, so their session notes are closed to you.
Open them only when a client's safety or care cannot wait for their counselor.

This emergency access is written to the audit log and shown to the center lead, with your reason. It lasts %2 hours and lets you read, not change, this client's notes.</source>
        <translation>내담자 %1의 담당이 아니므로 상담기록을 볼 수 없습니다.
내담자의 안전이나 돌봄이 담당 상담사를 기다릴 수 없을 때만 여세요.

긴급 열람은 사유와 함께 감사 기록에 남고 센터장에게 표시됩니다. %2시간 동안 이 내담자의 상담기록을 읽을 수만 있고 고칠 수는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="32" />
        <source>Why you need the notes now (at least %1 characters): e.g. a crisis call at night, the counselor cannot be reached.</source>
        <translation>지금 기록이 필요한 이유 (%1자 이상): 예) 야간 위기 전화, 담당 상담사 연락 안 됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="40" />
        <source>Open the notes</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="43" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/emergency_dialog.py" line="49" />
        <source>Reason *</source>
        <translation>사유 *</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="84" />
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="95" />
        <source>e.g. monthly report to the city, internal meeting</source>
        <translation>예: 시 월간 보고, 내부 회의</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="96" />
        <source>Why this file is made; it is kept in the audit log with your name</source>
        <translation>이 파일을 만드는 까닭. 이름과 함께 감사 기록에 남습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="103" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="106" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="120" />
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="121" />
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="122" />
        <source>&amp;Purpose (required):</source>
        <translation>용도(&amp;P) (필수):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="201" />
        <source>Choose where to save the file.</source>
        <translation>저장할 위치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="204" />
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="207" />
        <source>Give a file name, not a folder.</source>
        <translation>폴더가 아닌 파일 이름을 적으세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="210" />
        <source>Write the purpose of this export: it is kept in the audit log (personal-information safety rules).</source>
        <translation>내보내기 용도를 적으세요. 감사 기록에 남습니다 (개인정보 안전성 확보조치 기준).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="216" />
        <source>Not saved: choose another file name.</source>
        <translation>저장하지 않았습니다. 다른 파일 이름을 고르세요.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="48" />
        <source>Safety follow-ups</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="56" />
        <source>Show closed ones</source>
        <translation>종결된 건도 보기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="59" />
        <source>Record action and close…</source>
        <translation>조치 기록 후 종결…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="62" />
        <source>Open chart</source>
        <translation>차트 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="65" />
        <source>Raised</source>
        <translation>발생일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="65" />
        <source>Days open</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="65" />
        <location filename="../../desktop/views/followups/view.py" line="103" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="65" />
        <location filename="../../desktop/views/followups/view.py" line="104" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="66" />
        <source>Assigned counselor</source>
        <translation>담당 상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="66" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="66" />
        <source>Action taken</source>
        <translation>조치 내용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="70" />
        <source>Closed follow-ups shown: those of the clients listed here since the app was opened.</source>
        <translation>종결된 건은 프로그램을 연 뒤 이 목록에 나온 내담자의 것만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="89" />
        <source>Double-click or Enter opens the client's chart.</source>
        <translation>두 번 클릭하거나 Enter를 누르면 내담자 차트가 열립니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="92" />
        <source>Follow-ups</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="95" />
        <source>Pending only</source>
        <translation>진행 중인 것만</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="100" />
        <source>Update outcome…</source>
        <translation>결과 수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="103" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="103" />
        <source>Referred to</source>
        <translation>연계처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="104" />
        <source>Clinic or body</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="104" />
        <source>Cost support</source>
        <translation>치료비 지원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="105" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="118" />
        <source>Referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/reasons.py" line="13" />
        <source>PHQ-9 item 9 (thoughts of self-harm or suicide)</source>
        <translation>PHQ-9 9번 문항 (자해·자살 사고)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="171" />
        <source>%1 open (oldest first); %2 assigned to you</source>
        <translation>진행 중 %1건 (오래된 순), 내 담당 %2건</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="184" />
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="184" />
        <source>Closed %1 by %2</source>
        <translation>%1 종결 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="239" />
        <source>%1 days open</source>
        <translation>%1일 경과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/followups/view.py" line="271" />
        <source>%1 referrals · cost support %2</source>
        <translation>연계 %1건 · 치료비 지원 %2</translation>
    </message>
</context>
<context>
    <name>GroupNoteDialog</name>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="43" />
        <source>Group note</source>
        <translation>집단 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="56" />
        <source>Session %1</source>
        <translation>%1회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="61" />
        <source>The shared note is copied into every member's record: write it without names or client codes. What concerns one member goes in their own line.</source>
        <translation>공동 기록은 모든 구성원의 기록에 복사됩니다. 이름이나 내담자 번호 없이 쓰고, 한 구성원에 관한 내용은 그 구성원의 한 줄에 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="75" />
        <source>Template</source>
        <translation>양식</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="84" />
        <source>Shared note (no names)</source>
        <translation>공동 기록 (이름 없이)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="92" />
        <source>Member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="92" />
        <source>Copy</source>
        <translation>복사본</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="92" />
        <source>Own line (optional)</source>
        <translation>개인 한 줄 (선택)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="93" />
        <source>Members who get a copy; the last column is their own line</source>
        <translation>복사본을 받는 구성원. 마지막 칸은 개인 한 줄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="107" />
        <source>Save now</source>
        <translation>지금 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="109" />
        <source>Drafts also save themselves a few seconds after you stop typing (Ctrl+S)</source>
        <translation>입력을 멈추고 몇 초 뒤에도 자동 저장됩니다 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="111" />
        <source>Sign this member's copy…</source>
        <translation>이 구성원 복사본 서명…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="114" />
        <source>Sign all copies…</source>
        <translation>모든 복사본 서명…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="116" />
        <source>Each member's copy is signed separately and locked</source>
        <translation>구성원마다 복사본이 따로 서명되고 잠깁니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="118" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="161" />
        <source>Submit this member's copy for sign-off…</source>
        <translation>이 구성원의 복사본 서명 요청…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="162" />
        <source>Submit all copies for sign-off…</source>
        <translation>모든 복사본 서명 요청…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="163" />
        <source>Each member's copy is sent to your supervisor separately and locked until it is co-signed or returned</source>
        <translation>구성원마다 복사본이 따로 수퍼바이저에게 전달되며, 공동 서명되거나 반려될 때까지 잠깁니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="191" />
        <source>Copies go to %1 attending members · heading: n=%2 (named + head-count)</source>
        <translation>복사본: 출석 구성원 %1명 · 제목의 n=%2 (명단 + 인원수)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="194" />
        <source>No one is marked as attending: mark the attendance first; each attending member gets a copy.</source>
        <translation>출석한 사람이 없습니다. 먼저 출석을 체크하세요. 출석한 구성원마다 복사본이 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="204" />
        <source>not yet written</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="206" />
        <source>Signed %1</source>
        <translation>%1 서명됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="208" />
        <source>Waiting for the supervisor's sign-off</source>
        <translation>수퍼바이저 공동 서명 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="210" />
        <source>Returned for revision</source>
        <translation>반려됨 (수정 필요)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="211" />
        <location filename="../../desktop/views/programs/group_note.py" line="330" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="217" />
        <source>A group note is written and read by its facilitator and the center lead only.</source>
        <translation>집단 기록은 진행 상담사와 센터장만 쓰고 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="324" />
        <source>Draft — unsaved changes</source>
        <translation>작성 중 — 저장 안 된 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="326" />
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="328" />
        <source>New group note — saved when you start typing</source>
        <translation>새 집단 기록 — 입력을 시작하면 저장됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="350" />
        <source>Submit the copy</source>
        <translation>복사본 서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="351" />
        <source>Submit this member's copy for your supervisor's sign-off? It is locked until it is co-signed or returned.</source>
        <translation>이 구성원의 복사본을 수퍼바이저에게 서명 요청할까요? 공동 서명되거나 반려될 때까지 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="352" />
        <location filename="../../desktop/views/programs/group_note.py" line="380" />
        <source>Submit</source>
        <translation>서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="354" />
        <source>Sign the copy</source>
        <translation>복사본 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="355" />
        <source>Sign this member's copy? It is locked afterwards; later words go in a dated addendum in their record.</source>
        <translation>이 구성원의 복사본에 서명할까요? 서명 후에는 잠기며, 이후 내용은 그 구성원 기록에 날짜가 붙은 추가기록으로 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="356" />
        <location filename="../../desktop/views/programs/group_note.py" line="384" />
        <source>Sign and lock</source>
        <translation>서명하고 잠그기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="365" />
        <source>Submitted for the supervisor's sign-off.</source>
        <translation>수퍼바이저에게 서명 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="377" />
        <source>Submit all copies</source>
        <translation>모든 복사본 서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="378" />
        <source>Submit %1 copies for your supervisor's sign-off? Each member's copy is sent separately and locked until it is co-signed or returned.</source>
        <translation>복사본 %1건을 수퍼바이저에게 서명 요청할까요? 구성원마다 따로 전달되며, 공동 서명되거나 반려될 때까지 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="382" />
        <source>Sign all copies</source>
        <translation>모든 복사본 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="383" />
        <source>Sign %1 copies? Each member's copy is signed separately and locked.</source>
        <translation>복사본 %1개에 서명할까요? 구성원마다 따로 서명되고 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="393" />
        <source>%1 copies submitted for the supervisor's sign-off.</source>
        <translation>복사본 %1건을 수퍼바이저에게 서명 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="394" />
        <source>%1 copies signed.</source>
        <translation>복사본 %1개에 서명했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="402" />
        <source>Unsaved group note</source>
        <translation>저장되지 않은 집단 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="403" />
        <source>The group note could not be saved (see the message in the window). Close it and discard the changes since the last save?</source>
        <translation>집단 기록을 저장하지 못했습니다(창의 안내를 확인하세요). 창을 닫고 마지막 저장 이후 바꾼 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/group_note.py" line="404" />
        <source>Discard and close</source>
        <translation>버리고 닫기</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="81" />
        <source>Bring clients and their services over from the old program. Export them to Excel (XLSX) or CSV, one file for clients and one for services. Import the clients first: service rows name clients by their client code.</source>
        <translation>이전 프로그램의 내담자와 서비스 기록을 가져옵니다. 엑셀(XLSX)이나 CSV로 내보내되 내담자 파일과 서비스 파일을 따로 만드세요. 내담자를 먼저 가져오세요. 서비스 행은 내담자 번호로 내담자를 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="87" />
        <source>Clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="88" />
        <source>Services (counseling, screenings, programs, referrals)</source>
        <translation>서비스 (상담, 검진, 프로그램, 연계)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="91" />
        <source>a .xlsx or .csv file exported from the old program</source>
        <translation>이전 프로그램에서 내보낸 .xlsx 또는 .csv 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="93" />
        <location filename="../../desktop/views/admin/import_tab.py" line="108" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="98" />
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="104" />
        <source>e.g. the old program's name; its column mapping is kept under it</source>
        <translation>예: 이전 프로그램 이름 (이 이름으로 열 연결을 저장합니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="107" />
        <source>optional: a mapping file (.json, .yaml)</source>
        <translation>선택: 열 연결 파일 (.json, .yaml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="111" />
        <source>Next: columns</source>
        <translation>다음: 열 연결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="117" />
        <source>What to import</source>
        <translation>가져올 자료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="121" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="123" />
        <source>Heading row</source>
        <translation>제목 행</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="124" />
        <source>Source name</source>
        <translation>자료 출처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="128" />
        <location filename="../../desktop/views/admin/import_tab.py" line="259" />
        <source>Mapping file</source>
        <translation>열 연결 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="143" />
        <source>Choose which of our columns each heading of the file holds. Columns marked * are required; headings set to "not used" are ignored.</source>
        <translation>파일의 각 제목이 어느 열에 해당하는지 고르세요. *표시는 필수 열이며, '사용 안 함'으로 둔 제목은 무시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="148" />
        <source>Heading in the file</source>
        <translation>파일의 제목</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="148" />
        <source>Our column</source>
        <translation>마음데스크 열</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="156" />
        <source>Save this mapping for the source</source>
        <translation>이 출처의 열 연결 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="159" />
        <location filename="../../desktop/views/admin/import_tab.py" line="203" />
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="162" />
        <source>Check the file (dry run)</source>
        <translation>파일 확인 (시험 실행)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="185" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="195" />
        <location filename="../../desktop/views/admin/import_tab.py" line="564" />
        <source>Rows that cannot be imported</source>
        <translation>가져올 수 없는 행</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="196" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="196" />
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="196" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="200" />
        <source>Skip the rows that cannot be imported and import the rest</source>
        <translation>가져올 수 없는 행은 건너뛰고 나머지만 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="206" />
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="209" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="213" />
        <source>Import another file</source>
        <translation>다른 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="236" />
        <source>Step 1 of 3: the file</source>
        <translation>1/3단계: 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="236" />
        <source>Step 2 of 3: the columns</source>
        <translation>2/3단계: 열 연결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="237" />
        <source>Step 3 of 3: check and import</source>
        <translation>3/3단계: 확인과 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="250" />
        <source>File to import</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="251" />
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv)</source>
        <translation>스프레드시트 (*.xlsx *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="259" />
        <source>Mapping files (*.json *.yaml *.yml)</source>
        <translation>열 연결 파일 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="292" />
        <source>Choose the file to import.</source>
        <translation>가져올 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="315" />
        <source>The mapping saved for %1 was used.</source>
        <translation>%1에 저장된 열 연결을 사용했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="343" />
        <source>— not used —</source>
        <translation>— 사용 안 함 —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="381" />
        <source>Required columns not chosen yet: %1</source>
        <translation>아직 고르지 않은 필수 열: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="384" />
        <source>Chosen for more than one heading: %1</source>
        <translation>여러 제목에 같은 열을 골랐습니다: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="412" />
        <source>Checking every row; nothing is saved…</source>
        <translation>모든 행을 확인하는 중입니다. 아무것도 저장하지 않습니다…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="429" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="462" />
        <source>%1 rows checked…</source>
        <translation>%1행 확인…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="468" />
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="484" />
        <source>%1 rows cannot be imported. Fix the file and check again, or tick "skip" to import the other rows.</source>
        <translation>가져올 수 없는 행이 %1개 있습니다. 파일을 고쳐 다시 확인하거나, '건너뛰기'를 선택해 나머지 행만 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="487" />
        <source>Nothing new to import: every row was imported before.</source>
        <translation>새로 가져올 것이 없습니다. 모든 행을 이미 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="489" />
        <source>Dry run: nothing was saved. Every row can be imported.</source>
        <translation>시험 실행: 아무것도 저장하지 않았습니다. 모든 행을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="501" />
        <source>Imported the good rows only (import #%1); the rows listed were left out.</source>
        <translation>가져올 수 있는 행만 가져왔습니다 (가져오기 #%1). 목록의 행은 빠졌습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="504" />
        <source>Imported (import #%1).</source>
        <translation>가져왔습니다 (가져오기 #%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="506" />
        <source>Some rows cannot be imported, so nothing was saved.</source>
        <translation>가져올 수 없는 행이 있어 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="508" />
        <source>No new rows. Nothing was saved.</source>
        <translation>새로 가져올 행이 없습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="519" />
        <source>Cancelled. Nothing was saved.</source>
        <translation>취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="526" />
        <source>Rows read %1; can be imported %2; cannot be imported %3; imported before %4</source>
        <translation>읽은 행 %1, 가져올 수 있는 행 %2, 가져올 수 없는 행 %3, 이미 가져온 행 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="529" />
        <source>Created:</source>
        <translation>만든 기록:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="530" />
        <source>Would be created:</source>
        <translation>만들어질 기록:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="530" />
        <source>Nothing was created. It would create:</source>
        <translation>아무것도 만들지 않았습니다. 만들어질 기록:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="537" />
        <source>Columns not used: %1</source>
        <translation>쓰지 않는 열: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="554" />
        <source>whole row</source>
        <translation>행 전체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/import_tab.py" line="561" />
        <source>Rows that cannot be imported (the first %1 of %2 reasons)</source>
        <translation>가져올 수 없는 행 (사유 %2건 중 처음 %1건)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="27" />
        <source>New client</source>
        <translation>새 내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="44" />
        <source>e.g. 1985</source>
        <translation>예: 1985</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="66" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="70" />
        <source>Client code *</source>
        <translation>내담자 번호 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="70" />
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="71" />
        <source>Sex *</source>
        <translation>성별 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="71" />
        <source>Birth year *</source>
        <translation>출생연도 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="72" />
        <source>Job group *</source>
        <translation>직군 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="73" />
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="73" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="74" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="74" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="77" />
        <source>Consent (signed forms)</source>
        <translation>동의 (서명한 동의서)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="86" />
        <source>%1 (required)</source>
        <translation>%1 (필수)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="88" />
        <source>Individual, group and family counseling, screening and programs</source>
        <translation>개인·집단·가족상담, 심리검진, 프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="90" />
        <source>%1 (separate consent)</source>
        <translation>%1 (별도 동의)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="93" />
        <source>Mental-health information: counseling records and screening results</source>
        <translation>정신건강 정보: 상담기록, 심리검진 결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="95" />
        <source>Date signed</source>
        <translation>서명일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="96" />
        <source>Form version</source>
        <translation>동의서 버전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="98" />
        <location filename="../../desktop/views/clients/intake_dialog.py" line="100" />
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="105" />
        <source>Create client</source>
        <translation>내담자 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="108" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="158" />
        <source>This field is required.</source>
        <translation>필수 입력 항목입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="170" />
        <source>A client can only be registered with consent to services.</source>
        <translation>상담 서비스 이용 동의가 있어야 내담자를 등록할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="178" />
        <source>Please fill in the marked fields.</source>
        <translation>표시된 항목을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="182" />
        <source>Sensitive information</source>
        <translation>민감정보</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="183" />
        <source>Without separate consent to process sensitive information, no counseling notes or screening results may be recorded for this client. Record the refusal and register the client?</source>
        <translation>민감정보 처리에 별도로 동의하지 않으면 이 내담자의 상담기록과 심리검진 결과를 남길 수 없습니다. 동의 거부를 기록하고 내담자를 등록할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="185" />
        <source>Register without it</source>
        <translation>동의 없이 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="195" />
        <source>A client with the same name and birth year is already registered: %1.
Is this a different person? Register a new client only if it is.</source>
        <translation>이름과 출생연도가 같은 내담자가 이미 등록되어 있습니다: %1.
다른 사람인가요? 다른 사람일 때만 새 내담자로 등록하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="197" />
        <source>Possible duplicate</source>
        <translation>중복 등록 의심</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="197" />
        <source>Register new client</source>
        <translation>새 내담자로 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="198" />
        <source>Not registered: open the existing client (%1) instead.</source>
        <translation>등록하지 않았습니다. 기존 내담자(%1)를 여세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/intake_dialog.py" line="218" />
        <source>Please check the marked field.</source>
        <translation>표시된 항목을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <location filename="../../desktop/views/screening/items.py" line="42" />
        <source>Item %1</source>
        <translation>문항 %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/idle_lock.py" line="49" />
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../desktop/idle_lock.py" line="51" />
        <source>%1 is logged in. Enter the password to continue.</source>
        <translation>%1 님이 로그인한 상태입니다. 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/idle_lock.py" line="59" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../desktop/idle_lock.py" line="61" />
        <source>Log out (drafts are kept)</source>
        <translation>로그아웃 (작성 중인 기록은 보존됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/idle_lock.py" line="81" />
        <source>The password is not correct.</source>
        <translation>비밀번호가 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/login_dialog.py" line="23" />
        <source>Maumdesk — log in</source>
        <translation>마음데스크 — 로그인</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="26" />
        <source>Maumdesk</source>
        <translation>마음데스크</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="29" />
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="41" />
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="42" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="47" />
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="48" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="69" />
        <source>Enter your account and password.</source>
        <translation>계정과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="73" />
        <source>Unlocking…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="98" />
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="108" />
        <source>You can try again now.</source>
        <translation>이제 다시 시도할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="53" />
        <source>Maumdesk</source>
        <translation>마음데스크</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="62" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="62" />
        <source>Calendar</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="62" />
        <source>Clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="63" />
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="63" />
        <source>Waitlist</source>
        <translation>대기자</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="64" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="63" />
        <source>Safety follow-ups</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="65" />
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="68" />
        <source>Supervision</source>
        <translation>수퍼비전</translation>
    </message>
</context>
<context>
    <name>NewCenterWizard</name>
    <message>
        <location filename="../../desktop/new_center.py" line="71" />
        <source>Create a new center database</source>
        <translation>새 센터 데이터베이스 만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="78" />
        <source>e.g. 시청 직원 마음건강 힐링센터</source>
        <translation>예: 시청 직원 마음건강 힐링센터</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="89" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="94" />
        <source>Center name *</source>
        <translation>센터 이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="95" />
        <source>Sites (comma-separated) *</source>
        <translation>지점 (쉼표로 구분) *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="96" />
        <source>Counseling rooms per site</source>
        <translation>지점별 개인상담실 수</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="97" />
        <source>Group rooms per site</source>
        <translation>지점별 집단상담실 수</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="98" />
        <location filename="../../desktop/new_center.py" line="171" />
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="109" />
        <source>at least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="113" />
        <source>The first administrator manages accounts, sites and backups and reads no client records.</source>
        <translation>첫 관리자는 계정, 지점, 백업을 관리하며 내담자 기록은 열람하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="115" />
        <source>Account *</source>
        <translation>계정 *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="116" />
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="117" />
        <source>Password *</source>
        <translation>비밀번호 *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="118" />
        <source>Password again *</source>
        <translation>비밀번호 확인 *</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="122" />
        <source>The center database was created. This is its recovery code. It is shown only now: print it or save it, and keep it locked away. It is needed when a password is forgotten.</source>
        <translation>센터 데이터베이스를 만들었습니다. 아래는 복구 코드입니다. 지금 한 번만 표시되니 인쇄하거나 저장해서 잠금 장치가 있는 곳에 보관하세요. 비밀번호를 잊었을 때 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="129" />
        <source>Save to a file…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="131" />
        <source>I have printed or saved the recovery code and stored it safely</source>
        <translation>복구 코드를 인쇄하거나 저장해 안전하게 보관했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="146" />
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="147" />
        <location filename="../../desktop/new_center.py" line="165" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="148" />
        <source>Finish</source>
        <translation>마침</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="149" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="165" />
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="172" />
        <source>Maumdesk database (*.db)</source>
        <translation>마음데스크 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="183" />
        <source>Enter the center's name and at least one site.</source>
        <translation>센터 이름과 지점을 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="192" />
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>두 비밀번호가 다릅니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="195" />
        <source>Enter the administrator's name.</source>
        <translation>관리자 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="223" />
        <source>Creating the encrypted database…</source>
        <translation>암호화된 데이터베이스를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="243" />
        <source>Save the recovery code</source>
        <translation>복구 코드 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="244" />
        <source>Text (*.txt)</source>
        <translation>텍스트 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="253" />
        <source>Store the recovery code first.</source>
        <translation>먼저 복구 코드를 보관하세요.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="98" />
        <source>◀ Chart</source>
        <translation>◀ 차트</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="100" />
        <source>Save and go back to the client's chart (Esc)</source>
        <translation>저장하고 내담자 차트로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="102" />
        <location filename="../../desktop/views/clients/note_editor.py" line="353" />
        <source>Session note</source>
        <translation>상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="125" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="134" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="134" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="135" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="135" />
        <source>Length</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="136" />
        <source>Template</source>
        <translation>양식</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="155" />
        <source>Save now</source>
        <translation>지금 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="157" />
        <source>Drafts also save themselves a few seconds after you stop typing (Ctrl+S)</source>
        <translation>입력을 멈추고 몇 초 뒤에도 자동 저장됩니다 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="159" />
        <source>Sign and lock…</source>
        <translation>서명하고 잠그기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="161" />
        <source>Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)</source>
        <translation>기록에 서명합니다. 서명 후에는 수정할 수 없습니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="169" />
        <source>Addenda (dated additions to the signed note)</source>
        <translation>추가기록 (서명된 기록에 날짜와 함께 덧붙임)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="177" />
        <source>Write an addendum; it is dated and signed with your name.</source>
        <translation>추가기록을 쓰세요. 날짜와 작성자 이름이 함께 남습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="180" />
        <source>Add addendum</source>
        <translation>추가기록 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="251" />
        <source>Session note · %1</source>
        <translation>상담기록 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="260" />
        <source>Presenting problems (from the case): %1</source>
        <translation>주호소 (사례): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="261" />
        <source>No open case: presenting problems are recorded with a case.</source>
        <translation>진행 중인 사례 없음: 주호소는 사례를 열 때 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="300" />
        <source>Emergency access until %1 (read only, logged)</source>
        <translation>긴급 열람 %1까지 (읽기 전용, 기록됨)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="311" />
        <source>Own line: %1</source>
        <translation>개인 한 줄: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="312" />
        <source>This member's copy of a group note: it is written and signed from the program session's group note (Programs).</source>
        <translation>집단 기록의 이 구성원 복사본입니다. 프로그램 회기의 집단 기록에서 쓰고 서명합니다 (프로그램).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="356" />
        <source>Session notes are read by the counselor who works with the client and by the center lead only.</source>
        <translation>상담기록은 그 내담자를 담당하는 상담사와 센터장만 열람할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="378" />
        <source>Emergency access…</source>
        <translation>긴급 열람…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="380" />
        <source>Open this client's notes with a stated reason; the center lead is shown it</source>
        <translation>사유를 적고 이 내담자의 상담기록을 엽니다. 센터장에게 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="409" />
        <source>Submit for sign-off…</source>
        <translation>서명 요청…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="410" />
        <source>Send the note to your supervisor; it is locked until co-signed or returned (Ctrl+Shift+S)</source>
        <translation>수퍼바이저에게 기록을 보냅니다. 공동 서명되거나 반려될 때까지 잠깁니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="422" />
        <source>No addenda yet.</source>
        <translation>추가기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="429" />
        <source>Signed %1 · co-signed %2 — read-only</source>
        <translation>서명 %1 · 수퍼바이저 공동 서명 %2 — 읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="433" />
        <source>Signed %1 — read-only</source>
        <translation>%1 서명됨 — 읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="435" />
        <source>Waiting for sign-off — read-only</source>
        <translation>수퍼바이저 공동 서명 대기 — 읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="437" />
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="439" />
        <source>New note — saved as a draft when you start typing</source>
        <translation>새 기록 — 입력을 시작하면 작성 중으로 저장됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="441" />
        <source>Draft — unsaved changes</source>
        <translation>작성 중 — 저장 안 된 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="443" />
        <source>Draft — saved %1</source>
        <translation>작성 중 — %1 저장됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="445" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="556" />
        <source>Write the note before signing it.</source>
        <translation>서명하기 전에 기록을 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="558" />
        <source>Sign the note</source>
        <translation>기록 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="559" />
        <source>A signed note is locked: it cannot be changed, only added to with dated addenda. Sign it now?</source>
        <translation>서명한 기록은 잠기며 수정할 수 없습니다. 이후에는 날짜가 남는 추가기록만 덧붙일 수 있습니다. 지금 서명할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="560" />
        <source>Sign and lock</source>
        <translation>서명하고 잠그기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="591" />
        <source>Write the note before submitting it.</source>
        <translation>서명 요청 전에 기록을 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="593" />
        <source>Submit for sign-off</source>
        <translation>서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="594" />
        <source>The note goes to your supervisor and is locked until it is co-signed or returned for revision. Submit it now?</source>
        <translation>기록이 수퍼바이저에게 전달되고, 수퍼바이저가 공동 서명하거나 보완을 요청해 반려할 때까지 잠깁니다. 지금 서명 요청할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="595" />
        <source>Submit</source>
        <translation>서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="629" />
        <source>Write the addendum first.</source>
        <translation>추가기록 내용을 먼저 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="655" />
        <source>Text not sent</source>
        <translation>보내지 않은 글</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="656" />
        <source>The comment or addendum you typed has not been sent. Discard it and leave the note? Cancel keeps it here so you can send it.</source>
        <translation>입력한 의견이나 추가기록이 아직 보내지지 않았습니다. 버리고 기록을 닫을까요? 취소하면 글이 그대로 남아 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="658" />
        <source>Discard and leave</source>
        <translation>버리고 닫기</translation>
    </message>
</context>
<context>
    <name>NoteSections</name>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="15" />
        <source>Subjective (S)</source>
        <translation>주관적 호소 (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="16" />
        <source>Objective (O)</source>
        <translation>객관적 관찰 (O)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="17" />
        <source>Assessment (A)</source>
        <translation>평가 (A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="18" />
        <source>Plan (P)</source>
        <translation>계획 (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="19" />
        <source>Data (D)</source>
        <translation>자료 (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_sections.py" line="20" />
        <source>Note</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="28" />
        <source>Open a case</source>
        <translation>사례 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="46" />
        <source>Work</source>
        <translation>직무</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="46" />
        <source>Personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="46" />
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="47" />
        <source>Crisis</source>
        <translation>위기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="58" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="59" />
        <source>Opened on</source>
        <translation>개시일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="60" />
        <source>Primary presenting problem *</source>
        <translation>주호소 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="61" />
        <source>Other presenting problems</source>
        <translation>기타 호소 문제</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="63" />
        <source>Open case</source>
        <translation>사례 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="65" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="75" />
        <source>Presenting problems</source>
        <translation>주호소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="76" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="91" />
        <source>Choose the primary presenting problem.</source>
        <translation>주호소를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="24" />
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="24" />
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="24" />
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="25" />
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="33" />
        <source>Delete removes the selected participant</source>
        <translation>Delete 키로 선택한 참여자를 뺍니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="35" />
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="68" />
        <source>Group sessions are written from the program session (Programs → session → Group note): each member gets their own copy, without the others' names.</source>
        <translation>집단상담은 프로그램 회기에서 씁니다 (프로그램 → 회기 → 집단 기록). 구성원마다 다른 구성원의 이름 없이 자기 복사본이 생깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="45" />
        <source>Add family member</source>
        <translation>가족 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="70" />
        <source>Family members present</source>
        <translation>참석한 가족</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="166" />
        <source>Reactivate account</source>
        <translation>계정 다시 활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="166" />
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="167" />
        <source>Reactivate %1 with a new password. Tell the person the password in person; they should change it at their next login.</source>
        <translation>%1 계정을 새 비밀번호로 다시 활성화합니다. 비밀번호는 본인에게 직접 알려 주고, 다음 로그인 때 바꾸도록 하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="169" />
        <source>Set a new password for %1, who forgot theirs. Tell the person the password in person; they should change it at their next login.</source>
        <translation>비밀번호를 잊은 %1 계정의 새 비밀번호를 정합니다. 비밀번호는 본인에게 직접 알려 주고, 다음 로그인 때 바꾸도록 하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="175" />
        <source>the same password again</source>
        <translation>같은 비밀번호 한 번 더</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="178" />
        <source>New password *</source>
        <translation>새 비밀번호 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="179" />
        <source>Password again *</source>
        <translation>비밀번호 확인 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="182" />
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="182" />
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="185" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="210" />
        <source>Working…</source>
        <translation>처리하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="216" />
        <source>Account %1 is active again with the new password.</source>
        <translation>%1 계정을 새 비밀번호로 다시 활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/accounts.py" line="217" />
        <source>New password set for %1.</source>
        <translation>%1 계정의 새 비밀번호를 설정했습니다.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="38" />
        <source>Monthly</source>
        <translation>월간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="38" />
        <source>Yearly</source>
        <translation>연간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="38" />
        <source>Date range</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="40" />
        <source>Monthly, yearly or any range of dates</source>
        <translation>월간, 연간 또는 원하는 날짜 범위</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="45" />
        <source>The month (year-month); the arrow keys change it</source>
        <translation>월 (연-월), 화살표 키로 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="50" />
        <source>The year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="58" />
        <source>First day of the range</source>
        <translation>기간의 첫날</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/period_picker.py" line="59" />
        <source>Last day of the range (included)</source>
        <translation>기간의 마지막 날 (포함)</translation>
    </message>
</context>
<context>
    <name>ProgramDetail</name>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="60" />
        <location filename="../../desktop/views/programs/detail.py" line="189" />
        <source>Choose a program in the list, or create one (Ctrl+N).</source>
        <translation>목록에서 프로그램을 고르거나 새로 만드세요 (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="64" />
        <source>Edit program…</source>
        <translation>프로그램 수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="65" />
        <source>Change the program's details (Ctrl+E)</source>
        <translation>프로그램 정보 수정 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="71" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="71" />
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="72" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="72" />
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="73" />
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="73" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="84" />
        <source>No.</source>
        <translation>회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="84" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="84" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="84" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="84" />
        <source>Named</source>
        <translation>명단</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="85" />
        <source>Head-count</source>
        <translation>인원수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="85" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="88" />
        <source>Sessions; Enter opens the attendance</source>
        <translation>회기 목록, Enter로 출석 체크</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="99" />
        <source>Add session…</source>
        <translation>회기 추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="100" />
        <source>Add a session to this program (Ctrl+Shift+N)</source>
        <translation>이 프로그램에 회기 추가 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="102" />
        <source>Edit session…</source>
        <translation>회기 수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="103" />
        <source>Change the date, time or place of the selected session</source>
        <translation>선택한 회기의 날짜·시간·장소 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="105" />
        <source>Attendance…</source>
        <translation>출석 체크…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="106" />
        <source>Take attendance for the selected session (Enter, Ctrl+Shift+A)</source>
        <translation>선택한 회기의 출석 체크 (Enter, Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="108" />
        <source>Group note…</source>
        <translation>집단 기록…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="109" />
        <source>Write the selected session's group note once; each attending member gets a copy without the others' names</source>
        <translation>선택한 회기의 집단 기록을 한 번 씁니다. 출석한 구성원마다 다른 구성원의 이름 없이 복사본이 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="116" />
        <source>Sessions</source>
        <translation>회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="129" />
        <location filename="../../desktop/views/programs/detail.py" line="145" />
        <source>Registered clients</source>
        <translation>등록 내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="130" />
        <source>Delete takes the selected client off the program</source>
        <translation>Delete 키로 선택한 내담자를 명단에서 뺍니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="135" />
        <source>Register a client: name, initials or code, then Enter</source>
        <translation>내담자 등록: 이름·초성·번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="140" />
        <location filename="../../desktop/views/programs/detail.py" line="368" />
        <source>Take off the program</source>
        <translation>명단에서 빼기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="141" />
        <source>Take the selected client off the program (Delete); their attendance stays</source>
        <translation>선택한 내담자를 명단에서 뺍니다 (Delete). 출석 기록은 남습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="211" />
        <source>%1 sessions planned</source>
        <translation>%1회기 계획</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="240" />
        <source>%1 of %2 planned sessions</source>
        <translation>계획 %2회기 중 %1회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="242" />
        <source>%1 sessions</source>
        <translation>%1회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="243" />
        <source>%1 · person-visits %2 (named %3 + head-count %4)</source>
        <translation>%1 · 연인원 %2명 (명단 %3명 + 인원수 %4명)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="266" />
        <source>Registered clients (%1)</source>
        <translation>등록 내담자 (%1명)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="369" />
        <source>Take %1 off this program? Attendance already recorded stays.</source>
        <translation>%1 님을 이 프로그램 명단에서 뺄까요? 이미 기록된 출석은 남습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/detail.py" line="370" />
        <source>Take off</source>
        <translation>빼기</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="45" />
        <source>New program</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="45" />
        <source>Edit program</source>
        <translation>프로그램 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="51" />
        <source>e.g. Mindfulness for stress relief</source>
        <translation>예: 마음챙김 스트레스 완화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="59" />
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="70" />
        <source>The lead or the coordinator names or changes the facilitator.</source>
        <translation>진행자는 센터장이나 코디네이터가 지정하거나 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="79" />
        <source>The department visited (outreach)</source>
        <translation>찾아간 부서 (찾아가는 부서 프로그램)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="82" />
        <source>Ends on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="92" />
        <source>not set</source>
        <translation>정하지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="103" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="106" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="120" />
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="121" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="122" />
        <source>Facilitator</source>
        <translation>진행자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="123" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="124" />
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="125" />
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="126" />
        <source>Planned sessions</source>
        <translation>계획 회기 수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="127" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="161" />
        <source>Give the program a name.</source>
        <translation>프로그램 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/program_dialog.py" line="163" />
        <source>The end date is before the start date.</source>
        <translation>종료일이 시작일보다 빠릅니다.</translation>
    </message>
</context>
<context>
    <name>ProgramsCommon</name>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="19" />
        <source>Program name</source>
        <translation>프로그램 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="20" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="21" />
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="22" />
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="23" />
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="24" />
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="25" />
        <source>Planned sessions</source>
        <translation>계획 회기 수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="26" />
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="27" />
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="28" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="29" />
        <source>Head-count</source>
        <translation>인원수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="43" />
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/common.py" line="76" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="43" />
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="45" />
        <source>Satisfaction survey…</source>
        <translation>만족도 조사…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="47" />
        <source>Enter paper satisfaction surveys, anonymously (Ctrl+Shift+Y)</source>
        <translation>종이 만족도 조사지를 익명으로 입력 (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="49" />
        <source>New program…</source>
        <translation>새 프로그램…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="51" />
        <source>Create a program, an outreach visit or a campaign (Ctrl+N)</source>
        <translation>프로그램·찾아가는 부서 프로그램·캠페인 만들기 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="56" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="59" />
        <location filename="../../desktop/views/programs/view.py" line="69" />
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="60" />
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="65" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="69" />
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="69" />
        <source>Starts</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="69" />
        <source>Sessions</source>
        <translation>회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="70" />
        <source>Person-visits</source>
        <translation>연인원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="73" />
        <source>Programs; Enter moves to the sessions</source>
        <translation>프로그램 목록, Enter로 회기 목록으로 이동</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="137" />
        <source>All sites</source>
        <translation>모든 지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="150" />
        <source>All years</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="162" />
        <source>You are not allowed to see programs.</source>
        <translation>프로그램을 볼 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/view.py" line="189" />
        <source>%1 programs · %2 sessions · person-visits %3</source>
        <translation>프로그램 %1개 · %2회기 · 연인원 %3명</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="44" />
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="46" />
        <source>This is the new recovery code. The old code no longer works. It is shown only now and cannot be shown again.</source>
        <translation>새 복구 코드입니다. 이전 코드는 더 이상 쓸 수 없습니다. 이 코드는 지금 한 번만 보이며 다시 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="60" />
        <source>Anyone with this code can open every record of the center. Print it or save it to a USB stick, and lock it away (a safe, a sealed envelope). Do not keep it on this PC, in e-mail or in a chat.</source>
        <translation>이 코드가 있으면 누구나 센터의 모든 기록을 열 수 있습니다. 인쇄하거나 USB에 저장한 뒤 잠금 보관하세요(금고, 봉인 봉투). 이 PC, 이메일, 메신저에는 두지 마세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="66" />
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="69" />
        <source>Save to file…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="72" />
        <source>I have printed or saved the code and will store it safely</source>
        <translation>코드를 인쇄 또는 저장했고 안전하게 보관하겠습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="74" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="98" />
        <source>Maumdesk recovery code</source>
        <translation>마음데스크 복구 코드</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="99" />
        <source>Center: %1</source>
        <translation>센터: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="100" />
        <source>Made on: %1</source>
        <translation>만든 날: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="104" />
        <source>With this code a forgotten password can be reset (maumdesk user passwd --recovery). Anyone who has it can open every record: keep it locked away.</source>
        <translation>이 코드로 잊어버린 비밀번호를 재설정할 수 있습니다 (maumdesk user passwd --recovery). 코드가 있으면 누구나 모든 기록을 열 수 있으니 잠금 보관하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="109" />
        <source>Save the recovery code</source>
        <translation>복구 코드 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="110" />
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="116" />
        <source>The file could not be written. Choose another place.</source>
        <translation>파일을 쓰지 못했습니다. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="118" />
        <source>Saved to %1. Move it to a USB stick that is locked away, and delete it from this PC.</source>
        <translation>%1에 저장했습니다. 잠금 보관하는 USB로 옮기고 이 PC에서는 지우세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="135" />
        <source>Sent to the printer.</source>
        <translation>프린터로 보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/dialogs.py" line="141" />
        <source>Print or save the code first, then tick the box. Without it, a forgotten password cannot be reset when no administrator can log in.</source>
        <translation>먼저 코드를 인쇄하거나 저장한 뒤 확인란을 선택하세요. 코드가 없으면 관리자가 로그인할 수 없을 때 비밀번호를 재설정할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="25" />
        <source>Referral outcome</source>
        <translation>연계 결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="25" />
        <source>New referral</source>
        <translation>새 연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="32" />
        <source>Name of the clinic or body</source>
        <translation>병원 또는 기관 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="62" />
        <source>Referred to</source>
        <translation>연계처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="63" />
        <source>Clinic or body</source>
        <translation>기관명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="64" />
        <source>Reason *</source>
        <translation>사유 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="65" />
        <source>Referred on</source>
        <translation>연계일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="66" />
        <source>Cost support (KRW, up to %1)</source>
        <translation>치료비 지원 (원, 최대 %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="67" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="68" />
        <source>Outcome note</source>
        <translation>결과 메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="70" />
        <source>Save referral</source>
        <translation>연계 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/referral_dialog.py" line="72" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="28" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="29" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="30" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="31" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="53" />
        <source>Replace the file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="54" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 파일이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="56" />
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="97" />
        <source>Choose the period and the site, then press Preview (F5).</source>
        <translation>기간과 지점을 고른 뒤 미리보기(F5)를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="111" />
        <source>Person-visits</source>
        <translation>연인원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="112" />
        <source>Distinct persons</source>
        <translation>실인원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="113" />
        <source>Change vs same period last year</source>
        <translation>전년 동기 대비</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="114" />
        <source>Year to date vs annual target</source>
        <translation>연간 목표 대비 누계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="130" />
        <source>Tables of the report</source>
        <translation>보고서의 표</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="191" />
        <source>Computed %1 by %2</source>
        <translation>%1 계산 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="210" />
        <source>every attendance of every service</source>
        <translation>모든 서비스의 모든 이용 횟수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="212" />
        <source>each person counted once</source>
        <translation>한 사람은 한 번만 셉니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="215" />
        <source>last year: %1 person-visits</source>
        <translation>전년 동기 연인원 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="217" />
        <source>no records for the same period last year</source>
        <translation>전년 같은 기간의 기록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="221" />
        <source>%1 of %2 person-visits this year</source>
        <translation>올해 누계 %1 / 목표 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/preview.py" line="224" />
        <source>no annual target for every line</source>
        <translation>연간 목표가 없는 서비스가 있습니다</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="51" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="61" />
        <source>Reports are made by the center lead, the coordinator and the administrator. Your account cannot make them or see their figures.</source>
        <translation>보고서는 센터장, 코디네이터, 관리자만 만들 수 있습니다. 이 계정으로는 보고서를 만들거나 수치를 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="70" />
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="76" />
        <source>S&amp;ite:</source>
        <translation>지점(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="80" />
        <source>Pre&amp;view</source>
        <translation>미리보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="82" />
        <source>Compute the report for this period and site (F5)</source>
        <translation>이 기간과 지점의 보고서를 계산합니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="83" />
        <source>&amp;Save as…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="85" />
        <source>Save the report on screen as PDF, Excel, CSV or JSON</source>
        <translation>화면의 보고서를 PDF, 엑셀, CSV, JSON으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="86" />
        <source>&amp;City export…</source>
        <translation>시 제출 자료(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="88" />
        <source>The city's anonymized monthly counts (small counts withheld)</source>
        <translation>시에 내는 월별 익명 집계 (작은 칸은 비공개)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="140" />
        <source>All sites</source>
        <translation>모든 지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="142" />
        <source>%1 (closed)</source>
        <translation>%1 (폐쇄)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="171" />
        <location filename="../../desktop/views/reports/view.py" line="249" />
        <source>The period or the site changed: press Preview to see that report.</source>
        <translation>기간이나 지점이 바뀌었습니다. 미리보기를 눌러 그 보고서를 보세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="227" />
        <source>The file could not be written (%1).</source>
        <translation>파일을 쓸 수 없습니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="228" />
        <source>Something went wrong. Please try again.</source>
        <translation>문제가 생겼습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="237" />
        <source>The range ends before it starts: choose the dates again.</source>
        <translation>끝나는 날이 시작일보다 앞입니다. 날짜를 다시 고르세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="241" />
        <source>Computing the report…</source>
        <translation>보고서를 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="242" />
        <source>The report could not be computed.</source>
        <translation>보고서를 계산하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="256" />
        <source>%1_monthly_usage</source>
        <translation>%1_월간이용실적</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="258" />
        <source>%1_annual_usage</source>
        <translation>%1_연간이용실적</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="260" />
        <source>%1_usage</source>
        <translation>%1_이용실적</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="289" />
        <location filename="../../desktop/views/reports/view.py" line="337" />
        <source>Not saved: every export needs its purpose, for the audit log.</source>
        <translation>저장하지 않았습니다. 모든 내보내기는 감사 기록에 남길 용도가 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="293" />
        <location filename="../../desktop/views/reports/view.py" line="341" />
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="296" />
        <source>The file was not written.</source>
        <translation>파일을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="308" />
        <source>Saved %1 (purpose: %2).</source>
        <translation>저장했습니다: %1 (용도: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="317" />
        <source>The export could not be recorded in the audit log, so the file was deleted: %1</source>
        <translation>내보내기를 감사 기록에 남기지 못해 파일을 지웠습니다: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="344" />
        <source>The city export was not written.</source>
        <translation>시 제출 자료를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/view.py" line="357" />
        <source>Saved %1: %2 of %3 counts withheld (k = %4).</source>
        <translation>저장했습니다: %1 — %3칸 중 %2칸 비공개 (k = %4)</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="22" />
        <source>Counseling records</source>
        <translation>상담 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="23" />
        <source>Screenings</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="24" />
        <source>Program attendance</source>
        <translation>프로그램 참여</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="25" />
        <source>Appointments</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="26" />
        <source>Contact data only</source>
        <translation>연락처만 있는 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="27" />
        <source>Audit log (minimum)</source>
        <translation>감사 기록(최소)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="33" />
        <source>clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="34" />
        <source>cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="35" />
        <source>sessions</source>
        <translation>회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="36" />
        <source>screenings</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="37" />
        <source>appointments</source>
        <translation>예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="38" />
        <source>attendances</source>
        <translation>프로그램 참여</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="39" />
        <source>referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="40" />
        <source>waitlist entries</source>
        <translation>대기 항목</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="41" />
        <source>anonymous enquiries</source>
        <translation>익명 문의</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="47" />
        <source>session note</source>
        <translation>상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="48" />
        <source>addendum</source>
        <translation>추가기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="49" />
        <source>supervision comment</source>
        <translation>수퍼비전 의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="50" />
        <source>referral</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="51" />
        <source>appointment memo</source>
        <translation>예약 메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="52" />
        <source>waitlist memo</source>
        <translation>대기 메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="58" />
        <source>approved, not yet destroyed</source>
        <translation>승인됨, 파기 전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="59" />
        <source>destroyed</source>
        <translation>파기 완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="60" />
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="82" />
        <source>Client code</source>
        <translation>내담자 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="82" />
        <source>Last record</source>
        <translation>마지막 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="82" />
        <source>Record kept longest</source>
        <translation>가장 늦게 끝나는 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="83" />
        <source>Period</source>
        <translation>보존기간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="83" />
        <source>Kept until</source>
        <translation>보존 종료일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="84" />
        <source>Approve this list…</source>
        <translation>이 목록 승인…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="88" />
        <source>Search other clients' records for these names</source>
        <translation>다른 내담자 기록에서 이 이름 찾기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="94" />
        <source>Records past their retention period</source>
        <translation>보존기간이 지난 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="107" />
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="107" />
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="107" />
        <source>Clients</source>
        <translation>내담자 수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="107" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="108" />
        <source>Destroyed</source>
        <translation>파기일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="108" />
        <source>Records destroyed</source>
        <translation>파기한 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="112" />
        <source>your password, to confirm</source>
        <translation>확인용 내 비밀번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="113" />
        <source>Destroy the selected list…</source>
        <translation>선택한 목록 파기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="116" />
        <source>Cancel the selected list</source>
        <translation>선택한 목록 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="120" />
        <source>Approved lists and destructions</source>
        <translation>승인한 목록과 파기 이력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="134" />
        <source>the backup folder, to check the files in it too</source>
        <translation>백업 폴더 (그 안의 파일도 확인합니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="135" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="139" />
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="139" />
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="139" />
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="140" />
        <source>Mark the selected backup as destroyed…</source>
        <translation>선택한 백업을 파기했다고 기록…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="144" />
        <source>A backup made before a destruction still holds the destroyed records. Destroy those copies (delete the file and empty the drive's trash, or wipe the drive), then mark them here. A backup made after the destruction holds none of them.</source>
        <translation>파기 전에 만든 백업에는 파기한 기록이 그대로 남아 있습니다. 그 사본을 파기하고(파일을 지우고 휴지통을 비우거나 저장장치를 초기화) 여기에 기록하세요. 파기 후에 만든 백업에는 파기한 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="149" />
        <source>Backups to destroy</source>
        <translation>파기해야 할 백업</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="184" />
        <source>As of %1: %2 clients whose every retention period has ended. Their whole file (cases, notes, screenings, appointments, attendance) is destroyed together.</source>
        <translation>%1 기준: 모든 보존기간이 끝난 내담자 %2명. 내담자의 기록 전체(사례, 상담기록, 심리검진, 예약, 프로그램 참여)를 함께 파기합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="191" />
        <source>Also %1 anonymous waitlist enquiries past the contact-data period.</source>
        <translation>연락처 보존기간이 지난 익명 대기 문의 %1건도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="194" />
        <source>%1 years</source>
        <translation>%1년</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="196" />
        <source>anonymous waitlist enquiry</source>
        <translation>익명 대기 문의</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="214" />
        <source>No other client's record names anyone on this list.</source>
        <translation>이 목록의 이름이 나오는 다른 내담자 기록은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="218" />
        <source> and %1 more</source>
        <translation> 외 %1건</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="220" />
        <source>%1 records of other clients name someone on this list; destruction does not change them. Check them (a signed note can only get an addendum): %2</source>
        <translation>다른 내담자의 기록 %1건에 이 목록의 이름이 나옵니다. 파기해도 그 기록은 바뀌지 않으니 확인하세요(서명한 상담기록에는 추가기록만 쓸 수 있습니다): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="248" />
        <source>made before a destruction: holds destroyed records</source>
        <translation>파기 전에 만듦: 파기한 기록이 남아 있음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="249" />
        <source>older than the longest retention period</source>
        <translation>가장 긴 보존기간보다 오래됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="258" />
        <source>Backup folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="270" />
        <source>Approve the destruction of the records of %1 clients? Nothing is deleted yet: the list is kept as approved, and destroying it is a separate step.</source>
        <translation>내담자 %1명의 기록 파기를 승인할까요? 아직 아무것도 지우지 않습니다. 목록은 승인 상태로 남고, 파기는 별도 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="273" />
        <source>Also %1 anonymous waitlist enquiries (name, phone, memo).</source>
        <translation>익명 대기 문의 %1건(이름, 전화번호, 메모)도 함께 승인합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="275" />
        <source>Approve destruction</source>
        <translation>파기 승인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="275" />
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="282" />
        <source>The list of %1 clients is approved. Destroy it below.</source>
        <translation>내담자 %1명의 목록을 승인했습니다. 승인 목록에서 파기하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="284" />
        <source>Also %1 anonymous waitlist enquiries.</source>
        <translation>익명 대기 문의 %1건도 함께 승인했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="297" />
        <location filename="../../desktop/views/admin/retention_tab.py" line="355" />
        <source>Select an approved list that is not yet destroyed.</source>
        <translation>아직 파기하지 않은 승인 목록을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="302" />
        <source>The password is not right; nothing was destroyed.</source>
        <translation>비밀번호가 맞지 않습니다. 아무것도 파기하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="304" />
        <source>Destroy the records of %1 clients for good? They are removed from the database so that they cannot be recovered. Backups made before now still hold them.</source>
        <translation>내담자 %1명의 기록을 영구히 파기할까요? 복구할 수 없도록 데이터베이스에서 지웁니다. 지금까지 만든 백업에는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="306" />
        <source>Destroy records</source>
        <translation>기록 파기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="306" />
        <source>Destroy</source>
        <translation>파기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="318" />
        <source>Destroying and rebuilding the database…</source>
        <translation>파기하고 데이터베이스를 다시 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="334" />
        <source>Destroyed: %1.</source>
        <translation>파기했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="336" />
        <source>%1 clients were kept: they have new records since the approval.</source>
        <translation>내담자 %1명은 승인 후 새 기록이 있어 남겼습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="339" />
        <source>Another window is still reading the database; the temporary log file (WAL) is emptied when that finishes, or at the next login.</source>
        <translation>다른 창이 아직 데이터베이스를 읽고 있어, 임시 기록 파일(WAL)은 그 작업이 끝나거나 다음 로그인 때 비워집니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="347" />
        <source>Destroyed: %1. Rebuilding the database afterwards failed (%2); it is tried again automatically at the next login.</source>
        <translation>파기했습니다: %1. 이어서 데이터베이스를 다시 정리하지 못했습니다(%2). 다음 로그인 때 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="362" />
        <source>The list was cancelled; nothing was destroyed.</source>
        <translation>목록을 취소했습니다. 아무것도 파기하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="370" />
        <source>Select a backup first.</source>
        <translation>먼저 백업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="373" />
        <source>Record that the backup %1 was destroyed (every copy of it)?</source>
        <translation>백업 %1(모든 사본)을 파기했다고 기록할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="374" />
        <source>Backup destroyed</source>
        <translation>백업 파기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="374" />
        <source>Mark as destroyed</source>
        <translation>파기했다고 기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/retention_tab.py" line="381" />
        <source>Recorded: %1 was destroyed.</source>
        <translation>기록했습니다: %1 파기.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="237" />
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="240" />
        <source>Protect the PDF with a password</source>
        <translation>PDF에 비밀번호 걸기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="250" />
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="251" />
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="252" />
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="278" />
        <source>The password needs at least 4 characters.</source>
        <translation>비밀번호는 4자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export_dialog.py" line="282" />
        <source>The two passwords differ. Type the password again.</source>
        <translation>두 비밀번호가 다릅니다. 다시 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ScoreChartsPanel</name>
    <message>
        <location filename="../../desktop/views/screening/score_chart.py" line="257" />
        <location filename="../../desktop/views/screening/score_chart.py" line="271" />
        <source>No screenings yet.</source>
        <translation>심리검진 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScreeningCommon</name>
    <message>
        <location filename="../../desktop/views/screening/common.py" line="47" />
        <source>Something went wrong; nothing was changed. Please try again.</source>
        <translation>문제가 생겨 아무것도 바꾸지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/common.py" line="105" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ScreeningEntryDialog</name>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="36" />
        <source>New screening</source>
        <translation>새 심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="52" />
        <source>Client: %1</source>
        <translation>내담자: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="58" />
        <source>Choose an instrument…</source>
        <translation>검사지를 선택하세요…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="73" />
        <source>Client fills it in…</source>
        <translation>내담자 직접 응답…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="75" />
        <source>Show only the questions, full screen, for the client to answer; your password brings you back</source>
        <translation>내담자가 직접 응답하도록 문항만 전체 화면으로 보여 줍니다. 상담사 비밀번호로 돌아옵니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="80" />
        <source>Instrument</source>
        <translation>검사지</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="82" />
        <source>Date taken</source>
        <translation>검사일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="84" />
        <source>Channel</source>
        <translation>검사 방법</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="91" />
        <source>Item scores</source>
        <translation>문항별 점수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="93" />
        <source>Totals only</source>
        <translation>점수만 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="102" />
        <source>Enter:</source>
        <translation>입력 방식:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="111" />
        <source>Safety: assess suicide risk today, following the crisis manual</source>
        <translation>안전 확인: 위기 대응 매뉴얼에 따라 오늘 자살 위험을 평가하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="117" />
        <source>Saving opens a safety follow-up that stays open until the action taken is recorded.</source>
        <translation>저장하면 안전 확인 건이 열리고, 조치 내용을 기록할 때까지 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="127" />
        <source>Choose the instrument the client took.</source>
        <translation>내담자가 받은 검사지를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="132" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="156" />
        <source>Keys: a digit answers the current item and moves on; ↑ ↓ or Tab move; Delete clears; Ctrl+S saves.</source>
        <translation>키보드: 숫자로 현재 문항에 응답하고 다음 문항으로, ↑ ↓ 또는 Tab으로 이동, Delete로 지우기, Ctrl+S로 저장.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="173" />
        <source>Save screening</source>
        <translation>검진 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="178" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="204" />
        <source>You may not record screenings for this client.</source>
        <translation>이 내담자의 심리검진을 기록할 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="239" />
        <location filename="../../desktop/views/screening/entry_form.py" line="262" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="240" />
        <source>Scale totals</source>
        <translation>척도별 점수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="268" />
        <source>Enter the scores from the licensed form; leave a scale empty when it was not scored.</source>
        <translation>사용 허가를 받은 검사지의 점수를 입력하세요. 채점하지 않은 척도는 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="346" />
        <source>Enter the total.</source>
        <translation>총점을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="347" />
        <source>No answers yet.</source>
        <translation>아직 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="352" />
        <source>Total: incomplete</source>
        <translation>총점: 미완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="354" />
        <source>Total: %1 (of %2)</source>
        <translation>총점: %1 (최고 %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="361" />
        <source>incomplete</source>
        <translation>미완료</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="373" />
        <source>Incomplete: no band until the missing items are answered.</source>
        <translation>미완료: 빠진 문항에 응답해야 판정이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="379" />
        <source>Not answered: item %1 (the score is prorated)</source>
        <translation>응답 없음: %1번 문항 (점수는 비례 환산)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="381" />
        <source>Not answered: item %1</source>
        <translation>응답 없음: %1번 문항</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="384" />
        <source>Bands for: %1</source>
        <translation>판정 기준: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="386" />
        <source>Entered as totals: no item answers, so no item flags are checked.</source>
        <translation>총점으로 입력: 문항 응답이 없어 문항별 경고는 확인하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="437" />
        <source>Answer the items or enter the total first.</source>
        <translation>먼저 문항에 응답하거나 총점을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="440" />
        <source>Incomplete screening</source>
        <translation>미완료 검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="441" />
        <source>Some items are not answered, so this screening gets no score band. Save it anyway?</source>
        <translation>응답하지 않은 문항이 있어 판정이 나오지 않습니다. 그래도 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="442" />
        <source>Save incomplete</source>
        <translation>미완료로 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="472" />
        <source>Saved: %1, taken %2.</source>
        <translation>저장했습니다: %1, 검사일 %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="475" />
        <source>Overall class that day: %1.</source>
        <translation>당일 종합 판정: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="479" />
        <source>A safety follow-up was opened for %1. It stays on the follow-ups list until the action taken is recorded.</source>
        <translation>%1 담당으로 안전 확인 건이 열렸습니다. 조치 내용을 기록할 때까지 안전 확인 목록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="491" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="496" />
        <source>Discard the screening?</source>
        <translation>검진 입력을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="497" />
        <source>The answers entered here are not saved. Close and discard them?</source>
        <translation>여기에 입력한 응답은 저장되지 않았습니다. 닫고 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/screening/entry_form.py" line="497" />
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="32" />
        <source>New session</source>
        <translation>새 회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="33" />
        <source>Session %1</source>
        <translation>%1회기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="49" />
        <source>Room at the center</source>
        <translation>센터 내 공간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="51" />
        <source>Outside location</source>
        <translation>외부 장소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="65" />
        <source>e.g. the department's meeting room</source>
        <translation>예: 부서 회의실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="79" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="82" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="112" />
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="113" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="114" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="115" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="147" />
        <source>The session must end after it starts.</source>
        <translation>회기가 끝나는 시간은 시작 시간보다 늦어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/session_dialog.py" line="149" />
        <source>Choose a room or type the outside location.</source>
        <translation>센터 내 공간을 고르거나 외부 장소를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="54" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="55" />
        <source>Show client names masked on every screen (홍*동)</source>
        <translation>모든 화면에서 내담자 이름 가리기 (홍*동)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="60" />
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="64" />
        <source>Counts from 1 to k−1 are hidden in the city's export, so no one can be recognised.</source>
        <translation>시 제출 자료에서 1~k−1인 칸은 가려져 누구도 알아볼 수 없게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="67" />
        <source>After this many minutes without use the screen locks and asks for the password.</source>
        <translation>이 시간 동안 사용하지 않으면 화면이 잠기고 비밀번호를 다시 묻습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="70" />
        <source>Center</source>
        <translation>센터</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="72" />
        <source>Center name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="73" />
        <source>Idle lock after</source>
        <translation>자동 잠금 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="75" />
        <source>Name masking</source>
        <translation>이름 가리기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="76" />
        <source>Suppress counts below (k)</source>
        <translation>가림 기준 (k 미만)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="96" />
        <source>Save targets</source>
        <translation>목표 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="100" />
        <source>Annual plan targets (person-visits)</source>
        <translation>연간 사업 목표 (연인원)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="102" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="103" />
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="109" />
        <source> visits</source>
        <translation>건</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="123" />
        <source>Retention periods</source>
        <translation>보존기간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="130" />
        <source> years</source>
        <translation>년</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="141" />
        <source>Save retention periods</source>
        <translation>보존기간 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="182" />
        <source>Access</source>
        <translation>접근 관리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="193" />
        <source>Emergency access for</source>
        <translation>긴급 열람 허용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="194" />
        <source>These roles may open the notes of a client they do not work with by writing a reason; the center lead is shown each one.</source>
        <translation>이 역할은 담당하지 않는 내담자의 상담기록을 사유를 적고 열 수 있습니다. 센터장에게 하나하나 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="209" />
        <source>Working hours</source>
        <translation>근무시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="218" />
        <source>Working days</source>
        <translation>근무 요일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="222" />
        <source> charts a day</source>
        <translation> 건/일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="225" />
        <source>Review: many charts from</source>
        <translation>점검: 하루 다수 열람 기준</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="236" />
        <source>Save access settings</source>
        <translation>접근 설정 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="289" />
        <source>Working hours: the start must come before the end, and at least one day is needed.</source>
        <translation>근무시간: 시작이 끝보다 앞서야 하고, 근무 요일이 하루 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="308" />
        <source>The whole center</source>
        <translation>센터 전체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="281" />
        <location filename="../../desktop/views/admin/settings_tab.py" line="330" />
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="31" />
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="31" />
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="32" />
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="32" />
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="33" />
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="33" />
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="34" />
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="133" />
        <source>Defaults: counseling records 10 years after the case closes and screenings 5 years (the medical-records periods of 의료법 시행규칙 제15조, followed by analogy; these are also the floors, see docs/retention.md); the audit log at least 2 years (안전성 확보조치 기준 제8조). Past these, records are destroyed (개인정보 보호법 제21조). Only the center lead changes them.</source>
        <translation>기본값: 상담 기록은 사례 종결 후 10년, 심리검진은 5년(의료법 시행규칙 제15조의 진료기록 보존기간을 준용하며, 이보다 짧게 정할 수 없습니다. docs/retention.md 참고), 감사 기록은 최소 2년(안전성 확보조치 기준 제8조). 기간이 지난 기록은 파기합니다(개인정보 보호법 제21조). 보존기간은 센터장만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="230" />
        <source>Center time zone</source>
        <translation>센터 시간대</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="231" />
        <source>The monthly access review lists views outside these hours (center time) and accounts that open this many different charts in one day.</source>
        <translation>월간 접속기록 점검은 이 시간(센터 시간대) 밖의 열람과, 하루에 이만큼 이상 서로 다른 차트를 연 계정을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="281" />
        <location filename="../../desktop/views/admin/settings_tab.py" line="330" />
        <location filename="../../desktop/views/admin/settings_tab.py" line="340" />
        <location filename="../../desktop/views/admin/settings_tab.py" line="382" />
        <source>Nothing to save: no changes.</source>
        <translation>바뀐 내용이 없어 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="291" />
        <source>Time zone: write a zone name such as Asia/Seoul.</source>
        <translation>시간대: Asia/Seoul 같은 시간대 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="347" />
        <source>Retention periods saved.</source>
        <translation>보존기간을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/settings_tab.py" line="381" />
        <source>Targets for %1 (%2) saved.</source>
        <translation>%1년 목표(%2)를 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="36" />
        <source>Supervision sign-off</source>
        <translation>수퍼비전 공동 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="54" />
        <source>Add comment</source>
        <translation>의견 남기기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="57" />
        <source>Return for revision</source>
        <translation>반려 (보완 요청)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="59" />
        <source>Send the note back to its author as a draft, with your comment</source>
        <translation>의견과 함께 작성자에게 초안으로 돌려보냅니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="61" />
        <source>Co-sign…</source>
        <translation>공동 서명…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="63" />
        <source>Co-sign the note; it is then signed and locked</source>
        <translation>기록에 수퍼바이저로 공동 서명합니다. 공동 서명 후에는 잠깁니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="97" />
        <source>No comments yet.</source>
        <translation>아직 의견이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="105" />
        <source>A comment for the counselor; returning the note requires one.</source>
        <translation>상담사에게 남길 의견 (반려할 때는 꼭 적어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="107" />
        <source>A word for your supervisor, sent with the note (optional)</source>
        <translation>수퍼바이저에게 기록과 함께 보낼 말 (선택)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="109" />
        <source>A comment for your supervisor</source>
        <translation>수퍼바이저에게 남길 의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="115" />
        <source>comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="115" />
        <source>submitted</source>
        <translation>서명 요청</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="115" />
        <source>returned</source>
        <translation>반려</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="116" />
        <source>co-signed</source>
        <translation>수퍼바이저 공동 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="122" />
        <source>Notes of %1 are signed off by a supervisor (%2): write the note, then submit it for sign-off.</source>
        <translation>%1 상담사의 기록은 수퍼바이저(%2)의 공동 서명을 받습니다. 기록을 작성한 뒤 서명 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="124" />
        <location filename="../../desktop/views/clients/signoff_panel.py" line="141" />
        <source>the center lead</source>
        <translation>센터장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="127" />
        <source>Submitted by %1 on %2; waiting for the sign-off of %3 (%4 days). The note is locked until then.</source>
        <translation>%1 상담사가 %2에 서명 요청함. %3의 공동 서명을 기다리는 중 (%4일). 그때까지 기록은 잠깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="131" />
        <source>Returned for revision on %1: see the comments, revise the note and submit it again.</source>
        <translation>%1에 반려됨: 의견을 보고 기록을 보완한 뒤 다시 서명 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="133" />
        <source>Signed by %1 on %2 · co-signed by %3 on %4.</source>
        <translation>작성자 서명 %1 (%2) · 수퍼바이저 공동 서명 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="151" />
        <source>Write the comment first.</source>
        <translation>의견을 먼저 적으세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="166" />
        <source>Write what should be revised before returning the note.</source>
        <translation>반려하기 전에 보완할 내용을 적으세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="180" />
        <source>Co-sign the note</source>
        <translation>수퍼바이저 공동 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="181" />
        <source>Co-sign this note? It becomes signed and locked, with your co-signature and the time. Later additions are dated addenda.</source>
        <translation>이 기록에 수퍼바이저로 공동 서명할까요? 공동 서명자와 시각이 남고 기록은 잠깁니다. 이후에는 날짜가 남는 추가기록만 덧붙일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/signoff_panel.py" line="182" />
        <source>Co-sign</source>
        <translation>공동 서명</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="28" />
        <source>Add a site</source>
        <translation>지점 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="28" />
        <source>Edit site</source>
        <translation>지점 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="29" />
        <source>Add a room</source>
        <translation>공간 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="29" />
        <source>Edit room</source>
        <translation>공간 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="34" />
        <source>Name *</source>
        <translation>이름 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="44" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="46" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="49" />
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="49" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="51" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="93" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="93" />
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="93" />
        <location filename="../../desktop/views/admin/sites.py" line="94" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="94" />
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="94" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="99" />
        <source>Add site…</source>
        <translation>지점 추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="101" />
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="103" />
        <location filename="../../desktop/views/admin/sites.py" line="109" />
        <location filename="../../desktop/views/admin/sites.py" line="209" />
        <location filename="../../desktop/views/admin/sites.py" line="213" />
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="105" />
        <source>Add room…</source>
        <translation>공간 추가…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="107" />
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="119" />
        <source>Sites</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="127" />
        <location filename="../../desktop/views/admin/sites.py" line="196" />
        <source>Rooms</source>
        <translation>공간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="157" />
        <source>in use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="157" />
        <source>deactivated</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="196" />
        <source>Rooms of %1</source>
        <translation>%1의 공간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="209" />
        <location filename="../../desktop/views/admin/sites.py" line="213" />
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="228" />
        <source>Room %1 saved.</source>
        <translation>%1 공간을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="231" />
        <source>Site %1 saved.</source>
        <translation>%1 지점을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="276" />
        <source>%1 is in use again.</source>
        <translation>%1을(를) 다시 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/admin/sites.py" line="277" />
        <source>%1 deactivated: no new bookings; past records stay.</source>
        <translation>%1 비활성화: 새 예약은 받지 않으며 지난 기록은 남습니다.</translation>
    </message>
</context>
<context>
    <name>StartChoice</name>
    <message>
        <location filename="../../desktop/new_center.py" line="29" />
        <source>Maumdesk — start</source>
        <translation>마음데스크 — 시작</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="32" />
        <source>No center database is set up on this PC yet.</source>
        <translation>이 PC에는 아직 센터 데이터베이스가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="33" />
        <source>Create a new center database…</source>
        <translation>새 센터 데이터베이스 만들기…</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="35" />
        <source>Open the demo center (synthetic data)</source>
        <translation>데모 센터 열기 (합성 데이터)</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="38" />
        <source>Open an existing database file…</source>
        <translation>기존 데이터베이스 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="54" />
        <source>Open a center database</source>
        <translation>센터 데이터베이스 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/new_center.py" line="55" />
        <source>Maumdesk database (*.db)</source>
        <translation>마음데스크 데이터베이스 (*.db)</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="39" />
        <source>Supervision</source>
        <translation>수퍼비전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="43" />
        <source>Show every note waiting in the center</source>
        <translation>센터의 서명 대기 기록 모두 보기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="47" />
        <source>Open note</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="52" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="52" />
        <source>Session date</source>
        <translation>회기 날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="52" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="53" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="53" />
        <source>Submitted</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="53" />
        <source>Days waiting</source>
        <translation>대기 일수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="54" />
        <source>Round</source>
        <translation>차수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="65" />
        <source>Notes of the counselors you supervise, submitted for your sign-off, oldest first. Open one to comment, return it for revision or co-sign it.</source>
        <translation>수퍼비전하는 상담사가 서명 요청한 기록입니다 (오래된 순). 기록을 열어 의견을 남기고, 반려하거나 공동 서명하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="120" />
        <source>%1 notes waiting for sign-off</source>
        <translation>공동 서명 대기 기록 %1건</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="121" />
        <source>No notes are waiting for your sign-off.</source>
        <translation>공동 서명을 기다리는 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="134" />
        <source>◀ Queue</source>
        <translation>◀ 대기 목록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="135" />
        <source>Back to the sign-off queue (Esc)</source>
        <translation>공동 서명 대기 목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="146" />
        <source>Co-signed.</source>
        <translation>공동 서명했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/supervision/view.py" line="146" />
        <source>Returned for revision.</source>
        <translation>반려했습니다 (보완 요청).</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="147" />
        <source>Satisfaction survey entry</source>
        <translation>만족도 조사 입력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="152" />
        <source>Saved anonymously: a response is never linked to a client.</source>
        <translation>익명으로 저장됩니다. 응답은 내담자와 연결되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="160" />
        <location filename="../../desktop/views/programs/survey_dialog.py" line="176" />
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="166" />
        <location filename="../../desktop/views/programs/survey_dialog.py" line="176" />
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="171" />
        <location filename="../../desktop/views/programs/survey_dialog.py" line="177" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="187" />
        <source>Keys 1-5 answer the current item and move to the next.</source>
        <translation>숫자 키 1~5로 현재 문항에 답하면 다음 문항으로 넘어갑니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="221" />
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="239" />
        <source>Responses</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="240" />
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="241" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="251" />
        <source>Save and next (Enter)</source>
        <translation>저장하고 다음 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="254" />
        <source>Save and close</source>
        <translation>저장하고 닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="256" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="266" />
        <source>You are not allowed to enter survey responses.</source>
        <translation>만족도 조사 응답을 입력할 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="308" />
        <source>Item %1: answers are %2 to %3 (not %4).</source>
        <translation>%1번 문항: %2~%3 중에서 답하세요 (%4 아님).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="330" />
        <source>Answer every item; missing: %1.</source>
        <translation>모든 문항에 답하세요. 빠진 문항: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="356" />
        <source>Saved (%1 in this sitting). Next form.</source>
        <translation>저장했습니다 (이번에 %1건). 다음 조사지를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/programs/survey_dialog.py" line="386" />
        <source>Responses for %1 at %2 (n and mean of each item)</source>
        <translation>%1 %2 응답 (응답 수와 문항별 평균)</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/views/today.py" line="39" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="39" />
        <location filename="../../desktop/views/today.py" line="43" />
        <location filename="../../desktop/views/today.py" line="46" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="39" />
        <location filename="../../desktop/views/today.py" line="46" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="39" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="40" />
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="40" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="43" />
        <location filename="../../desktop/views/today.py" line="89" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="43" />
        <source>Days open</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="46" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="46" />
        <source>Sign-off</source>
        <translation>수퍼비전 공동 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="69" />
        <source>Appointments today</source>
        <translation>오늘 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="73" />
        <source>Open safety follow-ups of the center (oldest first)</source>
        <translation>센터의 미결 안전 확인 (오래된 순)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="74" />
        <source>My open safety follow-ups (oldest first)</source>
        <translation>나의 미결 안전 확인 (오래된 순)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="76" />
        <source>My unsigned notes</source>
        <translation>서명하지 않은 나의 상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="86" />
        <source>Emergency accesses to acknowledge (break the glass)</source>
        <translation>확인할 긴급 열람</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="89" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="89" />
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="89" />
        <source>Client code</source>
        <translation>내담자 번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="92" />
        <source>Acknowledge</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="94" />
        <source>Mark the selected emergency access as seen by you</source>
        <translation>선택한 긴급 열람을 확인한 것으로 기록합니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="97" />
        <source>Staff opened notes of clients they do not work with, giving these reasons.</source>
        <translation>직원이 담당하지 않는 내담자의 상담기록을 아래 사유로 열었습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="128" />
        <source>The access log of %1 has not been reviewed yet (the monthly check).</source>
        <translation>%1 접속기록을 아직 점검하지 않았습니다 (월간 점검).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="130" />
        <source>Open the access review</source>
        <translation>접속기록 점검 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="176" />
        <source>Waitlist: %1 waiting (open the list)</source>
        <translation>대기자 %1명 (목록 열기)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="179" />
        <source>Supervision: %1 notes wait for your co-signature (open the queue)</source>
        <translation>수퍼비전: 공동 서명을 기다리는 상담기록 %1건 (대기 목록 열기)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="203" />
        <source>Group note: %1</source>
        <translation>집단 기록: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="211" />
        <source>%1 members' copies unsigned</source>
        <translation>구성원 복사본 %1건 서명 전</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="213" />
        <source>%1 returned for revision</source>
        <translation>%1건 반려됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="215" />
        <source>%1 waiting for sign-off</source>
        <translation>%1건 수퍼바이저 공동 서명 대기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="222" />
        <source>Returned for revision: see the supervisor's comments</source>
        <translation>반려됨: 수퍼바이저 의견을 확인하세요</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="223" />
        <source>Waiting for the supervisor's sign-off</source>
        <translation>수퍼바이저 공동 서명 대기</translation>
    </message>
</context>
<context>
    <name>WaitlistBookDialog</name>
    <message>
        <location filename="../../desktop/views/waitlist/book_dialog.py" line="71" />
        <source>Book from the waitlist</source>
        <translation>대기자 예약</translation>
    </message>
</context>
<context>
    <name>WaitlistEntryDialog</name>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="43" />
        <source>Edit waitlist entry</source>
        <translation>대기 정보 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="43" />
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="109" />
        <source>Add to the waitlist</source>
        <translation>대기자 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="47" />
        <source>Registered client</source>
        <translation>등록된 내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="49" />
        <source>Anonymous enquiry (name or alias and phone only)</source>
        <translation>익명 문의 (이름 또는 별칭과 전화번호만)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="54" />
        <source>Name, initials (ㅎㄱㄷ), code or phone's last 4 digits</source>
        <translation>이름, 초성(ㅎㄱㄷ), 내담자 번호 또는 전화번호 뒤 4자리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="57" />
        <source>No client chosen</source>
        <translation>선택한 내담자 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="62" />
        <source>Name or alias</source>
        <translation>이름 또는 별칭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="86" />
        <source>Any counselor</source>
        <translation>상담사 무관</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="103" />
        <source>e.g. works night shifts; call after 17:00</source>
        <translation>예: 야간 근무, 17시 이후 연락</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="109" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="112" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="121" />
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="125" />
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="127" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="128" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="129" />
        <source>Counselor wished</source>
        <translation>희망 상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="130" />
        <source>Time of day</source>
        <translation>희망 시간대</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="131" />
        <source>Program wished</source>
        <translation>희망 프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="132" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="133" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="158" />
        <source>No program</source>
        <translation>프로그램 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="173" />
        <source>Chosen: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="189" />
        <source>Choose a client, or record an anonymous enquiry.</source>
        <translation>내담자를 선택하거나 익명 문의로 등록하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/entry_dialog.py" line="195" />
        <source>Enter a name (or an alias) and a phone number to call back.</source>
        <translation>다시 연락할 이름(또는 별칭)과 전화번호를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>WaitlistModel</name>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="38" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="38" />
        <source>Days waiting</source>
        <translation>대기일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="38" />
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="38" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="39" />
        <source>Wish</source>
        <translation>희망 사항</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="39" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="39" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="39" />
        <source>Already booked</source>
        <translation>이미 잡힌 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="69" />
        <source>%1 (enquiry)</source>
        <translation>%1 (문의)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="86" />
        <source>Anyone, any time</source>
        <translation>무관</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="92" />
        <source>Appointment %1</source>
        <translation>예약 있음 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="96" />
        <source>⚠ Safety flag</source>
        <translation>⚠ 안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="97" />
        <source>Urgent</source>
        <translation>긴급</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="97" />
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/model.py" line="134" />
        <source>This client has an open safety follow-up: contact them first.</source>
        <translation>진행 중인 안전 확인 건이 있는 내담자입니다. 먼저 연락하세요.</translation>
    </message>
</context>
<context>
    <name>WaitlistPlaceDialog</name>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="19" />
        <source>Place in a program</source>
        <translation>프로그램 배정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="32" />
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="33" />
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="35" />
        <source>Register in the program</source>
        <translation>프로그램에 등록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="38" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/place_dialog.py" line="44" />
        <source>No program of this site is running or planned.</source>
        <translation>이 지점에 진행 중이거나 예정된 프로그램이 없습니다.</translation>
    </message>
</context>
<context>
    <name>WaitlistView</name>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="38" />
        <source>Mark booked with that appointment</source>
        <translation>그 예약으로 예약 완료 처리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="40" />
        <source>Book another</source>
        <translation>하나 더 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="41" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="56" />
        <source>Waitlist</source>
        <translation>대기자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="60" />
        <source>All sites</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="68" />
        <source>Add…</source>
        <translation>등록…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="70" />
        <source>Add a client or an anonymous enquiry (Ctrl+N)</source>
        <translation>내담자 또는 익명 문의를 대기자로 등록 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="72" />
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="75" />
        <source>Book…</source>
        <translation>예약…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="77" />
        <source>Book an appointment; an enquiry is registered as a client first (Ctrl+B)</source>
        <translation>상담 예약. 익명 문의는 먼저 내담자로 접수합니다 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="79" />
        <source>Place in program…</source>
        <translation>프로그램 배정…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="82" />
        <source>Take off…</source>
        <translation>대기 취소…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="106" />
        <source>Site</source>
        <translation>지점</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="111" />
        <source>Order: open safety follow-up first, then urgent, then the longest waiting. Enter or double-click edits the entry.</source>
        <translation>순서: 안전 확인 진행 중인 사람, 긴급, 오래 기다린 순. Enter나 두 번 클릭으로 수정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="131" />
        <source>Your role does not give access to the waitlist.</source>
        <translation>대기자 명단을 볼 수 있는 역할이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="134" />
        <source>%1 waiting · %2 with a safety flag · %3 urgent</source>
        <translation>대기 %1명 · 안전 확인 %2명 · 긴급 %3명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="205" />
        <source>Already booked</source>
        <translation>이미 예약 있음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="206" />
        <source>This client already has an appointment on %1. If that is the appointment they waited for, mark the entry booked with it. Book another one only if they need a second.</source>
        <translation>이 내담자는 이미 %1에 예약이 있습니다. 그 예약이 기다리던 상담이라면 그 예약으로 예약 완료 처리하세요. 상담이 하나 더 필요할 때만 새로 예약하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="221" />
        <source>Marked booked: %1.</source>
        <translation>예약 완료로 처리했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="277" />
        <source>Booked: %1 with %2.</source>
        <translation>예약했습니다: %1, %2 상담사.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/view.py" line="282" />
        <source>Registered in the program.</source>
        <translation>프로그램에 등록했습니다.</translation>
    </message>
</context>
<context>
    <name>WaitlistWithdrawDialog</name>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="19" />
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="35" />
        <source>Take off the waitlist</source>
        <translation>대기 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="22" />
        <source>Choose a reason…</source>
        <translation>사유를 고르세요…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="28" />
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="29" />
        <source>Reason *</source>
        <translation>사유 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="30" />
        <source>An anonymous enquiry's name and phone number are erased: there is nobody to call back.</source>
        <translation>익명 문의의 이름과 전화번호는 지웁니다. 다시 연락할 일이 없기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="37" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/waitlist/withdraw_dialog.py" line="53" />
        <source>Choose why the entry is taken off the waitlist.</source>
        <translation>대기 취소 사유를 고르세요.</translation>
    </message>
</context>
</TS>
