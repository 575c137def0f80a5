# Builds and runs the service; used by docker-compose.yml (PostgreSQL 17 beside it).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 trade
COPY --from=build /src/target/trade-atlas-*.jar /app/trade-atlas.jar
USER trade
EXPOSE 8080
# an out-of-memory error ends the process (the orchestrator restarts it) rather than leaving a
# process that accepts connections and answers nothing (docs/operations.md)
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/trade-atlas.jar"]
