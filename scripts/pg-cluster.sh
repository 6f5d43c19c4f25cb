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
# it): a socket path must stay under ~100 bytes, which a build folder need not. The superuser
# voronka is trusted on the socket (DIR/uri). For the tests of password authentication the
# server also listens on 127.0.0.1, on a free port chosen at start, where the role voronka_pw
# must give its password (scram-sha-256; made up at start): DIR/password-uri holds a URI with
# it, and everything else over TCP is trusted as before. initdb and the server refuse
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
    # The password role's line comes before initdb's trust lines: the first match decides.
    as_owner cp "$data/db/pg_hba.conf" "$data/pg_hba.trust"
    {
        echo "host all voronka_pw 127.0.0.1/32 scram-sha-256"
        cat "$data/pg_hba.trust"
    } | as_owner tee "$data/db/pg_hba.conf" >/dev/null
    cat >>"$data/db/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
password_encryption = 'scram-sha-256'
unix_socket_permissions = 0777
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
shared_buffers = 32MB
EOF
    # A free TCP port (parallel clusters must not meet): one nobody answers on, tried again
    # with another should the server still find it taken.
    local port attempt started=0
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_owner "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
            -o "-p $port" start >/dev/null; then
            started=1
            break
        fi
        grep -q "could not bind\|Address already in use" "$data/server.log" 2>/dev/null || break
    done
    if [[ $started -ne 1 ]]; then
        cat "$data/server.log" >&2 || true
        echo "pg-cluster: the server did not start" >&2
        exit 1
    fi
    uri="postgresql:///postgres?host=$sock&port=$port&user=voronka"
    local password
    password=pw$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    if ! as_owner "$bindir/psql" -q -X -v ON_ERROR_STOP=1 "$uri" \
        -c "CREATE ROLE voronka_pw LOGIN PASSWORD '$password'" \
        -c "GRANT CREATE ON DATABASE postgres TO voronka_pw" >/dev/null; then
        echo "pg-cluster: could not create the role voronka_pw" >&2
        exit 1
    fi
    (
        umask 077
        echo "postgresql://voronka_pw:$password@127.0.0.1:$port/postgres" >"$dir/password-uri"
    )
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
    rm -f "$dir/datadir" "$dir/uri" "$dir/password-uri"
}

case $action in
start) start ;;
stop) stop ;;
*) usage ;;
esac
