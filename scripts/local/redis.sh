#!/usr/bin/env bash
# Runs Redis in the foreground on 127.0.0.1:$BS_PORT, password $BS_PASSWORD, nothing persisted.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require BS_PORT BS_DATA_DIR BS_PASSWORD

own_dir redis "$BS_DATA_DIR"

# The password travels on standard input as configuration, so it never shows in the process list.
exec_as_user redis redis-server - --port "$BS_PORT" --bind 127.0.0.1 --dir "$BS_DATA_DIR" --save '' \
    --appendonly no --daemonize no <<<"requirepass $BS_PASSWORD"
