#!/bin/bash
# The loop of decision 0451's F14 addendum: each file (ImportFiles.java's output renamed m5k.csv, m10k.xlsx, a5k.csv, …) posted to its own PO.
B=localhost:18791
X='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
for spec in "m5k.csv members 000001" "m5k.xlsx members 000008" "m10k.csv members 000013" "m10k.xlsx members 000014" "a5k.csv activities 000015" "a5k.xlsx activities 000016" "a10k.csv activities 000018" "a10k.xlsx activities 000012"; do
  set -- $spec
  case $1 in *.csv) T='text/csv' ;; *) T=$X ;; esac
  L=$(cut -d' ' -f1-3 /proc/loadavg)
  R=$(curl -s -o out-$1.json -w '%{http_code} %{time_total}' -H "Authorization: Bearer tok-sec-$3-0000000" -H "Content-Type: $T" --data-binary @$1 "$B/organizations/org-$3/imports/$2")
  echo "$(date -u +%H:%M:%S) $1 ($(stat -c %s $1) bytes) -> org-$3: $R s, load before $L, after $(cut -d' ' -f1-3 /proc/loadavg)"
done
