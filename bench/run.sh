#!/usr/bin/env bash
# The benchmark in one command: bench/run.sh [x1|x10]
# Builds what is missing, starts a Neo4j 5.26 server, loads the synthetic network (once per scale,
# then copied from bench/work/cache-<scale>), starts the service and the @neo4j/graphql peer on it,
# warms up, measures every query of bench/queries on the service, the peer and the Cypher baseline,
# profiles the service under the slowest read with JFR (before any write), runs the soak (mixed reads and writes),
# writes bench/results/<date>-<scale>.md and stops everything it started, also on failure.
# Settings (environment, seconds unless said): see bench/README.md.
set -euo pipefail

SCALE=${1:-x1}
[[ $SCALE == x1 || $SCALE == x10 ]] || { echo "usage: bench/run.sh [x1|x10]" >&2; exit 2; }

WARMUP=${WARMUP:-180}                  # the service and the peer on the whole read mix (the service with the writes), before any measurement
QUERY_WARMUP=${QUERY_WARMUP:-10}       # on each query, right before its measurement
ROUNDS=${ROUNDS:-3}                    # per query: the service, the peer and the baseline in turn, this many times
DURATION=${DURATION:-10}               # each measurement (one round of one system)
BASELINE_WARMUP=${BASELINE_WARMUP:-30} # the baseline JVM, per query
CONNECTIONS=${CONNECTIONS:-16}
PROFILE_SECONDS=${PROFILE_SECONDS:-30}
PROFILE_QUERY=${PROFILE_QUERY:-}       # default: the read with the fewest req/s on the service
SOAK_MINUTES=${SOAK_MINUTES:-10}
SOAK_SEGMENT=${SOAK_SEGMENT:-60}       # seconds per soak segment (one row of the soak table)
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-8} # the soak's load: what 2 cores sustain at p50 < 100 ms (issue 7)
QUERIES=${QUERIES:-}                   # default: every directory in bench/queries
PORT_BASE=${PORT_BASE:-18300}
NEO4J_HEAP=${NEO4J_HEAP:-2g}
NEO4J_PAGECACHE_MIB=${NEO4J_PAGECACHE_MIB:-1024}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-}
LABEL=${LABEL:-"Run with the default settings."}

NEO4J_PORT=$((PORT_BASE + 1)); SERVICE_PORT=$((PORT_BASE + 2)); PG_PORT=$((PORT_BASE + 3))
UNUSED_EMBEDDED_PORT=$((PORT_BASE + 4)); PEER_PORT=$((PORT_BASE + 5))
ADMIN_TOKEN="bench-admin-token-$RANDOM$RANDOM"
ADD_OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED"

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
STAMP=$(date -u +%Y-%m-%d-%H%M)
RUN=$BENCH/work/run-$STAMP-$SCALE
CACHE=$BENCH/work/cache-$SCALE
mkdir -p "$RUN" "$BENCH/results"
exec > >(tee "$RUN/run.log") 2>&1

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

# --- Processes: every one this script starts is stopped on exit, by its pid ----------------------
PIDS=()
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        local pid=${PIDS[i]}
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -0 "$pid" 2>/dev/null && { log "pid $pid did not stop in 30 s: killing it"; kill -KILL "$pid" 2>/dev/null || true; }
        fi
    done
    # The embedded PostgreSQL of the service survives a killed JVM: stop it by its data directory's pid file.
    local pg_pid_file=$RUN/service-data/pg/postmaster.pid
    if [[ -f $pg_pid_file ]]; then
        local pg_pid; pg_pid=$(head -1 "$pg_pid_file")
        kill -0 "$pg_pid" 2>/dev/null && { kill -TERM "$pg_pid" 2>/dev/null || true; sleep 2; }
    fi
    log "stopped everything this run started (exit status $status); logs in $RUN"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start() { # start <name> <command...>: in the background, output to $RUN/<name>.log; its pid in STARTED
    local name=$1; shift
    "$@" > "$RUN/$name.log" 2>&1 &
    STARTED=$!
    PIDS+=("$STARTED")
}

stop() { # stop <pid>
    local pid=$1
    local kept=()
    for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    PIDS=("${kept[@]}")
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
}

