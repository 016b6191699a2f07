<#
.SYNOPSIS
Per-user install of whybounce for Windows: no admin rights needed.

.DESCRIPTION
A thin shell around the Python installer, which does the real work and is tested on every system:
  1. makes a virtual environment in %LOCALAPPDATA%\whybounce\venv
  2. installs whybounce into it: the wheel given with -Wheel, else the whybounce-*.whl next to this
     script, else whybounce from PyPI (-FindLinks DIR installs offline from DIR's wheels)
  3. registers the native-messaging host for Thunderbird with `whybounce-host install`: the manifest
     and .cmd launcher in %LOCALAPPDATA%\whybounce and the registry key
     HKEY_CURRENT_USER\Software\Mozilla\NativeMessagingHosts\whybounce
  4. puts `whybounce` and `whybounce-host` on PATH as pipx does: copies of their launchers in
     %USERPROFILE%\.local\bin (or -BinDir), a folder it adds to the user's PATH
     (HKEY_CURRENT_USER\Environment); a command of that name it did not make stays
  5. says how to add the add-on (.xpi) to Thunderbird, then checks everything: `whybounce-host doctor`
Running it again updates in place. -Uninstall runs `whybounce-host uninstall` (manifest, launcher,
registry key), removes the commands (and the PATH entry it added, once that folder is empty), deletes
the virtual environment and the folder this script created.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File install.ps1

.EXAMPLE
powershell -ExecutionPolicy Bypass -File install.ps1 -Uninstall
#>
[CmdletBinding()]
param(
    [string]$Wheel = "",
    [string]$FindLinks = "",
    [string]$Python = "",
    [string]$BinDir = "",
    [switch]$Uninstall
)
$ErrorActionPreference = "Stop"

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$data = Join-Path $env:LOCALAPPDATA "whybounce"
$venv = Join-Path $data "venv"
$venvPython = Join-Path $venv "Scripts\python.exe"
$hostExe = Join-Path $venv "Scripts\whybounce-host.exe"
$record = Join-Path $data "install-ps1-created-folder"
$onPath = Join-Path $data "commands-on-path.json"

if ($Uninstall) {
    if (Test-Path $hostExe) {
        & $hostExe uninstall
    } else {
        Write-Output "install.ps1: no whybounce installation in $data"
    }
    if ((Test-Path $onPath) -and (Test-Path $venvPython)) {
        & $venvPython -P -m whybounce_host.onpath remove --record $onPath
    }
    if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
    if (Test-Path $record) {
        Remove-Item -Force $record
        if (-not (Get-ChildItem -Force $data)) { Remove-Item $data }
    }
    Write-Output "whybounce is uninstalled. Remove the add-on in Thunderbird's Add-ons Manager if you added it."
    exit 0
}

# 1. the interpreter and the folder
if ($Python) {
    $pyExe = $Python; $pyArgs = @()
} elseif (Get-Command py -ErrorAction SilentlyContinue) {
    $pyExe = "py"; $pyArgs = @("-3")
} else {
    $pyExe = "python"; $pyArgs = @()
}
& $pyExe @pyArgs -c "import sys; sys.exit(sys.version_info < (3, 11))"
if ($LASTEXITCODE -ne 0) {
    Write-Error "whybounce needs Python 3.11 or newer (from python.org, or: winget install Python.Python.3.12); pass -Python C:\path\to\python.exe to choose one."
    exit 1
}
if (-not (Test-Path $data)) {
    New-Item -ItemType Directory -Path $data | Out-Null
    Set-Content -Path $record -Value "created by install.ps1"
}

# 2. the virtual environment and whybounce in it
if (-not (Test-Path $venvPython)) {
    & $pyExe @pyArgs -m venv $venv
    if ($LASTEXITCODE -ne 0) { Write-Error "could not create a virtual environment in $venv"; exit 1 }
}
if (-not $Wheel) {
    $found = Get-ChildItem -Path $here -Filter "whybounce-*.whl" -ErrorAction SilentlyContinue | Select-Object -Last 1
    if ($found) { $Wheel = $found.FullName }
}
$env:PIP_DISABLE_PIP_VERSION_CHECK = "1"
$pipArgs = @("-m", "pip", "install", "--no-cache-dir", "--quiet", "--upgrade")
if ($FindLinks) { $pipArgs += @("--no-index", "--find-links", $FindLinks) }
if ($Wheel) {
    Write-Output "Installing $(Split-Path -Leaf $Wheel) into $venv"
    & $venvPython @pipArgs $Wheel
} else {
    Write-Output "Installing whybounce from PyPI into $venv"
    & $venvPython @pipArgs whybounce
}
if ($LASTEXITCODE -ne 0) { Write-Error "pip could not install whybounce"; exit 1 }

# 3. the native-messaging host for Thunderbird (manifest, .cmd launcher, HKCU registry key)
& $hostExe install
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# 4. the commands on PATH (a copy of each launcher in %USERPROFILE%\.local\bin, that folder on the user's PATH)
$onPathArgs = @("-P", "-m", "whybounce_host.onpath", "add", "--record", $onPath)
if ($BinDir) { $onPathArgs += @("--bin-dir", $BinDir) }
& $venvPython @onPathArgs
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# 5. the add-on, then the check
$xpi = Get-ChildItem -Path $here -Filter "whybounce-*.xpi" -ErrorAction SilentlyContinue | Select-Object -Last 1
Write-Output ""
Write-Output "Next, in Thunderbird: menu > Add-ons and Themes > gear icon > Install Add-on From File..."
if ($xpi) {
    Write-Output "  and choose $($xpi.FullName)"
} else {
    Write-Output "  and choose the whybounce-<version>.xpi you downloaded"
}
Write-Output "On the command line (in a new terminal): whybounce explain bounce.eml (whybounce --help for more)."
Write-Output ""
& $hostExe doctor
exit $LASTEXITCODE
