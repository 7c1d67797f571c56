package app.herold.ui.export;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.PostExports;
import app.herold.domain.post.Post;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Exportieren…": the post's ready-to-post bundles for the chosen targets, written in the
 * background with progress, into a folder the officer picks, as folders or ZIP files.
 */
public final class ExportViewModel {

    private final Post post;
    private final PostExports exports;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Map<PostExports.Target, BooleanProperty> chosen = new LinkedHashMap<>();
    private final BooleanProperty zip = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> written = FXCollections.observableArrayList();

    public ExportViewModel(Post post, PostExports exports, TaskExecutor executor, DialogService dialogs,
                           Messages messages, Path initialFolder) {
        this.post = post;
        this.exports = exports;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        for (PostExports.Target target : exports.targetsOf(post)) {
            chosen.put(target, new SimpleBooleanProperty(true));
        }
        folder.set(initialFolder);
    }

    public List<PostExports.Target> targets() {
        return List.copyOf(chosen.keySet());
    }

    public BooleanProperty chosenProperty(PostExports.Target target) {
        return chosen.get(target);
    }

    public BooleanProperty zipProperty() {
        return zip;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<Path> written() {
        return written;
    }

    public String describe(PostExports.Target target) {
        return target.account() == null ? target.channel().brandName()
                : target.account().name() + " (" + target.channel().brandName() + ")";
    }

    public void chooseFolder() {
        dialogs.chooseFolder(messages.text("export.chooseFolder"), folder.get()).ifPresent(folder::set);
    }

    /** Writes the bundles of the chosen targets; says how many and where, or what went wrong. */
    public void export() {
        List<PostExports.Target> targets = new ArrayList<>();
        chosen.forEach((target, selected) -> {
            if (selected.get()) {
                targets.add(target);
            }
        });
        if (targets.isEmpty() || folder.get() == null || running.get()) {
            result.set(messages.text(targets.isEmpty() ? "export.nothingChosen" : "export.noFolder"));
            return;
        }
        Path into = folder.get();
        boolean asZip = zip.get();
        try {
            java.nio.file.Files.createDirectories(into);
        } catch (java.io.IOException | RuntimeException e) {
            result.set(messages.format("error.export.write", into.toString()));
            return;
        }
        running.set(true);
        progress.set(0);
        result.set("");
        executor.submit(() -> exports.exportBundles(post, targets, into, asZip,
                fraction -> executor.onUiThread(() -> progress.set(fraction))), paths -> {
                    running.set(false);
                    written.setAll(paths);
                    result.set(messages.format("export.done", paths.size(), into.toString()));
                }, failure -> {
                    running.set(false);
                    result.set(failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                            : messages.format("error.unexpected", String.valueOf(failure.getMessage())));
                });
    }

    public void openFolder() {
        if (folder.get() != null) {
            dialogs.openExternally(folder.get().toUri().toString());
        }
    }
}
