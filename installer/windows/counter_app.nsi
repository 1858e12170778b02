; Windows installer of the counter app (NSIS 3, MUI2): Vietnamese and English pages, per-machine
; or per-user install, the counter's configuration page, Start-menu shortcut, an uninstaller
; that keeps the clerks' data unless asked.
;
; Built on the Windows build machine after PyInstaller (docs/installing.md):
;   makensis /INPUTCHARSET UTF8 /DVERSION=0.1.0 /DAPP_DIR=dist\counter-app ^
;            /DOUT_FILE=dist\counter-app-0.1.0-setup.exe /DRESOURCES=resources ^
;            installer\windows\counter_app.nsi
; `make dist` compiles it on Linux against the Linux build's file list (a stand-in payload).
;
; Silent install for a morning of 18 PCs (the configuration keys as switches):
;   counter-app-0.1.0-setup.exe /S /AllUsers /URL=https://motcua.example.gov.vn ^
;       /CODE=ABCD-1234 /COUNTER=3 /CA=\\server\share\province-ca.pem
;
; Layout: the app folder $INSTDIR holds only the frozen build (replaced whole by an upgrade or
; an update); the configuration is %PROGRAMDATA%\CounterApp\config.toml (per-machine) or
; %LOCALAPPDATA%\counter-app\config.toml (per-user), as counter_app.paths reads them; the data
; is each clerk's %LOCALAPPDATA%\counter-app. Updates (tufup) keep their cache beside the
; configuration, in an `updates` folder, never in $INSTDIR.

Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef APP_DIR
  !define APP_DIR "..\..\dist\counter-app"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "counter-app-${VERSION}-setup.exe"
!endif
!ifndef RESOURCES
  !define RESOURCES "..\..\resources"
!endif

!define APP_NAME "CounterApp"
!define APP_EXE "counter-app.exe"
!define PUBLISHER "Counter app maintainers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define SETTINGS_KEY "Software\${APP_NAME}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"

!include MultiUser.nsh
!include MUI2.nsh
!include nsDialogs.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include StrFunc.nsh
${StrLoc}

Name "$(AppTitle)"
OutFile "${OUT_FILE}"
BrandingText "${APP_NAME} ${VERSION}"
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Counter app installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${RESOURCES}\counter-app.ico"
!define MUI_UNICON "${RESOURCES}\counter-app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

Var StartMenuFolder
Var CentralUrl
Var EnrollCode
Var CounterNo
Var CaBundle
Var UrlField
Var CodeField
Var CounterField
Var CaField
Var RemoveData

