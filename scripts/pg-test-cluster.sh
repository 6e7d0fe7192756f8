#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb in a temp folder, run as a non-root user, on a
# free port. `start` prints the connection URL (export it as KULTURPULS_TEST_PG) and writes the cluster's
# folder to $KULTURPULS_PG_DIR_FILE if set; `stop DIR` ends it and removes the folder.
# The superuser (KULTURPULS_PG_SUPERUSER, default kulturpuls) connects without a password; every other
# role must give its password (scram-sha-256), as on a real server.
set -euo pipefail

pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "${1:-}" in
  start)
    bin="$(pg_bin)"
    [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
    dir="$(mktemp -d /tmp/kulturpuls-pg.XXXXXX)"
    chmod 0755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port="$(free_port)"
    superuser="${KULTURPULS_PG_SUPERUSER:-kulturpuls}"
    as_owner "$bin/initdb" -D "$dir/data" -U "$superuser" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    printf '%s\n' 'local all all trust' "host all $superuser 127.0.0.1/32 trust" \
      'host all all 127.0.0.1/32 scram-sha-256' | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "$dir" >"${KULTURPULS_PG_DIR_FILE:-/dev/null}"
    echo "postgres://$superuser@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?usage: pg-test-cluster.sh stop DIR}"
    as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-test-cluster.sh start | stop DIR" >&2
    exit 2
    ;;
esac
