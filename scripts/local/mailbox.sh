#!/usr/bin/env bash
# Runs the smtp4dev development mailbox in the foreground: SMTP on 127.0.0.1:$BS_SMTP_PORT, web inbox and its
# HTTP API on http://127.0.0.1:$BS_HTTP_PORT, messages kept in memory only.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require BS_SMTP_PORT BS_HTTP_PORT

# smtp4dev is a local dotnet tool of this repository; the manifest is found from the repository root.
cd "$(dirname "$0")/../.."
exec dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$BS_HTTP_PORT" --smtpport="$BS_SMTP_PORT" \
    --bindaddress=127.0.0.1 --imapport= --pop3port= --db= --nousersettings
