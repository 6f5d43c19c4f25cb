  ; .voronka files open in Voronka (packaging/windows/windows.cmake)
  WriteRegStr HKLM "Software\Classes\.voronka" "" "Voronka.Database"
  WriteRegStr HKLM "Software\Classes\Voronka.Database" "" "Voronka database"
  WriteRegStr HKLM "Software\Classes\Voronka.Database\DefaultIcon" "" "$INSTDIR\bin\voronka.exe,0"
  WriteRegStr HKLM "Software\Classes\Voronka.Database\shell\open\command" "" '"$INSTDIR\bin\voronka.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
