package app.herold.channels.telegram;

import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Bot API's errors mean for Herold. Every answer is {@code {"ok": false, "error_code": …,
 * "description": "…", "parameters": {"retry_after": …}}} (platforms.md, Telegram "Requests" and "Rate
 * limits and errors"): 429 is flood control with the exact wait in {@code retry_after}; 401 a token that
 * no longer works; 404 a token Telegram does not know at all; 403 a bot that is not (or no longer) in the
 * channel; 400 a post Telegram will not take (text that does not parse), except where the description
 * says the chat is unknown or the bot lacks the rights, which the user mends in the settings, not the post.
 */
final class TelegramAnswers {

    private final PublishFailures failures;
    private final Clock clock;

    TelegramAnswers(PublishFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * A send that failed. Only answers that prove nothing was posted are refused or retried; a server error
     * may come after the message went out, so it is unknown.
     */
    PublishOutcome sendFailed(Answer answer, TelegramChat chat, ChannelAccount account) {
        int status = answer.status();
        if (status == 429) {
            return failures.rateLimited(floodWait(answer).orElse(null));
        }
        Optional<Problem> setUp = setUpProblem(answer, chat, account);
        if (setUp.isPresent()) {
            return new PublishOutcome.AccessLost(setUp.get());
        }
        if (status == 400) {
            return failures.refused(description(answer));
        }
        if (answer.ok()) {
            return new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", failures.network(), status));
        }
        PublishOutcome shared = failures.status(answer, true);
        return shared != null ? shared : failures.unexpected(status);
    }

    /** Why a reading call ("Verbindung testen") failed, as the sentence to show. */
    Problem readFailed(Answer answer, TelegramChat chat, ChannelAccount account) {
        int status = answer.status();
        if (status == 429) {
            return Problem.of("publish.rateLimited", failures.network());
        }
        Optional<Problem> setUp = setUpProblem(answer, chat, account);
        if (setUp.isPresent()) {
            return setUp.get();
        }
        if (status >= 500) {
            return Problem.of("publish.serverError", failures.network(), status);
        }
        return Problem.of("publish.unexpectedAnswer", failures.network(), status);
    }

    /** Problems of the account's set-up rather than of the post: the user mends them in the settings. */
    private Optional<Problem> setUpProblem(Answer answer, TelegramChat chat, ChannelAccount account) {
        int status = answer.status();
        String description = description(answer).toLowerCase(Locale.ROOT);
        if (status == 401) {
            return Optional.of(Problem.of("publish.accessExpired", failures.network()));
        }
        if (status == 404) {
            return Optional.of(Problem.of("publish.telegram.badToken", account.name()));
        }
        if (status == 403 || status == 400 && description.contains("rights")) {
            // "Forbidden: bot is not a member of the channel chat", "Bad Request: need administrator rights in the
            // channel chat": the bot must be an administrator with can_post_messages (platforms.md).
            return Optional.of(Problem.of("publish.telegram.notAdmin", chat.chatId()));
        }
        if (status == 400 && description.contains("chat not found")) {
            return Optional.of(Problem.of("publish.telegram.chatNotFound", chat.chatId()));
        }
        return Optional.empty();
    }

    /**
     * Flood control's wait: {@code parameters.retry_after}, "the number of seconds left to wait before the request
     * can be repeated", honoured exactly; a proxy's Retry-After only when Telegram named none.
     */
    Optional<Duration> floodWait(Answer answer) {
        JsonNode retryAfter = answer.json().path("parameters").path("retry_after");
        if (retryAfter.canConvertToLong() && retryAfter.asLong() >= 0) {
            return Optional.of(Duration.ofSeconds(retryAfter.asLong()));
        }
        return answer.retryAfter(clock.instant());
    }

    /** Telegram's description of an error, e.g. "Bad Request: can't parse entities: …". */
    static String description(Answer answer) {
        JsonNode description = answer.json().path("description");
        return description.isTextual() && !description.asText().isBlank() ? description.asText()
                : "HTTP " + answer.status();
    }
}
