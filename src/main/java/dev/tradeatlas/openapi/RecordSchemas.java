package dev.tradeatlas.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the OpenAPI schema of a record says about each of its properties, from the record itself.
 *
 * <p>An answer record (one without Bean Validation constraints) always writes every component, so
 * every property is required; a component may be null only when its type is annotated {@link
 * Nullable}, and then its schema says so ({@code type: [..., "null"]}, or {@code oneOf} with {@code
 * null} around a reference). A request record's properties are required as its constraints say; the
 * others may be left out or sent as null.
 */
final class RecordSchemas implements ModelConverter {

  @Override
  public @Nullable Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (!chain.hasNext()) {
      return null;
    }
    Schema<?> resolved = chain.next().resolve(type, context, chain);
    Class<?> raw = rawClass(type);
    if (resolved == null || raw == null || !raw.isRecord()) {
      return resolved;
    }
    Schema<?> model = resolved;
    if (resolved.get$ref() != null) {
      String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
      model = context.getDefinedModels().get(name);
    }
    if (model != null && model.getProperties() != null) {
      describe(raw, model);
    }
    return resolved;
  }

  private static void describe(Class<?> record, Schema<?> model) {
    boolean request = isRequest(record);
    Map<String, Schema> properties = model.getProperties();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = component.getName();
      Schema<?> property = properties.get(name);
      if (property == null) {
        continue;
      }
      boolean nullable;
      if (request) {
        nullable = model.getRequired() == null || !model.getRequired().contains(name);
      } else {
        if (model.getRequired() == null || !model.getRequired().contains(name)) {
          model.addRequiredItem(name);
        }
        nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
      }
      if (nullable && !component.getType().isPrimitive()) {
        properties.put(name, orNull(property));
      }
    }
  }

  /** The same schema, also allowing null. */
  static Schema<?> orNull(Schema<?> schema) {
    if (schema.get$ref() != null) {
      Schema<Object> wrapper = new Schema<>(SpecVersion.V31);
      wrapper.setDescription(schema.getDescription());
      // the reference alone: what a schema adds beside it (type, additionalProperties) goes
      Schema<Object> reference = new Schema<>(SpecVersion.V31);
      reference.set$ref(schema.get$ref());
      wrapper.setOneOf(List.of(reference, new Schema<>(SpecVersion.V31).types(Set.of("null"))));
      return wrapper;
    }
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    } else if (schema.getType() != null) {
      types.add(schema.getType());
    }
    if (types.isEmpty() || types.contains("null")) {
      return schema;
    }
    types.add("null");
    schema.setTypes(types);
    if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
      @SuppressWarnings("unchecked")
      List<Object> values = new ArrayList<>((List<Object>) schema.getEnum());
      values.add(null);
      ((Schema<Object>) schema).setEnum(values);
    }
    return schema;
  }

  /** A record with Bean Validation constraints is a request body. */
  private static boolean isRequest(Class<?> record) {
    for (RecordComponent component : record.getRecordComponents()) {
      // constraints on a component land on its field (they do not target record components)
      Annotation[] annotations;
      try {
        annotations = record.getDeclaredField(component.getName()).getAnnotations();
      } catch (NoSuchFieldException impossible) {
        continue;
      }
      for (Annotation annotation : annotations) {
        if (annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable Class<?> rawClass(AnnotatedType type) {
    if (type.getType() == null) {
      return null;
    }
    try {
      return Json.mapper().constructType(type.getType()).getRawClass();
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
