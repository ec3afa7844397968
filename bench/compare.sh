#!/usr/bin/env bash
# Stemma against Hugo on the same pages: generates a synthetic edition of N works × 5 witnesses
# × 20 paragraphs (org.stemma.bench.SyntheticEdition) and the same texts as a Hugo multilingual
# site, then times whole cold processes, alternating Stemma, Hugo and the copy floor (cp -r of
# Stemma's output), and prints medians and peak memory (max RSS from /usr/bin/time).
#
# Stemma is measured twice: "plain" is `java -jar stemma.jar build`; "tuned" is the `./stemma`
# launcher the README uses, which adds the options for short runs (README.md, Performance): the
# class-data-sharing archive `mvn package` makes beside the jar (made here by the same training
# build of content/ when missing or older than the jar), the client compiler only and the serial
# collector.
#
# Usage: bench/compare.sh [N ...]          (default: 200 2000)
# Environment: RUNS (default 5), BENCH_DIR (default /tmp/stemma-bench), JAVA (default: java),
# JAR (default generator/target/stemma.jar; another build's jar, to compare before and after).
#
# Every round deletes all four outputs first and no tool deletes anything in between: on a file
# system without a journal ext4 skips inodes freed in the last seconds to minutes when it creates
# files, so a tool that writes right after deleting thousands of files pays seconds of kernel time
# the others do not.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(200 2000)
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-/tmp/stemma-bench}
JAVA=${JAVA:-java}
JAR=${JAR:-generator/target/stemma.jar}
JSA=${JAR%.jar}.jsa
WITNESSES=5

need() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }
missing=()
need hugo || missing+=(hugo)
need /usr/bin/time || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f generator/target/stemma.jar ] || [ ! -f generator/target/test-classes/org/stemma/bench/SyntheticEdition.class ]; then
  mvn -q -DskipTests package && mvn -q -pl generator test-compile
fi
mkdir -p "$DIR"
if [ ! -f "$JSA" ] || [ "$JAR" -nt "$JSA" ]; then
  rm -f "$JSA"   # an archive must match the jar it was made from
  $JAVA -XX:ArchiveClassesAtExit="$JSA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$JAR" build --content content --out "$DIR/seed" >/dev/null 2>&1
fi

# One timed run: prints "seconds max-rss-kB". The command's own output goes to a log.
timed() {
  local log=$1; shift
  /usr/bin/time -f '%e %M' -o "$DIR/time.out" "$@" >"$log" 2>&1 || { echo "failed: $* (see $log)" >&2; exit 1; }
  cat "$DIR/time.out"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

rows=()
for N in "${SIZES[@]}"; do
  S="$DIR/stemma-$N" H="$DIR/hugo-$N"
  if [ ! -f "$S/edition.yaml" ] || [ ! -f "$H/config.toml" ]; then
    rm -rf "$S" "$H"
    java -cp generator/target/test-classes org.stemma.bench.SyntheticEdition "$S" --works "$N" --hugo "$H" >&2
  fi
  plain=($JAVA -jar "$JAR" build --content "$S" --out "$DIR/out-stemma-$N" --templates templates)
  tuned=(env STEMMA_JAR="$JAR" JAVA="$JAVA" ./stemma build --content "$S" --out "$DIR/out-tuned-$N" --templates templates)
  hugo=(hugo --quiet -s "$H" -d "$DIR/out-hugo-$N")
  : >"$DIR/results-$N.txt"
  for run in $(seq 0 "$RUNS"); do   # run 0 is the warm-up (file cache, Hugo's first run)
    rm -rf "$DIR/out-stemma-$N" "$DIR/out-tuned-$N" "$DIR/out-hugo-$N" "$DIR/copy-$N"
    p=$(timed "$DIR/stemma-$N.log" "${plain[@]}")
    t=$(timed "$DIR/stemma-$N.log" "${tuned[@]}")
    h=$(timed "$DIR/hugo-$N.log" "${hugo[@]}")
    c=$(timed "$DIR/copy-$N.log" cp -r "$DIR/out-stemma-$N" "$DIR/copy-$N")
    echo "N=$N run $run: stemma plain $p, tuned $t, hugo $h, copy $c (seconds, max RSS kB)" >&2
    [ "$run" -eq 0 ] || echo "$p $t $h $c" >>"$DIR/results-$N.txt"
  done
  col() { awk -v c="$1" '{print $c}' "$DIR/results-$N.txt" | median; }
  rows+=("$((N * WITNESSES)) $(col 1) $(col 3) $(col 5) $(col 7) $(col 2) $(col 4) $(col 6)")
done

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory, $($JAVA -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2); $RUNS runs after 1 warm-up, medians"
echo
echo "| witness pages | Stemma plain (s) | Stemma tuned (s) | Hugo (s) | tuned/Hugo time | copy floor (s) | Stemma plain peak RSS (MB) | Stemma tuned peak RSS (MB) | Hugo peak RSS (MB) | tuned/Hugo memory | Stemma tuned ms/page | Hugo ms/page |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for r in "${rows[@]}"; do
  echo "$r" | awk '{printf "| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %.2f | %.2f | %.2f |\n",
    $1, $2, $3, $4, $3 / $4, $5, $6 / 1024, $7 / 1024, $8 / 1024, $7 / $8, 1000 * $3 / $1, 1000 * $4 / $1}'
done
