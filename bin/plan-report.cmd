@echo off
rem plan-report launcher for Windows (cmd.exe), the counterpart of bin/plan-report:
rem  - the jar: PLAN_REPORT_JAR, else plan-report.jar one folder up (the Windows zip's layout), else
rem    ..\target\plan-report.jar (a build from the sources);
rem  - Java: JAVA, else jre\bin\java.exe one folder up (a Java 17+ runtime unpacked there), else
rem    JAVA_HOME\bin\java.exe, else java.exe on the PATH; none: two lines saying what to install (exit 2);
rem  - every path is quoted where cmd.exe reads it, and expanded late (!VAR!) inside ( ) blocks, so an
rem    install folder with spaces or parentheses ("C:\Program Files (x86)\plan-report") works;
rem  - UTF-8 in the console: code page 65001 while the tool runs (the old one restored after), and
rem    the JVM told its console streams are UTF-8, so Vietnamese reads right in a Windows console;
rem  - the serial collector and a heap sized from the inputs, by the rule of bin/plan-report
rem    (128 MB at least; PLAN_REPORT_XMX sets it): compile, remind and forms 112 MB per MB read,
rem    validate and show 2 MB per MB of workbook (.xlsx, .ods), 4 per MB of .xls and 1 per 6 MB of
rem    anything else, at most 4 GB. cmd's arithmetic is 32-bit, so sizes are counted here in whole
rem    megabytes of 1,000,000 bytes, each file rounded up: a little more than bin/plan-report gives;
rem  - C1 only (-XX:TieredStopAtLevel=1) when the inputs are small, the full JIT (without profiled
rem    loop predicates, -XX:-UseProfiledLoopPredicate, inlining less, -XX:FreqInlineSize=100
rem    -XX:InlineSmallCode=1000, and the plan's reading kept to C1 by
rem    plan-report-jit.json beside this file) when they are
rem    larger than PLAN_REPORT_BIG_BYTES (default 32 MB). The inputs are the REPORT arguments,
rem    --plan (plan.yaml when none is named), --notes and --templates: the files named and the files
rem    directly in a folder named; other option values (--out …) are not sized;
rem  - a class-data-sharing archive per command beside the jar, made on the first run where that
rem    folder can be written (elsewhere the tool runs without one). It is keyed
rem    on the jar: ARCHIVE.key holds the jar's size, time and SHA-256; a jar whose size or time
rem    differs from the key is hashed (certutil) and a new archive made unless the content is the
rem    same. cmd sees file times to the minute only, so a jar of the same size replaced within the
rem    same minute is caught by the JVM's own check (which then runs without the archive).
rem    Temporary files carry a random number and a first run sweeps those an interrupted run left.
rem Environment: PLAN_REPORT_JAR, PLAN_REPORT_CDS (archive path; "off" disables), PLAN_REPORT_XMX,
rem PLAN_REPORT_BIG_BYTES, JAVA (java.exe to use), PLAN_REPORT_JAVA_OPTS (added last), PLAN_REPORT_LANG.
setlocal EnableExtensions EnableDelayedExpansion

set "HERE=%~dp0"
set "JAR=%HERE%..\plan-report.jar"
if not exist "%JAR%" set "JAR=%HERE%..\target\plan-report.jar"
if defined PLAN_REPORT_JAR set "JAR=%PLAN_REPORT_JAR%"
for %%j in ("%JAR%") do set "JAR=%%~fj"
set "JAVA_EXE="
if defined JAVA set "JAVA_EXE=%JAVA:"=%"
if not defined JAVA_EXE if exist "%HERE%..\jre\bin\java.exe" set "JAVA_EXE=%HERE%..\jre\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%x in (java.exe) do if not "%%~$PATH:x"=="" set "JAVA_EXE=%%~$PATH:x"
if defined PLAN_REPORT_XMX (set "XMX=%PLAN_REPORT_XMX%") else (set "XMX=128m")
if defined PLAN_REPORT_BIG_BYTES (set "BIG=%PLAN_REPORT_BIG_BYTES%") else (set "BIG=33554432")

rem the console's code page, to put back after the run
set "OLDCP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "OLDCP=%%c"
set "OLDCP=%OLDCP: =%"
set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul

rem The launcher's own messages, in the language the tool would use.
set "LANGX=vi"
if /i "%PLAN_REPORT_LANG%"=="en" set "LANGX=en"
if /i "%~1"=="--lang" if /i "%~2"=="en" set "LANGX=en"
if not exist "%JAR%" (
  if "!LANGX!"=="en" (echo plan-report: !JAR! not found; build it with: mvn -B package 1>&2) else (echo plan-report: không có tệp !JAR!; hãy tạo tệp này bằng lệnh: mvn -B package 1>&2)
  set "STATUS=2"
  goto :end
)
if not defined JAVA_EXE goto :nojava
rem JAVA may name a program on the PATH ("java")
if not exist "%JAVA_EXE%" for %%x in ("%JAVA_EXE%" "%JAVA_EXE%.exe") do if not "%%~$PATH:x"=="" if not exist "!JAVA_EXE!" set "JAVA_EXE=%%~$PATH:x"
if not exist "%JAVA_EXE%" goto :nojava

rem One archive per command, as in bin/plan-report.
set "CMDNAME=%~1"
if /i "%~1"=="--lang" set "CMDNAME=%~3"
set "KNOWN=other"
for %%c in (validate compile show forms remind register notes plan templates codes) do if /i "!CMDNAME!"=="%%c" set "KNOWN=%%c"
if defined PLAN_REPORT_CDS (set "JSA=%PLAN_REPORT_CDS%") else (set "JSA=%JAR:~0,-4%-%KNOWN%.jsa")

set "OPTS=-XX:+UseSerialGC -Xmx%XMX% -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:-UsePerfData"
set "OPTS=%OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dfile.encoding=UTF-8"

rem How much the run reads. cmd splits arguments at "=" too, so --plan=FILE arrives as --plan FILE.
set /a BYTES=0
set /a XMB=0
set /a BMB=0
set /a CMB=0
set "PLANNED="
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
if "%A:~0,1%"=="-" (
  set "FLAG="
  for %%f in (-h --help -V --version --strict --ignore-errors --overwrite --force --quiet --no-internal - --) do if "!A!"=="%%f" set "FLAG=1"
  if not defined FLAG (
    set "SKIP=1"
    if /i "!A!"=="--plan" (set "SIZED=1" & set "PLANNED=1")
    if /i "!A!"=="--notes" set "SIZED=1"
    if /i "!A!"=="--templates" set "SIZED=1"
  )
) else (
  call :size "%~1"
)
shift
goto :args

:size
if exist "%~1\*" (
  for %%f in ("%~1\*") do call :add "%%~zf" "%%~xf"
) else if exist "%~1" (
  call :add "%~z1" "%~x1"
)
exit /b 0

:add
set "Z=%~1"
if "%Z%"=="" exit /b 0
rem the file's whole megabytes, rounded up, by kind (for the heap): its size less the last six digits
set "M=%Z:~0,-6%"
if "%M%"=="" set "M=0"
set /a M+=1
set "KIND=C"
if /i "%~2"==".xlsx" set "KIND=X"
if /i "%~2"==".ods" set "KIND=X"
if /i "%~2"==".xls" set "KIND=B"
set /a %KIND%MB+=M
rem past nine digits (or past the threshold) the run is large: stop adding bytes (set /a is 32-bit)
if defined HUGE exit /b 0
if not "%Z:~9%"=="" (set "HUGE=1" & exit /b 0)
set /a BYTES+=%Z%
if %BYTES% gtr %BIG% set "HUGE=1"
exit /b 0

:sized
if not defined PLANNED if exist "plan.yaml" call :size "plan.yaml"
if not defined HUGE set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
rem large inputs: the full JIT without loop predicates from the profile, as bin/plan-report explains
if defined HUGE set "OPTS=%OPTS% -XX:-UseProfiledLoopPredicate -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000"
rem and the plan's reading kept to C1 (bin/plan-report-jit.json), as bin/plan-report explains. The
rem file's path goes on each java line in quotes ("%JIT%"); a small run passes an option it has already.
set "JIT=-XX:-UsePerfData"
if defined HUGE if exist "%HERE%plan-report-jit.json" (
  set "OPTS=!OPTS! -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput"
  set "JIT=-XX:CompilerDirectivesFile=!HERE!plan-report-jit.json"
)
rem The heap, as bin/plan-report sizes it (the last -Xmx given wins); without PLAN_REPORT_XMX only.
if defined PLAN_REPORT_XMX goto :heaped
set /a NEED=128
set /a ALLMB=XMB+BMB+CMB
if %ALLMB% gtr 40 set /a ALLMB=40
for %%c in (compile remind forms) do if /i "%KNOWN%"=="%%c" set /a NEED=128+112*ALLMB
set /a CSV6=CMB/6
if %XMB% gtr 2000 set /a XMB=2000
if %BMB% gtr 1000 set /a BMB=1000
if %CSV6% gtr 4000 set /a CSV6=4000
for %%c in (validate show) do if /i "%KNOWN%"=="%%c" set /a NEED=128+2*XMB+4*BMB+CSV6
rem a small run's garbage fits a young generation of 88 MB, as bin/plan-report explains: no collection
if not defined HUGE if %NEED% equ 128 if %BYTES% leq 4194304 for %%c in (validate show) do if /i "%KNOWN%"=="%%c" set "OPTS=%OPTS% -Xmn88m"
if %NEED% gtr 4096 set /a NEED=4096
if %NEED% gtr 128 set "OPTS=%OPTS% -Xmx%NEED%m"
:heaped

if /i "%JSA%"=="off" goto :run
rem The archive's folder must be writable (an install under Program Files is not): else no archive.
for %%d in ("%JSA%") do set "JSADIR=%%~dpd"
if not exist "%JSA%.key" (
  set "PROBE=!JSADIR!plan-report.%RANDOM%%RANDOM%.probe"
  copy /y nul "!PROBE!" >nul 2>&1
  if not exist "!PROBE!" goto :run
  del /q "!PROBE!" >nul 2>&1
)
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
"%JAVA_EXE%" %OPTS% "%JIT%" "-XX:SharedArchiveFile=%JSA%" %PLAN_REPORT_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
goto :end

:first
rem First run (or a new jar): record the classes loaded, then dump the archive, under temporary names.
del /q "%JSA%.*.tmp" "%JSA%.*.tmp.classes" 2>nul
set "TMP_JSA=%JSA%.%RANDOM%%RANDOM%.tmp"
"%JAVA_EXE%" %OPTS% "%JIT%" "-XX:DumpLoadedClassList=%TMP_JSA%.classes" %PLAN_REPORT_JAVA_OPTS% -jar "%JAR%" %*
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
"%JAVA_EXE%" %OPTS% "%JIT%" %PLAN_REPORT_JAVA_OPTS% -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
goto :end

:nojava
rem No Java: what to install (the zip's start page, BAT-DAU.txt, says the same).
if "%LANGX%"=="en" (
  echo plan-report: Java was not found. Install a Java 17 ^(or newer^) runtime, e.g. Eclipse Temurin JRE 17 for Windows x64, 1>&2
  echo   or unpack one into the folder "jre" beside plan-report.jar, or set JAVA to the path of java.exe. 1>&2
) else (
  echo plan-report: không tìm thấy Java. Hãy cài Java 17 trở lên ^(ví dụ Eclipse Temurin JRE 17 cho Windows x64^), 1>&2
  echo   hoặc giải nén một bộ Java vào thư mục "jre" cạnh tệp plan-report.jar, hoặc đặt biến JAVA là đường dẫn tới java.exe. 1>&2
)
set "STATUS=2"
goto :end

:hash
set "SUM="
for /f "skip=1 delims=" %%h in ('certutil -hashfile "%JAR%" SHA256 2^>nul') do if not defined SUM set "SUM=%%h"
if defined SUM set "SUM=!SUM: =!"
exit /b 0

:end
if defined OLDCP chcp %OLDCP% >nul
endlocal & exit /b %STATUS%
