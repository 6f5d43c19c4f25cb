#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The crash campaign (DESIGN.md "Bad input and faults": a crash at any moment leaves the file
# consistent with the last committed change). Writers run against one demo file and are killed
# with kill -9 at random moments; after each round of kills the file must pass SQLite's
# integrity_check and `voronka-cli check`, every write a writer logged as committed must be
# there with its value, and every backup under a final name must be complete. Then faults: a
# full disk (a small tmpfs, when mounting is allowed) and injected I/O errors (libfiu's
# fiu-run, when installed) must give a clear message, never a crash, and leave nothing
# half-written.
#
#   scripts/crash-campaign.sh [--kills N] [--seed N] [--build DIR] [--no-faults] [--keep]
#
# CI runs the short form (300 kills) from ctest; the long form is --kills 1000. The seed (the
# kill moments, the writers' values) is printed, so a failing run is repeated with it. Exit 0
# when every check passed, 1 on a usage error or missing binaries, 2 when a check failed (the
# work folder is kept and named).
#
# Writers, each in its own process group so that kill -9 takes the loop and its child at once:
#   cli     voronka-cli deal|contact|company|task add|set|move|delete|restore in a loop
#   move    voronka-bench --move-loop 0: deals moved through the board's code
#   backup  voronka-cli backup in a loop, each to a new name
# Each logs "try TABLE ID COLUMN VALUE" before a change of an existing record and
# "ok TABLE ID COLUMN VALUE" only after the command reported it committed; the last ok value
# of a key must be in the file, or the value of a later try that was cut short by the kill.
set -uo pipefail
cd "$(dirname "$0")/.."

kills=300
seed=1
build=build/ci
faults=1
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --kills) kills=${2:?--kills needs a number}; shift 2 ;;
    --seed) seed=${2:?--seed needs a number}; shift 2 ;;
    --build) build=${2:?--build needs a folder}; shift 2 ;;
    --no-faults) faults=0; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '3,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "crash-campaign: unknown option $1" >&2; exit 1 ;;
    esac
done
[[ $kills =~ ^[0-9]+$ && $seed =~ ^[0-9]+$ ]] || { echo "crash-campaign: --kills and --seed take whole numbers" >&2; exit 1; }
cli=$(realpath -m "$build/app/cli/voronka-cli")
bench=$(realpath -m "$build/app/bench/voronka-bench")
for p in "$cli" "$bench"; do
    [ -x "$p" ] || { echo "crash-campaign: $p is missing; build first (scripts/build.sh ci)" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "crash-campaign: sqlite3 is missing (scripts/install-deps.sh)" >&2; exit 1; }

export VORONKA_PASSWORD=demo
unset VORONKA_TEST_DEMO_PAUSE_AFTER
admin=admin@example.com
work=$(mktemp -d "${TMPDIR:-/tmp}/voronka-crash.XXXXXX")
db=$work/crm.voronka
mnt=""
groups=()
failures=0
started=$SECONDS

