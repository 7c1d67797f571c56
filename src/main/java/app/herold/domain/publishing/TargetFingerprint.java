package app.herold.domain.publishing;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a handed-over post looked like: its text for the channel, its pictures (by content), their alt
 * texts and framing, and its time. When the fingerprint of the post changes after the handover, the
 * platform holds an old version, which the outbox withdraws and hands over anew.
 */
public final class TargetFingerprint {

    private TargetFingerprint() {
    }

    public static String of(Post post, ChannelKind channel) {
        StringBuilder content = new StringBuilder();
        content.append(post.variants().getOrDefault(channel, post.text())).append('\u001e');
        content.append(post.schedule() == null ? "" : post.schedule().at().toString()).append('\u001e');
        for (PostImage image : post.images()) {
            content.append(image.mediaFile()).append('\u001f').append(image.altText()).append('\u001f')
                    .append(image.focusX()).append('\u001f').append(image.focusY()).append('\u001f')
                    .append(image.fit().id()).append('\u001e');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
