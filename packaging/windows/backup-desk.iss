; Inno Setup 6 script: a per-user or all-users installer for Windows from the PyInstaller bundle.
; Build on Windows (see packaging/README.md):
;   packaging\build.sh --bundle-only     (in Git Bash, or: python -m PyInstaller packaging\backup_desk.spec)
;   iscc /DAppVersion=0.1.0 packaging\windows\backup-desk.iss
; Output: dist\backup-desk-0.1.0-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Backup Desk"
#define AppExe "backup-desk.exe"
#define Root "..\.."

[Setup]
; A fixed AppId keeps upgrades and uninstalls tied to the same product.
AppId={{6F1C7C52-3E0B-4C63-9D8E-5B2E7A1F4D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Backup Desk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Non-technical staff can install without an administrator: per-user by default, all users on request.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=backup-desk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\backup-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The app holds a lock while it runs; ask to close it before files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The one-folder bundle: backup-desk.exe and its _internal\ folder (Qt, Python, resources\).
Source: "{#Root}\dist\backup-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; The installed copy proves itself before the first real start (offscreen, a throwaway home).
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; \
  StatusMsg: "Checking the installation…"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
