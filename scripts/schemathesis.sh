#!/usr/bin/env bash
# API conformance fuzzing of a running Puerta server with schemathesis 4.x.
#
#   scripts/schemathesis.sh BASE_URL [TOOLS_BIN_DIR]
#   e.g. scripts/schemathesis.sh http://127.0.0.1:8099 .venv-hsds/bin
#
# Runs, and fails (exit 1) on any failure of either:
#   1. openapi-spec-validator on our own document (BASE_URL/openapi.json);
#   2. schemathesis against the official HSDS 3.1 OpenAPI (openapi.local.json), GET only;
#   3. schemathesis against our own document, all operations (GET and search-by-POST).
# Checks: not_a_server_error, response_schema_conformance, content_type_conformance.
# (status_code_conformance stays off for the official document: it documents only 200, so
# every 400/404 would count as a failure; our own document declares them.)
#
# Real ids (first record of each list) are read from the server and offered to the
# `{id}` parameters most of the time, so that 200 responses get checked, not just 404s.
#
# Environment: MAX_EXAMPLES (default 50) per operation, HSDS_OPENAPI (official document),
# ST_WORKERS (default 2), ST_SEED (fixed seed for reproducible runs).
set -euo pipefail

base=${1:?usage: scripts/schemathesis.sh BASE_URL [TOOLS_BIN_DIR]}
base=${base%/}
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${2:-$root/.venv-hsds/bin}
max_examples=${MAX_EXAMPLES:-50}
workers=${ST_WORKERS:-2}
official=${HSDS_OPENAPI:-$root/../shared/data/hsds/spec-3.1/schema/openapi.local.json}

for tool in schemathesis openapi-spec-validator python3; do
  [[ -x $tools/$tool ]] || { echo "error: $tools/$tool not found" >&2; exit 2; }
done
[[ -f $official ]] || { echo "error: official OpenAPI not found at $official" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== openapi-spec-validator $base/openapi.json"
curl -fsS "$base/openapi.json" -o "$work/openapi.json"
"$tools/openapi-spec-validator" "$work/openapi.json"

# A schemathesis config offering one real id per `{id}` operation.
"$tools/python3" - "$base" "$work/st.toml" <<'PY'
import json, sys, urllib.request

base, out = sys.argv[1], sys.argv[2]
lines = []
for resource in ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]:
    with urllib.request.urlopen(f"{base}/{resource}?per_page=5") as r:
        page = json.load(r)
    ids = [item["id"] for item in page.get("contents", [])]
    if not ids:
        print(f"warning: /{resource} is empty; /{resource}/{{id}} will only see 404s", file=sys.stderr)
        continue
    lines += [f"[dictionaries.{resource}]", f"values = {json.dumps(ids)}", ""]
    lines += [
        "[[operations]]",
        f'include-path = "/{resource}/{{id}}"',
        f'parameters = {{ "path.id" = {{ dictionary = "{resource}", probability = 0.9 }} }}',
        "",
    ]
# Postcodes that exist, so that some postcode/proximity searches find something.
with urllib.request.urlopen(f"{base}/service_at_locations?full=true&per_page=20") as r:
    page = json.load(r)
postcodes = sorted({a["postal_code"] for item in page.get("contents", [])
                    for a in (item.get("location") or {}).get("addresses", [])})
if postcodes:
    lines += ["[dictionaries.postcodes]", f"values = {json.dumps(postcodes)}", ""]
    lines += [
        "[[operations]]",
        'include-path = "/service_at_locations"',
        'parameters = { "query.postcode" = { dictionary = "postcodes", probability = 0.7 } }',
        "",
    ]
open(out, "w").write("\n".join(lines))
PY

common=(
  --url "$base"
  --checks not_a_server_error,response_schema_conformance,content_type_conformance
  --max-examples "$max_examples"
  --workers "$workers"
  --request-timeout 30
  --request-retries 2
  --continue-on-failure
  --warnings off
)
[[ -n ${ST_SEED:-} ]] && common+=(--seed "$ST_SEED")

# Schemathesis keeps a cache in the current directory; keep it out of the tree.
cd "$work"

status=0
echo "== schemathesis: official HSDS 3.1 OpenAPI (GET) against $base"
"$tools/schemathesis" --config-file "$work/st.toml" run "$official" --include-method GET "${common[@]}" || status=1

echo "== schemathesis: our own OpenAPI ($base/openapi.json)"
"$tools/schemathesis" --config-file "$work/st.toml" run "$base/openapi.json" "${common[@]}" || status=1

if [[ $status -ne 0 ]]; then
  echo "schemathesis: FAILURES (see above)" >&2
else
  echo "schemathesis: no failures"
fi
exit $status