!define MUI_STARTMENUPAGE_REGISTRY_ROOT SHCTX
!define MUI_STARTMENUPAGE_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_STARTMENUPAGE_REGISTRY_VALUENAME "StartMenuFolder"
!define MUI_STARTMENUPAGE_DEFAULTFOLDER "$(AppTitle)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
Page custom ConfigPage ConfigPageLeave
!insertmacro MUI_PAGE_STARTMENU Application $StartMenuFolder
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.RemoveDataPage un.RemoveDataLeave
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: the desk's language; English for the IT officer who prefers it.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppTitle ${LANG_VIETNAMESE} "Phần mềm quầy một cửa"
LangString AppTitle ${LANG_ENGLISH} "One-stop counter app"
LangString ConfigTitle ${LANG_VIETNAMESE} "Cấu hình quầy"
LangString ConfigTitle ${LANG_ENGLISH} "Counter configuration"
LangString ConfigSubtitle ${LANG_VIETNAMESE} "Hệ thống tỉnh, mã đăng ký và số quầy (có thể để trống, nhập sau)."
LangString ConfigSubtitle ${LANG_ENGLISH} "The province's central service, enrollment code and counter number (may be left empty and set later)."
LangString UrlLabel ${LANG_VIETNAMESE} "Địa chỉ hệ thống tỉnh (https://…):"
LangString UrlLabel ${LANG_ENGLISH} "Central service address (https://…):"
LangString CodeLabel ${LANG_VIETNAMESE} "Mã đăng ký thiết bị (do quản trị cấp):"
LangString CodeLabel ${LANG_ENGLISH} "Enrollment code (from the administrator):"
LangString CounterLabel ${LANG_VIETNAMESE} "Số quầy (1–99):"
LangString CounterLabel ${LANG_ENGLISH} "Counter number (1–99):"
LangString CaLabel ${LANG_VIETNAMESE} "Tệp chứng chỉ gốc của tỉnh (PEM, nếu có):"
LangString CaLabel ${LANG_ENGLISH} "The province's CA bundle (PEM, if any):"
LangString Browse ${LANG_VIETNAMESE} "Chọn…"
LangString Browse ${LANG_ENGLISH} "Browse…"
LangString BadUrl ${LANG_VIETNAMESE} "Địa chỉ hệ thống tỉnh phải bắt đầu bằng https:// (http:// chỉ dùng cho máy này: http://127.0.0.1 hoặc http://localhost)."
LangString BadUrl ${LANG_ENGLISH} "The central service address must start with https:// (http:// only on this computer: http://127.0.0.1 or http://localhost)."
LangString BadCounter ${LANG_VIETNAMESE} "Số quầy phải là số nguyên từ 1 đến 99."
LangString BadCounter ${LANG_ENGLISH} "The counter number must be a whole number from 1 to 99."
LangString BadCode ${LANG_VIETNAMESE} "Mã đăng ký không được chứa dấu nháy (' hoặc $\")."
LangString BadCode ${LANG_ENGLISH} "The enrollment code must not contain quotes (' or $\")."
LangString BadCa ${LANG_VIETNAMESE} "Không tìm thấy tệp chứng chỉ:"
LangString BadCa ${LANG_ENGLISH} "The CA bundle file was not found:"
LangString RemoveDataTitle ${LANG_VIETNAMESE} "Dữ liệu của quầy"
LangString RemoveDataTitle ${LANG_ENGLISH} "The counter's data"
LangString RemoveDataSubtitle ${LANG_VIETNAMESE} "Hồ sơ, phiếu đã in và cấu hình được giữ lại trừ khi bạn chọn xóa."
LangString RemoveDataSubtitle ${LANG_ENGLISH} "Dossiers, printed slips and the configuration are kept unless you choose to remove them."
LangString RemoveDataBox ${LANG_VIETNAMESE} "Xóa cả dữ liệu và cấu hình của quầy (không thể hoàn tác; hồ sơ chưa gửi lên tỉnh sẽ mất)"
LangString RemoveDataBox ${LANG_ENGLISH} "Also remove the counter's data and configuration (cannot be undone; dossiers not yet sent to the province are lost)"
LangString RemoveDataConfirm ${LANG_VIETNAMESE} "Xóa vĩnh viễn dữ liệu của quầy trên máy này?"
LangString RemoveDataConfirm ${LANG_ENGLISH} "Permanently remove the counter's data on this computer?"
LangString UninstallLink ${LANG_VIETNAMESE} "Gỡ cài đặt"
LangString UninstallLink ${LANG_ENGLISH} "Uninstall"

; ------------------------------------------------------------------ configuration page

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
  ; Switches of a silent install: /URL= /CODE= /COUNTER= /CA=
  ${GetParameters} $R0
  ${GetOptions} $R0 "/URL=" $CentralUrl
  ${GetOptions} $R0 "/CODE=" $EnrollCode
  ${GetOptions} $R0 "/COUNTER=" $CounterNo
  ${GetOptions} $R0 "/CA=" $CaBundle
  ClearErrors
FunctionEnd

