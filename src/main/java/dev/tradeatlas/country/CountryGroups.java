package dev.tradeatlas.country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The groups of countries, read once: like countries, only migrations change them. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CountryGroups {

  private final JdbcClient jdbc;
  private final CountryCodes countries;
  private volatile @Nullable Map<String, CountryGroup> byCode;

  public List<CountryGroup> all() {
    return List.copyOf(known().values());
  }

  public Optional<CountryGroup> find(String code) {
    return Optional.ofNullable(code == null ? null : known().get(code));
  }

  /** The member codes of a group partner, or none when the code is a country or WLD. */
  public List<String> members(String code) {
    return find(code).map(CountryGroup::memberCodes).orElse(List.of());
  }

  /** The groups (with members) a country belongs to: C5 for KGZ; none for WLD or a group. */
  public List<String> groupsOf(String country) {
    return known().values().stream()
        .filter(g -> g.memberCodes().contains(country))
        .map(CountryGroup::code)
        .toList();
  }

  private Map<String, CountryGroup> known() {
    Map<String, CountryGroup> current = byCode;
    if (current == null) {
      Map<String, List<CountryResponse>> members = new LinkedHashMap<>();
      jdbc.sql(
              "select group_code, country_code from country_group_member"
                  + " order by group_code, country_code")
          .query(
              rs -> {
                members
                    .computeIfAbsent(rs.getString(1), g -> new ArrayList<>())
                    .add(countries.country(rs.getString(2)));
              });
      Map<String, CountryGroup> groups = new LinkedHashMap<>();
      jdbc.sql("select code, name, description from country_group order by code")
          .query(
              rs -> {
                String code = rs.getString(1);
                groups.put(
                    code,
                    new CountryGroup(
                        code,
                        rs.getString(2),
                        rs.getString(3),
                        List.copyOf(members.getOrDefault(code, List.of()))));
              });
      current = Map.copyOf(groups);
      byCode = current;
    }
    return current;
  }
}
