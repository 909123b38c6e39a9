package io.quorum.api.events;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a queue consumer does with each message, independent of the event that carried it: read the body,
 * run the use case. A message that cannot be read is dropped (no later delivery would read it either).
 *
 * @param name         for log lines
 * @param reader       the message codec; empty for a body it cannot read
 * @param keepOrder    a failure holds back the rest of the batch: a FIFO queue must not let later messages overtake it
 * @param step         the use case; false asks for the message again without an error (a failure expected to pass)
 * @param <T>          what a message body is read into
 */
public record QueueWork<T>(String name, Function<String, Optional<T>> reader, boolean keepOrder, Step<T> step) {

    @FunctionalInterface
    public interface Step<T> {
        boolean process(T message, Delivery delivery);
    }

    /**
     * How often the queue has handed out this message, this time included; empty when it cannot be read.
     * Above one, an earlier attempt may have failed half-way; an unreadable count is taken as such.
     */
    public record Delivery(OptionalInt receiveCount) {
        public boolean redelivered() {
            return receiveCount.isEmpty() || receiveCount.getAsInt() > 1;
        }

        public int attempt() {
            return receiveCount.orElse(1);
        }
    }

    /** Reads and processes one body; empty when the body cannot be read. */
    public Optional<Boolean> process(String body, Delivery delivery) {
        return reader.apply(body).map(message -> step.process(message, delivery));
    }
}