Function ConfigPage
  !insertmacro MUI_HEADER_TEXT "$(ConfigTitle)" "$(ConfigSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 10u "$(UrlLabel)"
  Pop $0
  ${NSD_CreateText} 0 11u 100% 12u "$CentralUrl"
  Pop $UrlField
  ${NSD_CreateLabel} 0 28u 100% 10u "$(CodeLabel)"
  Pop $0
  ${NSD_CreatePassword} 0 39u 100% 12u "$EnrollCode"
  Pop $CodeField
  ${NSD_CreateLabel} 0 56u 100% 10u "$(CounterLabel)"
  Pop $0
  ${NSD_CreateNumber} 0 67u 40u 12u "$CounterNo"
  Pop $CounterField
  ${NSD_CreateLabel} 0 84u 100% 10u "$(CaLabel)"
  Pop $0
  ${NSD_CreateFileRequest} 0 95u -60u 12u "$CaBundle"
  Pop $CaField
  ${NSD_CreateBrowseButton} -55u 95u 55u 12u "$(Browse)"
  Pop $0
  ${NSD_OnClick} $0 BrowseCa
  ${NSD_SetFocus} $UrlField
  nsDialogs::Show
FunctionEnd

Function BrowseCa
  ${NSD_GetText} $CaField $R0
  nsDialogs::SelectFileDialog open "$R0" "PEM (*.pem;*.crt;*.cer)|*.pem;*.crt;*.cer|*.*|*.*"
  Pop $R0
  ${If} $R0 != ""
    ${NSD_SetText} $CaField $R0
  ${EndIf}
FunctionEnd

; Checks the values (from the page or the switches); an error names the field and keeps the page.
Function CheckConfig
  ${If} $CentralUrl != ""
    StrCpy $R1 $CentralUrl 8
    StrCpy $R2 $CentralUrl 16
    StrCpy $R3 $CentralUrl 17
    ${IfNot} $R1 == "https://"
    ${AndIfNot} $R2 == "http://127.0.0.1"
    ${AndIfNot} $R3 == "http://localhost:"
    ${AndIfNot} $CentralUrl == "http://localhost"
      MessageBox MB_ICONEXCLAMATION|MB_OK "$(BadUrl)" /SD IDOK
      Push 1
      Return
    ${EndIf}
  ${EndIf}
  ${If} $CounterNo != ""
    IntOp $R1 $CounterNo + 0
    ${If} "$R1" != "$CounterNo"
    ${OrIf} $R1 < 1
    ${OrIf} $R1 > 99
      MessageBox MB_ICONEXCLAMATION|MB_OK "$(BadCounter)" /SD IDOK
      Push 1
      Return
    ${EndIf}
  ${EndIf}
  ${StrLoc} $R1 "$EnrollCode" "'" ">"
  ${StrLoc} $R2 "$EnrollCode" '"' ">"
  ${If} $R1 != ""
  ${OrIf} $R2 != ""
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(BadCode)" /SD IDOK
    Push 1
    Return
  ${EndIf}
  ${If} $CaBundle != ""
  ${AndIfNot} ${FileExists} "$CaBundle"
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(BadCa)$\r$\n$CaBundle" /SD IDOK
    Push 1
    Return
  ${EndIf}
  Push 0
FunctionEnd

Function ConfigPageLeave
  ${NSD_GetText} $UrlField $CentralUrl
  ${NSD_GetText} $CodeField $EnrollCode
  ${NSD_GetText} $CounterField $CounterNo
  ${NSD_GetText} $CaField $CaBundle
  Call CheckConfig
  Pop $R0
  ${If} $R0 != 0
    Abort
  ${EndIf}
FunctionEnd

; The folder of config.toml: machine-wide for an all-users install, else the user's own.
Function ConfigDir
  ${If} $MultiUser.InstallMode == "AllUsers"
    SetShellVarContext all
    StrCpy $R9 "$APPDATA\${APP_NAME}"
  ${Else}
    StrCpy $R9 "$LOCALAPPDATA\counter-app"
  ${EndIf}
  Push $R9
FunctionEnd

