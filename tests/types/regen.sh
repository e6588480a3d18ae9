#!/bin/sh
# Regenerate tests/types/data/layout_golden.jsonl (type layouts: size, align, field offsets,
# ptrdata and pointer bitmap) with the real Go 1.23 toolchain, from gen/main.go.
set -e
cd "$(dirname "$0")/gen"
export PATH="/usr/lib/go-1.23/bin:$PATH" GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
export GOCACHE="${GOCACHE:-/tmp/gocache}"
go version | grep -q ' go1\.23' || { echo "regen.sh: need go1.23" >&2; exit 1; }
gofmt -l . | grep . && { echo "regen.sh: gofmt the generator" >&2; exit 1; }
go vet .
go run . > ../data/layout_golden.jsonl.tmp
mv ../data/layout_golden.jsonl.tmp ../data/layout_golden.jsonl
wc -l ../data/layout_golden.jsonl
