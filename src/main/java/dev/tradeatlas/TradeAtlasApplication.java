package dev.tradeatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Bilateral trade analytics over PostgreSQL: sourced figures, resolved totals, the corridor. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TradeAtlasApplication {

  public static void main(String[] args) {
    SpringApplication.run(TradeAtlasApplication.class, args);
  }
}
