package dev.tradeatlas.system;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives each CSV answer of the OpenAPI document an example: the header row its {@link CsvTable}
 * writes, so a client sees the columns before it asks.
 */
final class CsvExamples implements OperationCustomizer {

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    Class<?> type = handler.getMethod().getReturnType();
    if (!CsvTable.class.isAssignableFrom(type) || operation.getResponses() == null) {
      return operation;
    }
    String header = header(type);
    if (header == null) {
      return operation;
    }
    operation
        .getResponses()
        .values()
        .forEach(
            response -> {
              MediaType csv =
                  response.getContent() == null ? null : response.getContent().get("text/csv");
              if (csv != null) {
                csv.setExample(header + "\r\n");
              }
            });
    return operation;
  }

  /** The header row of a CsvTable record, which does not depend on its values. */
  private static String header(Class<?> type) {
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
      return String.join(",", ((CsvTable) canonical.newInstance(values)).csvHeader());
    } catch (ReflectiveOperationException | RuntimeException notEmpty) {
      return null;
    }
  }

  private static Object empty(Class<?> type) {
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