wait_for() { # wait_for <seconds> <description> <command...>
    local seconds=$1 what=$2; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || fail "$what not ready after $seconds s"
        sleep 0.2
    done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
cpu_ticks_with_children() { sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13 + $14 + $15}'; }
rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo null; }
TICKS=$(getconf CLK_TCK)

postgres_pid() { [[ -f $RUN/service-data/pg/postmaster.pid ]] && head -1 "$RUN/service-data/pg/postmaster.pid" || echo ""; }
postgres_ticks() { # the postmaster (with its reaped children) and its live backends
    local pg; pg=$(postgres_pid)
    [[ -n $pg && -d /proc/$pg ]] || { echo 0; return; }
    local total; total=$(cpu_ticks_with_children "$pg")
    for child in $(pgrep -P "$pg" || true); do total=$((total + $(cpu_ticks "$child" 2>/dev/null || echo 0))); done
    echo "$total"
}

snapshot() { # CPU ticks of every process, as "service neo4j peer postgres"
    echo "$(cpu_ticks "$SERVICE_PID") $(cpu_ticks "$NEO4J_PID") $(cpu_ticks "$PEER_PID") $(postgres_ticks)"
}

cpu_json() { # cpu_json "<before>" "<after>": {"service":s,...}
    read -r s0 n0 p0 g0 <<<"$1"; read -r s1 n1 p1 g1 <<<"$2"
    awk -v t="$TICKS" -v s=$((s1 - s0)) -v n=$((n1 - n0)) -v p=$((p1 - p0)) -v g=$((g1 - g0)) \
        'BEGIN {printf "{\"service\":%.2f,\"neo4j\":%.2f,\"peer\":%.2f,\"postgres\":%.2f}", s/t, n/t, p/t, g/t}'
}

rss_json() { printf '{"service":%s,"neo4j":%s,"peer":%s}' "$(rss_mib "$SERVICE_PID")" "$(rss_mib "$NEO4J_PID")" "$(rss_mib "$PEER_PID")"; }

wrk_run() { # wrk_run <seconds> <url> <requests file> <path> [connections]: prints the RESULT json
    local out connections=${5:-$CONNECTIONS}
    # A wrk that fails or overruns is recorded as a failed measurement, not fatal (the soak failed so on a busy machine).
    if ! out=$(timeout $(($1 + 120)) wrk -t2 -c"$connections" -d"$1s" --timeout 30s -s "$BENCH/load/graphql.lua" "$2" -- "$3" "$4"); then
        log "wrk against $2 failed or overran: $(tail -2 <<<"$out")"
        echo '{"requests":0,"errors":1,"rps":0,"p50ms":null,"p99ms":null,"maxms":null,"failed":true}'
        return 0
    fi
    grep '^first error' <<<"$out" >&2 || true
    grep '^RESULT ' <<<"$out" | sed 's/^RESULT //'
}

# --- Build what is missing -------------------------------------------------------------------
for tool in java jcmd jfr wrk node npm jq curl; do command -v $tool >/dev/null || fail "$tool is needed (see bench/README.md)"; done
for port in $NEO4J_PORT $SERVICE_PORT $PG_PORT $PEER_PORT; do port_free "$port" || fail "port $port is taken (set PORT_BASE)"; done
APP=$ROOT/target/quarkus-app
if [[ ! -f $APP/quarkus-run.jar || ! -f $APP/app-cds.jsa || -n ${REBUILD:-} ]]; then
    log "building the service jar, with its AppCDS archive"
    (cd "$ROOT" && timeout 1800 ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true) || fail "service build"
fi
# The archive (Quarkus AppCDS) only serves a JVM that runs the jar from its directory by the same relative path.
APPCDS=()
[[ -f $APP/app-cds.jsa ]] && APPCDS=(-XX:SharedArchiveFile=app-cds.jsa)
for module in neo4j-server harness; do
    if [[ ! -f $BENCH/$module/target/classpath.txt || -n ${REBUILD:-} ]]; then
        log "building bench/$module"
        (cd "$BENCH/$module" && timeout 900 "$ROOT/mvnw" -B -q package) || fail "build of bench/$module"
    fi
