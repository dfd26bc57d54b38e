#!/bin/bash
# Two builds of glyph-spark.jar side by side, interleaved so that the machine's load touches both
# alike: BEFORE=path/to/old/glyph-spark.jar bench/spark/before-after.sh (from the repository root,
# after measure.sh made the digits and the model).
set -u
ROOT=$(pwd); NEW=$ROOT/spark/target/glyph-spark.jar; OLD=${BEFORE:?BEFORE=old glyph-spark.jar}; G=$ROOT/app/target/glyph.jar
B=${BENCH_DIR:-/tmp/spark-bench}
cd $B; uptime
run() { local label=$1 jar=$2 m=$3
  /usr/bin/time -f "   $label $m: %e s wall, %U s user" java -jar $jar --device cpu spark predict --master "$m" \
    --model $B/model --input $B/digits --out "$B/out-x" --overwrite 2>spark.err | grep images | sed "s/^/$label $m /"; tail -1 spark.err
}
for r in 1 2; do
  /usr/bin/time -f "   glyph predict: %e s wall, %U s user" java -jar $G --device cpu predict --model $B/model $B/digits --json > predict.json 2> predict.err; tail -1 predict.err
  for m in 'local[1]' 'local[2]'; do run before $OLD "$m"; run after $NEW "$m"; done
done
uptime
