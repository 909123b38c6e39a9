package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Gateway;
import io.quorum.api.worker.WorkerOperation;
import io.quorum.app.Quorum;
import io.quorum.worker.WorkerId;

/** Adapts an API Gateway event to the worker API: the v1 pipeline, signed with the worker's id and secret. */
public final class WorkerEndpoint {

    private final String operationName;
    private final V1Gateway<WorkerId> gateway;

    public WorkerEndpoint(String operationName, Quorum quorum) {
        this.operationName = operationName;
        this.gateway = V1Gateway.forWorkers(quorum.workers(), quorum.clock());
    }

    public APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent event, Context context, WorkerOperation operation) {
        return ApiGatewayEvents.answer(event, context, request -> gateway.handle(operationName, request, operation));
    }
}
