<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="51" />
        <source>Creating the demo center (synthetic data)…</source>
        <translation>데모 센터를 만드는 중입니다(합성 데이터)…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="70" />
        <source>(demo: synthetic data)</source>
        <translation>(데모: 합성 데이터)</translation>
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
        <location filename="../../desktop/main_window.py" line="35" />
        <source>Maumdesk</source>
        <translation>마음데스크</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="43" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="43" />
        <source>Calendar</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="43" />
        <source>Clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="44" />
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="44" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="44" />
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="47" />
        <source>Group programs, outreach head-counts and attendance are recorded here in the next release. Meanwhile they are kept in the database and counted in reports.</source>
        <translation>집단 프로그램, 찾아가는 프로그램 인원, 출석은 다음 버전에서 이 화면에서 기록합니다. 그때까지도 데이터베이스에 보관되고 보고서에 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="49" />
        <source>The monthly and yearly usage reports (PDF, Excel) and the city's anonymized export are made with the command line for now: maumdesk report monthly …</source>
        <translation>월간·연간 이용 실적 보고서(PDF, 엑셀)와 시 제출용 익명 통계는 당분간 명령줄에서 만듭니다: maumdesk report monthly …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="51" />
        <source>Accounts, sites and rooms, settings, backups and the audit log move here in the next release. Meanwhile use the command line: maumdesk user …, backup, verify.</source>
        <translation>계정, 지점과 상담실, 설정, 백업, 감사 기록은 다음 버전에서 이 화면으로 옵니다. 그때까지는 명령줄을 쓰세요: maumdesk user …, backup, verify.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/views/today.py" line="34" />
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="34" />
        <location filename="../../desktop/views/today.py" line="38" />
        <location filename="../../desktop/views/today.py" line="41" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="34" />
        <location filename="../../desktop/views/today.py" line="41" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="34" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="35" />
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="35" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="38" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="38" />
        <source>Days open</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="41" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="46" />
        <source>Appointments today</source>
        <translation>오늘 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="48" />
        <source>My open safety follow-ups (oldest first)</source>
        <translation>나의 미결 안전 확인 (오래된 순)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/today.py" line="50" />
        <source>My unsigned notes</source>
        <translation>서명하지 않은 나의 상담기록</translation>
    </message>
</context>
</TS>