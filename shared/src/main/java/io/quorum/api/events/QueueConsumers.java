package io.quorum.api.events;

import io.quorum.engine.Engine;
import io.quorum.engine.SweepRequest;
import io.quorum.engine.SweepRequestCodec;
import io.quorum.engine.TallyRequest;
import io.quorum.engine.TallyRequestCodec;
import io.quorum.ingest.IngestRetryException;
import io.quorum.ingest.Ingestion;
import io.quorum.sample.IngestRequest;
import io.quorum.sample.IngestRequestCodec;
import java.util.Optional;

/** The work of each queue consumer. */
public final class QueueConsumers {

    private QueueConsumers() {
    }

    /** Each message is one sample to fetch, check and store; a failure that may pass is retried by the queue. */
    public static QueueWork<IngestRequest> ingest(Ingestion ingestion) {
        var ingest = ingestion.ingestResource();
        return new QueueWork<>("ingest", QueueConsumers::readIngest, false, (request, delivery) -> {
            try {
                ingest.execute(request, delivery.attempt());
                return true;
            } catch (IngestRetryException retry) {
                return false;
            }
        });
    }

    /** One page of a dispatch sweep. */
    public static QueueWork<SweepRequest> dispatch(Engine engine) {
        var dispatch = engine.dispatch();
        return new QueueWork<>("dispatch sweep", SweepRequestCodec::parse, false, (request, delivery) -> {
            dispatch.sweep(request, delivery.redelivered());
            return true;
        });
    }

    /** Counts one (sample, node)'s answers and decides, issues more micro-tasks, or waits; FIFO per sample. */
    public static QueueWork<TallyRequest> tally(Engine engine) {
        var tally = engine.tally();
        return new QueueWork<>("tally", TallyRequestCodec::parse, true, (request, delivery) -> {
            tally.handle(request, delivery.redelivered());
            return true;
        });
    }

    private static Optional<IngestRequest> readIngest(String body) {
        try {
            return Optional.of(IngestRequestCodec.fromJson(body));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
