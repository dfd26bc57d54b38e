#!/bin/bash
# Spark predict vs glyph predict on the 10,000 MNIST test digits as PNG files.
# Run from the repository root after mvn -B -DskipTests package, with GLYPH_DATA set.
set -u
ROOT=$(pwd); J=$ROOT/spark/target/glyph-spark.jar; G=$ROOT/app/target/glyph.jar
B=${BENCH_DIR:-/tmp/spark-bench}; mkdir -p "$B"
[ -d "$B/digits" ] || python3 "$ROOT/bench/spark/mnist_pngs.py" "$GLYPH_DATA/mnist" "$B/digits" 10000
echo "started $(date -u +%T)"; uptime
cd $B
[ -f model/model.json ] || java -jar $G --device cpu pretrain --model simple-cnn --dataset mnist --option perClass=100 --epochs 1 --out $B/model > pretrain.log 2>&1
echo "model ready $(date -u +%T)"
for i in 1 2; do
  /usr/bin/time -f "glyph predict: %e s wall, %U s user" java -jar $G --device cpu predict --model $B/model $B/digits --json > predict.json 2> predict.err; tail -1 predict.err
  for m in 'local[1]' 'local[2]'; do
    /usr/bin/time -f "spark $m: %e s wall, %U s user" java -jar $J --device cpu spark predict --master "$m" --model $B/model --input $B/digits --out "$B/out-$m" --overwrite 2>spark.err | grep -v "^written"; tail -1 spark.err
  done
done
java -jar $J --device cpu spark predict --master 'local[2]' --model $B/model --input $B/digits --out $B/out-csv --format csv --overwrite 2>/dev/null | grep images
python3 $ROOT/bench/spark/compare.py predict.json out-csv
echo "done $(date -u +%T)"
