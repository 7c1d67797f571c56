package app.herold.cli;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with Germany as the default locale, so commands answer in German as on the officer's
 * computer, and puts the previous locale back afterwards. The build starts the JVM in German, but a UI
 * test in the same JVM may have switched to English since.
 */
final class GermanLocale implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GermanLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", Locale.getDefault());
        Locale.setDefault(Locale.GERMANY);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).get("previous", Locale.class));
    }
}
