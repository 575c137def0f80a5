package dev.tradeatlas.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Documents a create's 201: the created resource (the operation's return type) and its {@code
 * Location}; {@link Created.WithETag} adds the {@code ETag} an editable resource is updated with.
 * One place for what every create answers, instead of the same headers written per operation.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "201",
    useReturnTypeSchema = true,
    headers =
        @Header(
            name = "Location",
            description = "Where it can be read",
            schema = @Schema(type = "string")))
public @interface Created {

  /** What was created, as the 201's description says it. */
  @AliasFor(annotation = ApiResponse.class, attribute = "description")
  String value();

  /** A 201 with the created resource, its {@code Location} and its {@code ETag}. */
  @Documented
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "201",
      useReturnTypeSchema = true,
      headers = {
        @Header(
            name = "Location",
            description = "Where it can be read",
            schema = @Schema(type = "string")),
        @Header(
            name = "ETag",
            description = "Its entity tag, for If-Match",
            schema = @Schema(type = "string"))
      })
  @interface WithETag {

    /** What was created, as the 201's description says it. */
    @AliasFor(annotation = ApiResponse.class, attribute = "description")
    String value();
  }
}
