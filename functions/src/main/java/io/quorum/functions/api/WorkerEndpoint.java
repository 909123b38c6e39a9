package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Gateway;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import java.util.Optional;

/** Adapts an API Gateway event to the worker API: the v1 pipeline, signed with the worker's id and secret. */
public final class WorkerEndpoint {

    private final String operationName;
    private final V1Gateway<WorkerId> gateway;

    public WorkerEndpoint(String operationName, WorkerStore workers, Clock clock) {
        this.operationName = operationName;
        this.gateway = V1Gateway.forCallers(id -> WorkerId.isWellFormed(id)
                ? workers.find(new WorkerId(id)).map(worker -> new V1Gateway.Known<>(worker.id(), worker.secretKey()))
                : Optional.empty(), clock);
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context, V1Gateway.Operation<WorkerId> operation) {
        return ApiGatewayEvents.answer(event, context, request -> gateway.handle(operationName, request, operation));
    }
}
