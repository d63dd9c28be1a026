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
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="36" />
        <source>New appointment</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="36" />
        <source>Edit appointment</source>
        <translation>예약 수정</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="37" />
        <source>Move appointment</source>
        <translation>예약 옮기기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="43" />
        <source>Name, initials (ㅎㄱㄷ), code or phone's last 4 digits</source>
        <translation>이름, 초성(ㅎㄱㄷ), 내담자 번호 또는 전화번호 뒤 4자리</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="51" />
        <source>No client</source>
        <translation>내담자 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="76" />
        <source>(no room)</source>
        <translation>(상담실 없음)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="101" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="108" />
        <source>Repeat weekly</source>
        <translation>매주 반복</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="114" />
        <source> times</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="123" />
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="124" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="145" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="146" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="147" />
        <source>Room</source>
        <translation>상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="148" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="149" />
        <source>Date and start</source>
        <translation>날짜·시작 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="150" />
        <source>Length</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="151" />
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="203" />
        <source>No client found</source>
        <translation>찾는 내담자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="218" />
        <source>Chosen: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="218" />
        <source>No client chosen</source>
        <translation>선택한 내담자 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/dialog.py" line="238" />
        <source>The calendar runs from 08:00 to 20:00: shorten the appointment.</source>
        <translation>일정표는 08:00~20:00입니다. 예약 시간을 줄여 주세요.</translation>
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
        <location filename="../../desktop/views/calendar/view.py" line="247" />
        <location filename="../../desktop/views/calendar/view.py" line="277" />
        <location filename="../../desktop/views/calendar/view.py" line="296" />
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
        <location filename="../../desktop/views/calendar/view.py" line="471" />
        <source>Move…</source>
        <translation>옮기기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="95" />
        <location filename="../../desktop/views/calendar/view.py" line="360" />
        <location filename="../../desktop/views/calendar/view.py" line="474" />
        <source>Attended</source>
        <translation>출석</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="96" />
        <location filename="../../desktop/views/calendar/view.py" line="476" />
        <source>No-show</source>
        <translation>불참</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="97" />
        <location filename="../../desktop/views/calendar/view.py" line="376" />
        <source>Cancel appointment</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="98" />
        <location filename="../../desktop/views/calendar/view.py" line="478" />
        <source>Back to booked</source>
        <translation>예약으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="245" />
        <source>All rooms</source>
        <translation>모든 상담실</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="245" />
        <source>All counselors</source>
        <translation>모든 상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="291" />
        <source>Selected: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="297" />
        <source>Free slot %1 — Enter books an appointment</source>
        <translation>빈 시간 %1 — Enter 키로 예약</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="344" />
        <source>It cannot move there: the calendar runs from 08:00 to 20:00.</source>
        <translation>그곳으로 옮길 수 없습니다. 일정표는 08:00~20:00입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="361" />
        <source>Marked as attended: %1

Open the session note now?</source>
        <translation>출석으로 표시했습니다: %1

지금 상담기록을 여시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="377" />
        <source>Cancel this appointment?

