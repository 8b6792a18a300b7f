#!/usr/bin/env bash
# What one lookup and `Display` add to a stripped release binary, against a `phf_map!` of the
# same codes and the one-line texts, and against one of both the texts `Display` can print (`{}`
# and `{:#}`, which a program that prints `{}` links too, since the choice is made at run time),
# and what the `dataverse` feature adds to a program that does not use it.
# Run from anywhere: `bash ci/size/measure.sh`.
set -euo pipefail
cd "$(dirname "$0")"
size() { stat -c %s "target/release/$1"; }
cargo build --quiet --release --bins
base=$(size baseline); typed=$(size typed); phf=$(size phf); both=$(size phf_both)
cargo build --quiet --release --bins --features dataverse
typed_dv=$(size typed)
echo "baseline program: $base bytes"
echo "typed from_code + Display adds: $((typed - base)) bytes"
echo "phf map of the same codes and texts adds: $((phf - base)) bytes"
awk -v t=$((typed - base)) -v p=$((phf - base)) 'BEGIN { printf "ratio typed / phf: %.2f\n", t / p }'
echo "phf map of the same codes and both texts adds: $((both - base)) bytes"
awk -v t=$((typed - base)) -v p=$((both - base)) 'BEGIN { printf "ratio typed / phf of both texts: %.2f\n", t / p }'
echo "typed with the dataverse feature on, unused: $typed_dv bytes (without: $typed)"
