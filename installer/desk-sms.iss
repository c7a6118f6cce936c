; Inno Setup 6 script for the Windows installer of desk-sms.
;
; Build the PyInstaller folder first (installer\dist\desk-sms), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\desk-sms.iss
; (installer\build-windows.ps1 runs every step). The result is installer\dist\desk-sms-<version>-setup.exe.
;
; - Per-user install: no administrator rights, files under %LOCALAPPDATA%\Programs\desk-sms.
; - Start-menu shortcut (and an optional desktop one) to desk-sms-gui.exe.
; - The data directory (%LOCALAPPDATA%\desk-sms: database, logs, backups) is created by the app, not by
;   this installer, so the uninstaller never removes it. Do not add it under [UninstallDelete].

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; A fixed AppId: an update installs over the previous version instead of beside it.
AppId={{6F1D2A4E-8C3B-4E57-9A0D-5B7E2C41D8F3}
AppName=desk-sms
AppVersion={#AppVersion}
AppVerName=desk-sms {#AppVersion}
AppPublisher=desk-sms
PrivilegesRequired=lowest
; With PrivilegesRequired=lowest, {autopf} is %LOCALAPPDATA%\Programs. It must differ from the
; data directory %LOCALAPPDATA%\desk-sms, which has to survive an uninstall.
DefaultDirName={autopf}\desk-sms
DefaultGroupName=desk-sms
DisableProgramGroupPage=yes
OutputDir=dist
OutputBaseFilename=desk-sms-{#AppVersion}-setup
SetupIconFile=build\desk-sms.ico
UninstallDisplayIcon={app}\desk-sms-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app holds the database and the modem ports open: ask the user to close it before files change.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller collected: both programs, _internal\ (Python, Qt, plugins, resources).
Source: "dist\desk-sms\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries as a whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\desk-sms"; Filename: "{app}\desk-sms-gui.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\desk-sms"; Filename: "{app}\desk-sms-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon
; The engine at sign-in (this user's Startup folder; no service, no administrator rights), so reminders go
; out with the window closed. --at-sign-in exits at once when Settings turns "keep sending" off.
Name: "{userstartup}\desk-sms engine"; Filename: "{app}\desk-sms-gui.exe"; Parameters: "serve --at-sign-in"; WorkingDir: "{app}"

[Run]
Filename: "{app}\desk-sms-gui.exe"; Description: "{cm:LaunchProgram,desk-sms}"; Flags: nowait postinstall skipifsilent
