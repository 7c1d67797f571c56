@echo off
rem Starts Herold from the folder this script lies in (target\ after "mvn package"), from any working
rem directory: "herold" opens the window, "herold COMMAND ..." runs a command (see "herold --help").
rem
rem herold.jsa is the class-data-sharing archive "mvn package" builds beside herold.jar
rem (src\site\markdown\decisions\0013-class-data-sharing-archive.md): the classes of a start are mapped
rem from it instead of being read, verified and parsed one by one. A missing archive, or one made by
rem another JDK or for jars changed or moved since, is ignored by the JVM without a word.
rem -XX:TieredStopAtLevel=1: C1 only, so that on two cores the C2 compiler does not compete with the
rem start-up for CPU (decision 0011). -XX:+UseSerialGC: short pauses and no concurrent GC threads on
rem a small heap; page turns stay within a frame far more often (decision 0014).
rem
rem JAVA_HOME first, as Maven does: the archive belongs to the JDK that built it, which is Maven's.
setlocal
set "HEROLD_JAVA=java"
if defined JAVA_HOME set "HEROLD_JAVA=%JAVA_HOME%\bin\java"
"%HEROLD_JAVA%" -XX:SharedArchiveFile="%~dp0herold.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%~dp0herold.jar" %*
exit /b %ERRORLEVEL%