cleanup() {
    for g in "${groups[@]}"; do kill -9 -- "-$g" 2>/dev/null; done
    [ -n "$mnt" ] && umount "$mnt" 2>/dev/null
    if [ "$failures" -eq 0 ] && [ "$keep" -eq 0 ]; then rm -rf "$work"; else echo "crash-campaign: files kept in $work"; fi
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

RANDOM=$seed
echo "crash campaign: $kills kills, seed $seed (repeat: scripts/crash-campaign.sh --kills $kills --seed $seed)"

"$cli" --db "$db" demo --size tiny --seed "$seed" --now 2026-03-02 >/dev/null 2>"$work/demo.err" ||
    { cat "$work/demo.err"; fail "the demo could not be made"; exit 2; }
# The move loop takes the biggest pipeline's first two open stages; the cli writer adds its
# deals to the same pipeline (so it stays the biggest) in the third and fourth.
pipeline=$(sqlite3 "$db" "SELECT pipeline_id FROM deals WHERE deleted = 0 GROUP BY pipeline_id ORDER BY count(*) DESC LIMIT 1")
pipeline_name=$(sqlite3 "$db" "SELECT name FROM pipelines WHERE id = $pipeline")
mapfile -t open_stages < <(sqlite3 -separator $'\t' "$db" \
    "SELECT id, name FROM stages WHERE pipeline_id = $pipeline AND deleted = 0 AND kind = 0 ORDER BY position, id")
[ "${#open_stages[@]}" -ge 4 ] || { fail "the demo's biggest pipeline has fewer than four open stages"; exit 2; }
IFS=$'\t' read -r stage3_id stage3 <<<"${open_stages[2]}"
IFS=$'\t' read -r stage4_id stage4 <<<"${open_stages[3]}"

# --- writers ---------------------------------------------------------------------------------

# cli writer: $1 round, $2 log. Runs until killed.
cli_writer() {
    local round=$1 log=$2 n=0 id out rc tag
    # w TABLE ID "COL=VAL ..." ARGS...: runs voronka-cli ARGS; ID empty for an add (the id is
    # what the command prints). Prints the id on success.
    w() {
        local table=$1 rid=$2 pairs=$3 p
        shift 3
        if [ -n "$rid" ]; then for p in $pairs; do echo "try $table $rid ${p%%=*} ${p#*=}" >>"$log"; done; fi
        out=$("$cli" --db "$db" --user "$admin" "$@" 2>>"$log.err")
        rc=$?
        if [ $rc -ne 0 ]; then
            [ $rc -ge 128 ] && echo "crash $rc: voronka-cli $*" >>"$work/crashes.log"
            echo "fail $table ${rid:-new} $rc: $*" >>"$log"
            return 1
        fi
        rid=${rid:-$out}
        for p in $pairs; do echo "ok $table $rid ${p%%=*} ${p#*=}" >>"$log"; done
        echo "$rid"
    }
    while :; do
        n=$((n + 1))
        tag=r${round}n$n
        id=$(w contacts "" "name=c-$tag" contact add --field "name=c-$tag") || continue
        w contacts "$id" "name=c-$tag-b" contact set "$id" --field "name=c-$tag-b" >/dev/null
        id=$(w deals "" "name=d-$tag budget=${n}25 stage_id=$stage3_id" deal add --field "name=d-$tag" \
            --field "pipeline=$pipeline_name" --field "stage=$stage3" --field "budget=$n.25") || continue
        w deals "$id" "stage_id=$stage4_id" deal move "$id" --stage "$stage4" >/dev/null
        w deals "$id" "budget=$((n + 1))50" deal set "$id" --field "budget=$((n + 1)).50" >/dev/null
        w deals "$id" "deleted=1" deal delete "$id" >/dev/null
        id=$(w companies "" "name=k-$tag deleted=0" company add --field "name=k-$tag") || continue
        w companies "$id" "deleted=1" company delete "$id" >/dev/null
        w companies "$id" "deleted=0" company restore "$id" >/dev/null
        id=$(w tasks "" "text=t-$tag status=0" task add --field "text=t-$tag" --field due=2026-03-10) || continue
        w tasks "$id" "status=1" task set "$id" --field status=done >/dev/null
    done
}

# backup writer: $1 round, $2 log.
backup_writer() {
    local round=$1 log=$2 n=0 out
    while :; do
        n=$((n + 1))
        out=$work/backups/b-$round-$n.voronka
        if "$cli" --db "$db" --user "$admin" backup "$out" >/dev/null 2>>"$log.err"; then
            echo "ok backup $out" >>"$log"
        else
            rc=$?
            [ $rc -ge 128 ] && echo "crash $rc: voronka-cli backup $out" >>"$work/crashes.log"
            echo "fail backup $out $rc" >>"$log"
        fi
    done
}

# --- checks ----------------------------------------------------------------------------------

declare -A expect alt     # "table id column" -> the committed value / a cut-short try's value
declare -A touched        # keys logged since the last check
writes_verified=0
cli_ok=0
move_ok=0
backups_ok=0
fails_logged=0
part_files=0
backups_checked=0

# Reads a writer's log into expect/alt, in order.
read_log() {
    local verb table id col val key pending=()
    while read -r verb table id col val; do
        case "$verb" in
        ok)
            key="$table $id $col"
            expect[$key]=$val
            unset "alt[$key]"
            touched[$key]=1
            pending=()
            writes_verified=$((writes_verified + 1))
            ;;
        try)
            key="$table $id $col"
            alt[$key]=$val
            touched[$key]=1
            pending+=("$key")
            ;;
        fail) # refused or failed: the change must not be in the file
            for key in "${pending[@]}"; do unset "alt[$key]"; done
            pending=()
            fails_logged=$((fails_logged + 1))
            ;;
        esac
    done <"$1"
}

