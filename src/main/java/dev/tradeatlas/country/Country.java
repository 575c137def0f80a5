package dev.tradeatlas.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "country")
class Country {

  @Id private String code;

  private String name;

  protected Country() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }
}
