  ; the .voronka association made at install (packaging/windows/fileassoc-install.nsh)
  ReadRegStr $0 HKLM "Software\Classes\.voronka" ""
  StrCmp $0 "Voronka.Database" 0 +2
    DeleteRegKey HKLM "Software\Classes\.voronka"
  DeleteRegKey HKLM "Software\Classes\Voronka.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
