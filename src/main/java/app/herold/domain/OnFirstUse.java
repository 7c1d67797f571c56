package app.herold.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made at its first {@link #get()}, once, whichever thread asks first; every later call gets the
 * same value. For what is costly to make and often never needed in a session: the HTTP client, the
 * window's sending services.
 */
public final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<? extends T> make;
    private T made;

    public OnFirstUse(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    @Override
    public synchronized T get() {
        if (made == null) {
            made = Objects.requireNonNull(make.get(), "made nothing");
        }
        return made;
    }
}
