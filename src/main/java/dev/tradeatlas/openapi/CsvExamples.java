package dev.tradeatlas.openapi;

import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents each CSV answer as what it is, text, with the header row its {@link CsvTable} writes as
 * the example, so a client sees the columns before it asks.
 */
final class CsvExamples implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    Class<?> type = handler.getMethod().getReturnType();
    if (!CsvTable.class.isAssignableFrom(type) || operation.getResponses() == null) {
      return operation;
    }
    String header = header(type);
    operation
        .getResponses()
        .values()
        .forEach(
            response -> {
              if (response.getContent() != null && response.getContent().containsKey("text/csv")) {
                // a media type of its own: springdoc shares one between JSON and CSV
                MediaType csv = new MediaType().schema(text());
                if (header != null) {
                  csv.setExample(header + "\r\n");
                }
                response.getContent().addMediaType("text/csv", csv);
              }
            });
    return operation;
  }

  private static Schema<String> text() {
    Schema<String> schema = new Schema<>(SpecVersion.V31);
    schema.setTypes(Set.of("string"));
    schema.setDescription(
        "RFC 4180 CSV in UTF-8: a header row, then one row per item with the same values as the"
            + " JSON answer. Cells starting with = + - @ are prefixed with ' so spreadsheets do not"
            + " run them.");
    return schema;
  }

  /** The header row of a CsvTable record, which does not depend on its values. */
  private static @Nullable String header(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    try {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = empty(types[i]);
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return String.join(",", ((CsvTable) canonical.newInstance(values)).csv().header());
    } catch (ReflectiveOperationException | RuntimeException notEmpty) {
      return null;
    }
  }

  private static @Nullable Object empty(Class<?> type) {
    if (!type.isPrimitive()) {
      return type == java.util.List.class ? java.util.List.of() : null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    return type == int.class ? 0 : null;
  }
}
