package dev.tradeatlas.country;

import java.util.List;
import org.springframework.data.repository.Repository;

interface CountryRepository extends Repository<Country, String> {

  List<Country> findAllByOrderByCode();
}
