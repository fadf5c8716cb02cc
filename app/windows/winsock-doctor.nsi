; Winsock Doctor installer (NSIS 3, built by tools/package-windows.sh).
; Per-user by default: no administrator rights, installs to %LOCALAPPDATA%\Programs.
; Per-machine with /ALLUSERS (run the installer as administrator): Program Files, all users' Start menu.
; Defines from the command line: VERSION (x.y.z), STAGE (folder with the files), OUTFILE, and the brand's
; APP (product name), VENDOR and UNINST_ID (key of the Apps entry); see tools/package-windows.sh.
Unicode true
; A 64-bit installer for a 64-bit program (it also runs under a 64-bit-only Wine in CI).
Target amd64-unicode
!ifdef FAST
  SetCompressor zlib          ; CI: quick to build
!else
  SetCompressor /SOLID lzma   ; releases: smallest download
!endif
RequestExecutionLevel user
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

!ifndef VERSION
  !error "VERSION is not defined"
!endif
!ifndef STAGE
  !error "STAGE is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "winsock-doctor-${VERSION}-setup.exe"
!endif
!ifndef APP
  !define APP "Winsock Doctor"
!endif
!ifndef VENDOR
  !define VENDOR "Winsock Doctor project"
!endif
!ifndef UNINST_ID
  !define UNINST_ID "WinsockDoctor"
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${UNINST_ID}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
ManifestDPIAware true
ManifestSupportedOS Win10

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "CompanyName" "${VENDOR}"
VIAddVersionKey "LegalCopyright" "${VENDOR}"

!define MUI_ICON "${STAGE}\winsock-doctor.ico"
!define MUI_UNICON "${STAGE}\winsock-doctor.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\winsock-doctor.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Var AllUsers

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
  StrCpy $AllUsers 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "Installing for all users needs administrator rights: start the installer with 'Run as administrator'." /SD IDOK
      SetErrorLevel 5
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    SetShellVarContext all
    SetRegView 64
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  ${If} $AllUsers == 1
    FileOpen $0 "$INSTDIR\allusers.flag" w
    FileClose $0
  ${EndIf}
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\winsock-doctor.exe" "" "$INSTDIR\winsock-doctor.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"
  ; SHCTX = HKCU per user, HKLM per machine (follows SetShellVarContext).
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${VENDOR}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\winsock-doctor.exe"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  ${If} ${FileExists} "$INSTDIR\allusers.flag"
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "${APP} was installed for all users; removing it needs administrator rights." /SD IDOK
      SetErrorLevel 5
      Quit
    ${EndIf}
    SetShellVarContext all
    SetRegView 64
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  ; Repair snapshots live in the user's or ProgramData folders, not here: they survive uninstalling.
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\imageformats"
  RMDir /r "$INSTDIR\translations"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.ico"
  Delete "$INSTDIR\*.txt"
  Delete "$INSTDIR\allusers.flag"
  RMDir "$INSTDIR"
SectionEnd