%1</source>
        <translation>이 예약을 취소하시겠습니까?

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="384" />
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="385" />
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="460" />
        <source>%1 weekly appointments booked.</source>
        <translation>매주 반복 예약 %1건을 등록했습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="467" />
        <source>New appointment here…</source>
        <translation>여기에 새 예약…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="470" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/view.py" line="481" />
        <source>Cancel appointment…</source>
        <translation>예약 취소…</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="48" />
        <source>◀ Client list</source>
        <translation>◀ 내담자 목록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="50" />
        <source>Back to the client list (Esc)</source>
        <translation>내담자 목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="55" />
        <source>New session note</source>
        <translation>새 상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="57" />
        <source>Write a note for a session with this client (Ctrl+Shift+N)</source>
        <translation>이 내담자의 상담기록 작성 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="61" />
        <source>Client</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="63" />
        <source>Code</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="63" />
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="63" />
        <source>Age band</source>
        <translation>연령대</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="64" />
        <source>Job group</source>
        <translation>직군</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="64" />
        <source>Risk class</source>
        <translation>위험군</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="65" />
        <source>Open safety follow-ups</source>
        <translation>진행 중인 안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="76" />
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="80" />
        <source>Open case…</source>
        <translation>사례 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="83" />
        <source>Close case…</source>
        <translation>사례 종결…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="93" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="93" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="93" />
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="94" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="106" />
        <source>Timeline</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="122" />
        <source>Timeline (newest first; Enter opens a session note)</source>
        <translation>이력 (최근 순, Enter로 상담기록 열기)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="166" />
        <source>%1 (screened %2)</source>
        <translation>%1 (%2 검진)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="170" />
        <source>not screened</source>
        <translation>검진 기록 없음</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="206" />
        <source>No open case.</source>
        <translation>진행 중인 사례가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="213" />
        <source>also: %1</source>
        <translation>부호소: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="215" />
        <source>Open since %1 · counselor %2 · presenting problem: %3</source>
        <translation>%1부터 진행 · 상담사 %2 · 주호소: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="232" />
        <source>note not accessible</source>
        <translation>기록 열람 불가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="233" />
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="233" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="235" />
        <source>Session · %1</source>
        <translation>상담 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="241" />
        <source>screenings</source>
        <translation>심리검진</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="250" />
        <source>total %1</source>
        <translation>총점 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="253" />
        <source>Screening · %1</source>
        <translation>심리검진 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="259" />
        <source>referrals</source>
        <translation>연계</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="262" />
        <source>Referral · %1</source>
        <translation>연계 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="269" />
        <source>Appointment · %1</source>
        <translation>예약 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="286" />
        <source>Not shown (no permission): %1</source>
        <translation>표시하지 않음 (권한 없음): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="310" />
        <source>Case closed</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/chart.py" line="311" />
        <source>The case was closed with %1 sessions.</source>
        <translation>사례를 종결했습니다 (상담 %1회기).</translation>
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
    <name>ClientsView</name>
    <message>
        <location filename="../../desktop/views/clients/view.py" line="163" />
        <source>This appointment has no client. Open the note from a client's chart.</source>
        <translation>이 예약에는 내담자가 없습니다. 내담자 차트에서 기록을 여세요.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="103" />
        <source>Close the case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="114" />
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="115" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="117" />
        <source>Close case</source>
        <translation>사례 종결</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="119" />
        <source>Cancel</source>
        <translation>취소</translation>
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
        <location filename="../../desktop/main_window.py" line="39" />
        <source>Maumdesk</source>
        <translation>마음데스크</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="47" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="47" />
        <source>Calendar</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="47" />
        <source>Clients</source>
        <translation>내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="48" />
        <source>Programs</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="48" />
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="48" />
        <source>Safety follow-ups</source>
        <translation>안전 확인</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="49" />
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="52" />
        <source>The list of open safety follow-ups arrives in the next release; meanwhile they are on the Today view.</source>
        <translation>진행 중인 안전 확인 목록은 다음 버전에서 제공됩니다. 그때까지는 '오늘' 화면에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="54" />
        <source>Group programs, outreach head-counts and attendance are recorded here in the next release. Meanwhile they are kept in the database and counted in reports.</source>
        <translation>집단 프로그램, 찾아가는 프로그램 인원, 출석은 다음 버전에서 이 화면에서 기록합니다. 그때까지도 데이터베이스에 보관되고 보고서에 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="56" />
        <source>The monthly and yearly usage reports (PDF, Excel) and the city's anonymized export are made with the command line for now: maumdesk report monthly …</source>
        <translation>월간·연간 이용 실적 보고서(PDF, 엑셀)와 시 제출용 익명 통계는 당분간 명령줄에서 만듭니다: maumdesk report monthly …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="58" />
        <source>Accounts, sites and rooms, settings, backups and the audit log move here in the next release. Meanwhile use the command line: maumdesk user …, backup, verify.</source>
        <translation>계정, 지점과 상담실, 설정, 백업, 감사 기록은 다음 버전에서 이 화면으로 옵니다. 그때까지는 명령줄을 쓰세요: maumdesk user …, backup, verify.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="87" />
        <source>◀ Chart</source>
        <translation>◀ 차트</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="89" />
        <source>Save and go back to the client's chart (Esc)</source>
        <translation>저장하고 내담자 차트로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="91" />
        <location filename="../../desktop/views/clients/note_editor.py" line="330" />
        <source>Session note</source>
        <translation>상담기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="114" />
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="123" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="123" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="124" />
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="124" />
        <source>Length</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="125" />
        <source>Template</source>
        <translation>양식</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="140" />
        <source>Save now</source>
        <translation>지금 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="142" />
        <source>Drafts also save themselves a few seconds after you stop typing (Ctrl+S)</source>
        <translation>입력을 멈추고 몇 초 뒤에도 자동 저장됩니다 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="144" />
        <source>Sign and lock…</source>
        <translation>서명하고 잠그기…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="146" />
        <source>Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)</source>
        <translation>기록에 서명합니다. 서명 후에는 수정할 수 없습니다 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="154" />
        <source>Addenda (dated additions to the signed note)</source>
        <translation>추가기록 (서명된 기록에 날짜와 함께 덧붙임)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="162" />
        <source>Write an addendum; it is dated and signed with your name.</source>
        <translation>추가기록을 쓰세요. 날짜와 작성자 이름이 함께 남습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="165" />
        <source>Add addendum</source>
        <translation>추가기록 저장</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="214" />
        <source>Subjective (S)</source>
        <translation>주관적 호소 (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="214" />
        <source>Objective (O)</source>
        <translation>객관적 관찰 (O)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="215" />
        <source>Assessment (A)</source>
        <translation>평가 (A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="215" />
        <source>Plan (P)</source>
        <translation>계획 (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="215" />
        <source>Data (D)</source>
        <translation>자료 (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="216" />
        <source>Note</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="257" />
        <source>Session note · %1</source>
        <translation>상담기록 · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="266" />
        <source>Presenting problems (from the case): %1</source>
        <translation>주호소 (사례): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="267" />
        <source>No open case: presenting problems are recorded with a case.</source>
        <translation>진행 중인 사례 없음: 주호소는 사례를 열 때 기록합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="333" />
        <source>Session notes are read by the counselor who works with the client and by the center lead only.</source>
        <translation>상담기록은 그 내담자를 담당하는 상담사와 센터장만 열람할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="362" />
        <source>No addenda yet.</source>
        <translation>추가기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="370" />
        <source>Signed %1 — read-only</source>
        <translation>%1 서명됨 — 읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="372" />
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="374" />
        <source>New note — saved as a draft when you start typing</source>
        <translation>새 기록 — 입력을 시작하면 작성 중으로 저장됩니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="376" />
        <source>Draft — unsaved changes</source>
        <translation>작성 중 — 저장 안 된 변경</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="378" />
        <source>Draft — saved %1</source>
        <translation>작성 중 — %1 저장됨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="380" />
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="489" />
        <source>Write the note before signing it.</source>
        <translation>서명하기 전에 기록을 작성하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="491" />
        <source>Sign the note</source>
        <translation>기록 서명</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="492" />
        <source>A signed note is locked: it cannot be changed, only added to with dated addenda. Sign it now?</source>
        <translation>서명한 기록은 잠기며 수정할 수 없습니다. 이후에는 날짜가 남는 추가기록만 덧붙일 수 있습니다. 지금 서명할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="493" />
        <source>Sign and lock</source>
        <translation>서명하고 잠그기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/note_editor.py" line="518" />
        <source>Write the addendum first.</source>
        <translation>추가기록 내용을 먼저 쓰세요.</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="26" />
        <source>Open a case</source>
        <translation>사례 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="44" />
        <source>Work</source>
        <translation>직무</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="44" />
        <source>Personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="44" />
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="45" />
        <source>Crisis</source>
        <translation>위기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="56" />
        <source>Counselor</source>
        <translation>상담사</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="57" />
        <source>Opened on</source>
        <translation>개시일</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="58" />
        <source>Primary presenting problem *</source>
        <translation>주호소 *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="59" />
        <source>Other presenting problems</source>
        <translation>기타 호소 문제</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="61" />
        <source>Open case</source>
        <translation>사례 열기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="63" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/case_dialogs.py" line="81" />
        <source>Choose the primary presenting problem.</source>
        <translation>주호소를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="23" />
        <source>Spouse</source>
        <translation>배우자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="23" />
        <source>Child</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="23" />
        <source>Parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="24" />
        <source>Sibling</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="32" />
        <source>Delete removes the selected participant</source>
        <translation>Delete 키로 선택한 참여자를 뺍니다</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="34" />
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="40" />
        <source>Add a client: name, initials or code, then Enter</source>
        <translation>내담자 추가: 이름·초성·번호 입력 후 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="54" />
        <source>Add family member</source>
        <translation>가족 추가</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="80" />
        <source>Other clients in this group session</source>
        <translation>이 집단상담의 다른 내담자</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="81" />
        <source>Family members present</source>
        <translation>참석한 가족</translation>
    </message>
    <message>
        <location filename="../../desktop/views/clients/participants.py" line="136" />
        <source>No other client found.</source>
        <translation>다른 내담자를 찾지 못했습니다.</translation>
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