@echo off
rem Backprop Studio: "backprop" opens the window, "backprop FILE.cgraph" opens a program in it,
rem "backprop eval|export|train|plot ..." runs a command. See the script "backprop" beside this one
rem for why the heap is capped (1 GiB for a command, 2 GiB for the window); set BACKPROP_JAVA_OPTS=-Xmx8g for bigger programs.
setlocal
set "here=%~dp0"
set "share=-Xshare:auto"
set "heap=-Xmx2g"
if not "%~1"=="" if not "%~x1"==".cgraph" set "heap=-Xmx1g -XX:+UseSerialGC"
if not "%~2"=="" set "heap=-Xmx1g -XX:+UseSerialGC"
if not "%heap%"=="-Xmx2g" if exist "%here%backprop-commands.jsa" set "share=-XX:SharedArchiveFile=%here%backprop-commands.jsa"
java %heap% "%share%" -Xlog:cds=off -Xlog:cds+dynamic=off -Dbackprop.command=backprop %BACKPROP_JAVA_OPTS% -jar "%here%backprop-studio.jar" %*
