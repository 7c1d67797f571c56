package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.ui.common.TextLine;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A day with more posts than a cell holds, and moving posts in the week view. */
class BusyDayAndWeekTest extends HeroldUiTest {

    private static final LocalDate BUSY_DAY = LocalDate.of(2026, 11, 26);
    private final List<Post> busy = new ArrayList<>();
    private Post withPhoto;

    @Override
    void prepare() {
        for (int hour = 7; hour < 15; hour++) {
            busy.add(planned("Meldung um " + hour + " Uhr", BUSY_DAY, LocalTime.of(hour, 0)));
        }
        withPhoto = plan.save(planned("Weihnachtsmarkt eröffnet", LocalDate.of(2026, 11, 27), LocalTime.of(16, 0))
                .withImages(List.of(new PostImage(storeImage(), "Buden auf dem Markt"))));
    }

    @Test
    void moreThanACellHoldsIsCountedAndTheDayListShowsThemAll() {
        TextLine more = from(dayCell(BUSY_DAY)).lookup(".more-link").query();
        waitUntil(() -> more.isVisible());
        int shownCards = within(dayCell(BUSY_DAY), ".post-card").stream()
                .filter(javafx.scene.Node::isVisible).toList().size();
        assertThat(shownCards).isBetween(1, 3);
        assertThat(more.getText()).isEqualTo("+" + (busy.size() - shownCards) + " weitere");

        clickOn(more);
        ListView<?> dayList = lookup(".day-popup .list-view").queryListView();
        waitUntil(() -> dayList.getItems().size() == busy.size());
        screenshot("day-list");

        doubleClickOn(lookup(".day-popup .list-cell").nth(4).<javafx.scene.Node>query(), MouseButton.PRIMARY);
        waitUntil(() -> busy.get(4).id().equals(window.viewModel().editor().postIdProperty().get()));
    }

    @Test
    void aCardDraggedToAnotherDayInTheWeekViewKeepsItsTime() {
        clickOn("#mode-week");
        LocalDate friday = LocalDate.of(2026, 11, 27);
        waitUntil(() -> !within(weekColumn(friday), ".post-card").isEmpty());
        assertThat(from(weekColumn(friday)).lookup(".card-thumbnail").<ImageView>query().getImage()).isNotNull();
        screenshot("week-busy");

        drag(from(weekColumn(friday)).lookup(".post-card").<javafx.scene.Node>query(), MouseButton.PRIMARY)
                .dropTo(weekColumn(LocalDate.of(2026, 11, 24)));

        waitUntil(() -> database.posts().find(withPhoto.id()).orElseThrow().schedule().localDate()
                .equals(LocalDate.of(2026, 11, 24)));
        assertThat(database.posts().find(withPhoto.id()).orElseThrow().schedule().localTime())
                .isEqualTo(LocalTime.of(16, 0));
    }

    private String storeImage() {
        try {
            BufferedImage picture = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            graphics.setColor(new Color(30, 60, 120));
            graphics.fillRect(0, 0, 320, 240);
            graphics.setColor(new Color(240, 190, 60));
            graphics.fillOval(120, 70, 80, 80);
            graphics.dispose();
            Path file = dataDirectory.resolve("markt.png");
            ImageIO.write(picture, "png", file.toFile());
            return database.media().importImage(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
