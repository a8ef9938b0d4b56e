@echo off
rem plan-report launcher for Windows (cmd.exe), the counterpart of bin/plan-report:
rem  - UTF-8 in the console: code page 65001 while the tool runs (the old one restored after), and
rem    the JVM told its console streams are UTF-8, so Vietnamese reads right in a Windows console;
rem  - the serial collector and a bounded heap (PLAN_REPORT_XMX, default 128m);
rem  - C1 only (-XX:TieredStopAtLevel=1) when the inputs are small (the REPORT arguments and
rem    --plan: files named and the files directly in a folder named, at most PLAN_REPORT_BIG_BYTES,
rem    default 32 MB), the full JIT when they are larger; option values such as --templates are
rem    not sized;
rem  - a class-data-sharing archive per command beside the jar, made on the first run. It is keyed
rem    on the jar: ARCHIVE.key holds the jar's size, time and SHA-256; a jar whose size or time
rem    differs from the key is hashed (certutil) and a new archive made unless the content is the
rem    same. cmd sees file times to the minute only, so a jar of the same size replaced within the
rem    same minute is caught by the JVM's own check (which then runs without the archive).
rem    Temporary files carry a random number and a first run sweeps those an interrupted run left.
rem Environment: PLAN_REPORT_JAR, PLAN_REPORT_CDS (archive path; "off" disables), PLAN_REPORT_XMX,
rem PLAN_REPORT_BIG_BYTES, JAVA (default: java), PLAN_REPORT_JAVA_OPTS (added last), PLAN_REPORT_LANG.
setlocal EnableExtensions EnableDelayedExpansion

set "HERE=%~dp0"
if defined PLAN_REPORT_JAR (set "JAR=%PLAN_REPORT_JAR%") else (set "JAR=%HERE%..\target\plan-report.jar")
for %%j in ("%JAR%") do set "JAR=%%~fj"
if defined JAVA (set "JAVA_EXE=%JAVA%") else (set "JAVA_EXE=java")
if defined PLAN_REPORT_XMX (set "XMX=%PLAN_REPORT_XMX%") else (set "XMX=128m")
if defined PLAN_REPORT_BIG_BYTES (set "BIG=%PLAN_REPORT_BIG_BYTES%") else (set "BIG=33554432")

rem the console's code page, to put back after the run
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
set "OLDCP=%OLDCP: =%"
set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul

if not exist "%JAR%" (
  set "LANGX=vi"
  if /i "%PLAN_REPORT_LANG%"=="en" set "LANGX=en"
  for %%a in (%*) do if /i "%%~a"=="en" set "LANGX=en"
  if "!LANGX!"=="en" (echo plan-report: %JAR% not found; build it with: mvn -B package 1>&2) else (echo plan-report: không có tệp %JAR%; hãy tạo tệp này bằng lệnh: mvn -B package 1>&2)
  set "STATUS=2"
  goto :end
)

rem One archive per command, as in bin/plan-report.
set "CMDNAME=%~1"
if /i "%~1"=="--lang" set "CMDNAME=%~3"
set "KNOWN=other"
for %%c in (validate compile show forms templates codes) do if /i "!CMDNAME!"=="%%c" set "KNOWN=%%c"
if defined PLAN_REPORT_CDS (set "JSA=%PLAN_REPORT_CDS%") else (set "JSA=%JAR:~0,-4%-%KNOWN%.jsa")

set "OPTS=-XX:+UseSerialGC -Xmx%XMX% -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:-UsePerfData"
set "OPTS=%OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dfile.encoding=UTF-8"

rem How much the run reads. cmd splits arguments at "=" too, so --plan=FILE arrives as --plan FILE.
set /a BYTES=0
set "HUGE="
set "SKIP="
set "SIZED="
:args
if "%~1"=="" goto :sized
set "A=%~1"
if defined SKIP (
  set "SKIP="
  if defined SIZED call :size "%~1"
  set "SIZED="
  shift
  goto :args
)
if "!A:~0,1!"=="-" (
  set "FLAG="
  for %%f in (-h --help -V --version --strict --ignore-errors --overwrite --force --quiet --no-internal - --) do if "!A!"=="%%f" set "FLAG=1"
  if not defined FLAG (
    set "SKIP=1"
    if /i "!A!"=="--plan" set "SIZED=1"
  )
) else (
  call :size "%~1"
)
shift
goto :args

:size
if defined HUGE exit /b 0
if exist "%~1\*" (
  for %%f in ("%~1\*") do call :add "%%~zf"
) else if exist "%~1" (
  call :add "%~z1"
)
exit /b 0

:add
rem past nine digits (or past the threshold) the run is large: stop adding (set /a is 32-bit)
set "Z=%~1"
if "%Z%"=="" exit /b 0
if not "%Z:~9%"=="" (set "HUGE=1" & exit /b 0)
set /a BYTES+=%Z%
if %BYTES% gtr %BIG% set "HUGE=1"
exit /b 0

:sized
if not defined HUGE set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"

if /i "%JSA%"=="off" goto :run
rem The jar as the archive knows it: size and time (cheap), and its SHA-256 when those moved.
for %%j in ("%JAR%") do set "NOW=%%~zj %%~tj"
set "MADE="
set "MADESUM="
if exist "%JSA%" if exist "%JSA%.key" (
  set /p MADE=<"%JSA%.key"
  set /p MADESUM=<"%JSA%.sum"
)
if defined MADE if "!MADE!"=="!NOW!" goto :shared
if defined MADE (
  call :hash
  if defined SUM if "!SUM!"=="!MADESUM!" (
    >"%JSA%.key" echo !NOW!
    goto :shared
  )
)
goto :first

:shared
set "OPTS=%OPTS% -XX:SharedArchiveFile=%JSA%"
goto :run

:first
rem First run (or a new jar): record the classes loaded, then dump the archive, under temporary names.
for %%d in ("%JSA%") do set "JSADIR=%%~dpd"
del /q "%JSA%.*.tmp" "%JSA%.*.tmp.classes" 2>nul
set "TMP_JSA=%JSA%.%RANDOM%%RANDOM%.tmp"
"%JAVA_EXE%" %OPTS% "-XX:DumpLoadedClassList=%TMP_JSA%.classes" %PLAN_REPORT_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%TMP_JSA%.classes" (
  "%JAVA_EXE%" -Xshare:dump "-XX:SharedClassListFile=%TMP_JSA%.classes" "-XX:SharedArchiveFile=%TMP_JSA%" -cp "%JAR%" >nul 2>&1
  if exist "%TMP_JSA%" (
    call :hash
    del /q "%JSA%.key" 2>nul
    move /y "%TMP_JSA%" "%JSA%" >nul
    >"%JSA%.sum" echo !SUM!
    >"%JSA%.key" echo !NOW!
  )
)
del /q "%TMP_JSA%" "%TMP_JSA%.classes" 2>nul
goto :end

:run
"%JAVA_EXE%" %OPTS% %PLAN_REPORT_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
goto :end

:hash
set "SUM="
for /f "skip=1 delims=" %%h in ('certutil -hashfile "%JAR%" SHA256 2^>nul') do if not defined SUM set "SUM=%%h"
if defined SUM set "SUM=!SUM: =!"
exit /b 0

:end
if defined OLDCP chcp %OLDCP% >nul
endlocal & exit /b %STATUS%
