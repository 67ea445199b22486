#!/usr/bin/env bash
# Runs RabbitMQ in the foreground on 127.0.0.1:$BS_PORT with user $BS_USER / $BS_PASSWORD, its node state in
# $BS_DATA_DIR, its own epmd on $BS_EPMD_PORT and Erlang distribution on $BS_DIST_PORT.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require BS_PORT BS_DATA_DIR BS_USER BS_PASSWORD BS_DIST_PORT BS_EPMD_PORT

own_dir rabbitmq "$BS_DATA_DIR"
conf="$BS_DATA_DIR/rabbitmq.conf"
(umask 077 && cat > "$conf" <<CONF
listeners.tcp.default = 127.0.0.1:$BS_PORT
default_user = $BS_USER
default_pass = $BS_PASSWORD
default_vhost = /
log.console = true
log.console.level = warning
log.file = false
CONF
)
echo '[].' > "$BS_DATA_DIR/enabled_plugins"
: > "$BS_DATA_DIR/rabbitmq-env.conf"
[ "$(id -u)" != 0 ] || chown rabbitmq: "$conf" "$BS_DATA_DIR/enabled_plugins" "$BS_DATA_DIR/rabbitmq-env.conf"

export HOME="$BS_DATA_DIR"
export RABBITMQ_NODENAME="blackspace-$BS_PORT@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$BS_PORT"
export RABBITMQ_DIST_PORT="$BS_DIST_PORT"
export ERL_EPMD_PORT="$BS_EPMD_PORT"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$BS_DATA_DIR/mnesia"
export RABBITMQ_LOG_BASE="$BS_DATA_DIR/log"
export RABBITMQ_LOGS=-
export RABBITMQ_CONFIG_FILE="$conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$BS_DATA_DIR/enabled_plugins"
export RABBITMQ_CONF_ENV_FILE="$BS_DATA_DIR/rabbitmq-env.conf"
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

# Our own epmd, stopped with the server: one Erlang starts by itself would outlive us as a daemon.
# The subshells exec, so each recorded pid is the process itself and our signals reach it.
(exec_as_user rabbitmq epmd -port "$BS_EPMD_PORT" -address 127.0.0.1) &
epmd_pid=$!
(exec_as_user rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server) &
server_pid=$!

stop() {
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    kill -TERM "$epmd_pid" 2>/dev/null || true
}
trap stop TERM INT
trap 'kill -KILL "$server_pid" "$epmd_pid" 2>/dev/null || true' EXIT

set +e
wait "$server_pid"
status=$?
kill -TERM "$epmd_pid" 2>/dev/null
exit "$status"
