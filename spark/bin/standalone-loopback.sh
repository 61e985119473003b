#!/usr/bin/env bash
# A Spark standalone cluster on this machine, started by hand on loopback: one master, one worker with
# the given cores, then the sweep submitted to it with the module's cluster jar — the same commands as on
# a real cluster, with 127.0.0.1 for the master's host.
#   spark/bin/standalone-loopback.sh <definition class> <output dir> [worker cores]
# Needs: mvn -B -pl spark -am package -DskipTests (builds spark/target/interphase-spark-*-cluster.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
DEF=${1:?definition class}; OUT=${2:?output dir}; CORES=${3:-2}
JAR=$(ls spark/target/interphase-spark-*-cluster.jar)
CP=$(spark/bin/spark-classpath.sh)
OPENS=$(mvn -B -q -Dstyle.color=never -pl spark help:evaluate -Dexpression=spark.jvm.opens -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')
LOG=spark/target/standalone; mkdir -p "$LOG"
# The worker starts executors the way a distribution does, from $SPARK_HOME/jars: make one from the
# Maven artifacts (links, nothing copied)
export SPARK_HOME="$PWD/spark/target/spark-home"
export SPARK_SCALA_VERSION=2.13   # a distribution says so in its layout; this one says it here
rm -rf "$SPARK_HOME"; mkdir -p "$SPARK_HOME/jars"
IFS=':' read -ra JARS <<< "$CP"
for j in "${JARS[@]}"; do [[ "$j" == *.jar ]] && ln -sf "$j" "$SPARK_HOME/jars/"; done
touch "$SPARK_HOME/RELEASE"
java $OPENS -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 8080 \
    > "$LOG/master.log" 2>&1 &
MASTER=$!
sleep 5
java $OPENS -cp "$CP" org.apache.spark.deploy.worker.Worker --cores "$CORES" --memory 2g --webui-port 8081 \
    spark://127.0.0.1:7077 > "$LOG/worker.log" 2>&1 &
WORKER=$!
trap 'kill $WORKER $MASTER 2>/dev/null || true' EXIT
sleep 5
# spark-submit is org.apache.spark.deploy.SparkSubmit; the executors get the same JVM options
java $OPENS -cp "$JAR:$CP" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 \
    --conf "spark.executor.extraJavaOptions=$OPENS" --conf spark.executor.cores="$CORES" \
    --class org.interphase.spark.SparkSweepMain "$JAR" "$DEF" "$OUT"
