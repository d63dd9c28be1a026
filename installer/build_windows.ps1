# Build the Windows installer of Maumdesk: dist\maumdesk\ (PyInstaller one-folder build), its
# self-test, then dist\installer\Maumdesk-Setup-<version>.exe (Inno Setup).
# Step-by-step instructions: installer\README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#
# Options:
#   -Python "py -3.11"   how to start Python 3.11 (default: the py launcher, "py -3.11")
#   -SkipInstaller        build and check the bundle only (no Inno Setup needed)
#   -Iscc PATH            ISCC.exe, when Inno Setup is not in its usual folder
# (ASCII only: Windows PowerShell 5.1 reads scripts without a BOM in the ANSI code page.)
param(
    [string]$Python = "py -3.11",
    [switch]$SkipInstaller,
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

# 1. A build environment of its own: .venv-build (kept between builds; delete it to start afresh).
$Venv = Join-Path $Root ".venv-build"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    $parts = $Python.Split(" ", [System.StringSplitOptions]::RemoveEmptyEntries)
    $exe = $parts[0]
    $pyArgs = @($parts | Select-Object -Skip 1)
    Invoke-Checked "create $Venv with $Python" { & $exe @pyArgs -m venv $Venv }
}
Invoke-Checked "Python version" { & $Py -c "import sys; assert sys.version_info[:2] == (3, 11), sys.version; print(sys.version)" }
# The venv's Scripts folder first on PATH: the translation build finds pyside6-lrelease.exe there.
$env:PATH = (Join-Path $Venv "Scripts") + ";" + $env:PATH

# 2. The app with its dependencies (Windows wheels only: no compiler needed) and PyInstaller.
Invoke-Checked "pip upgrade" { & $Py -m pip install --upgrade pip }
Invoke-Checked "install the app and PyInstaller" { & $Py -m pip install --only-binary=:all: "." "pyinstaller>=6.10" }
$Version = (& $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()
Write-Host "Maumdesk version $Version"

# 3. Translations (.ts -> .qm), then the bundle.
Invoke-Checked "compile translations" { & $Py -m resources.i18n.build --force }
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\maumdesk.spec
}

# 4. The bundle checks itself (console program; temporary folder only).
Invoke-Checked "self-test of dist\maumdesk" { & (Join-Path $Root "dist\maumdesk\maumdesk-cli.exe") --self-test }
$Size = (Get-ChildItem -Recurse -File "dist\maumdesk" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("dist\maumdesk: {0:N0} MB" -f $Size)

if ($SkipInstaller) { exit 0 }

# 5. The installer.
if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) {
        $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        if ($found) { $Iscc = $found.Source }
    }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it (installer\README.md) or pass -Iscc PATH" }
Invoke-Checked "Inno Setup ($Iscc)" { & $Iscc "/DAppVersion=$Version" "installer\maumdesk.iss" }
$Setup = Join-Path $Root "dist\installer\Maumdesk-Setup-$Version.exe"
Write-Host ""
Write-Host "Installer: $Setup"
