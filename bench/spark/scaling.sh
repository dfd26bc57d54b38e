#!/bin/bash
# What a Spark task costs per image once the JVM is warm: glyph spark predict on 10,000 and on
# 30,000 images (the 10,000 MNIST digits of measure.sh, three times), on local[1] and local[2];
# the difference between the two sizes is the marginal rate, without the session's start, the
# compilation of Spark's code and the model's load. Run after measure.sh, from the repository root.
set -u
ROOT=$(pwd); J=$ROOT/spark/target/glyph-spark.jar
B=${BENCH_DIR:-/tmp/spark-bench}
[ -d "$B/digits3" ] || for c in a b c; do mkdir -p "$B/digits3" && cp -r "$B/digits" "$B/digits3/$c"; done
echo "started $(date -u +%T)"; uptime
for i in 1 2; do
  for m in 'local[1]' 'local[2]'; do
    for input in digits digits3; do
      /usr/bin/time -f "spark $m $input: %e s wall, %U s user" java -jar $J --device cpu spark predict --master "$m" \
        --model $B/model --input $B/$input --out "$B/out-scaling" --overwrite 2>spark.err | grep images; tail -1 spark.err
    done
  done
done
echo "done $(date -u +%T)"; uptime
