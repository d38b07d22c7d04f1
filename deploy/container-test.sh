#!/usr/bin/env bash
# Proves deploy/ with a real container runtime. Run by hand, as root (rootful podman), from
# anywhere; a few minutes, so not in CI. deploy/README.md has the podman set-up it assumes.
#
#   1. builds the jar on the host (mvn package)
#   2. builds a Debian bookworm base image with a Java 17 runtime locally, once (debootstrap from
#      the machine's Debian mirror, imported into podman): no registry is ever contacted
#   3. builds the app image from deploy/Dockerfile, the base overridden, the jar from step 1
#      (with --maven-stage: the Dockerfile's own Maven stage compiles it instead, on a second
#      local base with Debian's JDK 17 and Maven, which fetches the dependencies from Maven Central)
#   4. starts the tests' fake Bot API on 127.0.0.1 (FakeBotApiMain, from the bot's test classes,
#      compiled on the host with its classpath from Maven)
#   5. runs the image against it (host network, loopback only) and checks: /readyz turns ready,
#      the HEALTHCHECK passes, the bot runs as non-root with the heap sized from the memory
#      limit, a question gets its quoted answer, /metrics counts it, the token stays out of the
#      log, and `podman stop` ends it with status 0 within 10 s
#   6. runs a new container on the same volumes: ready again without rebuilding the index,
#      answering, and stopping as cleanly
#
# It prints the image size and the start-to-ready times, and removes its containers, volumes and
# fake server on exit; the images stay for the next run (--clean removes them too).
#
# Options:     --rebuild-base  make the base images again even if they exist
#              --maven-stage   build the jar in the image's Maven stage, not on the host
#              --clean         also remove the images on exit
# Environment: BALAGH_CT_WORK (/var/tmp/balagh-container-test: root file system, logs),
#              BALAGH_CT_MIRROR (the first Debian mirror in /etc/apt/sources.list*),
#              BALAGH_CT_PODMAN_OPTS ("--runtime runc --storage-driver vfs"),
#              CONTAINERS_CONF (written into the work folder when unset)
set -Eeuo pipefail
trap 'echo "FAIL  line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BALAGH_CT_WORK:-/var/tmp/balagh-container-test}
BASE_IMAGE=localhost/debian-jre17
MAVEN_IMAGE=localhost/debian-maven17
APP_IMAGE=localhost/balagh:container-test
read -r -a PODMAN_OPTS <<<"${BALAGH_CT_PODMAN_OPTS:---runtime runc --storage-driver vfs}"
# Shaped like a token so that the bot accepts it; known only to the fake server.
TOKEN=123456:TEST-container_test_not_a_real_token
QUESTION="What did the G7 say about Hamas and the ceasefire proposal?"
EXPECT="call on Hamas to fully and unequivocally accept"
MEMORY_MB=768
RUN_ID=$$
NAME=balagh-ct-$RUN_ID
DATA_VOLUME=balagh-ct-data-$RUN_ID
INDEX_VOLUME=balagh-ct-index-$RUN_ID

REBUILD_BASE=false
MAVEN_STAGE=false
CLEAN=false
for arg in "$@"; do
  case $arg in
    --rebuild-base) REBUILD_BASE=true ;;
    --maven-stage) MAVEN_STAGE=true ;;
    --clean) CLEAN=true ;;
    *) echo "usage: $0 [--rebuild-base] [--maven-stage] [--clean]" >&2; exit 2 ;;
  esac
done