# Compares the keys given ("table id column") with the file, then keeps what the file holds.
check_values() {
    local sql="" key value got k
    for key in "$@"; do
        k=($key)
        sql+="SELECT '$key', ${k[2]} FROM ${k[0]} WHERE id = ${k[1]};"$'\n'
    done
    [ -n "$sql" ] || return 0
    declare -A seen=()
    while IFS='|' read -r key value; do seen[$key]=$value; done < <(sqlite3 -readonly "$db" <<<"$sql")
    for key in "$@"; do
        if [ -z "${seen[$key]+x}" ]; then
            [ -n "${expect[$key]+x}" ] && fail "$key: logged as committed (${expect[$key]}) but the record is missing"
            continue
        fi
        got=${seen[$key]}
        if [ -z "${expect[$key]+x}" ] || [ "$got" = "${expect[$key]}" ]; then
            : # as committed, or a key only ever tried (an add's id is logged only after commit)
        elif [ -n "${alt[$key]+x}" ] && [ "$got" = "${alt[$key]}" ]; then
            : # the try cut short by the kill had committed
        else
            fail "$key: logged as committed ${expect[$key]}, the file has $got"
        fi
        expect[$key]=$got
        unset "alt[$key]"
    done
}

check_file() { check_file_at "$1" "$db"; }
check_file_at() {
    local what=$1 db=$2 out
    out=$("$cli" --db "$db" --user "$admin" check 2>&1) || fail "$what: voronka-cli check: $out"
    out=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
    [ "$out" = ok ] || fail "$what: integrity_check: $out"
}

