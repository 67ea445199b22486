#!/usr/bin/env bash
# Runs the Blackspace platform from a fresh clone: installs what is missing, then starts the Aspire AppHost.
# The AppHost prints the dashboard login URL, then the gateway and mailbox URLs as each comes up. Ctrl+C stops
# everything it started.
#
#   scripts/run.sh [--mode auto|containers|local]
#
# --mode (or Infrastructure__Mode) picks how PostgreSQL, Redis, RabbitMQ and the mailbox run: auto (default)
# uses containers when Docker or Podman answers, locally installed servers otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

while [ $# -gt 0 ]; do
    case "$1" in
        --mode)
            [ $# -ge 2 ] || { echo "run.sh: --mode needs a value: auto, containers or local" >&2; exit 64; }
            export Infrastructure__Mode="$2"
            shift 2
            ;;
        --mode=*)
            export Infrastructure__Mode="${1#--mode=}"
            shift
            ;;
        -h|--help)
            sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "run.sh: unknown argument '$1' (try --help)" >&2
            exit 64
            ;;
    esac
done

bash "$root/scripts/install-deps.sh"

# No development certificate here: the dashboard and its OTLP and resource endpoints run on plain http
# (the AppHost's "http" launch profile sets the URLs).
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
cd "$root"
exec dotnet run --project Blackspace.AppHost/Blackspace.AppHost.csproj --launch-profile http