; Writes only the keys given (TOML literal strings: Windows paths need no escaping). A CA
; bundle is copied beside the configuration (it may come from a USB stick that leaves).
Function WriteConfig
  ${If} $CentralUrl == ""
  ${AndIf} $EnrollCode == ""
  ${AndIf} $CounterNo == ""
  ${AndIf} $CaBundle == ""
    Return
  ${EndIf}
  Call ConfigDir
  Pop $R9
  CreateDirectory "$R9"
  ${If} $CaBundle != ""
    CopyFiles /SILENT "$CaBundle" "$R9\province-ca.pem"
  ${EndIf}
  FileOpen $R8 "$R9\config.toml" w
  FileWrite $R8 "# Written by the installer of ${APP_NAME} ${VERSION}; `counter-app config show` prints it.$\r$\n"
  ${If} $CentralUrl != ""
  ${OrIf} $CaBundle != ""
    FileWrite $R8 "$\r$\n[central]$\r$\n"
    ${If} $CentralUrl != ""
      FileWrite $R8 "url = '$CentralUrl'$\r$\n"
    ${EndIf}
    ${If} $CaBundle != ""
      FileWrite $R8 "ca_bundle = '$R9\province-ca.pem'$\r$\n"
    ${EndIf}
  ${EndIf}
  ${If} $CounterNo != ""
    FileWrite $R8 "$\r$\n[counter]$\r$\nnumber = $CounterNo$\r$\n"
  ${EndIf}
  ${If} $EnrollCode != ""
    FileWrite $R8 "$\r$\n[enrollment]$\r$\ncode = '$EnrollCode'$\r$\n"
  ${EndIf}
  FileClose $R8
FunctionEnd

; ------------------------------------------------------------------ install

Section "-app" SecApp
  ${If} ${Silent}
    Call CheckConfig
    Pop $R0
    ${If} $R0 != 0
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  ; An upgrade replaces the app folder whole; the data and configuration live elsewhere.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${APP_DIR}\*.*"
  File "/oname=$INSTDIR\counter-app.ico" "${RESOURCES}\counter-app.ico"
  Call WriteConfig
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "$(AppTitle)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\counter-app.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0

  !insertmacro MUI_STARTMENU_WRITE_BEGIN Application
    CreateDirectory "$SMPROGRAMS\$StartMenuFolder"
    CreateShortcut "$SMPROGRAMS\$StartMenuFolder\$(AppTitle).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\counter-app.ico"
    CreateShortcut "$SMPROGRAMS\$StartMenuFolder\$(UninstallLink).lnk" "$INSTDIR\uninstall.exe" "/$MultiUser.InstallMode"
  !insertmacro MUI_STARTMENU_WRITE_END
SectionEnd

; ------------------------------------------------------------------ uninstall

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
FunctionEnd

Function un.RemoveDataPage
  !insertmacro MUI_HEADER_TEXT "$(RemoveDataTitle)" "$(RemoveDataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateCheckbox} 0 0 100% 24u "$(RemoveDataBox)"
  Pop $R0
  ${NSD_OnClick} $R0 un.RemoveDataClicked
  nsDialogs::Show
FunctionEnd

Function un.RemoveDataClicked
  Pop $R0
  ${NSD_GetState} $R0 $RemoveData
  ${If} $RemoveData == ${BST_CHECKED}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
FunctionEnd

Function un.RemoveDataLeave
  ${If} $RemoveData == 1
    MessageBox MB_ICONEXCLAMATION|MB_YESNO|MB_DEFBUTTON2 "$(RemoveDataConfirm)" /SD IDYES IDYES +2
    Abort
  ${EndIf}
FunctionEnd

Section "Uninstall"
  !insertmacro MUI_STARTMENU_GETFOLDER Application $StartMenuFolder
  Delete "$SMPROGRAMS\$StartMenuFolder\*.lnk"
  RMDir "$SMPROGRAMS\$StartMenuFolder"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\counter-app.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $RemoveData == 1
    ; The uninstalling user's data and configuration; the machine-wide ones for all users.
    RMDir /r "$LOCALAPPDATA\counter-app"
    ${If} $MultiUser.InstallMode == "AllUsers"
      SetShellVarContext all
      RMDir /r "$APPDATA\${APP_NAME}"
    ${EndIf}
  ${EndIf}
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
SectionEnd
