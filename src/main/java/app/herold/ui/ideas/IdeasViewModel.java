package app.herold.ui.ideas;

import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ideas tray: posts without a date, newest first. */
public final class IdeasViewModel {

    static final int FIRST_IDEAS = 100;

    private final PostStore posts;
    private final PlanCommands commands;
    private final TaskExecutor executor;
    private final ObservableList<PostSummary> ideas = FXCollections.observableArrayList();
    /** Whether the ideas were read (or reading them failed): until then the tray says it is loading. */
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private Consumer<PostId> openPostAction = id -> { };
    private Runnable newIdeaAction = () -> { };
    private Consumer<Throwable> failureHandler = problem -> { };
    private long requested;

    public IdeasViewModel(PostStore posts, PlanCommands commands, TaskExecutor executor) {
        this.posts = posts;
        this.commands = commands;
        this.executor = executor;
    }

    public ObservableList<PostSummary> ideas() {
        return ideas;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /**
     * Reads the ideas in two steps: the newest {@value #FIRST_IDEAS}, which fill the tray, then the
     * rest. A large plan has thousands; reading them all before the first ones show would hold up the
     * tray, and at start-up compete with the calendar's first month for the two cores.
     */
    public void reload() {
        long generation = ++requested;
        executor.submit(() -> posts.ideas(0, FIRST_IDEAS), first -> {
            if (generation != requested) {
                return;
            }
            ideas.setAll(first);
            loaded.set(true);
            if (first.size() == FIRST_IDEAS) {
                executor.submit(() -> posts.ideas(FIRST_IDEAS, Integer.MAX_VALUE), rest -> {
                    if (generation == requested) {
                        ideas.addAll(rest);
                    }
                }, failureHandler);
            }
        }, problem -> {
            // As before loading: an empty tray, and the failure said where failures are said.
            loaded.set(true);
            failureHandler.accept(problem);
        });
    }

    /** A card dropped on the tray leaves the calendar and becomes an idea again. */
    public void dropOnTray(PostSummary post) {
        if (post.schedule() != null) {
            commands.unschedule(post.id());
        }
    }

    public void open(PostSummary post) {
        openPostAction.accept(post.id());
    }

    public void newIdea() {
        newIdeaAction.run();
    }

    public void setOpenPostAction(Consumer<PostId> action) {
        this.openPostAction = action;
    }

    public void setNewIdeaAction(Runnable action) {
        this.newIdeaAction = action;
    }

    public void setFailureHandler(Consumer<Throwable> handler) {
        this.failureHandler = handler;
    }
}
