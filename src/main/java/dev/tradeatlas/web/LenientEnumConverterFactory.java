package dev.tradeatlas.web;

import dev.tradeatlas.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Reads enum parameters in any case ("turnover" is TURNOVER) and, for anything else, names the
 * accepted values.
 */
class LenientEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
    return source -> {
      String name = source.trim().toUpperCase(Locale.ROOT);
      for (T constant : targetType.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      throw new InvalidValueException(
          "accepted values are "
              + Arrays.stream(targetType.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ".");
    };
  }
}