done
if [[ ! -d $BENCH/peer/node_modules ]]; then
    log "installing the peer's packages (npm ci, versions from package-lock.json)"
    (cd "$BENCH/peer" && timeout 600 npm ci --no-audit --no-fund) || fail "npm ci"
fi
SERVER_CP=$BENCH/neo4j-server/target/classes:$(cat "$BENCH/neo4j-server/target/classpath.txt")
TOOLS_CP=$BENCH/harness/target/classes:$(cat "$BENCH/harness/target/classpath.txt")
NEO4J_URI=bolt://127.0.0.1:$NEO4J_PORT

start_neo4j() { # start_neo4j <data dir>: sets NEO4J_PID
    start neo4j java -Xms"$NEO4J_HEAP" -Xmx"$NEO4J_HEAP" $ADD_OPENS -cp "$SERVER_CP" bench.Neo4jServer "$1" "$NEO4J_PORT" "$NEO4J_PAGECACHE_MIB"
    NEO4J_PID=$STARTED
    wait_for 300 "Neo4j" grep -q "serving Bolt" "$RUN/neo4j.log"
}

# --- The graph: loaded once per scale, copied for every run ----------------------------------
if [[ ! -f $CACHE/complete ]]; then
    log "loading the $SCALE network into a new Neo4j (once; kept in $CACHE)"
    rm -rf "$CACHE"; mkdir -p "$CACHE"
    start_neo4j "$CACHE/neo4j"
    timeout 7200 java -cp "$TOOLS_CP" bench.Generate "$NEO4J_URI" "$SCALE" "$ROOT/graph-seed" | tee "$RUN/load.log" \
        || fail "loading the network"
    stop "$NEO4J_PID"
    touch "$CACHE/complete"
fi
log "copying the loaded $SCALE graph into $RUN"
cp -a "$CACHE/neo4j" "$RUN/neo4j-data"
start_neo4j "$RUN/neo4j-data"
log "Neo4j up (pid $NEO4J_PID, $NEO4J_URI)"

# --- The service, on that Neo4j (its graph-seed migrations apply at start) ---------------------
graphql_ok() { # graphql_ok <url> <json body>
    curl -sf -m 10 "$1" -H 'Content-Type: application/json' -d "$2" | grep -q '^{"data":'
}
PROBE='{"query":"{ themes(first: 1) { nodes { id } } }"}'
start_service() { # start_service <log name>: launches the service, waits for its first answer, sets SERVICE_PID and ANSWERED_AFTER
    local launch=$EPOCHREALTIME
    # The relay only copies entries left behind by a failed copy; at 1 h it does not run into the baseline's outbox entries.
    start "$1" env -C "$APP" QUARKUS_NEO4J_URI="$NEO4J_URI" VGN_ADMIN_TOKEN="$ADMIN_TOKEN" VGN_JOURNAL_RELAY_INTERVAL=1h \
        java $ADD_OPENS "${APPCDS[@]}" $SERVICE_JAVA_OPTS -Dquarkus.http.port="$SERVICE_PORT" \
        -Dvgn.embedded.postgres.port="$PG_PORT" -Dvgn.embedded.neo4j.port="$UNUSED_EMBEDDED_PORT" \
        -Dvgn.data-dir="$RUN/service-data" -jar quarkus-run.jar
    SERVICE_PID=$STARTED
    wait_for 600 "the service" graphql_ok "http://127.0.0.1:$SERVICE_PORT/graphql" "$PROBE"
    ANSWERED_AFTER=$(awk -v from="$launch" -v to="$EPOCHREALTIME" 'BEGIN { printf "%.1f", to - from }')
    log "service up (pid $SERVICE_PID): first answer ${ANSWERED_AFTER} s after launch"
}
start_service service
FIRST_ANSWER=$ANSWERED_AFTER

log "checking the graph and waiting for its indexes (the full-text index is built after the service's migration)"
timeout 1800 java -cp "$TOOLS_CP" bench.Generate "$NEO4J_URI" "$SCALE" "$ROOT/graph-seed" | tee "$RUN/graph.log" || fail "graph check"

