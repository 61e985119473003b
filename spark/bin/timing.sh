#!/usr/bin/env bash
# Issue 19's speed figure: local runner vs Spark local[2] on the same sweep, alternating.
#   spark/bin/timing.sh [definition class] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
OPENS=$(mvn -B -q -Dstyle.color=never -pl spark help:evaluate -Dexpression=spark.jvm.opens -DforceStdout 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')
# one session: the sibling modules resolve to their compiled classes (nothing installed is needed)
mvn -B -q -Dstyle.color=never -pl spark -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
CP=$(cat spark/target/test-classpath.txt)
java $OPENS -Xmx3g -Dlog4j2.configurationFile=spark/src/test/resources/log4j2.properties \
    -cp "spark/target/test-classes:spark/target/classes:models/target/classes:materials/target/classes:core/target/classes:$CP" \
    org.interphase.spark.SparkScreenTiming "$@"
