package dev.tradeatlas.support;

import dev.tradeatlas.persistence.DataVersion;
import dev.tradeatlas.persistence.ReadRouting;
import dev.tradeatlas.security.SecurityConfiguration;
import dev.tradeatlas.web.ClientLimits;
import dev.tradeatlas.web.ProblemWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice: the named controllers with the service's MVC setup (problem details, converters,
 * filters of the web module, security), no database (its version is a mock) and no other feature.
 * Seconds, not a whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfiguration.class, ClientLimits.class, ProblemWriter.class})
@MockitoBean(types = {DataVersion.class, ReadRouting.class})
public @interface WebSliceTest {

  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};
}
