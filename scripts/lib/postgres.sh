# Sourced by scripts/test and scripts/bench-search: a throw-away PostgreSQL server on
# 127.0.0.1 for this run, stopped and deleted when the calling script exits.
# Usage: start_postgres [extra `postgres -c name=value` settings...]; then $PG_URL is set.
# Needs the Debian `postgresql` package (the calling script installs it when missing).

start_postgres() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PGTMP=$(mktemp -d /tmp/puerta-pg.XXXXXX)
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  trap _stop_postgres EXIT
  [ "$(id -u)" = 0 ] && chown postgres: "$PGTMP"
  printf '\n==> %s\n' "starting PostgreSQL ($PGBIN) on 127.0.0.1:$PGPORT"
  _pg "$PGBIN/initdb" -D "$PGTMP/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  _pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w start -o \
    "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c max_connections=200 $*" >/dev/null
  PG_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
}

# PostgreSQL refuses to run as root: run its programs as the `postgres` user then.
_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

_stop_postgres() {
  _pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
