# Shared by bench/run and bench/cost-curve: a dedicated PostgreSQL on port 55432 and the packaged
# service on it. Source it after setting ROOT, OUT and DB.
PGPORT=55432
APPPORT=${APPPORT:-18080}
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi
need_apt() { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PGDATA=/var/tmp/trade-bench/pg
PSQL=()

# the newest installed PostgreSQL, started with settings for a 24 GiB machine; $DB created
start_postgres() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$PGBIN" ]; then need_apt postgresql; PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); fi
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$(dirname "$PGDATA")"
    as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/../postgres.log" -w -o "-p $PGPORT -k /tmp \
    -c shared_buffers=2GB -c effective_cache_size=12GB -c work_mem=32MB -c maintenance_work_mem=1GB \
    -c max_wal_size=16GB -c checkpoint_timeout=30min -c max_connections=100" start >/dev/null || true
  PSQL=("$PGBIN/psql" -h /tmp -p "$PGPORT" -U postgres -X -q)
  "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
    || "${PSQL[@]}" -d postgres -c "create database $DB"
}

stop_postgres() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true; }

# the packaged jar (built when missing or when asked with BUILD=1)
build_jar() {
  (cd "$ROOT" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package \
    && ./mvnw -B -q dependency:build-classpath -Dmdep.includeArtifactIds=postgresql -Dmdep.outputFile="$OUT/cp.txt")
  JAR=$(ls "$ROOT"/target/trade-atlas-*.jar | grep -v plain | head -1)
}

# the service on $DB, editor "bench" with a fresh password; extra environment as arguments
APP_PID=""
start_service() {
  EDITOR_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  env SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD= SERVER_PORT=$APPPORT TRADE_EDITOR_USERNAME=bench TRADE_EDITOR_PASSWORD="$EDITOR_PASSWORD" \
    LOGGING_LEVEL_ROOT=WARN TRADE_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 TRADE_RATE_LIMIT_BURST=1000000 \
    "$@" "${JAVA:-java}" ${JAVA_OPTS:--Xms1g -Xmx2g} -jar "$JAR" > "$OUT/service.log" 2>&1 &
  APP_PID=$!
  BASE="http://localhost:$APPPORT"
  for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health/readiness" >/dev/null && break; sleep 1; done
  curl -sf "$BASE/actuator/health/readiness" >/dev/null || { echo "service did not start; see $OUT/service.log"; exit 1; }
}

stop_service() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; APP_PID=""; }

# a new synthetic source (title, publication date); prints its id
new_source() {
  local answer status
  # a create racing others may be told to retry (503 with Retry-After): curl does
  answer=$(curl -s --retry 5 -w '\n%{http_code}' -u "bench:$EDITOR_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/sources" \
    -d "{\"publisher\":\"SYNTHETIC benchmark data\",\"outlet\":\"bench\",\"title\":\"$1\",\"publishedOn\":\"${2:-2025-01-01}\",\"description\":\"Synthetic data for measurement; not real data.\"}")
  status=${answer##*$'\n'}
  if [ "$status" != 201 ]; then
    echo "source '$1' not created: HTTP $status ${answer%$'\n'*}" >&2
    return 1
  fi
  local id
  id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<< "${answer%$'\n'*}")
  # one write of the whole line: callers run many of these at once into one file
  echo "$id"
}
