package dev.tradeatlas.source;

import dev.tradeatlas.system.PageRequestParams;
import dev.tradeatlas.system.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "Where every figure and fact comes from")
class SourceController {

  private final SourceRepository sources;

  SourceController(SourceRepository sources) {
    this.sources = sources;
  }

  @GetMapping
  @Operation(
      summary = "List sources",
      description =
          "Every source the service cites, in the order they were recorded: publisher, outlet, "
              + "title, URL, publication date (to its known precision), what it is, and its exact "
              + "wording.")
  PageResponse<SourceResponse> list(
      @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
          Integer page,
      @Parameter(description = "Page size, 1 to 200", example = "50")
          @RequestParam(required = false)
          Integer size) {
    PageRequestParams paging = PageRequestParams.of(page, size);
    return PageResponse.of(sources.findAll(paging.toPageable(Sort.by("id"))), Source::toResponse);
  }
}
