# Build the Windows installer of desk-sms: PyInstaller folder, smoke test, Inno Setup.
# Run from any folder in PowerShell. This script has not been run on Windows by the project yet (CI is Linux);
# what Linux can check of the Windows build is checked there (README "Installers": what was and was not tried).
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
# Needs: Python 3.11 with the checkout's virtualenv (.venv, with `pip install -e .[build]`) and
# Inno Setup 6.3 or newer (ISCC.exe; override its path with the ISCC environment variable).
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$python = ".venv\Scripts\python.exe"
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
function Invoke-Step([string]$what, [scriptblock]$action) {
    Write-Host "`n== $what"
    & $action
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit $LASTEXITCODE)" }
}

$version = & $python -c "import desk_sms; print(desk_sms.__version__)"
Invoke-Step "Icon" { & $python installer\make_icon.py installer\build\desk-sms.ico }
Invoke-Step "PyInstaller bundle (desk-sms $version)" {
    & $python -m PyInstaller --noconfirm --log-level WARN --distpath installer\dist --workpath installer\build installer\desk-sms.spec
}
Invoke-Step "Smoke test: version" { & installer\dist\desk-sms\desk-sms.exe --version }
# The self-check's simulated modem listens on a loopback TCP port (no pseudo-terminals needed): every step runs.
Invoke-Step "Smoke test: self-check" { & installer\dist\desk-sms\desk-sms.exe self-check }
Invoke-Step "Inno Setup" { & $iscc "/DAppVersion=$version" installer\desk-sms.iss }
Write-Host "`ninstaller\dist\desk-sms-$version-setup.exe"
