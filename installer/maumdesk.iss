; Inno Setup script of the Maumdesk Windows installer (Inno Setup 6.3 or newer).
; Build it with installer\build_windows.ps1, which builds dist\maumdesk\ first and passes the version:
;   ISCC.exe /DAppVersion=0.1.0 installer\maumdesk.iss   ->   dist\installer\Maumdesk-Setup-0.1.0.exe
;
; What it promises (tests/test_installer.py checks this file):
; - Installs the PyInstaller folder dist\maumdesk\ into Program Files (or, without administrator
;   rights, the user's own Programs folder) with a start-menu entry and an uninstaller.
; - Upgrade in place: the fixed AppId below makes a newer installer replace the installed copy in
;   the same folder; only the old program's own files (_internal) are cleared first.
; - User data is never here: settings and the demo center live in %LOCALAPPDATA%\Maumdesk, the
;   center database where the administrator put it. Neither install, upgrade nor uninstall
;   touches them (there is no [UninstallDelete] section on purpose).
; This file is UTF-8 with a byte-order mark: Inno Setup needs the BOM to read the Korean names.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; Never change the AppId: it is how a new version finds and upgrades the installed one.
AppId={{1C8215AF-DC31-42DC-83E4-FDFF0F1229DA}
AppName=마음데스크 Maumdesk
AppVersion={#AppVersion}
AppVerName=마음데스크 Maumdesk {#AppVersion}
AppPublisher=Maumdesk
DefaultDirName={autopf}\Maumdesk
DefaultGroupName=마음데스크
UsePreviousAppDir=yes
UsePreviousGroup=yes
DisableProgramGroupPage=yes
; Administrators install for every account of the PC; others may install for themselves only.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1903 or newer: Qt 6 uses the ICU that ships with Windows from then on.
MinVersion=10.0.18362
OutputDir=..\dist\installer
OutputBaseFilename=Maumdesk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=마음데스크 Maumdesk
UninstallDisplayIcon={app}\maumdesk.exe
; A running Maumdesk is asked to close (Windows Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade: remove the previous version's program files so that no stale module or DLL is left
; beside the new ones. Only the program folder's own _internal folder; never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\maumdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\마음데스크"; Filename: "{app}\maumdesk.exe"; WorkingDir: "{app}"; Comment: "마음데스크 Maumdesk"
; A console that stays open: the installation check for the IT person.
Name: "{group}\마음데스크 설치 확인 (자체 검사)"; Filename: "{cmd}"; Parameters: "/k """"{app}\maumdesk-cli.exe"" --self-test"""; WorkingDir: "{app}"; Comment: "maumdesk-cli --self-test"
Name: "{group}\{cm:UninstallProgram,마음데스크}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\마음데스크"; Filename: "{app}\maumdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\maumdesk.exe"; Description: "{cm:LaunchProgram,마음데스크}"; Flags: nowait postinstall skipifsilent

[Code]
{ After the files are in place, run the bundle's own check (fonts, forms, translations, a
  throw-away encrypted database and a PDF, all in a temporary folder). A failure is shown but
  does not undo the installation: the start-menu entry "설치 확인" shows the details. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    if not Exec(ExpandConstant('{app}\maumdesk-cli.exe'), '--self-test', ExpandConstant('{tmp}'),
                SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('설치 후 자체 검사에 실패했습니다. 시작 메뉴의 "마음데스크 설치 확인"을 실행해 원인을 확인하세요.' + #13#10#13#10 +
        'The post-install self-test failed. Run "마음데스크 설치 확인" from the Start menu to see what failed.',
        mbError, MB_OK, IDOK);
  end;
end;
