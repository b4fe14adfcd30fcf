#!/usr/bin/env bash
# Independent readers: raptor (rapper) and serd (serdi) must read the exported Turtle,
# N-Triples and TriG of a build folder and count the same triples (quads for TriG) as rdflib.
#
#   .ci/check-rdf-tools.sh BUILD_DIR
#
# Needs: rapper (apt: raptor2-utils), serdi (apt: serdi), and a python with kg1956's
# dependencies ($PYTHON, default python3). Exit 0 when every count agrees, 1 otherwise.
set -euo pipefail

dir="${1:?usage: $0 BUILD_DIR (a folder holding kg1956.ttl, kg1956.nt and kg1956.trig)}"
python="${PYTHON:-python3}"
for tool in rapper serdi "$python"; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install -y raptor2-utils serdi)" >&2; exit 2; }
done

status=0
check() {  # check FILE RDFLIB_FORMAT RAPPER_SYNTAX SERDI_SYNTAX SERDI_OUTPUT
    local file="$dir/$1"
    if [[ ! -f "$file" ]]; then
        echo "error: $file missing (kg1956 export --data $dir writes it)" >&2
        status=1
        return
    fi
    local expected rapper_count serdi_count
    expected=$("$python" - "$file" "$2" <<'PY'
import sys
from rdflib import Dataset
ds = Dataset()
ds.parse(sys.argv[1], format=sys.argv[2])
print(sum(1 for _ in ds.quads((None, None, None, None))))
PY
) || expected="error"
    # a parse error makes a tool exit non-zero: report it as a missing count, not as a crash
    rapper_count=$(rapper -i "$3" -c "$file" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p') || rapper_count=""
    serdi_count=$(serdi -q -i "$4" -o "$5" "$file" | grep -c .) || serdi_count=""
    if [[ "$expected" != error && "$expected" == "$rapper_count" && "$expected" == "$serdi_count" ]]; then
        echo "ok    $1: rdflib $expected, rapper $rapper_count, serdi $serdi_count"
    else
        echo "FAIL  $1: rdflib $expected, rapper ${rapper_count:-error}, serdi ${serdi_count:-error}" >&2
        status=1
    fi
}

check kg1956.ttl turtle turtle turtle ntriples
check kg1956.nt nt ntriples ntriples ntriples
check kg1956.trig trig trig trig nquads
exit "$status"
