; Inno Setup 6 script: a per-user installer for the one-folder build.
;
;   iscc packaging\inl-equipment.iss
;
; Run on Windows after `bash packaging/build.sh` (the workflow
; .github/workflows/windows.yml does both). The version is read from the built
; executable's version resource, which the spec made from inl_equipment.__version__;
; /DAppVersion=x.y.z overrides it.
;
; What it promises the officers:
; - no administrator rights: it installs under %LOCALAPPDATA%\Programs for this user only;
; - a Start-menu shortcut (and, if ticked, one on the desktop);
; - the register and its backups in %APPDATA%\INL\INL Equipment Tracker are never
;   touched: not by an upgrade (the same AppId replaces only the program folder) and
;   not by uninstalling (nothing below deletes them).

#define AppName "INL Equipment Tracker"
#define AppExe "inl-equipment.exe"
#define BuildDir "..\build\frozen\dist\inl-equipment"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif

[Setup]
; Never change the AppId: upgrades find the installed copy by it.
AppId={{6B0E4C2A-9E51-4D3B-8F0A-3C1D2E7B5A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=INL
VersionInfoVersion={#AppVersion}
; Per user, no elevation: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\build\installer
OutputBaseFilename=inl-equipment-{#AppVersion}-setup
SetupIconFile=..\build\frozen\work\inl-equipment\generated\inl-equipment.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy (Restart Manager) so its files can be replaced.
CloseApplications=yes
RestartApplications=no
; Code signing (needs the certificate, on a Windows machine): define a sign tool named
; "signtool" in the Inno Setup IDE or pass /Ssigntool="signtool.exe sign /fd SHA256 ... $f"
; to iscc, then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries whole: none of an older build's may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the merged-font cache (rebuilt on demand); the register in %APPDATA% stays.
Type: filesandordirs; Name: "{localappdata}\INL\INL Equipment Tracker\fonts"