log "creating 16 publishers (GM6100..GM6115)"
echo '{}' > "$RUN/tokens.json"
for i in $(seq 0 15); do
    code=$(printf 'GM%04d' $((6100 + i)))
    body=$(jq -nc --arg code "$code" '{query: "mutation($code: String!, $name: String!) { createPublisher(input: {name: $name, role: PUBLISHER, municipalityCode: $code}) { token } }", variables: {code: $code, name: ("Benchmark publisher " + $code)}}')
    token=$(curl -sf -m 30 "http://127.0.0.1:$SERVICE_PORT/graphql" -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $ADMIN_TOKEN" -d "$body" | jq -er '.data.createPublisher.token') || fail "createPublisher $code"
    jq --arg code "$code" --arg token "$token" '. + {($code): $token}' "$RUN/tokens.json" > "$RUN/tokens.tmp" && mv "$RUN/tokens.tmp" "$RUN/tokens.json"
done

# --- The peer --------------------------------------------------------------------------------
start peer env NODE_ENV=production NEO4J_URI="$NEO4J_URI" PORT="$PEER_PORT" node "$BENCH/peer/server.js"
PEER_PID=$STARTED
wait_for 120 "the peer" graphql_ok "http://127.0.0.1:$PEER_PORT/" '{"query":"{ themes(limit: 1) { id } }"}'
log "peer up (pid $PEER_PID)"

# --- Request files ---------------------------------------------------------------------------
if [[ -z $QUERIES ]]; then QUERIES=$(cd "$BENCH/queries" && ls -d */ | tr -d / | tr '\n' ' '); fi
mkdir -p "$RUN/requests"
READS=()
for q in $QUERIES; do
    node "$BENCH/tools/requests.mjs" one "$BENCH/queries/$q" query.graphql "$RUN/tokens.json" "$RUN/requests/$q.service.txt"
    [[ -f $BENCH/queries/$q/peer.graphql ]] && node "$BENCH/tools/requests.mjs" one "$BENCH/queries/$q" peer.graphql "" "$RUN/requests/$q.peer.txt"
    grep -q '^mutation' "$BENCH/queries/$q/query.graphql" || READS+=("$q")
done
: > "$RUN/requests/warmup.service.txt"; : > "$RUN/requests/warmup.peer.txt"
for q in "${READS[@]}"; do
    # Recommendations take seconds each: left out of the shared warm-up, warmed before their own measurement.
    [[ $q == i_* ]] && continue
    cat "$RUN/requests/$q.service.txt" >> "$RUN/requests/warmup.service.txt"
    [[ -f $RUN/requests/$q.peer.txt ]] && cat "$RUN/requests/$q.peer.txt" >> "$RUN/requests/warmup.peer.txt"
done
# The writes get a warm-up of their own right before they are measured, so that the service's write
# path is compiled then, as its read path is by the read mix; in the shared warm-up the publishes
# would add approaches to the graph the reads are measured on (hundreds, making rankings and facets dearer).
: > "$RUN/requests/warmup.writes.txt"
for q in $QUERIES; do
    grep -q '^mutation' "$BENCH/queries/$q/query.graphql" && cat "$RUN/requests/$q.service.txt" >> "$RUN/requests/warmup.writes.txt"
done
SOAK_READS=(a_municipalities b_approach_depth3 c_approaches_by_theme_province d_speakers_sessions e_similar_approaches g_search h_facets)
SOAK_WRITE=f16_publish_16_municipalities
node "$BENCH/tools/requests.mjs" mix "$BENCH/queries" "$RUN/tokens.json" "$RUN/requests/soak.txt" "${SOAK_READS[@]}" -- "$SOAK_WRITE"

SERVICE_URL=http://127.0.0.1:$SERVICE_PORT
PEER_URL=http://127.0.0.1:$PEER_PORT
RSS_AT_START=$(rss_json)

# --- Warm-up ---------------------------------------------------------------------------------
if [[ -s $RUN/requests/warmup.service.txt ]]; then # QUERIES may name only writes
    log "warming the service up for $WARMUP s on the read mix"
    wrk_run "$WARMUP" "$SERVICE_URL" "$RUN/requests/warmup.service.txt" /graphql > "$RUN/warmup.service.json"
    log "  $(cat "$RUN/warmup.service.json")"
    log "warming the peer up for $WARMUP s on its read mix"
    wrk_run "$WARMUP" "$PEER_URL" "$RUN/requests/warmup.peer.txt" / > "$RUN/warmup.peer.json"
    log "  $(cat "$RUN/warmup.peer.json")"
fi

# --- Measurements: reads first, then writes (they add approaches); per query ROUNDS rounds of the
# service, the peer and the baseline in turn, so that a slow spell of the shared host falls on all
# three alike and the ratios pair measurements taken within a minute of each other.
measure_http() { # measure_http <query> <system> <url> <path> <requests file> <round>
    (($6 > 1)) || wrk_run "$QUERY_WARMUP" "$3" "$5" "$4" > /dev/null
    local before after result
    before=$(snapshot)
    result=$(wrk_run "$DURATION" "$3" "$5" "$4")
    after=$(snapshot)
    local line
    line=$(jq -c --arg q "$1" --arg s "$2" --argjson round "$6" --argjson cpu "$(cpu_json "$before" "$after")" --argjson rss "$(rss_json)" \
        '{query: $q, system: $s, round: $round} + . + {cpu: $cpu, rss: $rss}' <<<"$result")
    echo "$line" >> "$RUN/measure.jsonl"
    log "  $2 round $6: $(jq -c '{rps, p50ms, p99ms, errors}' <<<"$line")"
}

# The baseline JVM of a query warms up once, then measures a round each time it is told to (bench.Baseline --rounds).
baseline_expect() { # baseline_expect <prefix>: reads the baseline's output up to a line with that prefix, into BASELINE_LINE
    local line
    while read -r -t $((BASELINE_WARMUP + DURATION + 300)) line <&"${BASELINE[0]}"; do
        if [[ $line == "$1"* ]]; then BASELINE_LINE=$line; return 0; fi
    done
    return 1
}
baseline_start() { # baseline_start <query>: starts its baseline JVM and waits for the end of its warm-up
    coproc BASELINE { exec java -cp "$TOOLS_CP" bench.Baseline "$NEO4J_URI" "$BENCH/queries/$1" "$CONNECTIONS" \
        "$BASELINE_WARMUP" "$DURATION" --rounds "$ROUNDS" --cpu neo4j="$NEO4J_PID" 2>>"$RUN/baseline.log"; }
    BASELINE_RUNNING=$BASELINE_PID
    PIDS+=("$BASELINE_RUNNING")
    baseline_expect READY || baseline_failed "$1" warm-up
}
baseline_failed() { # baseline_failed <query> <when>: logged, not fatal; the query's ratios are left out
    log "  baseline of $1 failed or timed out ($2), left out of the report: $(tail -3 "$RUN/baseline.log")"
    kill "$BASELINE_RUNNING" 2>/dev/null || true
    BASELINE_RUNNING=
}
measure_baseline() { # measure_baseline <query> <round>
    [[ -n $BASELINE_RUNNING ]] || return 0
    echo go >&"${BASELINE[1]}"
    baseline_expect RESULT || { baseline_failed "$1" "round $2"; return 0; }
    local line
    line=$(jq -c --arg q "$1" --argjson round "$2" --argjson rss "$(rss_json)" \
        '{query: $q, system: "baseline", round: $round, requests, errors, rps, p50ms, p99ms, cpu: {baseline: .cpu_baseline, neo4j: .cpu_neo4j}, rss: $rss}' \
        <<<"${BASELINE_LINE#RESULT }")
    echo "$line" >> "$RUN/measure.jsonl"
    log "  baseline round $2: $(jq -c '{rps, p50ms, p99ms, errors}' <<<"$line")"
    ((ROUNDS == $2)) || baseline_expect READY || baseline_failed "$1" "after round $2"
}
baseline_stop() {
    [[ -n $BASELINE_RUNNING ]] && { wait "$BASELINE_RUNNING" 2>/dev/null || true; }
    BASELINE_RUNNING=
}

# --- Profile of the service under the slowest read -------------------------------------------
# Taken right after the reads are measured, before any write: the writes add thousands of approaches,
# and a profile on that bigger graph would not be the profile of the read as it was measured. A write
# named in PROFILE_QUERY is profiled after the writes are measured, on a write path as warm as measured.
PROFILE_WRITE=false
[[ -n $PROFILE_QUERY ]] && grep -q '^mutation' "$BENCH/queries/$PROFILE_QUERY/query.graphql" && PROFILE_WRITE=true
profile_slowest_read() {
    ((PROFILE_SECONDS > 0)) || return 0
    if [[ -z $PROFILE_QUERY ]]; then
        PROFILE_QUERY=$(jq -rs '[.[] | select(.system == "service" and (.query | test("^f") | not))] | min_by(.rps) | .query' "$RUN/measure.jsonl")
    fi
    log "profiling the service with JFR for $PROFILE_SECONDS s under $PROFILE_QUERY"
    timeout 60 jcmd "$SERVICE_PID" JFR.start name=bench settings=profile filename="$RUN/service.jfr" > /dev/null
    wrk_run "$PROFILE_SECONDS" "$SERVICE_URL" "$RUN/requests/$PROFILE_QUERY.service.txt" /graphql > "$RUN/profile.load.json"
    timeout 120 jcmd "$SERVICE_PID" JFR.stop name=bench > /dev/null
    timeout 300 jfr print --events jdk.ExecutionSample --stack-depth 64 "$RUN/service.jfr" > "$RUN/samples.txt"
    {
        echo "## Profile of the service under $PROFILE_QUERY"
        echo
        echo "JFR (settings=profile, execution samples every 10 ms per running thread) for $PROFILE_SECONDS s of $CONNECTIONS"
        echo "connections on \`$PROFILE_QUERY\`: $(jq -c '{rps, p50ms, p99ms, errors}' "$RUN/profile.load.json"). Recording:"
        echo "\`$RUN/service.jfr\` (open it in JDK Mission Control, or \`jfr print\`)."
        echo
        node "$BENCH/tools/jfr-top.mjs" "$RUN/samples.txt" 20
    } > "$RUN/profile.md"
}

: > "$RUN/measure.jsonl"
ORDERED=("${READS[@]}")
for q in $QUERIES; do [[ " ${READS[*]} " == *" $q "* ]] || ORDERED+=("$q"); done
for q in "${ORDERED[@]}"; do
    if [[ " ${READS[*]} " != *" $q "* && ! -f $RUN/warmup.writes.json ]]; then
        $PROFILE_WRITE || profile_slowest_read
        log "warming the service up for $((WARMUP / 2)) s on the writes"
        wrk_run $((WARMUP / 2)) "$SERVICE_URL" "$RUN/requests/warmup.writes.txt" /graphql > "$RUN/warmup.writes.json"
        log "  $(cat "$RUN/warmup.writes.json")"
    fi
    log "measuring $q"
    baseline_start "$q"
    for round in $(seq 1 "$ROUNDS"); do
        measure_http "$q" service "$SERVICE_URL" /graphql "$RUN/requests/$q.service.txt" "$round"
        [[ -f $RUN/requests/$q.peer.txt ]] && measure_http "$q" peer "$PEER_URL" / "$RUN/requests/$q.peer.txt" "$round"
        measure_baseline "$q" "$round"
    done
    baseline_stop
done
[[ -f $RUN/profile.md ]] || profile_slowest_read

# --- Soak ------------------------------------------------------------------------------------
: > "$RUN/soak.jsonl"
if ((SOAK_MINUTES > 0)); then
    log "soak: $SOAK_MINUTES segments of $SOAK_SEGMENT s, 7 reads + 1 write per cycle"
    for m in $(seq 1 "$SOAK_MINUTES"); do
        before=$(cpu_ticks "$SERVICE_PID")
        result=$(wrk_run "$SOAK_SEGMENT" "$SERVICE_URL" "$RUN/requests/soak.txt" /graphql "$SOAK_CONNECTIONS")
        after=$(cpu_ticks "$SERVICE_PID")
        line=$(jq -c --argjson m "$m" --argjson rss "$(rss_mib "$SERVICE_PID")" \
            --argjson cpu "$(awk -v t="$TICKS" -v d=$((after - before)) 'BEGIN {printf "%.2f", d / t}')" \
            '{segment: $m} + . + {rssService: $rss, cpuService: $cpu}' <<<"$result")
        echo "$line" >> "$RUN/soak.jsonl"
        log "  $line"
    done
fi

# --- Relaunch -------------------------------------------------------------------------------
# A deployment or restart meets a graph whose migrations are applied: how soon does it answer then?
# Twice: a training relaunch that writes the classes it loaded into a class-data archive when it
# stops (-XX:ArchiveClassesAtExit; it cannot build on the build's archive), then a relaunch with that
# archive, as a deployment that keeps one would start (README, "Faster start").
log "relaunching the service on the same graph and data, as a training run for a class-data archive"
stop "$SERVICE_PID"
APPCDS=(-XX:ArchiveClassesAtExit="$RUN/service.jsa")
start_service service-training
TRAINING_ANSWER=$ANSWERED_AFTER
stop "$SERVICE_PID"
log "relaunching the service with the archive of the training run"
APPCDS=(-XX:SharedArchiveFile="$RUN/service.jsa")
start_service service-relaunch
RELAUNCH_ANSWER=$ANSWERED_AFTER

# --- Report ----------------------------------------------------------------------------------
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
jq -n --arg started "$STAMP UTC" --arg scale "$SCALE" --arg runLabel "$LABEL" \
    --argjson connections "$CONNECTIONS" --argjson rounds "$ROUNDS" --argjson soakConnections "$SOAK_CONNECTIONS" --argjson duration "$DURATION" --argjson warmup "$WARMUP" \
    --argjson queryWarmup "$QUERY_WARMUP" --argjson baselineWarmup "$BASELINE_WARMUP" --argjson soakSegment "$SOAK_SEGMENT" \
    --argjson rssAtStart "$RSS_AT_START" --arg soakWrite "$SOAK_WRITE" --args '{
      started: $started, scale: $scale, "label": $runLabel, connections: $connections, rounds: $rounds, duration: $duration,
      warmup: $warmup, queryWarmup: $queryWarmup, baselineWarmup: $baselineWarmup, soakSegment: $soakSegment,
      soakConnections: $soakConnections, rssAtStart: $rssAtStart, soakWrite: $soakWrite, soakReads: $ARGS.positional}' "${SOAK_READS[@]}" > "$RUN/run.tmp.json"
