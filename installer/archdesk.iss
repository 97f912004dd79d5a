; Inno Setup 6 script for ArchDesk (政务服务电子档案单机管理系统).
; Build (see installer/README.md):
;   pyinstaller build.spec
;   iscc /DAppVersion=0.1.0 installer\archdesk.iss
; Input: dist\archdesk-<version>\ (the one-folder PyInstaller build).  Output: dist\installer\.
;
; * Chinese and English installer pages (the language is chosen from the Windows UI language).
; * Per-user install without administrator rights by default (PrivilegesRequired=lowest); the
;   "install for all users" choice appears in the privileges dialog (PrivilegesRequiredOverridesAllowed).
; * Start-menu shortcuts (program, command prompt for archdesk-cli, user guide, uninstall) and an
;   optional desktop shortcut.
; * Uninstall removes only the program.  The archive (catalog, files, logs) lives in the user's data
;   folder or wherever the clerk created it and is kept, unless the user ticks the removal question.
; * Upgrades install over an older version: the AppId below never changes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ArchDesk"
#define AppNameZh "政务服务电子档案单机管理系统"
#define AppExe "archdesk.exe"
#define AppCli "archdesk-cli.exe"
#ifndef BuildDir
  #define BuildDir "..\dist\archdesk-" + AppVersion
#endif

[Setup]
; Fixed forever: Windows recognises an upgrade of the same program by this id.
AppId={{6F1C2A4E-8D3B-4E7A-9C51-2B7D0E4A9F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ArchDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName} {#AppNameZh}
VersionInfoDescription={#AppNameZh} 安装程序
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=ArchDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\archdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppNameZh}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UsePreviousAppDir=yes
UsePreviousTasks=yes
CloseApplications=yes
RestartApplications=no

[Languages]
; ChineseSimplified.isl is an unofficial Inno Setup translation (not shipped with Inno Setup 6.4):
; the copy beside this script, with its licence in ChineseSimplified.isl.LICENSE.txt.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
; x64 Windows 10/11 only: Qt (PySide6) and pygfried have no 32-bit Windows builds.  Inno Setup 6.3 and
; later refuse a machine outside ArchitecturesAllowed (and one below MinVersion) with the message
; WindowsVersionNotSupported — the generic "此程序不支持当前计算机运行的 Windows 版本" — so that is the one
; to replace; OnlyOnTheseArchitectures is what Inno Setup before 6.3 showed.  Checked under Wine by
; .ci/windows-installer: the setup run silently in a 32-bit (WINEARCH=win32) Windows 10 prefix exits 1
; and its log holds the Chinese text below.
#define X64OnlyZh "ArchDesk 只能安装在 64 位（x64）的 Windows 10 或 Windows 11 上。%n%n本机的 Windows 不符合要求：32 位 Windows 无法安装（程序使用的 Qt 界面库和格式识别组件没有 32 位版本），早于 Windows 10 的版本也不支持。请在 64 位 Windows 10 或 11 的电脑上安装。"
#define X64OnlyEn "ArchDesk can only be installed on 64-bit (x64) Windows 10 or 11.%n%nThis computer's Windows does not qualify: 32-bit Windows cannot run it (the Qt interface library and the format identification component ArchDesk uses have no 32-bit builds), nor can Windows versions older than 10."
chinesesimplified.WindowsVersionNotSupported={#X64OnlyZh}
english.WindowsVersionNotSupported={#X64OnlyEn}
chinesesimplified.OnlyOnTheseArchitectures={#X64OnlyZh}
english.OnlyOnTheseArchitectures={#X64OnlyEn}

[CustomMessages]
chinesesimplified.DesktopIconTask=在桌面创建快捷方式
english.DesktopIconTask=Create a desktop shortcut
chinesesimplified.CliShortcut=ArchDesk 命令行
english.CliShortcut=ArchDesk command line
chinesesimplified.GuideShortcut=ArchDesk 用户手册
english.GuideShortcut=ArchDesk user guide
chinesesimplified.RunAfter=启动 ArchDesk
english.RunAfter=Start ArchDesk
chinesesimplified.RemoveDataQuestion=是否同时删除本机的 ArchDesk 设置和默认档案库文件夹？%n%n%1%n%n注意：档案库中的电子档案将被永久删除！如果不确定，请选择“否”（推荐），档案数据会保留。
english.RemoveDataQuestion=Also delete the ArchDesk settings and the default archive folder on this computer?%n%n%1%n%nWarning: the electronic records in that archive will be deleted for good! If unsure, choose "No" (recommended) and the archive data is kept.
chinesesimplified.SelftestFailed=ArchDesk 安装后自检未通过，请运行“ArchDesk 命令行”中的 archdesk-cli selftest 查看详情。
english.SelftestFailed=The ArchDesk self-test failed after installation; run "archdesk-cli selftest" from the ArchDesk command line for details.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundled libraries completely (no stale DLLs from the previous version)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppCli}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:GuideShortcut}"; Filename: "{app}\_internal\docs\user-guide.md"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:RunAfter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; program files only; the archive and settings are handled in CurUninstallStepChanged below
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  SelftestCode: Integer;

// After copying: a quick self-test of the installed copy (resources, fonts, catalog, SM2/SM3).
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if Exec(ExpandConstant('{app}\{#AppCli}'), 'selftest --no-qt', '', SW_HIDE, ewWaitUntilTerminated, SelftestCode) then
      if (SelftestCode <> 0) and (not WizardSilent) then
        MsgBox(CustomMessage('SelftestFailed'), mbError, MB_OK);
  end;
end;

// The default archive and settings live in the per-user data folders (platformdirs):
//   %LOCALAPPDATA%\ArchDesk\ArchDesk\archive   (the default archive: catalog, files, logs)
//   %APPDATA%\ArchDesk\ArchDesk.ini    (QSettings)
// They are removed only if the user explicitly says so; silent uninstalls never remove them.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, SettingsDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\ArchDesk');
    SettingsDir := ExpandConstant('{userappdata}\ArchDesk');
    if (not UninstallSilent) and DirExists(DataDir) then
      if MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
      begin
        DelTree(DataDir, True, True, True);
        DelTree(SettingsDir, True, True, True);
      end;
  end;
end;
