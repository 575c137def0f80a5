package dev.tradeatlas.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradeatlas.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser: headless Chromium (Debian's chromium, driven by playwright-core
 * from npm) loads http://localhost:PORT/ on the seeded data and checks the chart, 2024's figure and
 * YoY, the mirror, checkpoints, projects and the console; it saves target/dashboard.png.
 *
 * <p>.ci/run installs chromium and the npm packages and sets TRADE_REQUIRE_BROWSER_TEST=1, so there
 * a missing browser fails the build; on a machine without them the test is skipped, saying why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  static final Path PLAYWRIGHT = Path.of("e2e/node_modules/playwright-core");

  @LocalServerPort int port;

  @Test
  void theDashboardShowsTheCorridorInARealBrowser() throws IOException, InterruptedException {
    boolean required = "1".equals(System.getenv("TRADE_REQUIRE_BROWSER_TEST"));
    boolean available =
        Files.isExecutable(CHROMIUM) && Files.isDirectory(PLAYWRIGHT) && nodeAvailable();
    if (required) {
      assertThat(available)
          .as("the browser test needs %s, node and e2e/node_modules (npm ci in e2e/)", CHROMIUM)
          .isTrue();
    }
    assumeTrue(
        available,
        "skipped: install Debian's chromium and run `npm ci` in e2e/ to check the dashboard in a browser");

    // the page itself is served by the application
    Api.Response page = new Api(port).get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("dashboard.js").doesNotContain("https://");

    Path screenshot = Path.of("target/dashboard.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Process check =
        new ProcessBuilder(
                "node", "dashboard-check.mjs", "http://localhost:" + port, screenshot.toString())
            .directory(Path.of("e2e").toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    System.out.println(output);

    assertThat(check.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed").doesNotContain("FAIL");
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
  }

  private static boolean nodeAvailable() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
