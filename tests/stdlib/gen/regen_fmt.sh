#!/bin/sh
# Regenerate the golden data of fmt, errors and the print/println builtins from real Go 1.23:
#   tests/stdlib/data/fmt_golden.json      (gen_fmt.py: writes and runs fmtgolden/main.go)
#   tests/stdlib/data/errors_golden.txt    (errorsgolden/main.go)
#   tests/runtime/data/printing_golden.txt (printgolden/main.go, its standard error)
set -e
cd "$(dirname "$0")"
export PATH="/usr/lib/go-1.23/bin:$PATH" GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
export GOCACHE="${GOCACHE:-/tmp/gocache}"
python3 gen_fmt.py
go run ./errorsgolden > ../data/errors_golden.txt
go run ./printgolden 2> ../../runtime/data/printing_golden.txt
