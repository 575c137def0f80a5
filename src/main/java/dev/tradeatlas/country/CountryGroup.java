package dev.tradeatlas.country;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group of countries that can stand as a partner: Central Asia (C5), or the world (WLD). */
public record CountryGroup(
    @Schema(example = "C5") String code,
    @Schema(example = "Central Asia") String name,
    @Schema(description = "What the group is and how its totals are formed")
        @Nullable String description,
    @Schema(
            description =
                "Its member countries; empty for WLD, whose totals are only ever reported, never"
                    + " summed")
        List<CountryResponse> members) {

  /** The codes of its members. */
  public List<String> memberCodes() {
    return members.stream().map(CountryResponse::code).toList();
  }
}
