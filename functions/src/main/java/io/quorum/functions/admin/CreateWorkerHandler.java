package io.quorum.functions.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.AdminOperation;
import io.quorum.api.admin.AdminOperations;
import io.quorum.app.Quorum;
import io.quorum.functions.api.AdminEndpoint;
import io.quorum.functions.wiring.AwsQuorum;

/** POST /api/v1/admin/workers (X-Admin-Key): enrol a worker and return its credentials once. */
public final class CreateWorkerHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final AdminOperation operation;

    public CreateWorkerHandler() {
        this(AwsQuorum.get());
    }

    public CreateWorkerHandler(Quorum quorum) {
        this.endpoint = new AdminEndpoint("createWorker", 201, quorum);
        this.operation = AdminOperations.createWorker(quorum.admin());
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, operation);
    }
}
