#!/usr/bin/env bash
# Run a real Apache Kafka broker (single node, KRaft, broker+controller) without Docker.
# The broker's jars come from Maven Central (see pom.xml); see README.md next to this file.
#
# Usage: tools/kafka/kafka.sh <command> [options]
#   fetch                 copy the broker's jars into $SITREP_KAFKA_HOME/lib (once)
#   start [--keep-data]   format storage and start the broker in the background, wait until it
#                         answers; wipes the data dir first unless --keep-data
#   stop                  SIGTERM, wait up to 20 s, then SIGKILL (does nothing if not running)
#   restart               stop, then start --keep-data (records survive)
#   status                is it running, and does it answer? (exit 0 yes, 1 no)
#   topics [ARGS...]      list topics; with ARGS, run TopicCommand with them, e.g.
#                         topics --create --topic t1 --partitions 3
#   logs [N]              last N (default 50) lines of the broker log
#
# Environment:
#   SITREP_KAFKA_HOME      jar cache (default ~/.cache/sitrep/kafka-<version>)
#   SITREP_KAFKA_DATA      data dir: config, pid, logs, log segments
#                          (default /tmp/sitrep-kafka-<user or uid>)
#   KAFKA_PORT             PLAINTEXT listener on 127.0.0.1 (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller listener on 127.0.0.1 (default 9093)
#   KAFKA_START_TIMEOUT    seconds to wait for the broker to answer (default 90: after a SIGKILL it
#                          first waits out its old registration, see broker.session.timeout.ms)
#   KAFKA_HEAP_OPTS        broker heap (default -Xmx512m)
#   KAFKA_JAVA_OPTS        extra JVM options for the broker
#   KAFKA_EXTRA_PROPS      extra server.properties lines, appended last (so they win), e.g. to
#                          break the broker on purpose in a test; newline-separated
#   JAVA_HOME              java to use (default: java on PATH)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$SCRIPT_DIR/pom.xml"

# Single source of truth for the version: the <kafka.version> property in pom.xml.
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n 1)"
[[ -n "$KAFKA_VERSION" ]] || { echo "kafka.sh: cannot read <kafka.version> from $POM" >&2; exit 1; }

USER_TAG="${USER:-}"
[[ -n "$USER_TAG" ]] || USER_TAG="$(id -u)"

KAFKA_HOME_DIR="${SITREP_KAFKA_HOME:-${HOME:?HOME is not set; set SITREP_KAFKA_HOME}/.cache/sitrep/kafka-$KAFKA_VERSION}"
LIB_DIR="$KAFKA_HOME_DIR/lib"
FETCH_MARKER="$KAFKA_HOME_DIR/.fetch-complete"
DATA_DIR="${SITREP_KAFKA_DATA:-/tmp/sitrep-kafka-$USER_TAG}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT=20
BOOTSTRAP="127.0.0.1:$PORT"

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

# Files in the data dir. Kafka's log segments go to a subdirectory: log.dirs must only
# contain topic-partition directories, so nothing of ours may live inside it.
DATA_OWNER_MARKER="$DATA_DIR/.sitrep-kafka"
SERVER_PROPS="$DATA_DIR/server.properties"
CLIENT_PROPS="$DATA_DIR/client.properties"
PID_FILE="$DATA_DIR/kafka.pid"
OUT_FILE="$DATA_DIR/kafka.out"      # broker stdout/stderr (JVM errors, WARN+ from log4j)
LOG_FILE="$DATA_DIR/server.log"     # log4j file appender, INFO
SEGMENTS_DIR="$DATA_DIR/kafka-logs" # log.dirs

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { printf 'kafka.sh: ERROR: %s\n' "$*" >&2; exit 1; }

now_ms() { date +%s%3N; }
elapsed() { # $1 = start ms -> "1.234s"
  local d=$(( $(now_ms) - $1 ))
  printf '%d.%03ds' $(( d / 1000 )) $(( d % 1000 ))
}

require_java() {
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (install a JDK 17, or set JAVA_HOME)"
}

# ---------------------------------------------------------------------------------------------
# fetch

is_fetched() {
  [[ -f "$FETCH_MARKER" && -d "$LIB_DIR" ]] && [[ "$(cat "$FETCH_MARKER")" == "$(pom_digest)" ]]
}

