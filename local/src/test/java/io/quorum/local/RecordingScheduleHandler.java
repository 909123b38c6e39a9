package io.quorum.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/** Test-only scheduled function: answers with the fields of the event it received. */
public final class RecordingScheduleHandler implements RequestHandler<ScheduledEvent, String> {

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        return String.join("|", event.getSource(), event.getDetailType(), event.getResources().get(0), event.getAccount(),
                event.getRegion(), String.valueOf(event.getTime() != null), context.getFunctionName());
    }
}
