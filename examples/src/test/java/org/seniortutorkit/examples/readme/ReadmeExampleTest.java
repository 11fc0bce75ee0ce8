package org.seniortutorkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in README.md compiles against the library as built. */
class ReadmeExampleTest {
  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- embedding-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void the_readme_embedding_example_compiles(@TempDir Path work) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher matcher = EXAMPLE.matcher(readme);
    assertThat(matcher.find()).as("README.md has a java block after <!-- embedding-example -->").isTrue();
    String source = matcher.group(1);
    assertThat(source.lines().count()).as("the example stays short").isLessThanOrEqualTo(25);

    Path file = work.resolve("EmbeddingExample.java");
    Files.writeString(file, source);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
      boolean compiled = compiler.getTask(diagnostics, files, null,
          List.of("-classpath", System.getProperty("java.class.path"), "-d", work.toString(), "-proc:none"),
          null, units).call();
      assertThat(compiled).as("javac output:%n%s", diagnostics).isTrue();
    }
  }
}
