; Inno Setup 6 script: a per-user or all-users installer of the onedir bundle.
; Build on Windows after `make package` (dist\Reader):  iscc packaging\windows\reader.iss
; Output: dist\Reader-0.1.0-setup.exe (Start menu entry, optional desktop icon, uninstaller).

#define AppName "Reader"
#define AppVersion "0.1.0"
#define AppId "io.github.readerapp.Reader"
#define Root "..\.."

[Setup]
; A fixed GUID: upgrades replace the installed version instead of adding a second one.
AppId={{6F1C2D7E-4B8A-4E3B-9C5D-2A7E8F901234}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Reader developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The user chooses: for me (no administrator rights) or for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\reader.ico
UninstallDisplayIcon={app}\Reader.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; The installer's own words. Inno Setup ships no Chinese translation: to add one, download
; the contributed ChineseSimplified.isl / ChineseTraditional.isl from jrsoftware.org into
; its Languages folder and add them here as "compiler:Languages\ChineseSimplified.isl".
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Reader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Reader.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Reader.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Reader.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (settings, read marks, bookmarks and indexes in the user's application data
; folder, or READER_DATA_DIR) is theirs: the uninstaller leaves it.
