#!/usr/bin/env bash
# Regenerate gomem's Go-derived text/number data with the real Go 1.23 toolchain:
#   - src/gomem/stdlib/_isprint_table.py, _unicode_tables.py  (./unicodetables)
#   - tests/stdlib/data/textnum/*.tsv.gz golden cases         (./textnumgolden)
# Usage: tests/stdlib/gen/regen_textnum.sh [SCALE [OUTDIR]]
#   SCALE > 1 writes proportionally more random cases; with OUTDIR set the golden
#   files go there instead (run the tests on them with GOMEM_TEXTNUM_GOLDEN=OUTDIR).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
scale="${1:-1}"
outdir="${2:-$here/../data/textnum}"
export PATH="/usr/lib/go-1.23/bin:$PATH" GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
export GOCACHE="${GOCACHE:-/tmp/gocache}"
cd "$here"
go version
go run ./unicodetables -out "$here/../../../src/gomem/stdlib"
mkdir -p "$outdir"
go run ./textnumgolden -out "$outdir" -scale "$scale"
ls -l "$outdir"
