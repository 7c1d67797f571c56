package app.herold.ui.editor;

import app.herold.domain.post.PostImage;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** An image in the editor: the stored file and its alt text, which the user edits in place. */
public final class ImageItem {

    private final String mediaFile;
    private final StringProperty altText;

    public ImageItem(String mediaFile, String altText) {
        this.mediaFile = mediaFile;
        this.altText = new SimpleStringProperty(altText == null ? "" : altText);
    }

    public static ImageItem of(PostImage image) {
        return new ImageItem(image.mediaFile(), image.altText());
    }

    public String mediaFile() {
        return mediaFile;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    public PostImage toPostImage() {
        return new PostImage(mediaFile, altText.get());
    }
}
