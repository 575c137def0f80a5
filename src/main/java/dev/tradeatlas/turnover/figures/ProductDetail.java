package dev.tradeatlas.turnover.figures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a file says of a product beyond its value, checked: the HS classification version and its
 * description of the code, net weight in kg, quantity with its unit, CIF and FOB values in US
 * dollars. Each may be absent.
 */
@NamedInterface("loading")
public record ProductDetail(
    @Nullable String classification,
    @Nullable String description,
    @Nullable BigDecimal netWeightKg,
    @Nullable BigDecimal quantity,
    @Nullable String quantityUnit,
    @Nullable BigDecimal cifUsd,
    @Nullable BigDecimal fobUsd) {

  /** Whether it says anything at all. */
  public boolean isEmpty() {
    return description == null
        && netWeightKg == null
        && quantity == null
        && cifUsd == null
        && fobUsd == null;
  }
}