# Every backup under a final name is complete; hidden .part files are counted and removed.
check_backups() {
    local what=$1 f out
    shopt -s nullglob
    for f in "$work"/backups/*; do
        case "$f" in
        *.voronka)
            out=$("$cli" --db "$f" --user "$admin" check 2>&1) || fail "$what: backup $(basename "$f"): $out"
            backups_checked=$((backups_checked + 1))
            ;;
        *) fail "$what: unexpected file $(basename "$f") beside the backups" ;;
        esac
        rm -f "$f"
    done
    for f in "$work"/backups/.*.part "$work"/backups/.*.part-*; do
        part_files=$((part_files + 1))
        rm -f "$f"
    done
    shopt -u nullglob
}

# --- kills -----------------------------------------------------------------------------------

# Kills the process group of a writer started with setsid; false when the writer is gone.
# A writer killed in its first milliseconds may not have made its group yet (setsid has not
# run): the kill is retried until the group exists, so no writer outlives its round and the
# round's wait cannot hang.
kill_group() {
    local g=$1 tries=0
    while kill -0 "$g" 2>/dev/null; do
        kill -9 -- "-$g" 2>/dev/null && return 0
        tries=$((tries + 1))
        if [ "$tries" -ge 400 ]; then
            kill -9 "$g" 2>/dev/null
            return 0
        fi
        sleep 0.005
    done
    return 1
}

# Starts the three writers and kills each at its own moment, 10-400 ms after the start:
# during start-up, sign-in, a transaction, a commit, a VACUUM INTO or a rename.
run_round() {
    local order elapsed at g
    setsid bash -c "$(declare -f cli_writer); $(declare -p db cli admin work pipeline_name stage3 stage3_id stage4 stage4_id); cli_writer $round $work/cli.log" &
    groups=($!)
    setsid "$bench" --db "$db" --move-loop 0 >"$work/move.log" 2>"$work/move.log.err" &
    groups+=($!)
    setsid bash -c "$(declare -f backup_writer); $(declare -p db cli admin work); backup_writer $round $work/backup.log" &
    groups+=($!)
    order=""
    for g in "${groups[@]}"; do order+="$((10 + RANDOM % 391)) $g"$'\n'; done
    order=$(sort -n <<<"${order%$'\n'}")
    elapsed=0
    while read -r at g; do
        sleep "$(printf '0.%03d' $((at - elapsed)))"
        elapsed=$at
        if kill_group "$g"; then
            done_kills=$((done_kills + 1))
        else
            echo "round $round: writer $g had already ended" >>"$work/crashes.log"
        fi
    done <<<"$order"
    wait "${groups[@]}"
    groups=()
}

mkdir -p "$work/backups"
: >"$work/crashes.log"
done_kills=0
round=0
while [ "$done_kills" -lt "$kills" ]; do
    round=$((round + 1))
    : >"$work/cli.log"
    : >"$work/move.log"
    : >"$work/backup.log"
    run_round 2>/dev/null # bash reports every killed job; the writers log to files

    touched=()
    read_log "$work/cli.log"
    read_log "$work/move.log"
    cli_ok=$((cli_ok + $(grep -c '^ok' "$work/cli.log")))
    move_ok=$((move_ok + $(grep -c '^ok' "$work/move.log")))
    while read -r verb _ path _; do
        [ "$verb" = ok ] || continue
        backups_ok=$((backups_ok + 1))
        [ -f "$path" ] || fail "round $round: $(basename "$path") was reported written but is missing"
    done <"$work/backup.log"
    fails_logged=$((fails_logged + $(grep -c '^fail' "$work/backup.log")))
    check_file "round $round"
    check_values "${!touched[@]}"
    check_backups "round $round"
    cat "$work"/*.log.err >>"$work/errors.log" 2>/dev/null
    rm -f "$work"/*.log.err
    if [ -s "$work/crashes.log" ]; then
        fail "round $round: a writer crashed on its own: $(cat "$work/crashes.log")"
        : >"$work/crashes.log"
    fi
    # Every 25 rounds, every key ever committed again.
    if [ $((round % 25)) -eq 0 ]; then
        check_values "${!expect[@]}"
        echo "  $done_kills kills, $writes_verified writes verified, $((SECONDS - started)) s"
    fi
    [ "$failures" -gt 20 ] && break
done
# --- faults ----------------------------------------------------------------------------------

# A failed command under a fault: never a crash, one clear line naming the problem.
# $1 what, $2 exit code, $3 its stderr file, $4 a pattern the message must match (optional).
judge_failure() {
    local what=$1 rc=$2 err=$3 want=${4:-}
    if [ "$rc" -ge 128 ]; then
        fail "$what: crashed with exit code $rc: $(head -c 300 "$err")"
    elif [ "$rc" -ne 2 ]; then
        fail "$what: exit code $rc (2 expected): $(head -c 300 "$err")"
    elif ! grep -q '^voronka-cli: ' "$err"; then
        fail "$what: no message: $(head -c 300 "$err")"
    elif grep -qiE 'unknown error|database error in' "$err"; then
        fail "$what: an unclear message: $(head -c 300 "$err")"
    elif [ -n "$want" ] && ! grep -qE "$want" "$err"; then
        fail "$what: the message does not say '$want': $(head -c 300 "$err")"
    fi
}

# A file under a final name is whole: check passes on it.
judge_file() {
    local what=$1 f=$2 out
    [ -e "$f" ] || return 0
    out=$("$cli" --db "$f" --user "$admin" check 2>&1) || fail "$what: $(basename "$f") is under its final name but fails check: $out"
}

# Hidden leftovers (.NAME.XXXXXX.part) in a folder: counted, reported, removed.
count_parts() {
    local n=0 f
    shopt -s nullglob
    for f in "$1"/.*.part "$1"/.*.part-*; do n=$((n + 1)); rm -f "$f"; done
    shopt -u nullglob
    echo "$n"
}

disk_full() {
    local full=$work/full f rc n free
    mkdir -p "$full"
    if ! mount -t tmpfs -o size=4m tmpfs "$full" 2>/dev/null; then
        echo "SKIP full disk: mounting a tmpfs is not permitted here"
        return
    fi
    mnt=$full
    "$cli" --db "$full/crm.voronka" demo --size tiny --seed "$seed" --now 2026-03-02 >/dev/null 2>&1
    [ -f "$full/crm.voronka" ] || { fail "full disk: no file to write to"; return; }
    local count
    count=$(sqlite3 -readonly "$full/crm.voronka" "SELECT count(*) FROM contacts")
    # No space left at all.
    dd if=/dev/zero of="$full/fill" bs=4k 2>/dev/null
    "$cli" --db "$full/crm.voronka" --user "$admin" contact add --field name=full-disk >/dev/null 2>"$work/full.err"
    rc=$?
    [ $rc -eq 0 ] && fail "full disk: a write succeeded on a disk with no space left"
    [ $rc -ne 0 ] && judge_failure "full disk: contact add" $rc "$work/full.err" "The disk holding crm.voronka is full"
    "$cli" --db "$full/crm.voronka" --user "$admin" backup "$full/b.voronka" >/dev/null 2>"$work/full.err"
    judge_failure "full disk: backup" $? "$work/full.err" "The disk holding .*is full"
    "$cli" --db "$db" --user "$admin" backup "$full/b2.voronka" >/dev/null 2>"$work/full.err"
    judge_failure "full disk: backup onto it" $? "$work/full.err" "The disk holding b2.voronka is full"
    "$cli" --db "$full/d.voronka" demo --size tiny --seed 2 >/dev/null 2>"$work/full.err"
    judge_failure "full disk: demo" $? "$work/full.err" "The disk holding d.voronka is full"
    for f in b.voronka b2.voronka d.voronka; do
        [ -e "$full/$f" ] && fail "full disk: $f was left under its final name"
    done
    n=$(count_parts "$full")
    [ "$n" -eq 0 ] || fail "full disk: $n hidden temporary files were left behind by failed commands"
    rm -f "$full/fill"
    check_file_at "full disk" "$full/crm.voronka"
    [ "$(sqlite3 -readonly "$full/crm.voronka" "SELECT count(*) FROM contacts")" = "$count" ] ||
        fail "full disk: the refused write is in the file"
    # Space for a few writes: each either commits or says the disk is full.
    free=$(df --output=avail -B1 "$full" | tail -1)
    head -c $((free - 96 * 1024)) /dev/zero >"$full/fill" 2>/dev/null
    local ok=0 refused=0 id name
    declare -A names=()
    for n in $(seq 1 40); do
        name=full-$n-$(head -c 230 /dev/zero | tr "\0" x)
        id=$("$cli" --db "$full/crm.voronka" --user "$admin" contact add --field "name=$name" 2>"$work/full.err")
        rc=$?
        if [ $rc -eq 0 ]; then ok=$((ok + 1)); names[$id]=$name; else
            refused=$((refused + 1))
            judge_failure "nearly full disk: contact add $n" $rc "$work/full.err" "The disk holding crm.voronka is full"
        fi
        "$cli" --db "$full/crm.voronka" --user "$admin" backup "$full/b-$n.voronka" >/dev/null 2>"$work/full.err"
        rc=$?
        [ $rc -eq 0 ] || judge_failure "nearly full disk: backup $n" $rc "$work/full.err" "is full"
        judge_file "nearly full disk: backup $n" "$full/b-$n.voronka"
        rm -f "$full/b-$n.voronka"
    done
    n=$(count_parts "$full")
    [ "$n" -eq 0 ] || fail "nearly full disk: $n hidden temporary files were left behind by failed commands"
    rm -f "$full/fill"
    check_file_at "nearly full disk" "$full/crm.voronka"
    for id in "${!names[@]}"; do
        [ "$(sqlite3 -readonly "$full/crm.voronka" "SELECT name FROM contacts WHERE id = $id")" = "${names[$id]}" ] ||
            fail "nearly full disk: contact $id was reported written but is not in the file"
    done
    echo "full disk: refused with the message, nothing half-written; nearly full: $ok writes committed and verified, $refused refused"
    umount "$full" && mnt=""
}

io_errors() {
    command -v fiu-run >/dev/null || { echo "SKIP injected I/O errors: fiu-run is missing (fiu-utils)"; return; }
    local runs=$1 i p op rc out dir=$work/fiu ok=0 refused=0 parts=0 n id
    local f=$dir/crm.voronka
    declare -A added=()
    mkdir -p "$dir"
    # A small file of its own: the checks after every run stay quick.
    "$cli" --db "$f" demo --size tiny --seed "$seed" --now 2026-03-02 >/dev/null 2>&1 || { fail "I/O errors: no demo file"; return; }
    for i in $(seq 1 "$runs"); do
        p=$(printf "0.%03d" $((2 + RANDOM % 19)))
        op=$((RANDOM % 5))
        case $op in
        0) args=(--db "$f" --user "$admin" contact add --field "name=fiu-$i") ;;
        1) args=(--db "$f" --user "$admin" deal set $((1 + RANDOM % 100)) --field "budget=$i.00") ;;
        2) args=(--db "$f" --user "$admin" backup "$dir/b-$i.voronka") ;;
        3) args=(--db "$f" --user "$admin" check) ;;
        4) args=(--db "$dir/d-$i.voronka" demo --size tiny --seed "$i") ;;
        esac
        out=$(fiu-run -x -f "" -c "enable_random name=posix/io/rw/*,probability=$p" "$cli" "${args[@]}" 2>"$work/fiu.err")
        rc=$?
        if [ $rc -eq 0 ]; then
            ok=$((ok + 1))
            [ $op -eq 0 ] && added[$out]=fiu-$i
        else
            refused=$((refused + 1))
            judge_failure "I/O errors ($p): voronka-cli ${args[*]:2}" $rc "$work/fiu.err"
            grep "^voronka-cli: " "$work/fiu.err" | sed "s/[0-9]\+/N/g" >>"$work/fiu-messages.log"
        fi
        check_file_at "I/O errors run $i" "$f"
        judge_file "I/O errors run $i" "$dir/b-$i.voronka"
        judge_file "I/O errors run $i" "$dir/d-$i.voronka"
        rm -f "$dir/b-$i.voronka" "$dir/d-$i.voronka"
        n=$(count_parts "$dir")
        parts=$((parts + n))
    done
    for id in "${!added[@]}"; do
        [ "$(sqlite3 -readonly "$f" "SELECT name FROM contacts WHERE id = $id")" = "${added[$id]}" ] ||
            fail "I/O errors: contact $id was reported written but is not in the file"
    done
    echo "injected I/O errors: $runs runs, $ok succeeded (${#added[@]} contacts added and verified), $refused refused with a message; hidden .part files left: $parts"
    if [ -s "$work/fiu-messages.log" ]; then
        echo "their messages (by count):"
        sort "$work/fiu-messages.log" | uniq -c | sort -rn | head -8
    fi
}

if [ "$faults" -eq 1 ]; then
    disk_full
    io_errors $((kills / 5 < 60 ? 60 : kills / 5))
fi

check_values "${!expect[@]}"
echo "kills: $done_kills in $round rounds; writes verified: $writes_verified ($cli_ok by voronka-cli, $move_ok board moves; ${#expect[@]} keys); backups: $backups_ok reported, $backups_checked under a final name checked; hidden .part files left by killed backups: $part_files; refused writes: $fails_logged; $((SECONDS - started)) s"
if [ -s "$work/errors.log" ]; then
    echo "writers' messages (by count):"
    sed 's/[0-9]\+/N/g' "$work/errors.log" | sort | uniq -c | sort -rn | head -10
fi
if [ "$failures" -gt 0 ]; then
    echo "crash campaign: $failures checks failed (seed $seed)"
    exit 2
fi
echo "crash campaign: passed"
