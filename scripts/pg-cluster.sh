#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests that run on PostgreSQL (tests/core, label pg).
#
#   scripts/pg-cluster.sh start DIR   initdb + start; prints the connection URI, which is also
#                                     written to DIR/uri
#   scripts/pg-cluster.sh stop DIR    stops the cluster started for DIR and deletes its data
#
# Needs only Debian's postgresql-15 (the server binaries; scripts/install-deps.sh). The data
# and the server's unix socket live in a fresh folder under ${TMPDIR:-/tmp} (DIR/datadir names
# it): a socket path must stay under ~100 bytes, which a build folder need not, and the server
# listens on no TCP port at all, so parallel clusters never meet. initdb and the server refuse
# to run as root: then they run as the system user voronka-pg, created on first use. Settings
# favour speed over durability (fsync off): nothing in it outlives the test run.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
pg_user=voronka-pg

# The newest installed server's programs: PG_BINDIR, Debian's versioned folder, or PATH.
find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then
        echo "$PG_BINDIR"
        return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n $found && -x $found/initdb ]]; then
        echo "$found"
        return
    fi
    if command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "pg-cluster: no PostgreSQL server programs (initdb) found; install postgresql-15" \
        "(scripts/install-deps.sh) or set PG_BINDIR" >&2
    exit 1
}

# Runs a command as the cluster's owner: this user, or voronka-pg when this is root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$pg_user" -- "$@"
    else
        "$@"
    fi
}

start() {
    local bindir data sock uri
    bindir=$(find_bindir)
    mkdir -p "$dir"
    if [[ -f $dir/datadir ]]; then
        echo "pg-cluster: $dir already has a cluster; stopping it first" >&2
        stop
        mkdir -p "$dir"
    fi
    if [[ $(id -u) -eq 0 ]] && ! id "$pg_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            "$pg_user"
    fi
    data=$(mktemp -d "${TMPDIR:-/tmp}/voronka-pg.XXXXXX")
    echo "$data" >"$dir/datadir"
    if [[ $(id -u) -eq 0 ]]; then
        chown "$pg_user" "$data"
    fi
    mkdir -p "$dir"
    sock=$data/run
    as_owner mkdir -m 700 "$data/db" "$sock"
    if ! as_owner "$bindir/initdb" -D "$data/db" -U voronka --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$data/initdb.log" 2>&1; then
        cat "$data/initdb.log" >&2
        echo "pg-cluster: initdb failed" >&2
        exit 1
    fi
    cat >>"$data/db/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$sock'
unix_socket_permissions = 0777
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
shared_buffers = 32MB
EOF
    if ! as_owner "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 start \
        >/dev/null; then
        cat "$data/server.log" >&2 || true
        echo "pg-cluster: the server did not start" >&2
        exit 1
    fi
    uri="postgresql:///postgres?host=$sock&port=5432&user=voronka"
    echo "$uri" >"$dir/uri"
    echo "$uri"
}

stop() {
    local bindir data
    [[ -f $dir/datadir ]] || return 0
    data=$(cat "$dir/datadir")
    if [[ -f $data/db/postmaster.pid ]]; then
        bindir=$(find_bindir)
        as_owner "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null || true
    fi
    case $data in
    "${TMPDIR:-/tmp}"/voronka-pg.*) rm -rf "$data" ;;
    *) echo "pg-cluster: not deleting unexpected data folder $data" >&2 ;;
    esac
    rm -f "$dir/datadir" "$dir/uri"
}

case $action in
start) start ;;
stop) stop ;;
*) usage ;;
esac