# The marker holds the pom's digest, so editing pom.xml (e.g. a new version) triggers a refetch.
pom_digest() { sha256sum "$POM" | cut -d' ' -f1; }
jar_count() { find "$LIB_DIR" -maxdepth 1 -name '*.jar' | wc -l; }

cmd_fetch() {
  if is_fetched; then
    log "jars for Kafka $KAFKA_VERSION already in $LIB_DIR ($(jar_count) jars); nothing to fetch"
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "mvn not found (apt-get install maven)"
  case "$KAFKA_HOME_DIR/" in
    "$(cd "$SCRIPT_DIR/../.." && pwd)"/*) die "SITREP_KAFKA_HOME=$KAFKA_HOME_DIR is inside the repo; put the jar cache elsewhere" ;;
  esac
  local t0; t0=$(now_ms)
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIB_DIR"
  mkdir -p "$KAFKA_HOME_DIR"
  local tmp; tmp="$(mktemp -d "$KAFKA_HOME_DIR/.lib.tmp.XXXXXX")"
  # mvn's output goes to stderr so that stdout stays clean for callers. Debian's Maven 3.8
  # prints bare ANSI resets ("ESC[0m") even with -q -B; strip them and the empty lines.
  # -Duser.home: Maven takes ~/.m2 from the passwd entry, not $HOME; in containers that is
  # often a different, unwritable dir (e.g. /nonexistent for nobody). Follow $HOME like we do.
  local -a mvn_home=()
  [[ -n "${HOME:-}" ]] && mvn_home=("-Duser.home=$HOME")
  if ! mvn -q -B "${mvn_home[@]}" -f "$POM" \
        dependency:copy-dependencies -DoutputDirectory="$tmp" -DincludeScope=runtime </dev/null 2>&1 \
      | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' >&2; then
    rm -rf "$tmp"
    die "mvn dependency:copy-dependencies failed (is Maven Central reachable?)"
  fi
  ls "$tmp"/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "kafka_2.13-$KAFKA_VERSION.jar missing after mvn"; }
  rm -rf "$LIB_DIR" "$FETCH_MARKER"
  mv "$tmp" "$LIB_DIR"
  chmod 755 "$LIB_DIR"
  pom_digest > "$FETCH_MARKER"
  log "fetched $(jar_count) jars ($(du -sh "$LIB_DIR" | cut -f1)) in $(elapsed "$t0")"
}

ensure_fetched() {
  is_fetched || { log "jars not fetched yet"; cmd_fetch; }
}

# ---------------------------------------------------------------------------------------------
# process helpers

# A pid is "ours" if it is alive and is a kafka.Kafka JVM started with our server.properties.
# (Guards against a stale pid file whose pid was reused by something else.)
is_our_broker() {
  local pid="$1" cmdline
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *kafka.Kafka* && "$cmdline" == *"$SERVER_PROPS"* ]]
}

# Prints the broker's pid if it is running: from the pid file, else by scanning /proc for a
# kafka.Kafka JVM with our exact server.properties path (pid file lost or deleted).
running_pid() {
  local pid=""
  if [[ -f "$PID_FILE" ]]; then
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if is_our_broker "$pid"; then echo "$pid"; return 0; fi
  fi
  local f p
  for f in /proc/[0-9]*/cmdline; do
    p="${f#/proc/}"; p="${p%/cmdline}"
    if is_our_broker "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

port_in_use() { # $1 = port; true if something accepts connections on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

show_log_tail() {
  local n="${1:-40}" f
  for f in "$LOG_FILE" "$OUT_FILE"; do
    if [[ -s "$f" ]]; then
      printf '\nkafka.sh: ---- last %s lines of %s ----\n' "$n" "$f" >&2
      tail -n "$n" "$f" >&2
    fi
  done
  printf 'kafka.sh: ---- end of log ----\n' >&2
}

# Run a Kafka CLI class with the quiet tools logging config.
run_tool() { # $1 = main class, rest = args
  local cls="$1"; shift
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j.configuration="file:$SCRIPT_DIR/tools-log4j.properties" \
    -cp "$LIB_DIR/*" "$cls" "$@" </dev/null
}

# Ask the broker (admin listTopics over the PLAINTEXT listener). Short client timeouts, so a
# broker that is not up yet fails fast instead of blocking for the admin's default 60 s.
broker_answers() {
  run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" \
    --command-config "$CLIENT_PROPS" --list >/dev/null 2>&1
}

write_client_props() {
  cat > "$CLIENT_PROPS" <<EOF
# Admin client settings used by kafka.sh's readiness probe and 'topics' command.
request.timeout.ms=5000
default.api.timeout.ms=8000
socket.connection.setup.timeout.ms=2000
socket.connection.setup.timeout.max.ms=2000
EOF
}

# ---------------------------------------------------------------------------------------------
# start / stop

write_server_props() {
  cat > "$SERVER_PROPS" <<EOF
# Written by tools/kafka/kafka.sh start; rewritten on every start.
# Single-node KRaft: this process is both broker and controller, on loopback only.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$SEGMENTS_DIR

# Topics are created explicitly (partition counts and retention are part of the design).
auto.create.topics.enable=false
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
# One node is broker and controller at once, so fencing itself helps nobody. With the default
# 9 s, one heartbeat from the broker to its own controller that timed out on a starved machine
# (CI runs two suites beside this broker) fenced it: every partition lost its leader, every group
# coordinator resigned and every consumer was evicted, sometimes again and again for minutes.
# The price: after a SIGKILL (not a clean stop) the restarted broker cannot register until the
# old registration's session ends, so 'start' takes up to this long.
broker.session.timeout.ms=30000
# The default 50 partitions of __consumer_offsets are 50 coordinators to create, load and hand
# over on one node; a single-node broker needs one.
offsets.topic.num.partitions=1
EOF
  if [[ -n "${KAFKA_EXTRA_PROPS:-}" ]]; then
    printf '# From KAFKA_EXTRA_PROPS:\n%s\n' "$KAFKA_EXTRA_PROPS" >> "$SERVER_PROPS"
  fi
}

prepare_data_dir() { # $1 = keep (true/false)
  local keep="$1"
  case "$DATA_DIR" in
    ""|/|/tmp|/tmp/|"${HOME:-/}"|"${HOME:-/}"/) die "refusing to use SITREP_KAFKA_DATA=$DATA_DIR as the data dir" ;;
  esac
  if [[ -e "$DATA_DIR" && ! -d "$DATA_DIR" ]]; then
    die "$DATA_DIR exists and is not a directory"
  fi
  if [[ "$keep" == true ]]; then
    log "keeping data in $DATA_DIR"
  elif [[ -d "$DATA_DIR" ]]; then
    # Only wipe a directory we created (or an empty one), never someone else's.
    if [[ -f "$DATA_OWNER_MARKER" || -z "$(ls -A "$DATA_DIR")" ]]; then
      log "wiping data dir $DATA_DIR"
      rm -rf "$DATA_DIR"
    else
      die "$DATA_DIR exists but was not created by kafka.sh (no $DATA_OWNER_MARKER); not wiping it. Remove it or set SITREP_KAFKA_DATA"
    fi
  fi
  mkdir -p "$DATA_DIR" "$SEGMENTS_DIR"
  touch "$DATA_OWNER_MARKER"
}

cmd_start() {
  local keep=false arg
  for arg in "$@"; do
    case "$arg" in
      --keep-data) keep=true ;;
      *) die "start: unknown option $arg (expected --keep-data)" ;;
    esac
  done
  require_java
  ensure_fetched

  local pid rc
  if pid="$(running_pid)"; then
    die "broker already running (pid $pid, data $DATA_DIR); use 'kafka.sh stop' or 'kafka.sh restart'"
  fi
  local p
  for p in "$PORT" "$CONTROLLER_PORT"; do
    port_in_use "$p" && die "127.0.0.1:$p is already in use by another process (set KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
  done

  local t0; t0=$(now_ms)
  prepare_data_dir "$keep"
  rm -f "$PID_FILE"
  write_server_props
  write_client_props
  log "wrote $SERVER_PROPS (PLAINTEXT://$BOOTSTRAP, controller 127.0.0.1:$CONTROLLER_PORT)"

  # Kept data: reuse its cluster id (format --ignore-formatted then leaves it alone).
  local cluster_id=""
  if [[ -f "$SEGMENTS_DIR/meta.properties" ]]; then
    cluster_id="$(sed -n 's/^cluster\.id=//p' "$SEGMENTS_DIR/meta.properties")"
  fi
  if [[ -z "$cluster_id" ]]; then
    cluster_id="$(run_tool kafka.tools.StorageTool random-uuid)" || die "StorageTool random-uuid failed"
  fi
  log "formatting storage in $SEGMENTS_DIR (cluster id $cluster_id, --ignore-formatted)"
  local fmt_out
  fmt_out="$(run_tool kafka.tools.StorageTool format --ignore-formatted -t "$cluster_id" -c "$SERVER_PROPS" 2>&1)" \
    || { printf '%s\n' "$fmt_out" >&2; die "StorageTool format failed"; }

  log "starting Kafka $KAFKA_VERSION broker (log: $LOG_FILE)"
  # setsid: own session, so Ctrl-C in the calling terminal or the end of a CI shell does not
  # signal the broker; nohup + </dev/null: no terminal, no stdin.
  local -a launcher=(nohup)
  command -v setsid >/dev/null 2>&1 && launcher=(setsid nohup)
  # shellcheck disable=SC2086  # KAFKA_HEAP_OPTS / KAFKA_JAVA_OPTS are word lists
  "${launcher[@]}" "$JAVA" ${KAFKA_HEAP_OPTS:--Xmx512m} ${KAFKA_JAVA_OPTS:-} \
    -Djava.awt.headless=true \
    -Dkafka.logs.dir="$DATA_DIR" \
    -Dsitrep.kafka.console.threshold=WARN \
    -Dlog4j.configuration="file:$SCRIPT_DIR/log4j.properties" \
    -cp "$LIB_DIR/*" kafka.Kafka "$SERVER_PROPS" \
    >>"$OUT_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" > "$PID_FILE"
  log "broker pid $pid; waiting up to ${START_TIMEOUT}s for it to answer on $BOOTSTRAP"

  local deadline=$(( $(date +%s) + START_TIMEOUT ))
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null && rc=0 || rc=$?
      rm -f "$PID_FILE"
      log "ERROR: the broker process exited (status $rc) before it was ready"
      show_log_tail 60
      exit 1
    fi
    if port_in_use "$PORT" && broker_answers; then
      break
    fi
    if (( $(date +%s) >= deadline )); then
      log "ERROR: the broker did not answer on $BOOTSTRAP within ${START_TIMEOUT}s; stopping it"
      show_log_tail 60
      cmd_stop || true
      exit 1
    fi
    sleep 0.5
  done
  log "broker ready on $BOOTSTRAP after $(elapsed "$t0") (pid $pid, data $DATA_DIR)"
  # The admin API answers before the group/transaction coordinators have loaded their state;
  # clients may log retriable "coordinator is loading" errors for a moment after this.
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "broker not running (data $DATA_DIR)"
    return 0
  fi
  local t0; t0=$(now_ms)
  log "stopping broker (pid $pid) with SIGTERM"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for (( i = 0; i < STOP_TIMEOUT * 10; i++ )); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "broker still running after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for (( i = 0; i < 50; i++ )); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && die "broker pid $pid survived SIGKILL"
  fi
  rm -f "$PID_FILE"
  log "broker stopped in $(elapsed "$t0")"
}

