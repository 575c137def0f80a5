package dev.tradeatlas.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Trade values are written as plain decimals (22071000000, never 2.2071E+10). Text in request
 * bodies may not hold a NUL character: PostgreSQL cannot store one, so it is refused as invalid
 * input (400 naming the field), never left to fail in the database.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  JsonMapperBuilderCustomizer plainDecimals() {
    return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  @Bean
  JsonMapperBuilderCustomizer noNulCharacters() {
    return builder ->
        builder.addModule(new SimpleModule("no-nul").addDeserializer(String.class, new NoNul()));
  }

  /** Reads text like Jackson does, and refuses a NUL character or a lone surrogate in it. */
  static final class NoNul extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext context)
        throws JacksonException {
      String value = super.deserialize(p, context);
      if (value != null && value.indexOf('\u0000') >= 0) {
        return (String)
            context.handleWeirdStringValue(String.class, value, "contains a NUL character");
      }
      if (value != null && loneSurrogate(value)) {
        // UTF-8 cannot encode it: stored, it would silently become "?"
        return (String)
            context.handleWeirdStringValue(String.class, value, "contains a lone surrogate");
      }
      return value;
    }

    /** Whether a string holds half of a surrogate pair without its other half. */
    static boolean loneSurrogate(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
