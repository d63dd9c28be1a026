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
        <location filename="../../desktop/app.py" line="75" />
        <source>(demo: synthetic data)</source>
        <translation>(데모: 합성 데이터)</translation>
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
        <location filename="../../desktop/login_dialog.py" line="99" />
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/login_dialog.py" line="109" />
        <source>You can try again now.</source>
        <translation>이제 다시 시도할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="19" />
        <source>Maumdesk</source>
        <translation>마음데스크</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="24" />
        <source>The database is unlocked.</source>
        <translation>데이터베이스가 열렸습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="28" />
        <source>Logged in as %1 (%2, %3)</source>
        <translation>로그인: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="30" />
        <source>Center: %1 · file: %2</source>
        <translation>센터: %1 · 파일: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="31" />
        <source>Every record is kept encrypted on this PC, and every access is logged.</source>
        <translation>모든 기록은 이 PC에 암호화되어 보관되며, 모든 열람은 기록됩니다.</translation>
    </message>
</context>
</TS>