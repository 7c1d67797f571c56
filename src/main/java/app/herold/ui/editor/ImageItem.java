package app.herold.ui.editor;

import app.herold.domain.post.PostImage;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An image in the editor: the stored file, its alt text, and where its subject is and how it is
 * fitted to a channel's shape, all of which the user edits in place.
 */
public final class ImageItem {

    private final String mediaFile;
    private final StringProperty altText;
    private final DoubleProperty focusX;
    private final DoubleProperty focusY;
    private final ObjectProperty<PostImage.Fit> fit;
    private final javafx.beans.property.BooleanProperty decorative;

    public ImageItem(String mediaFile, String altText) {
        this(new PostImage(mediaFile, altText));
    }

    private ImageItem(PostImage image) {
        this.mediaFile = image.mediaFile();
        this.altText = new SimpleStringProperty(image.altText());
        this.focusX = new SimpleDoubleProperty(image.focusX());
        this.focusY = new SimpleDoubleProperty(image.focusY());
        this.fit = new SimpleObjectProperty<>(image.fit());
        this.decorative = new javafx.beans.property.SimpleBooleanProperty(image.decorative());
    }

    public static ImageItem of(PostImage image) {
        return new ImageItem(image);
    }

    public String mediaFile() {
        return mediaFile;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    public DoubleProperty focusXProperty() {
        return focusX;
    }

    public DoubleProperty focusYProperty() {
        return focusY;
    }

    public ObjectProperty<PostImage.Fit> fitProperty() {
        return fit;
    }

    /** Only decoration: needs no alt text. */
    public javafx.beans.property.BooleanProperty decorativeProperty() {
        return decorative;
    }

    /** What a list of images watches, so an edit of any of them counts as a change of the post. */
    Observable[] editable() {
        return new Observable[] {altText, focusX, focusY, fit, decorative};
    }

    public PostImage toPostImage() {
        return new PostImage(mediaFile, altText.get(), focusX.get(), focusY.get(), fit.get(), decorative.get());
    }
}
