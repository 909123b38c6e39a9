package io.quorum.engine;

import java.time.Duration;
import java.util.List;

/**
 * Port: the queue of micro-tasks waiting for workers. Delivery is at least once; a message names a
 * micro-task, whose stored state decides what the message means, so a duplicate is harmless.
 */
public interface TaskQueue {

    /** Sends one message per micro-task, in batches; throws when some could not be sent (some may have been). */
    void send(List<TaskRef> tasks);

    /** Up to {@code max} messages, at once (no long wait), hidden from other receivers for {@code hiddenFor}. */
    List<TaskDelivery> receive(int max, Duration hiddenFor);

    /** Removes a received message for good. */
    void delete(String receiptHandle);

    /** Hides a received message for {@code hiddenFor} from now; zero makes it visible again at once. */
    void hide(String receiptHandle, Duration hiddenFor);

    /** Makes received messages visible again at once; throws when some could not be (they return by themselves later). */
    default void showAgain(List<String> receiptHandles) {
        receiptHandles.forEach(handle -> hide(handle, Duration.ZERO));
    }
}