pod() { podman "${PODMAN_OPTS[@]}" "$@"; }
say() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok    %s\n' "$*"; }
fail() {
  printf 'FAIL  %s\n' "$*" >&2
  for container in "$NAME-1" "$NAME-2"; do
    if pod container exists "$container" 2>/dev/null; then
      echo "--- last lines of $container's log:" >&2
      pod logs --tail 30 "$container" >&2 2>&1 || true
    fi
  done
  exit 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# The first Debian archive the machine's apt uses (deb822 or one-line format), security excluded.
debian_mirror() {
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
    2>/dev/null | grep -oE '^(URIs: *|deb +)https?://[^ ]+' | grep -v security | head -1 \
    | awk '{print $NF}' || true
}

API_PID=""
cleanup() {
  set +e
  for container in "$NAME-1" "$NAME-2"; do
    pod rm -f -t 0 "$container" >/dev/null 2>&1
  done
  pod volume rm -f "$DATA_VOLUME" "$INDEX_VOLUME" >/dev/null 2>&1
  if [[ -n $API_PID ]]; then
    kill "$API_PID" 2>/dev/null
  fi
  if $CLEAN; then
    pod rmi -f "$APP_IMAGE" "$BASE_IMAGE" "$MAVEN_IMAGE" >/dev/null 2>&1
  fi
}
trap cleanup EXIT

for tool in podman debootstrap python3 curl mvn java awk; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (see deploy/README.md)"
done
[[ $(id -u) == 0 ]] || fail "run as root: podman runs rootful here, and debootstrap needs root"
mkdir -p "$WORK"
if [[ -z ${CONTAINERS_CONF:-} ]]; then
  export CONTAINERS_CONF=$WORK/containers.conf
  printf '[containers]\ndefault_ulimits = []\n\n[engine]\ncgroup_manager = "cgroupfs"\n' \
    >"$CONTAINERS_CONF"
fi

# Makes image $1 from a Debian bookworm root file system with packages $2 (comma-separated),
# unless it exists; $3 is what the image is for.
make_base() {
  local image=$1 packages=$2 purpose=$3 rootfs=$WORK/rootfs started version
  if $REBUILD_BASE || ! pod image exists "$image"; then
    MIRROR=${BALAGH_CT_MIRROR:-$(debian_mirror)}
    [[ -n $MIRROR ]] || fail "no Debian mirror found in /etc/apt/sources.list*; set BALAGH_CT_MIRROR"
    rm -rf "$rootfs"
    started=$(now)
    debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" "$MIRROR" \
      >"$WORK/debootstrap.log" 2>&1 || fail "debootstrap failed: see $WORK/debootstrap.log"
    # What Debian's own images leave out too: downloaded packages and package lists.
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin \
      "$rootfs"/var/lib/apt/lists/*
    ok "debootstrap from $MIRROR in $(since "$started") s"
    if [[ $packages == *maven* ]]; then
      # Maven in the build stage trusts what the host's Java trusts: the machine's own
      # certificate authorities (a TLS-inspecting proxy on the way to Maven Central, say).
      for cert in /usr/local/share/ca-certificates/*.crt; do
        [[ -e $cert ]] || continue
        keytool -importcert -noprompt -storepass changeit -alias "local-$(basename "$cert" .crt)" \
          -keystore "$rootfs/etc/ssl/certs/java/cacerts" -file "$cert" >/dev/null 2>&1 \
          || fail "could not add $cert to the build image's Java trust store"
        ok "trusts the host's $(basename "$cert")"
      done
    fi
    started=$(now)
    tar -C "$rootfs" -c . | pod import - "$image" >"$WORK/import.log" 2>&1 \
      || fail "podman import failed: see $WORK/import.log"
    rm -rf "$rootfs"
    ok "imported in $(since "$started") s"
  else
    ok "already there (--rebuild-base makes it again)"
  fi
  version=$(pod run --rm --network none "$image" java -version 2>&1) \
    || fail "java does not run in $image: $version"
  ok "$purpose: ${version%%$'\n'*}"
}

if $MAVEN_STAGE; then
  say "1/6 the jar: built in the image's Maven stage (step 3)"
  ok "the jar is not built on the host"
else
  say "1/6 the jar, built on the host"
  (cd "$ROOT" && mvn -B -pl tools -am package -DskipTests) >"$WORK/maven.log" 2>&1 \
    || fail "the Maven build failed: see $WORK/maven.log"
  ok "tools/target/balagh.jar ($(du -m "$ROOT/tools/target/balagh.jar" | cut -f1) MB)"
fi

say "2/6 the base images, built locally"
dangling_before=$(pod images -q --filter dangling=true | sort)
make_base "$BASE_IMAGE" openjdk-17-jre-headless "$BASE_IMAGE, the runtime"
if $MAVEN_STAGE; then
  make_base "$MAVEN_IMAGE" openjdk-17-jdk-headless,maven "$MAVEN_IMAGE, the Maven stage"
fi

say "3/6 the app image $APP_IMAGE, from deploy/Dockerfile"
started=$(now)
# Docker format: the OCI one has no HEALTHCHECK. JAR=context skips the Maven stage; its base is
# overridden too, so that nothing would be pulled even by a builder that does not skip it. The
# Maven stage needs the network (Maven Central), and JAR=build given: Podman 4's builder does not
# follow `FROM jar-${JAR}` to its stage when JAR has only its default.
if $MAVEN_STAGE; then
  build_args=(--network host --build-arg BUILD_IMAGE="$MAVEN_IMAGE" --build-arg JAR=build)
else
  build_args=(--network none --build-arg BUILD_IMAGE="$BASE_IMAGE" --build-arg JAR=context)
fi
pod build --pull=never "${build_args[@]}" --format docker -f "$ROOT/deploy/Dockerfile" \
  --build-arg RUNTIME_IMAGE="$BASE_IMAGE" -t "$APP_IMAGE" "$ROOT" >"$WORK/build.log" 2>&1 \
  || fail "podman build failed: see $WORK/build.log"
# The jar stage and the images this run untagged (the previous app image, and the previous base
# with --rebuild-base): with the vfs driver each layer is a full copy, too big to pile up.
mapfile -t leftovers < <(comm -13 <(echo "$dangling_before") \
  <(pod images -q --filter dangling=true | sort) | grep .)
if ((${#leftovers[@]})); then
  pod rmi "${leftovers[@]}" >/dev/null 2>&1 || true
fi
app_mb=$(( $(pod image inspect --format '{{.Size}}' "$APP_IMAGE") / 1000000 ))
base_mb=$(( $(pod image inspect --format '{{.Size}}' "$BASE_IMAGE") / 1000000 ))
ok "built in $(since "$started") s: $app_mb MB, $((app_mb - base_mb)) MB over the base"
user=$(pod image inspect --format '{{.Config.User}}' "$APP_IMAGE")
[[ $user == 10001:10001 ]] || fail "the image runs as '$user', not 10001:10001"
ok "runs as $user"

say "4/6 a fake Bot API on 127.0.0.1"
# The tests' own FakeBotApi, run alone: the bot's test classes, with their classpath from Maven
# (the engine's classes from the same build, the rest from the local repository).
(cd "$ROOT" && mvn -B -q -pl bot -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath) >"$WORK/maven-fake.log" 2>&1 \
  || fail "compiling the fake Bot API failed: see $WORK/maven-fake.log"
rm -f "$WORK/api.port"
classpath=$ROOT/bot/target/test-classes:$ROOT/bot/target/classes
classpath+=:$(<"$ROOT/bot/target/test.classpath")
java -cp "$classpath" org.balagh.bot.telegram.FakeBotApiMain --token "$TOKEN" \
  --port-file "$WORK/api.port" >"$WORK/fake-bot-api.log" 2>&1 &
API_PID=$!
for _ in $(seq 150); do
  [[ -s $WORK/api.port ]] && break
  kill -0 "$API_PID" 2>/dev/null || fail "the fake Bot API exited: see $WORK/fake-bot-api.log"
  sleep 0.1
done
[[ -s $WORK/api.port ]] || fail "the fake Bot API wrote no port within 15 s"
API_PORT=$(cat "$WORK/api.port")
rm -f "$WORK/api.port"
API=http://127.0.0.1:$API_PORT
OPS_PORT=$(free_port)
OPS=http://127.0.0.1:$OPS_PORT
ok "fake Bot API at $API; the bot's ops port will be $OPS"

# Runs container $1 on the two volumes, with the memory limit, and prints seconds to ready.
start() {
  local container=$1 started
  started=$(now)
  pod run -d --name "$container" --network host --memory "${MEMORY_MB}m" \
    -e TELEGRAM_BOT_TOKEN="$TOKEN" -e TELEGRAM_API_URL="$API" \
    -e BALAGH_HTTP_HOST=127.0.0.1 -e BALAGH_HTTP_PORT="$OPS_PORT" \
    -v "$DATA_VOLUME:/var/lib/balagh/data" -v "$INDEX_VOLUME:/var/lib/balagh/index" \
    "$APP_IMAGE" >/dev/null 2>>"$WORK/podman.log"
  for _ in $(seq 1500); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$OPS/readyz") == 200 ]]; then
      since "$started"
      return
    fi
    [[ $(pod inspect --format '{{.State.Running}}' "$container") == true ]] \
      || fail "$container exited before it was ready"
    sleep 0.2
  done
  fail "$container not ready within 300 s: $(curl -s "$OPS/readyz")"
}

# Asks the question in chat $1 and checks the quoted answer comes back.
ask() {
  local chat=$1
  curl -sf -X POST -H 'Content-Type: application/json' "$API/control/message" \
    -d "{\"chat_id\": $chat, \"user_id\": $chat, \"text\": \"$QUESTION\"}" >/dev/null
  for _ in $(seq 100); do
    if curl -sf "$API/control/calls" | python3 -c '
import json, sys
chat, expect = int(sys.argv[1]), sys.argv[2]
sys.exit(0 if any(c["method"] == "sendMessage" and c["status"] == 200
                  and int(c["params"]["chat_id"]) == chat
                  and c["params"]["text"].startswith("<blockquote>")
                  and expect in c["params"]["text"] for c in json.load(sys.stdin)) else 1)
' "$chat" "$EXPECT"; then
      ok "a question in chat $chat got its quoted answer («…$EXPECT…»)"
      return
    fi
    sleep 0.2
  done
  fail "no answer quoting «$EXPECT» in chat $chat"
}

# The value of one sample on /metrics, e.g. metric 'balagh_reloads_total{outcome="rebuilt"}'.
metric() {
  curl -sf "$OPS/metrics" \
    | awk -v name="$1" '$1 == name { print $2; found = 1 } END { exit !found }' \
    || fail "no sample $1 on /metrics"
}

expect_metric() {
  local value
  value=$(metric "$1")
  awk -v v="$value" -v e="$2" 'BEGIN { exit !(v + 0 == e + 0) }' || fail "$1 is $value, not $2"
  ok "$1 $value"
}

# Container $1's whole log. Read into a variable, never piped into `grep -q`: its early exit
# would fail `podman logs` with SIGPIPE, and the pipeline with it.
logs() { pod logs "$1" 2>&1; }

# Stops container $1 as an operator would and checks it ends cleanly and in time.
stop() {
  local container=$1 started seconds status log
  started=$(now)
  pod stop -t 10 "$container" >/dev/null 2>>"$WORK/podman.log"
  seconds=$(since "$started")
  status=$(pod inspect --format '{{.State.ExitCode}}' "$container")
  [[ $status == 0 ]] || fail "$container exited with status $status after podman stop"
  awk -v s="$seconds" 'BEGIN { exit !(s < 10) }' || fail "podman stop took $seconds s"
  log=$(logs "$container")
  [[ $log == *"event=stopped drained=true"* ]] \
    || fail "$container did not log event=stopped drained=true"
  ok "podman stop: exit status 0 in $seconds s (event=stopped drained=true)"
  [[ $log != *"$TOKEN"* ]] || fail "the token is in $container's log"
  ok "the token is nowhere in the log ($(wc -l <<<"$log") lines)"
}

say "5/6 first start: fresh volumes, the index built"
first_ready=$(start "$NAME-1")
ok "/readyz 200 after $first_ready s: $(curl -s "$OPS/readyz")"
[[ $(curl -s "$OPS/healthz") == ok ]] || fail "/healthz does not answer ok"
ok "/healthz ok"
health=$(pod healthcheck run "$NAME-1" 2>&1) || fail "the image's HEALTHCHECK fails: $health"
health=$(pod inspect --format '{{(index .State.Health.Log 0).Output}}' "$NAME-1" | tr -d '\n')
ok "the image's HEALTHCHECK passes: $health"
[[ $(pod top "$NAME-1" huser | tail -1 | tr -d ' ') == 10001 ]] || fail "java does not run as 10001"
ok "java runs as uid 10001, PID $(pod top "$NAME-1" pid | tail -1 | tr -d ' ') in the container"
heap=$(metric 'jvm_memory_max_bytes{area="heap"}')
awk -v h="$heap" -v m="$MEMORY_MB" 'BEGIN { r = h / (m * 1048576); exit !(r > 0.6 && r <= 0.75) }' \
  || fail "max heap $heap is not about 75% of ${MEMORY_MB} MiB"
heap_mb=$(awk -v h="$heap" 'BEGIN { printf "%d", h / 1048576 }')
ok "max heap $heap_mb MiB of a ${MEMORY_MB} MiB limit (MaxRAMPercentage=75)"
ask 42
expect_metric balagh_questions_total 1
rss_mb=$(awk -v b="$(metric process_resident_memory_bytes)" 'BEGIN { printf "%d", b / 1048576 }')
ok "resident memory after indexing and a first answer: $rss_mb MiB"
expect_metric balagh_abstentions_total 0
expect_metric balagh_answer_latency_seconds_count 1
expect_metric 'balagh_reloads_total{outcome="rebuilt"}' 1
statements=$(metric balagh_corpus_statements)
awk -v s="$statements" 'BEGIN { exit !(s > 1000) }' || fail "only $statements statements indexed"
ok "balagh_corpus_statements $statements"
[[ $(logs "$NAME-1") == *"event=index_built"* ]] || fail "no event=index_built on first start"
ok "index built on first start (event=index_built)"
stop "$NAME-1"

say "6/6 a new container on the same volumes: the index reused"
second_ready=$(start "$NAME-2")
ok "/readyz 200 after $second_ready s"
expect_metric 'balagh_reloads_total{outcome="unchanged"}' 1
expect_metric 'balagh_reloads_total{outcome="rebuilt"}' 0
[[ $(logs "$NAME-2") != *"event=index_built"* ]] || fail "the index was built again"
ok "no event=index_built: the index volume was reused"
ask 43
expect_metric balagh_questions_total 1
stop "$NAME-2"

say "summary"
printf '%-34s %s\n' "image size" "$app_mb MB ($((app_mb - base_mb)) MB over the Debian JRE base)" \
  "start to ready, first start" "$first_ready s (indexes the bundled corpus)" \
  "start to ready, index volume kept" "$second_ready s" \
  "resident memory, first start" "$rss_mb MiB (limit ${MEMORY_MB} MiB)"
echo "all checks passed"
