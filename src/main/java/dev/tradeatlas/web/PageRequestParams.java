package dev.tradeatlas.web;

import dev.tradeatlas.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Validated paging parameters: a page number from 0 and a size capped at {@link #MAX_SIZE}. */
public record PageRequestParams(int page, int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 50;

  /** The documentation of a page number parameter, as {@link #of} checks it. */
  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "Page number, from 0",
      schema = @Schema(type = "integer", defaultValue = "0", minimum = "0", maximum = "1000000"))
  public @interface PageNumber {}

  /** The documentation of a page size parameter, as {@link #of} checks it. */
  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "Page size, 1 to 200",
      schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "200"))
  public @interface PageSize {}

  public static PageRequestParams of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw new InvalidParameterException("page", "Parameter 'page' must be 0 or more.");
    }
    if (p > 1_000_000) {
      throw new InvalidParameterException("page", "Parameter 'page' must be at most 1000000.");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw new InvalidParameterException(
          "size", "Parameter 'size' must be between 1 and " + MAX_SIZE + " (the page size limit).");
    }
    return new PageRequestParams(p, s);
  }

  public long offset() {
    return (long) page * size;
  }

  public PageRequest toPageable(Sort sort) {
    return PageRequest.of(page, size, sort);
  }
}
