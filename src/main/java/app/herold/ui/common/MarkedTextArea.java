package app.herold.ui.common;

import app.herold.domain.channel.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A text area whose findings stay visible in the text: each marked stretch gets a light tint and an
 * underline in the colour of its severity, like a spell checker's. A plain {@link TextArea} cannot style
 * parts of its text, so the marks are drawn on a layer above it that lets every click through; they
 * follow the text as it wraps and scrolls, and shift with it while the user types until the next review
 * brings fresh ones.
 */
public final class MarkedTextArea extends StackPane {

    /** One stretch to mark, in UTF-16 offsets of the area's text. */
    public record Mark(int start, int end, Severity severity) {
    }

    /** More marks than fit on a screen are never drawn, however the visible stretch was reckoned. */
    private static final int MOST_MARKS_DRAWN = 400;

    private final TextArea area;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    /**
     * A lazy property tells its invalidation listeners only once until someone reads it again, and
     * {@code localToScene} or {@code rangeShape} do not read them; a change listener reads the value
     * every time, so every scroll, wrap and edit is heard.
     */
    private final ChangeListener<Object> redrawOnChange = (observable, before, after) -> redraw();
    private List<Mark> marks = List.of();
    private Text textNode;
    private Node viewport;

    public MarkedTextArea(TextArea area) {
        this.area = area;
        getStyleClass().add("marked-text-area");
        layer.setMouseTransparent(true);
        layer.setManaged(false);
        layer.setClip(clip);
        layer.getStyleClass().add("text-marks");
        getChildren().addAll(area, layer);
        area.skinProperty().addListener(observable -> findTextNode());
        area.textProperty().addListener((observable, before, after) -> follow(before, after));
        layer.localToSceneTransformProperty().addListener(redrawOnChange);
        findTextNode();
    }

    public TextArea area() {
        return area;
    }

    public List<Mark> marks() {
        return marks;
    }

    public void setMarks(List<Mark> marks) {
        this.marks = marks.stream().filter(mark -> mark.end() > mark.start())
                .sorted(Comparator.comparing(Mark::severity)).toList();
        redraw();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        layer.resizeRelocate(0, 0, getWidth(), getHeight());
        if (textNode == null) {
            findTextNode();
        }
        redraw();
    }

    /**
     * Moves the marks with an edit so that they keep sitting on their words while the rules look at the
     * text again; a mark the edit reaches into is dropped until then.
     */
    static List<Mark> shifted(List<Mark> marks, String before, String after) {
        int prefix = 0;
        int shorter = Math.min(before.length(), after.length());
        while (prefix < shorter && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int changedEnd = before.length() - suffix;
        int delta = after.length() - before.length();
        List<Mark> moved = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.end() <= prefix) {
                moved.add(mark);
            } else if (mark.start() >= changedEnd) {
                moved.add(new Mark(mark.start() + delta, mark.end() + delta, mark.severity()));
            }
        }
        return moved;
    }

    private void follow(String before, String after) {
        if (!marks.isEmpty()) {
            marks = shifted(marks, before == null ? "" : before, after == null ? "" : after);
        }
        // Drawn again once the skin has handed the new text to its text node (see findTextNode).
    }

    /**
     * The area's skin keeps its whole text in one {@link Text} node inside a group; the prompt is another
     * Text directly in the content, so the one inside a group is the text.
     */
    private void findTextNode() {
        Text found = textIn(area);
        if (found == textNode) {
            return;
        }
        if (textNode != null) {
            textNode.layoutBoundsProperty().removeListener(redrawOnChange);
            textNode.textProperty().removeListener(redrawOnChange);
            textNode.localToSceneTransformProperty().removeListener(redrawOnChange);
        }
        textNode = found;
        viewport = area.lookup(".viewport");
        if (textNode != null) {
            textNode.layoutBoundsProperty().addListener(redrawOnChange);
            textNode.textProperty().addListener(redrawOnChange);
            textNode.localToSceneTransformProperty().addListener(redrawOnChange);
        }
        redraw();
    }

    private static Text textIn(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Text text && parent instanceof Group) {
                return text;
            }
            if (child instanceof Parent inner) {
                Text text = textIn(inner);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private void redraw() {
        List<Node> shapes = new ArrayList<>();
        if (textNode != null && !marks.isEmpty() && getScene() != null) {
            clipToViewport();
            int length = textNode.getText() == null ? 0 : textNode.getText().length();
            int[] visible = visibleCharacters(length);
            int drawn = 0;
            for (Mark mark : marks) {
                int start = Math.max(Math.min(mark.start(), length), visible[0]);
                int end = Math.min(Math.min(mark.end(), length), visible[1]);
                if (end <= start) {
                    continue;
                }
                if (++drawn > MOST_MARKS_DRAWN) {
                    break;
                }
                for (Bounds line : lineBoxes(textNode.rangeShape(start, end))) {
                    Bounds box = layer.sceneToLocal(textNode.localToScene(line));
                    if (box == null) {
                        continue;
                    }
                    shapes.add(rectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(),
                            "text-mark", mark.severity()));
                    shapes.add(rectangle(box.getMinX(), box.getMaxY() - 2, box.getWidth(), 2,
                            "text-mark-line", mark.severity()));
                }
            }
        }
        layer.getChildren().setAll(shapes);
    }

    /**
     * The stretch of the text the viewport shows, with a screen's worth around it. Only marks there are
     * drawn: a long text (a pasted megabyte) has thousands of findings, and shapes for all of them at
     * every scroll held up the window for seconds and filled the memory.
     */
    private int[] visibleCharacters(int length) {
        Node shown = viewport != null ? viewport : area;
        Bounds visible = textNode.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        if (visible == null || length == 0) {
            return new int[] {0, length};
        }
        double margin = visible.getHeight();
        int first = textNode.hitTest(new javafx.geometry.Point2D(0, Math.max(0, visible.getMinY() - margin))).getCharIndex();
        int last = textNode.hitTest(new javafx.geometry.Point2D(visible.getMaxX() + 1, visible.getMaxY() + margin))
                .getCharIndex();
        return new int[] {Math.max(0, Math.min(first, length)), Math.min(length, Math.max(first, last) + 1)};
    }

    private void clipToViewport() {
        Node shown = viewport != null ? viewport : area;
        Bounds visible = layer.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        if (visible != null) {
            clip.setX(visible.getMinX());
            clip.setY(visible.getMinY());
            clip.setWidth(visible.getWidth());
            clip.setHeight(visible.getHeight());
        }
    }

    private static Rectangle rectangle(double x, double y, double width, double height, String style,
                                       Severity severity) {
        Rectangle shape = new Rectangle(x, y, Math.max(width, 1), height);
        shape.getStyleClass().addAll(style, style + "-" + severity.id());
        return shape;
    }

    /** A range shape is a run of closed boxes, one per visual line: a MoveTo and four LineTos each. */
    static List<Bounds> lineBoxes(PathElement[] shape) {
        List<Bounds> boxes = new ArrayList<>();
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        boolean open = false;
        for (PathElement element : shape == null ? new PathElement[0] : shape) {
            double x;
            double y;
            if (element instanceof MoveTo move) {
                if (open) {
                    boxes.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
                }
                open = true;
                minX = maxX = move.getX();
                minY = maxY = move.getY();
                continue;
            } else if (element instanceof LineTo line) {
                x = line.getX();
                y = line.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (open) {
            boxes.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
        return boxes;
    }
}