cmd_restart() {
  cmd_stop
  cmd_start --keep-data "$@"
}

cmd_status() {
  local pid
  if ! pid="$(running_pid)"; then
    log "not running (data $DATA_DIR)"
    return 1
  fi
  ensure_fetched
  if [[ -f "$CLIENT_PROPS" ]] && broker_answers; then
    log "running: pid $pid, answering on $BOOTSTRAP, data $DATA_DIR"
    return 0
  fi
  log "process running (pid $pid) but not answering on $BOOTSTRAP"
  return 1
}

cmd_topics() {
  require_java
  ensure_fetched
  local -a extra=()
  [[ -f "$CLIENT_PROPS" ]] && extra=(--command-config "$CLIENT_PROPS")
  if (( $# == 0 )); then set -- --list; fi
  run_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" "${extra[@]}" "$@"
}

cmd_logs() {
  local n="${1:-50}"
  [[ -f "$LOG_FILE" || -f "$OUT_FILE" ]] || die "no broker log in $DATA_DIR"
  show_log_tail "$n"
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

main() {
  local cmd="${1:-}"
  (( $# > 0 )) && shift
  case "$cmd" in
    fetch)   cmd_fetch "$@" ;;
    start)   cmd_start "$@" ;;
    stop)    cmd_stop "$@" ;;
    restart) cmd_restart "$@" ;;
    status)  cmd_status "$@" ;;
    topics)  cmd_topics "$@" ;;
    logs)    cmd_logs "$@" ;;
    -h|--help|help) usage ;;
    "") usage; exit 2 ;;
    *) log "unknown command: $cmd"; usage; exit 2 ;;
  esac
}

main "$@"
