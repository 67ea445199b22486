# Shared by the scripts in this folder: argument checks and dropping root to a server's own user.

require() {
    local name
    for name in "$@"; do
        if [ -z "${!name:-}" ]; then
            echo "$(basename "$0"): environment variable $name is required" >&2
            exit 64
        fi
    done
}

# Servers refuse to run as root (PostgreSQL) or should not; as root, run as the package's own user.
as_user() {
    local user=$1
    shift
    if [ "$(id -u)" = 0 ] && id "$user" >/dev/null 2>&1; then
        setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
    else
        "$@"
    fi
}

# Like as_user, but replaces this shell, so that signals reach the server itself.
exec_as_user() {
    local user=$1
    shift
    if [ "$(id -u)" = 0 ] && id "$user" >/dev/null 2>&1; then
        exec setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
    fi
    exec "$@"
}

# Creates a data directory the server's user owns; its parents must be enterable by that user.
own_dir() {
    local user=$1 dir=$2
    mkdir -p "$dir"
    chmod 700 "$dir"
    if [ "$(id -u)" = 0 ] && id "$user" >/dev/null 2>&1; then
        chown "$user:" "$dir"
        chmod o+x "$(dirname "$dir")"
    fi
}
