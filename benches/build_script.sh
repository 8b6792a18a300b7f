#!/usr/bin/env bash
# The build script's own cost on larger tables: `bash benches/build_script.sh [copy...]`.
#
# Each copy is a copy of the crate whose `data/` holds larger tables. The ignored tests of
# `tests/build_script.rs` make them:
#   cargo test --test build_script -- --ignored ten_times a_hundred
# leaves `target/tmp/build-script/scale-10/scale-10` (every table 10 times over) and
# `target/tmp/build-script/scale-100/scale-100` (Power Automate 100 times over, 5,500 codes;
# Orchestrator 60 times, 7,200 codes). Those two are the defaults, with a third this script
# makes from the second: `target/tmp/build-script/pa-100`, the Power Automate table 100 times
# over (5,500 codes) and the other tables as shipped.
#
# The build script is this checkout's, built as cargo builds it for every user: unoptimised
# (`cargo build`, the dev profile). For each copy it runs the binary in the copy's directory,
# as cargo does, with the default features and an empty `OUT_DIR`: CPU time (user + system) is
# the best of five runs under `/usr/bin/time`, and the instruction count is callgrind's, which does not move with the
# machine's load. Then the size of what it generated.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cargo build --quiet
script=$(ls -td target/debug/build/rpa-error-codes-*/build-script-build | head -1)
copies=("$@")
if [ ${#copies[@]} -eq 0 ]; then
    scale100=target/tmp/build-script/scale-100/scale-100
    pa100=target/tmp/build-script/pa-100
    if [ -d "$scale100/data" ]; then
        rm -rf "$pa100"
        mkdir -p "$pa100"
        cp -r "$scale100/data" "$pa100/data"
        cp data/orchestrator.csv "$pa100/data/orchestrator.csv"
    fi
    copies=(target/tmp/build-script/scale-10/scale-10 "$pa100" "$scale100")
fi
out=$(mktemp -d)
trap 'rm -r "$out"' EXIT
for copy in "${copies[@]}"; do
    if [ ! -d "$copy/data" ]; then
        echo "no $copy/data: make the copies with the command at the top of $0" >&2
        exit 1
    fi
    rows=$(for f in "$copy"/data/{power_automate,orchestrator,windows_logon}.csv; do
        printf '%s=%d ' "$(basename "$f" .csv)" $(($(wc -l <"$f") - 1))
    done)
    best=
    for _ in 1 2 3 4 5; do
        # An empty OUT_DIR each time, as in a clean build.
        rm -f "$out"/*
        cpu=$(cd "$copy" && OUT_DIR="$out" CARGO_MANIFEST_DIR="$PWD" CARGO_FEATURE_STD=1 \
            /usr/bin/time -f '%U %S' "$root/$script" 2>&1 >/dev/null | tail -1 |
            awk '{ printf "%.2f", $1 + $2 }')
        if [ -z "$best" ] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$cpu
        fi
    done
    instructions=$(cd "$copy" && OUT_DIR="$out" CARGO_MANIFEST_DIR="$PWD" CARGO_FEATURE_STD=1 \
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind" "$root/$script" 2>&1 \
        >/dev/null | sed -n 's/.*Collected : //p')
    generated=$(cat "$out"/*.rs | wc -c)
    printf '%s\n  rows: %s\n  CPU: %s s (best of 5)\n  instructions: %s\n  generated Rust: %s bytes\n' \
        "$copy" "$rows" "$best" "$instructions" "$generated"
    rm -f "$out"/*
done
