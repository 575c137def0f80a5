package dev.tradeatlas.country;

import dev.tradeatlas.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/groups")
@Tag(name = "Countries", description = "The country codes and groups the API accepts")
@RequiredArgsConstructor
class GroupController {

  private final CountryGroups groups;

  @GetMapping
  @Operation(
      operationId = "listGroups",
      summary = "List country groups",
      description =
          "Groups that can stand as a partner in every turnover endpoint: C5 (Central Asia:"
              + " Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan) and WLD (the"
              + " world). A figure reported for a group is used as reported; otherwise a group's"
              + " total is the sum of its members' totals (method GROUP_SUM). WLD is never"
              + " summed.")
  List<CountryGroup> list() {
    return groups.all().stream().sorted(Comparator.comparing(CountryGroup::code)).toList();
  }

  @GetMapping("/{code}")
  @Operation(
      operationId = "getGroup",
      summary = "One country group with its members",
      description = "404 for an unknown code.")
  CountryGroup get(
      @Parameter(description = "The group's code", example = "C5") @PathVariable String code) {
    return groups
        .find(code.toUpperCase(java.util.Locale.ROOT))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No country group " + code + ". See GET /api/v1/groups for the codes."));
  }
}
