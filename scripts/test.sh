#!/usr/bin/env bash
# Runs every check and test Blackspace has: formatting, line width, build with warnings as errors, then the xunit
# suite (unit, integration against real servers, end to end through the AppHost) with per-project line coverage.
# Installs what it needs first. Exit code 0 means everything passed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { printf '\n=== %s\n' "$*"; }

step "Installing missing dependencies"
bash scripts/install-deps.sh

step "Restoring"
dotnet restore Blackspace.sln --verbosity quiet

step "Checking formatting (dotnet format --verify-no-changes)"
dotnet format Blackspace.sln --verify-no-changes --no-restore

# Code only: Markdown tables cannot wrap.
step "Checking line width of code (120 characters at most)"
wide=$(git ls-files '*.cs' '*.sh' '*.json' '*.csproj' '*.props' '*.liquid' '.ci/run' \
    | grep -v '/Migrations/' | xargs awk 'length($0) > 120 { print FILENAME ":" FNR }' || true)
if [ -n "$wide" ]; then
    echo "Lines over 120 characters:"
    echo "$wide"
    exit 1
fi

step "Building"
dotnet build Blackspace.sln --no-restore --configuration Release --verbosity quiet

step "Testing with coverage (every production project must reach 85% line coverage)"
results=$(mktemp -d)
set +e
dotnet test Blackspace.Tests/Blackspace.Tests.csproj --no-restore --no-build --configuration Release \
    --logger "console;verbosity=minimal" --logger "trx;LogFileName=results.trx" --results-directory "$results" \
    -p:CollectCoverage=true 2>&1 | tee "$results/test.log"
status=${PIPESTATUS[0]}
set -e

# One plain summary line that any CI reader understands.
passed=$(grep -o 'passed="[0-9]*"' "$results"/*.trx 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
failed=$(grep -o 'failed="[0-9]*"' "$results"/*.trx 2>/dev/null | head -n 1 | grep -o '[0-9]*' || echo 0)
echo
echo "Tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
