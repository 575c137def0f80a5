# Builds and runs the service on Java 25 with an AOT cache (JEP 483/514/515); used by
# docker-compose.yml (PostgreSQL 17 beside it). Start to first answer and idle memory of this setup,
# measured outside Docker with the same steps (bench/startup, bin/aot-cache): docs/startup.json.

# The JVM options of the service, in one place: the training run must use the same ones as the
# service, or the JVM refuses the cache. Measured in docs/benchmarks.md ("Start and memory"):
# compact object headers; the serial collector (on two cores and a ~60 MB live heap it read as fast
# as G1 and idles ~20-35 MB smaller; imports under it are not measured yet, see there); a heap
# that starts small and keeps little free; native memory trimmed; an out-of-memory error ends the
# process (the orchestrator restarts it) rather than leaving one that answers nothing. Override
# with docker build --build-arg JAVA_OPTIONS=…
ARG JAVA_OPTIONS="-XX:+ExitOnOutOfMemoryError -XX:+UseCompactObjectHeaders -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000"

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

# The training run needs the database the service needs: a throwaway PostgreSQL in this stage only.
# It runs on the runtime image itself, so that the cache is made by the very JVM that uses it.
FROM eclipse-temurin:25-jre AS train
ARG JAVA_OPTIONS
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql curl >/dev/null
COPY --from=build /src/target/trade-atlas-*.jar /tmp/trade-atlas.jar
COPY bin/aot-cache /usr/local/bin/aot-cache
RUN PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1) \
 && su postgres -c "$PGBIN/initdb -D /tmp/pg -U trade --auth=trust >/dev/null \
      && $PGBIN/pg_ctl -D /tmp/pg -o '-p 5432 -k /tmp' -w start >/dev/null \
      && $PGBIN/createdb -h /tmp -U trade trade" \
 && SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/trade SPRING_DATASOURCE_USERNAME=trade \
    MALLOC_ARENA_MAX=2 JDK_JAVA_OPTIONS="$JAVA_OPTIONS" aot-cache /tmp/trade-atlas.jar /app \
 && su postgres -c "$PGBIN/pg_ctl -D /tmp/pg -m fast stop >/dev/null"

FROM eclipse-temurin:25-jre
ARG JAVA_OPTIONS
WORKDIR /app
RUN useradd --system --uid 10001 trade
COPY --from=train /app /app
USER trade
EXPOSE 8080
# fewer glibc malloc arenas: on two cores their idle, half-used memory was the largest native item
ENV MALLOC_ARENA_MAX=2
ENV JDK_JAVA_OPTIONS="${JAVA_OPTIONS}"
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/trade-atlas.jar"]
