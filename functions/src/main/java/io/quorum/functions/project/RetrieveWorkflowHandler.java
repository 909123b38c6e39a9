package io.quorum.functions.project;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.v1.V1Commands;
import io.quorum.api.v1.V1Views;
import io.quorum.auth.AccountStore;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.V1Endpoint;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import io.quorum.project.RetrieveWorkflow;

/** POST /api/v1/projects/retrieveWorkflow: the workflow a project runs, custom or derived from its fields. */
public final class RetrieveWorkflowHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final V1Endpoint endpoint;
    private final RetrieveWorkflow retrieveWorkflow;

    public RetrieveWorkflowHandler() {
        this(Wiring.accounts(), Wiring.projects(), Wiring.clock());
    }

    public RetrieveWorkflowHandler(AccountStore accounts, ProjectStore projects, Clock clock) {
        this.endpoint = new V1Endpoint("retrieveWorkflow", accounts, clock);
        this.retrieveWorkflow = new RetrieveWorkflow(projects);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return endpoint.handle(event, context, (caller, params) ->
                V1Views.workflowRetrieved(retrieveWorkflow.execute(V1Commands.retrieveWorkflow(caller, params))));
    }
}
