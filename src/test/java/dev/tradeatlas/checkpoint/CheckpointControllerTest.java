package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Checkpoint writes at the web layer alone: who may write, and how a bad body is refused before the
 * writer is reached.
 */
@WebSliceTest(CheckpointController.class)
class CheckpointControllerTest {

  static final String VALID =
      """
      {"code": "kulma", "name": "Kulma", "countryA": "TJK", "countryB": "CHN",
       "status": "OPERATING", "statusSourceId": 2}
      """;

  @Autowired MockMvcTester mvc;
  @MockitoBean CheckpointWriter writer;
  @MockitoBean CheckpointService checkpoints;
  @MockitoBean ResourceHistory history;
  @MockitoBean CountryCodes countries;

  @Test
  void aWriteWithoutCredentialsIsAProblem401() {
    assertThat(
            mvc.post()
                .uri("/api/v1/checkpoints")
                .contentType(MediaType.APPLICATION_JSON)
                .content(VALID))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasContentType("application/problem+json")
        .headers()
        .containsHeader("WWW-Authenticate");
    verifyNoInteractions(writer);
  }

  @Test
  @WithMockUser(username = "reader", roles = "VIEWER")
  void aViewerMayNotWrite() {
    assertThat(
            mvc.post()
                .uri("/api/v1/checkpoints")
                .contentType(MediaType.APPLICATION_JSON)
                .content(VALID))
        .hasStatus(HttpStatus.FORBIDDEN)
        .hasContentType("application/problem+json");
    verifyNoInteractions(writer);
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void aBodyMissingAFieldIsRefusedNamingIt() {
    assertThat(
            mvc.post()
                .uri("/api/v1/checkpoints")
                .contentType(MediaType.APPLICATION_JSON)
                .content(VALID.replace("\"name\": \"Kulma\",", "")))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentType("application/problem+json")
        .bodyJson()
        .extractingPath("$.parameter")
        .isEqualTo("name");
    verifyNoInteractions(writer);
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void aBodyThatIsNotJsonIsRefused() {
    assertThat(
            mvc.post()
                .uri("/api/v1/checkpoints")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"kulma\""))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentType("application/problem+json");
    verifyNoInteractions(writer);
  }

  @Test
  @WithMockUser(username = "editor", roles = "EDITOR")
  void anotherMediaTypeIs415() {
    assertThat(
            mvc.post().uri("/api/v1/checkpoints").contentType(MediaType.TEXT_PLAIN).content(VALID))
        .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .hasContentType("application/problem+json");
    verifyNoInteractions(writer);
  }
}
