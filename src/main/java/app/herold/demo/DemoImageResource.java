package app.herold.demo;

import java.util.Objects;

/**
 * A demo picture shipped on the classpath.
 *
 * @param resourcePath absolute classpath path, for {@link Class#getResourceAsStream(String)}
 * @param altText German description of what the picture shows
 */
public record DemoImageResource(String resourcePath, String altText) {

    public DemoImageResource {
        Objects.requireNonNull(resourcePath, "resourcePath");
        Objects.requireNonNull(altText, "altText");
    }
}
