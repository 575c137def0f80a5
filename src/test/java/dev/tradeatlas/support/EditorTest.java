package dev.tradeatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port with TEST-ONLY accounts: an editor who may write and a viewer
 * who may not. These credentials exist only in tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "trade.editor.username=" + EditorTest.EDITOR,
      "trade.editor.password=" + EditorTest.EDITOR_PASSWORD,
      "trade.viewer.username=" + EditorTest.VIEWER,
      "trade.viewer.password=" + EditorTest.VIEWER_PASSWORD,
      "trade.limits.max-import-size=64KB",
      "trade.bcrypt-strength=4"
    })
public @interface EditorTest {
  String EDITOR = "test-editor";
  String EDITOR_PASSWORD = "test-only-editor-password";
  String VIEWER = "test-viewer";
  String VIEWER_PASSWORD = "test-only-viewer-password";
}
