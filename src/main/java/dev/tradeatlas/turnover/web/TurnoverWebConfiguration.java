package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.TradePeriod;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Reads periods and commodities from query parameters, and documents them as strings. */
@Configuration(proxyBeanMethods = false)
class TurnoverWebConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig()
        .addSimpleTypesForParameterObject(TradePeriod.class, Commodity.class)
        .replaceWithClass(TradePeriod.class, String.class)
        .replaceWithClass(Commodity.class, String.class);
  }

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, TradePeriod.class, TradePeriod::parse);
    registry.addConverter(String.class, Commodity.class, Commodity::parse);
  }
}
