package app.herold.demo;

import java.util.Objects;

/**
 * A picture already in the media library that demo posts may show.
 *
 * @param mediaFile the name the media library gave the picture
 * @param altText the description every post showing it carries
 */
public record DemoImage(String mediaFile, String altText) {

    public DemoImage {
        Objects.requireNonNull(mediaFile, "mediaFile");
        altText = altText == null ? "" : altText;
    }
}
