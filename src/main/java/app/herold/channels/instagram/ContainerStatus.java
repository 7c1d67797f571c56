package app.herold.channels.instagram;

import java.util.Locale;

/**
 * The {@code status_code} of an Instagram media container (IG Container reference; platforms.md
 * "Publishing steps"). Only {@link #PUBLISHED} means a post exists; a container in any other state can
 * only become a post through a {@code media_publish} call of Herold's.
 */
enum ContainerStatus {
    /** Meta is still fetching or processing the picture. */
    IN_PROGRESS,
    /** Ready to publish; publishing it is safe, because a container becomes at most one post. */
    FINISHED,
    /** Processing failed: the container can never be published, a new one is needed. */
    ERROR,
    /** Not published within 24 hours: dead as well. */
    EXPIRED,
    /** The post exists. */
    PUBLISHED,
    /** A value this adapter does not know; treated as "not ready" and never as published. */
    UNKNOWN;

    static ContainerStatus of(String statusCode) {
        if (statusCode == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(statusCode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }

    boolean dead() {
        return this == ERROR || this == EXPIRED;
    }
}
