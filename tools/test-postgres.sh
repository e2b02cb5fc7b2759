#!/usr/bin/env bash
# Start a throwaway PostgreSQL + PostGIS server for the test suite and print its URL.
# Usage: eval "$(tools/test-postgres.sh start)"   ...   tools/test-postgres.sh stop
# Needs Debian's postgresql and postgis packages (.ci/run installs them) and root or postgres.
set -euo pipefail
PORT="${COUNTERSIGHT_PG_PORT:-54329}"
DATA="${COUNTERSIGHT_PG_DATA:-/tmp/countersight-pg}"

pg_bin() {
  if [ -n "${COUNTERSIGHT_PG_BIN:-}" ]; then echo "$COUNTERSIGHT_PG_BIN"; return; fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -n "$newest" ] || { echo "no PostgreSQL server installed under /usr/lib/postgresql" >&2; exit 1; }
  echo "$newest"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    BIN="$(pg_bin)"
    if [ ! -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = 0 ] && chown postgres "$DATA"
      as_postgres "'$BIN/initdb' -D '$DATA' -A trust -U postgres --no-sync" >/dev/null
    fi
    if ! as_postgres "'$BIN/pg_ctl' -D '$DATA' status" >/dev/null 2>&1; then
      as_postgres "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w \
        -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
    fi
    echo "export COUNTERSIGHT_TEST_POSTGRES=postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_postgres "'$(pg_bin)/pg_ctl' -D '$DATA' -m fast stop" >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
