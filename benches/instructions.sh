#!/usr/bin/env bash
# Instructions per lookup, counted by callgrind: `bash benches/instructions.sh [kind...]`.
# Each kind runs 102,400 lookups inside `measure` (benches/instructions.rs); the figure is
# callgrind's count for `measure` divided by 102,400, the loop included (`floor` is the loop
# with no lookup).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(cargo bench --quiet --all-features --bench instructions --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\/instructions-[^"/]*\)".*/\1/p' | tail -1)
n=102400
kinds=("$@")
if [ ${#kinds[@]} -eq 0 ]; then
    kinds=(floor power_automate_code power_automate_code_ignore_case orchestrator_u16
        orchestrator_name logon_i32 logon_hex logon_decimal logon_name dataverse_hresult
        dataverse_hex dataverse_decimal dataverse_name)
fi
out=$(mktemp -d)
for kind in "${kinds[@]}"; do
    valgrind --tool=callgrind --callgrind-out-file="$out/$kind" \
        --toggle-collect='instructions::measure*' "$bin" "$kind" "$n" >/dev/null 2>&1
    ir=$(sed -n 's/^summary: //p' "$out/$kind")
    awk -v k="$kind" -v ir="$ir" -v n="$n" 'BEGIN { printf "%-34s %8.1f instructions\n", k, ir / n }'
done
rm -r "$out"
