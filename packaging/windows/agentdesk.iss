; Inno Setup 6 script for AgentDesk: a per-user installer that needs no administrator rights.
;
; packaging/build.py compiles it on Windows after PyInstaller, passing the values below with /D
; (the version comes from app/__init__.py, the one source of truth), e.g.
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DBundleDir=..\..\dist\AgentDesk
;        /DOutputDir=..\..\dist packaging\windows\agentdesk.iss
; When WINDOWS_SIGN_CERT is set, build.py also defines Sign and a "signtool" sign tool (/S), so the
; installer and its uninstaller are signed too.
;
; Why per-user: support agents rarely have admin rights on their workstation. The app goes to
; %LOCALAPPDATA%\Programs\AgentDesk, the Start menu entry to the user's Programs folder, and the
; uninstaller registers under HKCU (Settings > Apps). Settings, cache and logs live in the user's
; AppData folders and are kept on uninstall, so a reinstall keeps the server URL and language.

#ifndef AppName
  #define AppName "AgentDesk"
#endif
#ifndef AppPublisher
  #define AppPublisher "AgentDesk"
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\AgentDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppExe AppName + ".exe"

[Setup]
; A fixed AppId keeps upgrades in place (uuid5 of the app's identity; never change it).
AppId={{46FBF73A-C5CE-572D-90CD-62D483F823B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Upgrading while AgentDesk runs: ask it to close (Restart Manager), then restart it afterwards.
CloseApplications=yes
RestartApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder build; a new file in the bundle needs no edit here.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer ships (PyInstaller's _internal folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's settings, cache and logs stay (see the header).
Type: filesandordirs; Name: "{app}"
