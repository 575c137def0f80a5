package dev.tradeatlas.country;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Countries", description = "The country codes and groups the API accepts")
@RequiredArgsConstructor
class CountryController {

  private final CountryCodes countries;

  @GetMapping
  @Operation(
      operationId = "listCountries",
      summary = "List countries",
      description =
          "Every country code the API accepts as reporter or partner: ISO 3166-1 alpha-3 codes "
              + "with English names, plus WLD for the world (a reporter's trade with all partners)."
              + " Wherever a country code is accepted, its ISO 3166-1 alpha-2 code (KG) or numeric"
              + " M49 code (417) names it too; answers always use the alpha-3 code.")
  List<CountryResponse> list() {
    return countries.all();
  }
}
