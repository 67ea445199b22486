#!/usr/bin/env bash
# Runs PostgreSQL in the foreground on 127.0.0.1:$BS_PORT with its data in $BS_DATA_DIR, created on first use.
# The superuser is "postgres" with password $BS_PASSWORD (scram-sha-256).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require BS_PORT BS_DATA_DIR BS_PASSWORD

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data="$BS_DATA_DIR/data"
sockets="$BS_DATA_DIR/sockets"
mkdir -p "$BS_DATA_DIR"
chmod 755 "$BS_DATA_DIR"
own_dir postgres "$sockets"
chmod 755 "$sockets"

if [ ! -s "$data/PG_VERSION" ]; then
    own_dir postgres "$data"
    pwfile="$BS_DATA_DIR/.pwfile"
    (umask 077 && printf '%s\n' "$BS_PASSWORD" > "$pwfile")
    [ "$(id -u)" != 0 ] || chown postgres: "$pwfile"
    as_user postgres "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" \
        -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
fi

exec_as_user postgres "$bin/postgres" -D "$data" -p "$BS_PORT" -c listen_addresses=127.0.0.1 -k "$sockets"
