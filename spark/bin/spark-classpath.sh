#!/usr/bin/env bash
# Prints the class path of Spark 4.1 (the module's "provided" dependencies) and the module's cluster jar:
# everything needed to run Spark's own classes (Master, Worker, SparkSubmit) without a Spark distribution.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f spark/target/classpath.txt ] || [ spark/pom.xml -nt spark/target/classpath.txt ]; then
  mvn -B -q -pl spark dependency:build-classpath -Dmdep.includeScope=provided \
      -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
echo "$(cat spark/target/classpath.txt)"