jq --arg machine "$(nproc) × $CPU_MODEL, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr)" \
   --arg load "$(cut -d' ' -f1-3 /proc/loadavg) at the end" \
   --arg java "$(java -version 2>&1 | head -1)" --arg node "$(node --version)" --arg wrk "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)" \
   --arg commit "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
   --arg first "$FIRST_ANSWER s after the first launch (against the running Neo4j, graph-seed/ applied to it then); $TRAINING_ANSWER s after a relaunch on the same graph and data without a class-data archive (the training run); $RELAUNCH_ANSWER s after a relaunch with the archive of that training run" \
   --arg peer "@neo4j/graphql $(jq -r '.packages["node_modules/@neo4j/graphql"].version' "$BENCH/peer/package-lock.json") with @apollo/server $(jq -r '.packages["node_modules/@apollo/server"].version' "$BENCH/peer/package-lock.json")" \
   --arg neo4j "Neo4j 5.26.16 Community (embedded DBMS with Bolt, own JVM, heap $NEO4J_HEAP, page cache $NEO4J_PAGECACHE_MIB MiB)" \
   --arg service "quarkus-run.jar of commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null), embedded PostgreSQL, JVM options: ${SERVICE_JAVA_OPTS:-none (JVM defaults)}" \
   '. + {facts: {machine: $machine, "load average": $load, java: $java, node: $node, "load driver": ($wrk + ", 2 threads, Lua script load/graphql.lua"),
         neo4j: $neo4j, service: $service, peer: $peer, "service first answer": $first}}' "$RUN/run.tmp.json" > "$RUN/run.json"
REPORT=$BENCH/results/$STAMP-$SCALE.md
node "$BENCH/tools/report.mjs" "$RUN" > "$REPORT"
log "report written to $REPORT"
