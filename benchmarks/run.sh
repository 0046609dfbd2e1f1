#!/usr/bin/env bash
# Runs the Transmanche benchmarks: the JMH benchmarks, then the scale harness (start-up, 1 to 100 MB,
# two threads, peak heap, adversarial inputs). Nothing here runs during `mvn verify`.
#
#   benchmarks/run.sh                 # everything, default JMH settings (hours on 2 cores)
#   benchmarks/run.sh quick           # short JMH runs (1 warm-up, 2 measurements) and 1 + 10 MB
#   JMH_ARGS='-f 1 -wi 1 -i 2 PipelineBenchmark' HARNESS_SIZES='1 10' benchmarks/run.sh
#
# Output: benchmarks/<target>/jmh.txt and harness.txt; copy the numbers into benchmarks/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
target="${TM_TARGET:-target-bench}"
if [[ "${1:-}" == "quick" ]]; then
  : "${JMH_ARGS:=-f 1 -wi 1 -i 2 -w 2s -r 2s}"
  : "${HARNESS_SIZES:=1 10}"
fi
JMH_ARGS="${JMH_ARGS:-}"
HARNESS_SIZES="${HARNESS_SIZES:-1 10 100}"

(cd "$root" && ./mvnw -q -B -pl benchmarks -am -Dtm.target="$target" install -DskipTests \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true)
cp="$here/$target/classes:$(cat "$here/$target/classpath.txt")"

{ echo "# $(date -u +%FT%TZ) $(uname -srm), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"; java -version 2>&1; } \
  | tee "$here/$target/machine.txt"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main $JMH_ARGS | tee "$here/$target/jmh.txt"
# shellcheck disable=SC2086
java -Xmx8g -cp "$cp" org.transmanche.benchmarks.ScaleHarness $HARNESS_SIZES | tee "$here/$target/harness.txt"
