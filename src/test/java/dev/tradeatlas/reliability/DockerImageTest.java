package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker image cannot be built on the machines that run this build (no Docker engine), so its
 * recipe is checked here and its steps run outside Docker by bench/startup: the image runs Java 25
 * from the AOT cache its own build trained, with the same JVM options in the training run and in
 * the service (a cache made with other options is refused by the JVM), and the training and the
 * service share one base image (one JVM build).
 */
class DockerImageTest {

  private final String dockerfile = read(Path.of("Dockerfile"));

  @Test
  void theEntryPointStartsFromTheTrainedAotCache() {
    assertThat(dockerfile)
        .contains(
            "ENTRYPOINT [\"java\", \"-XX:AOTCache=/app/app.aot\", \"-jar\", \"/app/trade-atlas.jar\"]")
        .contains("aot-cache /tmp/trade-atlas.jar /app")
        .contains("COPY --from=train /app /app")
        .contains("COPY bin/aot-cache /usr/local/bin/aot-cache");
    assertThat(Path.of("bin/aot-cache")).isExecutable();
  }

  @Test
  void trainingAndServiceShareTheirJvmOptionsAndTheirJvm() {
    Matcher options = Pattern.compile("(?m)^ARG JAVA_OPTIONS=\"([^\"]+)\"$").matcher(dockerfile);
    assertThat(options.find()).as("one ARG JAVA_OPTIONS with the service's options").isTrue();
    assertThat(options.group(1))
        .contains("-XX:+ExitOnOutOfMemoryError", "-XX:+UseCompactObjectHeaders");
    assertThat(dockerfile)
        .contains("JDK_JAVA_OPTIONS=\"$JAVA_OPTIONS\" aot-cache")
        .contains("ENV JDK_JAVA_OPTIONS=\"${JAVA_OPTIONS}\"");

    List<String> bases =
        dockerfile
            .lines()
            .filter(line -> line.startsWith("FROM "))
            .map(line -> line.split("\\s+")[1])
            .toList();
    assertThat(bases)
        .as("build on a JDK 25, train on the runtime image, run on the same runtime image")
        .containsExactly(
            "eclipse-temurin:25-jdk", "eclipse-temurin:25-jre", "eclipse-temurin:25-jre");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
