; Inno Setup 6 script for AgentDesk (UTF-8 with a BOM: the Chinese messages): a per-user installer that needs no administrator rights.
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
; AppData folders; on uninstall the user is asked whether to forget them too (below).
;
; Forgetting local data: the uninstaller asks "Also remove ... from this computer?" (default: No).
; Yes runs "AgentDesk.exe --forget-local-data" before the files go: it deletes the agents' tokens and
; cache keys from Windows Credential Manager and the data, settings and log folders. A silent
; uninstall keeps the data unless /FORGETLOCALDATA is on its command line.
;
; AppUserModelID: the Start-menu shortcut carries the id AgentDesk.exe sets for itself at start
; (app.BUNDLE_ID, passed by build.py), so Windows names the toasts and groups the taskbar button
; as AgentDesk, not "Python".

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
#ifndef AppUserModelID
  #define AppUserModelID "example.agentdesk.agentdesk"
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
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
english.ForgetLocalData=Also remove AgentDesk's data from this computer?%n%nThis signs every agent out on this computer: their saved sign-in and the key of the local cache are deleted from Windows Credential Manager, with the cache, the settings and the logs. Replies that were not delivered yet are lost.%n%nChoose No to keep them for a later installation.
english.ForgetLocalDataFailed=AgentDesk's data could not be removed completely. Run "AgentDesk.exe --forget-local-data" again after closing AgentDesk, or delete the AgentDesk entries in Credential Manager.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.ForgetLocalData=同时从这台电脑删除 AgentDesk 的数据？%n%n这会让这台电脑上的所有客服退出登录：他们保存的登录凭据和本地缓存的密钥将从 Windows 凭据管理器中删除，缓存、设置和日志也会一并删除。尚未送达的回复将会丢失。%n%n选择"否"可保留这些数据，供以后重新安装时使用。
chinesesimplified.ForgetLocalDataFailed=未能完全删除 AgentDesk 的数据。请先关闭 AgentDesk，再运行 "AgentDesk.exe --forget-local-data"，或在凭据管理器中删除 AgentDesk 的条目。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder build; a new file in the bundle needs no edit here.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer ships (PyInstaller's _internal folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelID}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon; AppUserModelID: "{#AppUserModelID}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program folder; the user's data only when they chose to forget it (see the header and [Code]).
Type: filesandordirs; Name: "{app}"

[Code]
function ForgetAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/FORGETLOCALDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
  Forget: Boolean;
begin
  if CurUninstallStep <> usUninstall then
    Exit;
  { Before the files go: AgentDesk.exe itself removes what it keeps (keyring entries, folders). }
  if UninstallSilent() then
    Forget := ForgetAsked()
  else
    Forget := ForgetAsked() or
      (SuppressibleMsgBox(CustomMessage('ForgetLocalData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES);
  if not Forget then
    Exit;
  if not Exec(ExpandConstant('{app}\{#AppExe}'), '--forget-local-data', '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    SuppressibleMsgBox(CustomMessage('ForgetLocalDataFailed'), mbError, MB_OK, IDOK);
end;
