package app.herold.exchange;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the post objects {@link PostJsonWriter} writes. Only {@code id} and {@code status} are required;
 * a missing field is what a new post has (no text, no tags, a picture's subject in the middle).
 */
public final class PostJsonReader {

    /** A picture's name in the media folder: its hash and an extension, never a path. */
    public static final Pattern MEDIA_FILE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,200}");

    private PostJsonReader() {
    }

    /**
     * @param undated the time a post gets that says nothing of when it was created or changed
     * @throws JsonFields.Invalid naming the field that cannot be read
     */
    public static Post read(JsonFields post, Instant undated) {
        long id = post.number("id");
        if (id <= 0) {
            throw post.invalid("id");
        }
        Schedule schedule = null;
        if (post.has("scheduledAt")) {
            schedule = new Schedule(post.parsed("scheduledAt", at -> OffsetDateTime.parse(at).toInstant()),
                    post.parsed("zone", ZoneId::of));
        }
        Set<ChannelKind> channels = EnumSet.noneOf(ChannelKind.class);
        for (String channel : post.texts("channels")) {
            channels.add(ChannelKind.fromId(channel).orElseThrow(() -> post.invalid("channels")));
        }
        List<PostImage> images = new ArrayList<>();
        for (JsonFields image : post.objects("images")) {
            String file = image.text("file");
            if (!MEDIA_FILE.matcher(file).matches()) {
                throw image.invalid("file");
            }
            images.add(new PostImage(file, image.text("altText", ""), image.decimal("focusX", 0.5),
                    image.decimal("focusY", 0.5),
                    image.has("fit") ? image.parsed("fit", PostJsonReader::fit) : PostImage.Fit.CROP,
                    image.flag("decorative", false)));
        }
        List<AccountId> accounts = new ArrayList<>();
        for (long account : post.numbers("accounts")) {
            if (account <= 0) {
                throw post.invalid("accounts");
            }
            accounts.add(new AccountId(account));
        }
        Map<ChannelKind, String> variants = new EnumMap<>(ChannelKind.class);
        for (Map.Entry<String, String> variant : post.textsByKey("variants").entrySet()) {
            variants.put(ChannelKind.fromId(variant.getKey()).orElseThrow(() -> post.invalid("variants")),
                    variant.getValue());
        }
        return new Post(PostId.of(id), post.text("title", ""), post.text("text", ""), schedule,
                post.parsed("status", status -> PostStatus.fromId(status).orElse(null)), channels, post.texts("tags"),
                post.text("notes", ""), images,
                post.has("createdAt") ? post.parsed("createdAt", Instant::parse) : undated,
                post.has("updatedAt") ? post.parsed("updatedAt", Instant::parse) : undated,
                variants, accounts);
    }

    /** Only the two ids the writer uses: anything else is a file this version cannot read correctly. */
    private static PostImage.Fit fit(String id) {
        return switch (id) {
            case "crop" -> PostImage.Fit.CROP;
            case "pad" -> PostImage.Fit.PAD;
            default -> null;
        };
    }
}
