package io.quorum.local;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event source mapping from an SQS queue to a function: an entry of the function's
 * {@code Events} with {@code Type: SQS}.
 *
 * <pre>
 * Events:
 *   Work:
 *     Type: SQS
 *     Properties:
 *       Queue: !GetAtt WorkQueue.Arn
 *       BatchSize: 10                                  # optional, 1-10000, default 10
 *       MaximumBatchingWindowInSeconds: 1              # optional, 0-300
 *       FunctionResponseTypes: [ReportBatchItemFailures] # optional
 *       Enabled: true                                  # optional
 *       ScalingConfig:
 *         MaximumConcurrency: 2                        # optional, 2-1000
 * </pre>
 *
 * @param queue           the queue's ARN as written; resolved against the local queues when the stack starts
 * @param batchingWindow  how long to keep gathering messages for a batch larger than one receive (10)
 */
public record SqsMapping(
        String functionId,
        String eventName,
        TemplateValue queue,
        int batchSize,
        Duration batchingWindow,
        boolean reportBatchItemFailures,
        boolean enabled,
        Optional<Integer> maximumConcurrency) {

    public static final String TYPE = "SQS";
    static final int DEFAULT_BATCH_SIZE = 10;
    private static final int MAX_BATCH_SIZE = 10_000;
    private static final int MAX_BATCHING_WINDOW_SECONDS = 300;
    private static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";

    public SqsMapping {
        Objects.requireNonNull(functionId, "functionId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(batchingWindow, "batchingWindow");
        Objects.requireNonNull(maximumConcurrency, "maximumConcurrency");
    }

    static SqsMapping of(String functionId, FunctionEvent event) {
        if (!event.properties().has("Queue")) {
            throw new IllegalArgumentException(functionId + ".Events." + event.name() + " (SQS) needs a Queue");
        }
        int batchSize = event.integer(functionId, "BatchSize").orElse(DEFAULT_BATCH_SIZE);
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw event.invalid(functionId, "BatchSize", "from 1 to " + MAX_BATCH_SIZE, Integer.toString(batchSize));
        }
        int window = event.integer(functionId, "MaximumBatchingWindowInSeconds").orElse(0);
        if (window > MAX_BATCHING_WINDOW_SECONDS) {
            throw event.invalid(functionId, "MaximumBatchingWindowInSeconds", "at most " + MAX_BATCHING_WINDOW_SECONDS, Integer.toString(window));
        }
        List<String> responseTypes = event.strings(functionId, "FunctionResponseTypes");
        FunctionEvent scaling = new FunctionEvent(event.name(), event.type(), event.path("ScalingConfig"));
        return new SqsMapping(
                functionId,
                event.name(),
                event.property("Queue"),
                batchSize,
                Duration.ofSeconds(window),
                responseTypes.contains(REPORT_BATCH_ITEM_FAILURES),
                event.bool(functionId, "Enabled").orElse(true),
                scaling.integer(functionId, "MaximumConcurrency"));
    }
}
