#!/usr/bin/env bash
# Prints the class path of Spark 4.1 (the module's dependencies, Interphase itself left out: it is in the cluster jar):
# everything needed to run Spark's own classes (Master, Worker, SparkSubmit) without a Spark distribution.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f spark/target/classpath.txt ] || [ spark/pom.xml -nt spark/target/classpath.txt ]; then
  # one session with -am: the sibling modules resolve from the reactor (nothing installed is needed)
  mvn -B -q -pl spark -am compile dependency:build-classpath -Dmdep.includeScope=provided \
      -DexcludeGroupIds=org.interphase -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
echo "$(cat spark/target/classpath.txt)"
