package io.quorum.functions.admin;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.admin.WorkerAdminViews;
import io.quorum.auth.AdminKey;
import io.quorum.auth.CredentialFactory;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.AdminEndpoint;
import io.quorum.time.Clock;
import io.quorum.admin.CreateWorker;
import io.quorum.worker.WorkerStore;

/** POST /api/v1/admin/workers (X-Admin-Key): enrol a worker and return its credentials once. */
public final class CreateWorkerHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final AdminEndpoint endpoint;
    private final CreateWorker createWorker;

    public CreateWorkerHandler() {
        this(new AdminKey(Wiring.adminApiKey()), Wiring.workers(), Wiring.clock());
    }

    public CreateWorkerHandler(AdminKey adminKey, WorkerStore workers, Clock clock) {
        this.endpoint = new AdminEndpoint("createWorker", 201, adminKey);
        this.createWorker = new CreateWorker(workers, new CredentialFactory(), clock);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, body ->
                WorkerAdminViews.workerCreated(createWorker.execute(WorkerAdminViews.createWorker(body))));
    }
}
